// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace cd {
class Database;
}

namespace cd::ui {

class SheetTableModel;

// The audit log of personal data: who traced whom, who exported or displayed personal data, every purge,
// backup and restore. Filtered by period, action and person (typed as the office would: a phone, an ID
// number, a name; matched through the log's salted hashes), and exported as it is shown.
class AuditDialog : public QDialog {
    Q_OBJECT

public:
    explicit AuditDialog(Database &database, QWidget *parent = nullptr);

    // The filters, for tests and for a caller that opens the log on one action.
    void setPeriod(const QDate &from, const QDate &to);
    void setAction(const QString &actionKey); // empty: every action
    void setPerson(const QString &person);
    void reload();
    int shownEntries() const;
    Status exportTo(const QString &path) const;

private:
    void chooseExport();

    Database &m_database;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_action;
    QLineEdit *m_person;
    QTableView *m_table;
    SheetTableModel *m_model;
    QLabel *m_summary;
};

} // namespace cd::ui
