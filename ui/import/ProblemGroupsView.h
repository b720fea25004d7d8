// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/ProblemList.h"

#include <QAbstractButton>
#include <QTableWidget>

#include <functional>

namespace cd::ui {

// The problems of an import, one row per distinct problem (the field, what is wrong, how many rows and
// their first lines), with the fix beside each one where there is a fix: the import dialog says which
// fixes it has ("Map a column…", "Pick a unit…") and acts when one is clicked.
class ProblemGroupsView : public QTableWidget {
    Q_OBJECT

public:
    // The label of the fix a group offers; empty for none.
    using FixLabel = std::function<QString(const ProblemGroup &group)>;
    // How a field key is shown ("commune" -> "Phường xã").
    using FieldLabel = std::function<QString(const QString &key)>;

    explicit ProblemGroupsView(QWidget *parent = nullptr);

    void setGroups(const QVector<ProblemGroup> &groups, const FieldLabel &fieldLabel,
                   const FixLabel &fixLabel);
    const QVector<ProblemGroup> &groups() const { return m_groups; }
    // The fix button of a group, or nullptr (for tests).
    QAbstractButton *fixButton(int group) const;

    enum Column { FieldColumn, ProblemColumn, RowsColumn, LinesColumn, FixColumn };

signals:
    void fixRequested(const cd::ProblemGroup &group);

private:
    QVector<ProblemGroup> m_groups;
};

} // namespace cd::ui
