// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "dialogs/Confirmer.h"
#include "retention/Retention.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace cd {
class Database;
}

namespace cd::ui {

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
    // Saves the chosen period (audited), then asks and purges what is past it. For the buttons and tests.
    Status savePeriod();
    Result<PurgeReport> purgeNow();
    QString statusText() const;

signals:
    void purged();

private:
    void refresh();

    Database &m_database;
    Confirmer m_confirm;
    QSpinBox *m_days;
    QLabel *m_state;
    QLabel *m_result;
};

} // namespace cd::ui
