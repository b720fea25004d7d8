// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionDialog.h"
#include "dialogs/StandardButtons.h"

#include "Workspace.h"
#include "common/Clock.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "jobs/Job.h"
#include "retention/Retention.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd::ui {

RetentionDialog::RetentionDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_confirm(questionBoxOver(this))
    , m_days(new QSpinBox(this))
    , m_state(new QLabel(this))
    , m_result(new QLabel(this))
    , m_purgeButton(nullptr)
    , m_job(new Job(database, this)) {
    setWindowTitle(tr("Retention of personal data"));
    auto *explanation = new QLabel(
        tr("Names, phones and ID numbers of scans are kept only as long as tracing needs them (Law "
           "91/2025/QH15: personal data is deleted once its purpose is fulfilled). A purge deletes them "
           "for scans older than the period, here and in the backups Checkpoint Desk made; the daily "
           "counts stay, so every statistic, chart, report and annex stays the same."),
        this);
    explanation->setWordWrap(true);
    m_days->setObjectName(QStringLiteral("retentionDays"));
    m_days->setRange(RetentionPeriod::kMinDays, RetentionPeriod::kMaxDays);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(Retention(m_database).days());
    m_state->setObjectName(QStringLiteral("retentionState"));
    m_state->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("retentionResult"));
    m_result->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Keep personal data for"), m_days);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    nameStandardButtons(buttons);
    QPushButton *save = buttons->addButton(tr("Save the period"), QDialogButtonBox::ApplyRole);
    m_purgeButton = buttons->addButton(tr("Purge now…"), QDialogButtonBox::ActionRole);
    m_purgeButton->setObjectName(QStringLiteral("purgeNow"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        if (auto saved = savePeriod(); !saved)
            QMessageBox::warning(this, windowTitle(), saved.error().message);
    });
    connect(m_purgeButton, &QPushButton::clicked, this, &RetentionDialog::purgeNow);
    connect(m_job, &Job::failed, this, [this](const QString &message) {
        m_result->setText(message);
        emit purgeFailed(message);
    });
    connect(m_job, &Job::finished, this, [this] { m_purgeButton->setEnabled(true); });
    connect(m_days, &QSpinBox::valueChanged, this, &RetentionDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, 340);
    refresh();
}

int RetentionDialog::chosenDays() const {
    return m_days->value();
}

void RetentionDialog::setChosenDays(int days) {
    m_days->setValue(days);
}

QString RetentionDialog::statusText() const {
    return m_state->text() + u'\n' + m_result->text();
}

void RetentionDialog::refresh() {
    Retention retention(m_database);
    QStringList lines;
    const QDate cutoff = Retention::cutoffFor(m_days->value(), clock::today());
    if (const QDate purged = retention.purgedBefore(); purged.isValid())
        lines << tr("Personal data of scans before %1 has been purged.").arg(format::date(purged));
    const auto overdue = retention.overdue();
    if (!overdue) {
        lines << overdue.error().message;
    } else if (m_days->value() != retention.days()) {
        lines << tr("With %1 days, scans before %2 would be purged.")
                     .arg(m_days->value())
                     .arg(format::date(cutoff));
    } else if (overdue->scans > 0) {
        lines << tr("%1 scans from %2 to %3 hold personal data past the period: purge them.")
                     .arg(format::number(overdue->scans), format::date(overdue->oldestDay),
                          format::date(overdue->cutoff.addDays(-1)));
    } else {
        lines << tr("No personal data is past the period (scans before %1).").arg(format::date(cutoff));
    }
    m_state->setText(lines.join(u'\n'));
}

Status RetentionDialog::savePeriod() {
    Retention retention(m_database);
    if (m_days->value() == retention.days())
        return success();
    if (auto saved = retention.setDays(m_days->value()); !saved)
        return saved;
    m_result->setText(tr("The period is now %1 days.").arg(m_days->value()));
    refresh();
    return success();
}

bool RetentionDialog::isPurging() const {
    return m_job->isRunning();
}

bool RetentionDialog::purgeNow() {
    const auto fail = [this](const QString &message) {
        m_result->setText(message);
        return false;
    };
    if (m_job->isRunning())
        return false;
    if (auto saved = savePeriod(); !saved)
        return fail(saved.error().message);
    const auto planned = Retention(m_database).purge(std::nullopt, true);
    if (!planned)
        return fail(planned.error().message);
    if (planned->scans == 0)
        return fail(tr("Nothing to purge: no scan before %1 holds personal data.")
                        .arg(format::date(planned->before)));
    const QString question =
        tr("Delete the names, phones and ID numbers of %1 scans (%2 people) from before %3? The statistics "
           "and reports stay the same. This cannot be undone, and the backups Checkpoint Desk made are "
           "purged the same way.")
            .arg(format::number(planned->scans), format::number(planned->people),
                 format::date(planned->before));
    if (!m_confirm(tr("Purge personal data"), question))
        return false;
    m_purgeButton->setEnabled(false);
    m_result->setText(tr("Purging the personal data of %1 scans…").arg(format::number(planned->scans)));
    // Deleting a year of scans and overwriting the freed pages takes seconds: off the UI thread, through
    // a Database of the work's own (an in-memory one runs here, with the dialog's).
    const QString path = m_database.path();
    Database *shared = m_job->runsInBackground() ? nullptr : &m_database;
    const bool started = m_job->start(
        std::function<Result<PurgeReport>(JobContext &)>([path, shared](JobContext &) -> Result<PurgeReport> {
            if (shared)
                return Retention(*shared).purge(std::nullopt, false);
            auto own = openWorkspace(path);
            if (!own)
                return own.error();
            return Retention(*own.value()).purge(std::nullopt, false);
        }),
        std::function<void(const PurgeReport &)>([this](const PurgeReport &report) { showPurged(report); }));
    if (!started)
        m_purgeButton->setEnabled(true);
    return started;
}

void RetentionDialog::showPurged(const PurgeReport &done) {
    QStringList lines{
        tr("Deleted the personal data of %1 scans of %2 people from before %3.")
            .arg(format::number(done.scans), format::number(done.people), format::date(done.before))};
    if (!done.backupsPurged.isEmpty())
        lines << tr("Purged the same way: %n backup(s).", nullptr, int(done.backupsPurged.size()));
    lines << done.warnings;
    m_result->setText(lines.join(u'\n'));
    refresh();
    emit purged(done);
}

} // namespace cd::ui
