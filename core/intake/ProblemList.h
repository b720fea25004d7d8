// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

// One distinct problem of an import and the rows it affects: "type “Bến xe”: 568 rows (lines 10, 20,
// 30, …)" instead of the same message 568 times. Rows with the same field and message are one group;
// when a field has many groups that differ only in the value they quote (a thousand bad phone numbers),
// they are folded into one group that gives a few of the values.
struct ProblemGroup {
    QString field;
    QString message;
    qint64 rows = 0;
    QList<qint64> lines; // the first ProblemList::kLinesKept lines, ascending
    QStringList values;  // a folded group: the first values it quotes
    QString value;       // the cell the problem is about, as written (the same for every row of a group)

    // "line 7" or "lines 3, 7, 12, …".
    QString linesText() const;
    // "commune: “Xã Không Có” is not a unit of …: 2 rows (lines 3, 7)".
    QString toString() const;
};

class ProblemList {
    Q_DECLARE_TR_FUNCTIONS(ProblemList)

public:
    static constexpr int kLinesKept = 10;
    static constexpr int kGroupsBeforeFolding = 8;

    // "1 row", "568 rows" (numbers as Vietnamese writes them).
    static QString rowsText(qint64 rows);
    // "line 7", "lines 3, 7, 12, …" for the first lines of `rows` rows.
    static QString linesText(const QList<qint64> &lines, qint64 rows);

    // `value` is the cell of the field, for a fix that needs it ("Pick a unit…" for “Xã Không Có”).
    void add(qint64 line, const QString &field, const QString &message, const QString &value = {});
    void merge(const ProblemList &other);
    qint64 rows() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }
    // In the order of their first line.
    QVector<ProblemGroup> groups() const;

private:
    QVector<ProblemGroup> m_groups;
    QHash<QString, qsizetype> m_index; // field + message -> group
    qint64 m_rows = 0;
};

} // namespace cd
