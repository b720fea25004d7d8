// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceAnswerDialog.h"

#include "RequestSheets.h"
#include "RequestTables.h"
#include "common/VnFormat.h"
#include "dialogs/StandardButtons.h"
#include "trace/SheetTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

TraceAnswerDialog::TraceAnswerDialog(const province::TraceAnswer &answer, QWidget *parent)
    : QDialog(parent)
    , m_model(new SheetTableModel(this))
    , m_table(makeListTable(m_model, this))
    , m_summary(new QLabel(this)) {
    const province::TraceRequest &request = answer.request;
    setWindowTitle(tr("Answer to trace request %1").arg(request.id));
    qint64 met = 0;
    for (const province::AnsweredVisit &visit : answer.visits)
        met += visit.contacts;
    QString text = tr("%1, %2, window ±%3 min. Answered by the province office on %4: %5 visit(s) in other "
                      "districts, %6 people met there.")
                       .arg(RequestSheets::caseText(request), RequestSheets::period(request))
                       .arg(request.windowMinutes)
                       .arg(RequestSheets::moment(request.answeredAt), format::number(answer.visits.size()),
                            format::number(met));
    if (!request.note.isEmpty())
        text += u'\n' + tr("The province's note: %1").arg(request.note);
    m_summary->setObjectName(QStringLiteral("answerSummary"));
    m_summary->setText(text);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint = new QLabel(tr("Who was met is not given: ask the office of each district to trace the "
                               "contacts at its checkpoints, at the times shown."),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);

    m_model->setSheet(RequestSheets::visits(answer));
    m_table->setObjectName(QStringLiteral("answerVisits"));
    fitListColumns(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    nameStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 460);
}

} // namespace cd::ui
