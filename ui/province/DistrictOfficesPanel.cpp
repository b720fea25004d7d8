// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistrictOfficesPanel.h"

#include "AddDistrictOfficeDialog.h"
#include "RequestSheets.h"
#include "RequestTables.h"
#include "database/Database.h"
#include "posters/InlineMessage.h"
#include "registry/UiText.h"
#include "trace/SheetTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

DistrictOfficesPanel::DistrictOfficesPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_confirm(questionBoxOver(this))
    , m_model(new SheetTableModel(this))
    , m_table(makeListTable(m_model, this))
    , m_message(new InlineMessage(this)) {
    auto *hint = new QLabel(tr("Each district office logs in with its own role and sees only its district. "
                               "Removing an office takes its rights to this database away; the role stays "
                               "on the server until its administrator drops it."),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    m_addButton = new QPushButton(tr("Add an office…"), this);
    makePrimary(m_addButton);
    m_removeButton = new QPushButton(tr("Remove…"), this);

    m_table->setObjectName(QStringLiteral("officesTable"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_addButton, &QPushButton::clicked, this, &DistrictOfficesPanel::openAddDialog);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (const QString role = selectedRole(); !role.isEmpty())
            removeOffice(role);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DistrictOfficesPanel::updateButtons);
    reload();
}

void DistrictOfficesPanel::reload() {
    const auto offices = province::DistrictOffices(m_database.connection()).list();
    if (!offices) {
        m_message->showError(tr("The district offices cannot be read: %1").arg(offices.error().message));
        return;
    }
    m_offices = offices.value();
    SheetData sheet;
    sheet.columns = {{QStringLiteral("district"), tr("District")},
                     {QStringLiteral("district_code"), tr("Code")},
                     {QStringLiteral("role"), tr("Role (login)")},
                     {QStringLiteral("added_at"), tr("Added")}};
    for (const province::DistrictOffice &office : m_offices)
        sheet.rows.append(
            {office.districtName, office.districtCode, office.role, RequestSheets::moment(office.addedAt)});
    m_model->setSheet(sheet);
    fitListColumns(m_table);
    if (m_offices.isEmpty())
        m_message->showInfo(
            tr("No district office yet: add one for each district that works on this server."));
    else if (!m_message->isError())
        m_message->dismiss();
    updateButtons();
}

QString DistrictOfficesPanel::selectedRole() const {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return m_offices.value(current.row()).role;
}

void DistrictOfficesPanel::updateButtons() {
    m_removeButton->setEnabled(!selectedRole().isEmpty());
}

void DistrictOfficesPanel::openAddDialog() {
    AddDistrictOfficeDialog dialog(m_database, m_offices, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->dismiss();
    reload();
    for (int row = 0; row < m_offices.size(); ++row) {
        if (m_offices[row].role != dialog.role())
            continue;
        m_table->selectRow(row);
        const QString text = tr("District office %1 added for %2. The server's administrator sets its "
                                "password.")
                                 .arg(m_offices[row].role, m_offices[row].districtName);
        m_message->showSuccess(text);
        emit statusMessage(text);
    }
}

bool DistrictOfficesPanel::removeOffice(const QString &role) {
    QString district = role;
    for (const province::DistrictOffice &office : m_offices)
        if (office.role == role)
            district = office.districtName;
    if (!m_confirm(tr("Remove a district office"),
                   tr("Take the rights of %1 (the office of %2) to this database away? It will no longer "
                      "log in here. Its checkpoints and scans stay; the role itself stays on the server "
                      "until its administrator drops it.")
                       .arg(role, district)))
        return false;
    if (auto removed = province::DistrictOffices(m_database.connection()).remove(role); !removed) {
        m_message->showError(sentence(removed.error().message));
        return false;
    }
    reload();
    const QString text = tr("District office %1 removed.").arg(role);
    m_message->showSuccess(text);
    emit statusMessage(text);
    return true;
}

} // namespace cd::ui
