// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/Confirmer.h"
#include "trace/TraceExport.h"
#include "trace/TraceTypes.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTableView;
class QTabWidget;
class QWidget;

namespace cd {
class Database;
}

namespace cd::ui {

class DayTimeline;
class InlineMessage;
class ProvinceRequestBar;
struct RequestDraft;
class SheetTableModel;
class Job;
struct TraceOutcome;

// Contact tracing: find the case by phone, ID number or name (choosing among several people with the same
// name), then their timeline (a day-by-day chart and every scan), their contacts ranked by overlaps with
// the visits they shared, and the exposure sites to warn. The search runs on a job, off the UI thread: the
// Trace button is its Cancel while it runs. Phones are shown in full on screen; exports mask them unless
// the user confirms. The audit log of traces is the main window's, not this page's.
class TracePage : public QWidget {
    Q_OBJECT

public:
    explicit TracePage(Database &database, QWidget *parent = nullptr);

    enum Tab { TimelineTab, ContactsTab, SitesTab };

    // Search as if typed and Trace pressed. `kind` empty: guessed from the text.
    void search(const QString &text, std::optional<trace::QueryKind> kind = {});
    void setPeriod(const QDate &from, const QDate &to);
    void setWindowMinutes(int minutes);
    void traceCandidate(int row);
    // Stops the search or trace running; the page says so and stays as it was before it.
    void cancelSearch();
    bool isSearching() const;
    Result<QStringList> exportTo(const QString &path, trace::ExportFormat format, trace::Phones phones) const;
    // exportTo() after asking whether to replace the files that exist (a CSV export writes three files
    // beside the one chosen, which the file dialog never asked about). Shows what happened.
    void exportAsking(const QString &path, trace::ExportFormat format, trace::Phones phones);
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    // A district office on the province's server: the page says it traces the district only and offers to
    // ask the province about the other districts. Returns the bar that does.
    ProvinceRequestBar *offerProvinceRequests(const QString &districtName);
    ProvinceRequestBar *provinceRequestBar() const { return m_provinceBar; }
    // What a request to the province would ask: the case traced on screen (by phone or ID number when the
    // trace found them, which a name does not match as surely), else what is typed; the period and window.
    RequestDraft provinceRequestDraft() const;

    const std::optional<trace::TraceResult> &result() const { return m_result; }
    const QVector<trace::Person> &candidates() const { return m_candidates; }
    SheetTableModel *contactsModel() const { return m_contacts; }
    SheetTableModel *timelineModel() const { return m_timeline; }
    SheetTableModel *sitesModel() const { return m_sites; }
    QTabWidget *tabs() const { return m_tabs; }
    Job *job() const { return m_job; }
    QPushButton *traceButton() const { return m_traceButton; }
    // The note that the period reaches days whose personal data was purged; hidden when it does not.
    QLabel *purgedNote() const { return m_purgedNote; }
    // What the export offers as the file's name: the period, never who was traced.
    QString defaultExportName(const QString &suffix) const;

signals:
    void statusMessage(const QString &message);

private:
    QWidget *buildSearchBar();
    QWidget *buildCandidates();
    QWidget *buildResults();
    trace::TraceOptions options() const;
    void start(const QString &text, std::optional<trace::Person> person);
    void showCandidates(const QVector<trace::Person> &people);
    void showResult(const trace::TraceResult &result);
    void showContactDetail();
    void exportTrace();
    void setBusy(bool busy);
    void showOutcome(const TraceOutcome &outcome);

    Database &m_database;
    Confirmer m_confirm;
    Job *m_job;
    std::optional<trace::TraceResult> m_result;
    QVector<trace::Person> m_candidates;
    trace::QueryKind m_lastKind = trace::QueryKind::Phone;
    // What the query box held when the result on screen was traced.
    QString m_resultQuery;
    ProvinceRequestBar *m_provinceBar = nullptr;

    QLineEdit *m_query;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QSpinBox *m_window;
    QSpinBox *m_stay;
    QCheckBox *m_related;
    QPushButton *m_traceButton;
    InlineMessage *m_message;
    QWidget *m_candidatesPanel;
    SheetTableModel *m_candidatesModel;
    QTableView *m_candidatesView;
    QWidget *m_resultsPanel;
    QLabel *m_personLabel;
    QLabel *m_countsLabel;
    QLabel *m_purgedNote;
    QPushButton *m_exportButton;
    QTabWidget *m_tabs;
    DayTimeline *m_dayTimeline;
    SheetTableModel *m_timeline;
    SheetTableModel *m_contacts;
    SheetTableModel *m_overlaps;
    QSortFilterProxyModel *m_overlapsOfContact;
    QTableView *m_contactsView;
    QTableView *m_timelineView;
    QSplitter *m_timelineSplit;
    QLabel *m_detailLabel;
    SheetTableModel *m_sites;
};

} // namespace cd::ui
