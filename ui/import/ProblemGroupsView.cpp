// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemGroupsView.h"

#include "common/VnFormat.h"
#include "registry/UiText.h"

#include <QHeaderView>
#include <QPushButton>

namespace cd::ui {

ProblemGroupsView::ProblemGroupsView(QWidget *parent)
    : QTableWidget(parent) {
    setColumnCount(5);
    setHorizontalHeaderLabels({tr("Field"), tr("Problem"), tr("Rows"), tr("Lines"), QString()});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(true);
    verticalHeader()->hide();
    // The problem gets the room; the other columns what they need, the lines at most a short column.
    horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(FixColumn, QHeaderView::ResizeToContents);
    setColumnWidth(LinesColumn, 130);
    // Problems wrap; their rows follow the width the Problem column gets once the dialog is laid out.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &QTableWidget::resizeRowsToContents,
            Qt::QueuedConnection);
}

void ProblemGroupsView::setGroups(const QVector<ProblemGroup> &groups, const FieldLabel &fieldLabel,
                                  const FixLabel &fixLabel) {
    m_groups = groups;
    clearContents();
    setRowCount(int(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const ProblemGroup &group = groups[row];
        setItem(row, FieldColumn,
                new QTableWidgetItem(group.field.isEmpty() ? QString() : fieldLabel(group.field)));
        QString problem = sentence(group.message);
        if (!group.values.isEmpty()) {
            if (!problem.endsWith(u'.'))
                problem += u'.';
            problem += u' ' + tr("Values such as %1.").arg(group.values.join(QStringLiteral(", ")));
        }
        auto *message = new QTableWidgetItem(problem);
        message->setToolTip(problem);
        setItem(row, ProblemColumn, message);
        auto *count = new QTableWidgetItem(format::number(group.rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, RowsColumn, count);
        auto *lines = new QTableWidgetItem(group.linesText());
        lines->setToolTip(group.linesText());
        setItem(row, LinesColumn, lines);
        if (const QString label = fixLabel ? fixLabel(group) : QString(); !label.isEmpty()) {
            auto *fix = new QPushButton(label, this);
            fix->setObjectName(QStringLiteral("fix%1").arg(row));
            connect(fix, &QPushButton::clicked, this, [this, row] { emit fixRequested(m_groups.at(row)); });
            setCellWidget(row, FixColumn, fix);
        }
    }
    setCurrentCell(-1, -1);
    resizeRowsToContents();
}

QAbstractButton *ProblemGroupsView::fixButton(int group) const {
    return qobject_cast<QAbstractButton *>(cellWidget(group, FixColumn));
}

} // namespace cd::ui
