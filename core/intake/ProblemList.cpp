// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemList.h"

#include "common/VnFormat.h"

#include <QRegularExpression>

#include <algorithm>

namespace cd {
namespace {

// The message with its quoted values taken out: what a folded group says.
QString templateOf(const QString &message, QStringList *values) {
    static const QRegularExpression quoted(QStringLiteral("\u201C[^\u201D]*\u201D"));
    QString out = message;
    auto it = quoted.globalMatch(message);
    while (it.hasNext()) {
        const auto match = it.next();
        if (values)
            values->append(match.captured(0));
    }
    out.replace(quoted, QStringLiteral("\u201C\u2026\u201D"));
    return out;
}

void addLine(ProblemGroup &group, qint64 line) {
    if (group.lines.size() < ProblemList::kLinesKept) {
        group.lines.append(line);
        std::sort(group.lines.begin(), group.lines.end());
    } else if (line < group.lines.back()) {
        group.lines.back() = line;
        std::sort(group.lines.begin(), group.lines.end());
    }
}

} // namespace

QString ProblemList::rowsText(qint64 rows) {
    return rows == 1 ? tr("1 row") : tr("%1 rows").arg(format::number(rows));
}

QString ProblemList::linesText(const QList<qint64> &lines, qint64 rows) {
    QStringList shown;
    for (const qint64 line : lines)
        shown.append(QString::number(line));
    if (rows > lines.size())
        shown.append(QStringLiteral("\u2026"));
    return (lines.size() == 1 && rows == 1 ? tr("line %1") : tr("lines %1"))
        .arg(shown.join(QStringLiteral(", ")));
}

QString ProblemGroup::linesText() const {
    return ProblemList::linesText(lines, rows);
}

QString ProblemGroup::toString() const {
    QString text = field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    if (!values.isEmpty())
        text += ProblemList::tr(" (values such as %1)").arg(values.join(QStringLiteral(", ")));
    return QStringLiteral("%1: %2 (%3)").arg(text, ProblemList::rowsText(rows), linesText());
}

void ProblemList::add(qint64 line, const QString &field, const QString &message, const QString &value) {
    ++m_rows;
    const QString key = field + u'\x1F' + message;
    auto it = m_index.constFind(key);
    if (it == m_index.constEnd()) {
        it = m_index.insert(key, m_groups.size());
        m_groups.append({field, message, 0, {}, {}, value});
    }
    ProblemGroup &group = m_groups[it.value()];
    ++group.rows;
    addLine(group, line);
}

void ProblemList::merge(const ProblemList &other) {
    for (const ProblemGroup &group : other.m_groups) {
        for (const qint64 line : group.lines)
            add(line, group.field, group.message, group.value);
        // Rows beyond the lines kept count, without lines.
        const qint64 more = group.rows - group.lines.size();
        if (more > 0) {
            m_rows += more;
            m_groups[m_index.value(group.field + u'\x1F' + group.message)].rows += more;
        }
    }
}

QVector<ProblemGroup> ProblemList::groups() const {
    // Fold the fields that have many groups of one template.
    QHash<QString, int> perTemplate;
    for (const ProblemGroup &group : m_groups)
        ++perTemplate[group.field + u'\x1F' + templateOf(group.message, nullptr)];
    QVector<ProblemGroup> out;
    QHash<QString, qsizetype> folded;
    for (const ProblemGroup &group : m_groups) {
        const QString shape = templateOf(group.message, nullptr);
        const QString key = group.field + u'\x1F' + shape;
        if (perTemplate.value(key) <= kGroupsBeforeFolding) {
            out.append(group);
            continue;
        }
        auto it = folded.constFind(key);
        if (it == folded.constEnd()) {
            it = folded.insert(key, out.size());
            out.append({group.field, shape, 0, {}, {}, {}});
        }
        ProblemGroup &into = out[it.value()];
        into.rows += group.rows;
        for (const qint64 line : group.lines)
            addLine(into, line);
        QStringList values;
        templateOf(group.message, &values);
        for (const QString &value : std::as_const(values)) {
            if (into.values.size() < 5 && !into.values.contains(value))
                into.values.append(value);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ProblemGroup &a, const ProblemGroup &b) {
        return a.lines.value(0) < b.lines.value(0);
    });
    return out;
}

} // namespace cd
