// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvinceRequestsPanel.h"

#include "RefuseRequestDialog.h"
#include "RequestSheets.h"
#include "RequestTables.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "jobs/Job.h"
#include "posters/InlineMessage.h"
#include "province/DistrictOffices.h"
#include "registry/UiText.h"
#include "trace/SheetTableModel.h"
#include "units/AdminUnitRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {

using province::TraceRequest;

ProvinceRequestsPanel::ProvinceRequestsPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_confirm(questionBoxOver(this))
    , m_job(new Job(database, this))
    , m_model(new SheetTableModel(this))
    , m_table(makeListTable(m_model, this))
    , m_message(new InlineMessage(this))
    , m_details(new QLabel(this)) {
    auto *hint = new QLabel(
        tr("A district office sees only its own district. When its case may have been elsewhere in the "
           "province, it asks here, with a reason. Approving traces the case across the province (recorded "
           "in the province's audit log) and gives the district the case's visits in other districts with "
           "how many people were there, never who. The phone, ID number or name asked for is deleted once "
           "the request is answered or refused, and after %n day(s) when nobody answers.",
           nullptr, province::TraceRequests::kExpiryDays),
        this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    m_approveButton = new QPushButton(tr("Approve and trace…"), this);
    makePrimary(m_approveButton);
    m_refuseButton = new QPushButton(tr("Refuse…"), this);
    auto *refresh = new QPushButton(tr("Refresh"), this);

    m_table->setObjectName(QStringLiteral("provinceRequests"));
    m_details->setObjectName(QStringLiteral("requestDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approveButton);
    buttons->addWidget(m_refuseButton);
    buttons->addStretch(1);
    buttons->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);

    connect(m_approveButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            approve(id);
    });
    connect(m_refuseButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            openRefuseDialog(id);
    });
    connect(refresh, &QPushButton::clicked, this, &ProvinceRequestsPanel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProvinceRequestsPanel::updateButtons);
    connect(m_job, &Job::failed, this, [this](const QString &message) {
        m_message->showError(tr("The request was not answered: %1").arg(sentence(message)));
        reload();
    });
    connect(m_job, &Job::finished, this, [this] {
        setCursor(Qt::ArrowCursor);
        updateButtons();
    });
    m_refresh.setInterval(std::chrono::minutes(2));
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_job->isRunning())
            reload();
    });
    m_refresh.start();

    reload();
}

void ProvinceRequestsPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_job->isRunning())
        reload();
}

QString ProvinceRequestsPanel::officeOf(const TraceRequest &request) const {
    return QStringLiteral("%1 (%2)").arg(m_districtNames.value(request.districtCode, request.districtCode),
                                         request.requestedBy);
}

void ProvinceRequestsPanel::reload() {
    const qint64 selected = selectedId();
    const auto requests = province::TraceRequests(m_database.connection()).list();
    if (!requests) {
        m_message->showError(tr("The trace requests cannot be read: %1").arg(requests.error().message));
        return;
    }
    m_requests = requests.value();
    // Requests keep their district after its office is removed: names come from the units, not the offices.
    const AdminUnitRepository units(m_database.connection());
    for (const TraceRequest &request : m_requests)
        if (!m_districtNames.contains(request.districtCode))
            if (const auto unit = units.unit(request.districtCode))
                m_districtNames.insert(request.districtCode, unit->nameWithType);
    m_model->setSheet(RequestSheets::requests(m_requests, RequestSheets::Viewer::Province, m_districtNames));
    fitListColumns(m_table);
    if (selected)
        selectRequest(selected);
    const QString none = tr("No district has asked for a trace yet.");
    if (m_requests.isEmpty() && !m_message->isError())
        m_message->showInfo(none);
    else if (!m_requests.isEmpty() && m_message->text() == none)
        m_message->dismiss();
    updateButtons();
    emit pendingCountChanged(pendingCount());
}

int ProvinceRequestsPanel::pendingCount() const {
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [](const TraceRequest &r) { return r.status == QLatin1String("pending"); }));
}

bool ProvinceRequestsPanel::selectRequest(qint64 id) {
    return selectRequestRow(m_table, m_requests, id);
}

qint64 ProvinceRequestsPanel::selectedId() const {
    return selectedRequestId(m_table, m_requests);
}

const TraceRequest *ProvinceRequestsPanel::find(qint64 id) const {
    for (const TraceRequest &request : m_requests)
        if (request.id == id)
            return &request;
    return nullptr;
}

void ProvinceRequestsPanel::updateButtons() {
    const TraceRequest *request = find(selectedId());
    const bool pending = request && request->status == QLatin1String("pending");
    m_approveButton->setEnabled(pending && !m_job->isRunning());
    m_refuseButton->setEnabled(pending && !m_job->isRunning());
    const QString why = !request  ? tr("Select a request in the list.")
                        : pending ? QString()
                                  : tr("Only a request waiting for the province can be approved or refused.");
    m_approveButton->setToolTip(why);
    m_refuseButton->setToolTip(why);
    m_details->setText(request ? RequestSheets::details(*request, officeOf(*request)) : QString());
}

bool ProvinceRequestsPanel::approve(qint64 id) {
    const TraceRequest *request = find(id);
    if (!request || m_job->isRunning())
        return false;
    if (!m_confirm(
            tr("Approve a trace request"),
            tr("Trace the case of request %1 across the province for %2?\n\n%3, %4, window ±%5 min.\nReason: "
               "%6\n\nThe trace is recorded in the province's audit log. The district office receives the "
               "case's visits in other districts and how many people were there, not who they were.")
                .arg(request->id)
                .arg(officeOf(*request), RequestSheets::caseText(*request), RequestSheets::period(*request))
                .arg(request->windowMinutes)
                .arg(request->reason)))
        return false;
    m_message->showInfo(tr("Tracing request %1 across the province…").arg(id));
    setCursor(Qt::BusyCursor);
    // Across every district's scans: on a job, so that the window stays usable while it runs.
    m_job->start<int>(
        [id](JobContext &context) { return province::TraceRequests(context.connection()).approve(id); },
        [this, id](const int &visits) { approved(id, visits); });
    updateButtons();
    return true;
}

void ProvinceRequestsPanel::approved(qint64 id, int visits) {
    m_message->dismiss();
    reload();
    selectRequest(id);
    const TraceRequest *request = find(id);
    QString text = tr("Request %1 answered: %2 visit(s) in other districts. The district office can read the "
                      "answer now.")
                       .arg(id)
                       .arg(format::number(visits));
    if (request && !request->note.isEmpty())
        text += u' ' + tr("Note: %1.").arg(request->note);
    m_message->showSuccess(text);
    emit statusMessage(text);
}

void ProvinceRequestsPanel::openRefuseDialog(qint64 id) {
    const TraceRequest *request = find(id);
    if (!request)
        return;
    RefuseRequestDialog dialog(m_database, *request, officeOf(*request), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->dismiss();
    reload();
    selectRequest(id);
    const QString text = tr("Request %1 refused; the district office reads why.").arg(id);
    m_message->showSuccess(text);
    emit statusMessage(text);
}

} // namespace cd::ui
