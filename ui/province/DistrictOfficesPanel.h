// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/Confirmer.h"
#include "province/DistrictOffices.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace cd {
class Database;
}

namespace cd::ui {

class InlineMessage;
class SheetTableModel;

// The province office's list of district offices on its server: each a role bound to a district. Adds one
// (a dialog) and takes one's rights away after asking.
class DistrictOfficesPanel : public QWidget {
    Q_OBJECT

public:
    explicit DistrictOfficesPanel(Database &database, QWidget *parent = nullptr);

    void reload();
    // Opens the dialog that adds an office.
    void openAddDialog();
    // Removes the office of `role` after asking; false when it was not removed.
    bool removeOffice(const QString &role);
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    const QVector<province::DistrictOffice> &offices() const { return m_offices; }
    SheetTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    InlineMessage *message() const { return m_message; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }

signals:
    void statusMessage(const QString &message);

private:
    QString selectedRole() const;
    void updateButtons();

    Database &m_database;
    Confirmer m_confirm;
    QVector<province::DistrictOffice> m_offices;
    SheetTableModel *m_model;
    QTableView *m_table;
    InlineMessage *m_message;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
};

} // namespace cd::ui
