// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistrictRequestsDialog.h"

#include "RequestSheets.h"
#include "RequestTables.h"
#include "TraceAnswerDialog.h"
#include "database/Database.h"
#include "dialogs/StandardButtons.h"
#include "posters/InlineMessage.h"
#include "registry/UiText.h"
#include "trace/SheetTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

using province::TraceRequest;

DistrictRequestsDialog::DistrictRequestsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_model(new SheetTableModel(this))
    , m_table(makeListTable(m_model, this))
    , m_message(new InlineMessage(this))
    , m_details(new QLabel(this)) {
    setWindowTitle(tr("Trace requests to the province"));
    auto *hint = new QLabel(tr("Your office's requests, newest first. Open an answered one to see the case's "
                               "visits in other districts; the province keeps an answer %n day(s).",
                               nullptr, province::TraceRequests::kAnswerKeptDays),
                            this);
    hint->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("districtRequests"));
    m_details->setObjectName(QStringLiteral("requestDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    nameStandardButtons(buttons);
    m_openButton = buttons->addButton(tr("Open the answer"), QDialogButtonBox::ActionRole);
    QPushButton *refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            openAnswer(id);
    });
    connect(refresh, &QPushButton::clicked, this, &DistrictRequestsDialog::reload);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openAnswer(m_requests.value(index.row()).id); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DistrictRequestsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(1000, 460);
    reload();
}

void DistrictRequestsDialog::reload() {
    const qint64 selected = selectedId();
    const auto requests = province::TraceRequests(m_database.connection()).list();
    if (!requests) {
        m_message->showError(tr("The trace requests cannot be read: %1").arg(requests.error().message));
        return;
    }
    m_requests = requests.value();
    m_model->setSheet(RequestSheets::requests(m_requests, RequestSheets::Viewer::District));
    fitListColumns(m_table);
    if (m_requests.isEmpty())
        m_message->showInfo(tr("Your office has not asked the province for a trace yet: use “Ask the "
                               "province…” in Contact tracing."));
    else if (!m_message->isError())
        m_message->dismiss();
    if (!selectRequest(selected) && !m_requests.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

bool DistrictRequestsDialog::selectRequest(qint64 id) {
    return selectRequestRow(m_table, m_requests, id);
}

qint64 DistrictRequestsDialog::selectedId() const {
    return selectedRequestId(m_table, m_requests);
}

void DistrictRequestsDialog::updateButtons() {
    const qint64 id = selectedId();
    bool answered = false;
    m_details->clear();
    for (const TraceRequest &request : m_requests)
        if (request.id == id) {
            answered = request.status == QLatin1String("answered");
            m_details->setText(RequestSheets::details(request));
        }
    m_openButton->setEnabled(answered);
    m_openButton->setToolTip(answered ? QString() : tr("Only an answered request has an answer to open."));
}

void DistrictRequestsDialog::openAnswer(qint64 id) {
    const auto answer = province::TraceRequests(m_database.connection()).answer(id);
    if (!answer) {
        m_message->showError(tr("The answer cannot be read: %1").arg(answer.error().message));
        return;
    }
    const TraceRequest &request = answer->request;
    if (request.status == QLatin1String("pending")) {
        m_message->showInfo(tr("Request %1 waits for the province office's answer.").arg(id));
        return;
    }
    if (request.status != QLatin1String("answered")) {
        m_message->showInfo(
            request.note.isEmpty()
                ? tr("Request %1: %2.").arg(id).arg(RequestSheets::statusLabel(request.status))
                : tr("Request %1: %2. The province's note: %3")
                      .arg(id)
                      .arg(RequestSheets::statusLabel(request.status), request.note));
        return;
    }
    m_message->dismiss();
    TraceAnswerDialog dialog(answer.value(), this);
    dialog.exec();
}

} // namespace cd::ui
