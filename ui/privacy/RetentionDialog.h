// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "dialogs/Confirmer.h"
#include "retention/Retention.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;

namespace cd {
class Database;
}

namespace cd::ui {

class Job;

// How long the personal data of scans is kept (14–90 days, 28 until the office chooses), what is past its
// time, and the purge that deletes it: names, phones and ID numbers go, the daily counts, statistics,
// charts and reports stay as they are.
class RetentionDialog : public QDialog {
    Q_OBJECT

public:
    explicit RetentionDialog(Database &database, QWidget *parent = nullptr);

    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    int chosenDays() const;
    void setChosenDays(int days);
    // Saves the chosen period (audited). For the button and tests.
    Status savePeriod();
    // Saves the period, counts what is past it, asks, and starts the purge off the UI thread; false when
    // there was nothing to purge, the user said no, or it could not start (the reason is shown).
    bool purgeNow();
    bool isPurging() const;
    QString statusText() const;

signals:
    void purged(const cd::PurgeReport &report);
    void purgeFailed(const QString &message);

private:
    void refresh();
    void showPurged(const PurgeReport &report);

    Database &m_database;
    Confirmer m_confirm;
    QSpinBox *m_days;
    QLabel *m_state;
    QLabel *m_result;
    QPushButton *m_purgeButton;
    Job *m_job;
};

} // namespace cd::ui
