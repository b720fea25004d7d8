// SPDX-License-Identifier: GPL-3.0-or-later
// What the tracing page does: start or cancel a search or trace, show candidates and results, export.
#include "TracePage.h"

#include "DayTimeline.h"
#include "SheetTableModel.h"
#include "TraceExportDialog.h"
#include "TraceSearch.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "jobs/Job.h"
#include "posters/InlineMessage.h"
#include "registry/UiText.h"
#include "scans/ScanTime.h"
#include "trace/PersonSearch.h"
#include "trace/TraceAudit.h"
#include "trace/TraceSheets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

namespace cd::ui {

using trace::Phones;
using trace::QueryKind;

trace::TraceOptions TracePage::options() const {
    trace::TraceOptions o;
    o.from = m_from->date();
    o.to = m_to->date();
    o.windowMinutes = m_window->value();
    o.defaultStayMinutes = m_stay->value();
    o.includeRelatedCheckpoints = m_related->isChecked();
    return o;
}

void TracePage::setPeriod(const QDate &from, const QDate &to) {
    m_from->setDate(from);
    m_to->setDate(to);
}

void TracePage::setWindowMinutes(int minutes) {
    m_window->setValue(minutes);
}

void TracePage::search(const QString &text, std::optional<trace::QueryKind> kind) {
    m_query->setText(text);
    m_kind->setCurrentIndex(kind ? m_kind->findData(int(*kind)) : 0);
    start(text, std::nullopt);
}

void TracePage::start(const QString &text, std::optional<trace::Person> person) {
    TraceRequest request;
    request.options = options();
    if (request.options.from > request.options.to) {
        m_message->showError(tr("The period must end on or after the day it starts."));
        return;
    }
    if (person) {
        request.person = person;
    } else {
        if (text.trimmed().isEmpty()) {
            m_message->showError(tr("Type a phone number, an ID number or a name."));
            return;
        }
        const int chosen = m_kind->currentData().toInt();
        request.kind = chosen < 0 ? trace::PersonSearch::guessKind(text) : QueryKind(chosen);
        request.text = text;
    }
    m_lastKind = person ? person->kind : request.kind;
    m_message->showInfo(person || request.kind != QueryKind::Name
                            ? tr("Tracing…")
                            : tr("Searching the names scanned in the period…"));
    // A new request is the one wanted: the one running is dropped.
    m_job->start<TraceOutcome>(
        [request](JobContext &context) {
            return findAndTrace(context.connection(), request, context.cancelFlag());
        },
        [this](const TraceOutcome &outcome) { showOutcome(outcome); }, Job::Start::Superseding);
    setBusy(m_job->isRunning());
}

void TracePage::cancelSearch() {
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_traceButton->setEnabled(false); // until the search has stopped
    m_message->showInfo(tr("Cancelling…"));
}

bool TracePage::isSearching() const {
    return m_job->isRunning();
}

void TracePage::setBusy(bool busy) {
    m_traceButton->setText(busy ? tr("Cancel") : tr("Trace"));
    m_traceButton->setToolTip(busy ? tr("Stop the search; nothing is traced.") : QString());
    m_traceButton->setEnabled(true);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void TracePage::showOutcome(const TraceOutcome &outcome) {
    if (outcome.result)
        showResult(*outcome.result);
    else
        showCandidates(outcome.candidates);
}

void TracePage::showCandidates(const QVector<trace::Person> &people) {
    m_candidates = people;
    SheetData sheet;
    sheet.columns = {{QStringLiteral("name"), tr("Name")},
                     {QStringLiteral("phone"), tr("Phone")},
                     {QStringLiteral("id_number"), tr("ID number")},
                     {QStringLiteral("scans"), tr("Scans")},
                     {QStringLiteral("last_seen"), tr("Last scan")}};
    for (const trace::Person &p : people)
        sheet.rows.append({p.name, p.phone, p.idNumber, p.scans, scantime::toVietnamText(p.lastSeen)});
    m_candidatesModel->setSheet(sheet);
    m_candidatesPanel->show();
    m_resultsPanel->hide(); // the previous case's results would read as this one's
    m_candidatesView->selectRow(0);
    m_message->showInfo(
        tr("%n people match “%1”.", nullptr, int(people.size())).arg(m_query->text().trimmed()));
}

void TracePage::traceCandidate(int row) {
    if (row < 0 || row >= m_candidates.size())
        return;
    start({}, m_candidates[row]);
}

void TracePage::showResult(const trace::TraceResult &result) {
    m_result = result;
    m_resultQuery = m_query->text();
    m_candidatesPanel->hide();
    m_resultsPanel->show();
    const trace::Person &p = result.person;
    QStringList who{p.name.isEmpty() ? p.keys.value(0) : p.name};
    if (!p.phone.isEmpty())
        who << p.phone; // on screen: in full
    if (!p.idNumber.isEmpty())
        who << tr("ID %1").arg(p.idNumber);
    m_personLabel->setText(who.join(QStringLiteral("  ·  ")));
    m_countsLabel->setText(tr("%1 – %2, window ±%3 min: %4 visit(s) at %5 site(s), %6 contact(s)")
                               .arg(format::date(result.options.from), format::date(result.options.to))
                               .arg(result.options.windowMinutes)
                               .arg(format::number(result.visits.size()), format::number(result.sites.size()),
                                    format::number(result.contacts.size())));
    m_timeline->setSheet(trace::TraceSheets::timeline(result));
    m_contacts->setSheet(trace::TraceSheets::contacts(result, Phones::Full));
    m_overlaps->setSheet(trace::TraceSheets::overlaps(result, Phones::Full));
    m_sites->setSheet(trace::TraceSheets::sites(result));
    m_dayTimeline->setTrace(result);
    const int total = std::max(m_timelineSplit->height(), 300);
    const int chart = std::min(m_dayTimeline->sizeHint().height() + 4, total * 3 / 5);
    m_timelineSplit->setSizes({chart, total - chart});
    m_tabs->setTabText(ContactsTab, tr("Contacts (%1)").arg(format::number(result.contacts.size())));
    m_tabs->setTabText(SitesTab, tr("Exposure sites (%1)").arg(format::number(result.sites.size())));
    m_exportButton->setEnabled(true);
    const QString purged =
        trace::purgedPeriodNote(result.purgedBefore, result.options.from, result.options.to);
    m_purgedNote->setText(purged);
    m_purgedNote->setVisible(!purged.isEmpty());
    if (!result.contacts.isEmpty())
        m_contactsView->selectRow(0);
    showContactDetail();
    if (result.scans.isEmpty() && purged.isEmpty())
        m_message->showInfo(tr("No scans of this person between %1 and %2.")
                                .arg(format::date(result.options.from), format::date(result.options.to)));
    else
        m_message->dismiss();
    emit statusMessage(tr("Trace recorded in the audit log."));
}

void TracePage::showContactDetail() {
    const QModelIndex current = m_contactsView->currentIndex();
    if (!current.isValid() || !m_result) {
        m_overlapsOfContact->setFilterFixedString(QStringLiteral("-"));
        m_detailLabel->setText(tr("Select a contact to see the visits they shared with the case."));
        return;
    }
    const int rank = m_contacts->index(current.row(), 0).data(Qt::UserRole).toInt();
    m_overlapsOfContact->setFilterKeyColumn(m_overlaps->columnOf(QStringLiteral("rank")));
    m_overlapsOfContact->setFilterRole(Qt::UserRole);
    m_overlapsOfContact->setFilterRegularExpression(QStringLiteral("^%1$").arg(rank));
    const QString name =
        m_contacts->index(current.row(), m_contacts->columnOf(QStringLiteral("name"))).data().toString();
    m_detailLabel->setText(tr("Visits %1 shared with the case:").arg(name));
}

Result<QStringList> TracePage::exportTo(const QString &path, trace::ExportFormat format,
                                        trace::Phones phones) const {
    if (!m_result)
        return makeError(tr("Trace a case first."));
    // Recorded before the files are written: personal data the log cannot account for is not exported.
    if (auto logged = trace::recordExport(m_database.connection(), *m_result,
                                          trace::TraceExport::filesFor(path, format), phones);
        !logged)
        return logged.error();
    return trace::TraceExport::write(*m_result, path, format, phones,
                                     trace::BriefHeading::forDatabase(m_database.connection()));
}

void TracePage::exportTrace() {
    if (!m_result)
        return;
    TraceExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString base = defaultExportName(dialog.suffix());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The dialog's own question covers one file; exportAsking() asks about every file written.
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the trace"), QDir(dir).filePath(base),
                                     dialog.fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    exportAsking(path, dialog.format(), dialog.phones());
}

QString TracePage::defaultExportName(const QString &suffix) const {
    // File names show in folder listings, recent-file lists and mail attachments: the case's name or phone
    // there is personal data in clear. The period tells the files apart.
    const QString format = QStringLiteral("yyyyMMdd");
    if (!m_result)
        return QStringLiteral("truy-vet.%1").arg(suffix);
    return QStringLiteral("truy-vet-%1-%2.%3")
        .arg(m_result->options.from.toString(format), m_result->options.to.toString(format), suffix);
}

void TracePage::exportAsking(const QString &path, trace::ExportFormat format, trace::Phones phones) {
    QStringList existing;
    for (const QString &file : trace::TraceExport::filesFor(path, format)) {
        if (QFileInfo::exists(file))
            existing << QDir::toNativeSeparators(file);
    }
    if (!existing.isEmpty() &&
        !m_confirm(tr("Replace files"), tr("%n file(s) already exist:\n%1\n\nReplace them with this trace?",
                                           nullptr, int(existing.size()))
                                            .arg(existing.join(u'\n')))) {
        m_message->showInfo(tr("Nothing was exported; the existing files were kept."));
        return;
    }
    const auto written = exportTo(path, format, phones);
    if (!written) {
        m_message->showError(sentence(written.error().toString()));
        return;
    }
    m_message->showSuccess(
        phones == Phones::Full
            ? tr("Exported to %1 with phone numbers in full.").arg(written->join(QStringLiteral(", ")))
            : tr("Exported to %1, phone numbers masked.").arg(written->join(QStringLiteral(", "))));
}

} // namespace cd::ui
