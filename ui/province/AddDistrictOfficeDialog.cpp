// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddDistrictOfficeDialog.h"

#include "common/VietnameseText.h"
#include "database/Database.h"
#include "dialogs/StandardButtons.h"
#include "posters/InlineMessage.h"
#include "registry/UiText.h"
#include "units/AdminUnitRepository.h"
#include "units/OfficeScope.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {

QString AddDistrictOfficeDialog::proposedRole(const QString &districtName) {
    QString role;
    for (const QChar ch : text::foldKey(districtName)) {
        const bool plain = (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9');
        if (plain)
            role += ch;
        else if (!role.isEmpty() && !role.endsWith(u'_'))
            role += u'_';
    }
    while (role.endsWith(u'_'))
        role.chop(1);
    // Districts named by a number ("Quận 1") would give a role starting with a digit, which is refused.
    if (role.isEmpty() || role.front().isDigit())
        role.prepend(QStringLiteral("huyen_"));
    return role.left(63);
}

AddDistrictOfficeDialog::AddDistrictOfficeDialog(Database &database,
                                                 QVector<province::DistrictOffice> existing, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_existing(std::move(existing))
    , m_confirm(questionBoxOver(this))
    , m_district(new QComboBox(this))
    , m_role(new QLineEdit(this))
    , m_message(new InlineMessage(this)) {
    setWindowTitle(tr("Add a district office"));
    auto *explanation = new QLabel(
        tr("A district office logs in to this server with a PostgreSQL role of its own, and sees and changes "
           "only its district's checkpoints, scans and counts. The program gives the role no password: the "
           "server's administrator sets one (in psql: \\password ROLE), and the district office types it in "
           "File → Connect to server… or keeps it in its ~/.pgpass."),
        this);
    explanation->setWordWrap(true);

    m_district->setObjectName(QStringLiteral("officeDistrict"));
    if (const auto scope = OfficeScope(database.connection()).current()) {
        for (const AdminUnit &district :
             AdminUnitRepository(database.connection()).children(scope->province.code))
            m_district->addItem(QStringLiteral("%1 (%2)").arg(district.nameWithType, district.code),
                                QStringList{district.code, district.name});
    }
    m_role->setObjectName(QStringLiteral("officeRole"));
    // The rule of DistrictOffices::isValidRoleName, as the user types.
    m_role->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z_][a-z0-9_]{0,62}")), m_role));
    m_role->setToolTip(tr("Lower-case letters without diacritics, digits and underscores, e.g. bu_dang."));

    auto *form = new QFormLayout;
    form->addRow(tr("District"), m_district);
    form->addRow(tr("Role (login)"), m_role);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    nameStandardButtons(buttons);
    m_addButton = buttons->addButton(tr("Add the office"), QDialogButtonBox::AcceptRole);
    makePrimary(m_addButton);
    m_addButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (add())
            accept();
    });
    connect(m_district, &QComboBox::currentIndexChanged, this, &AddDistrictOfficeDialog::districtChosen);
    connect(m_role, &QLineEdit::textEdited, this, [this] {
        m_roleProposed = m_role->text().isEmpty();
        m_addButton->setEnabled(!m_role->text().isEmpty());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, 300);
    if (m_district->count() == 0)
        m_message->showError(tr("The database has no area yet: the province office sets it first."));
    // The first district without an office is the likely next one.
    for (int i = 0; i < m_district->count(); ++i) {
        const QString code = m_district->itemData(i).toStringList().value(0);
        if (std::none_of(m_existing.cbegin(), m_existing.cend(), [&](const province::DistrictOffice &office) {
                return office.districtCode == code;
            })) {
            m_district->setCurrentIndex(i);
            break;
        }
    }
    districtChosen();
}

void AddDistrictOfficeDialog::districtChosen() {
    if (m_roleProposed)
        m_role->setText(proposedRole(m_district->currentData().toStringList().value(1)));
    m_addButton->setEnabled(m_district->currentIndex() >= 0 && !m_role->text().isEmpty());
}

bool AddDistrictOfficeDialog::selectDistrict(const QString &code) {
    for (int i = 0; i < m_district->count(); ++i)
        if (m_district->itemData(i).toStringList().value(0) == code) {
            m_district->setCurrentIndex(i);
            return true;
        }
    return false;
}

void AddDistrictOfficeDialog::setRole(const QString &role) {
    m_role->setText(role);
    m_roleProposed = false;
    m_addButton->setEnabled(!role.isEmpty());
}

QString AddDistrictOfficeDialog::role() const {
    return m_role->text().trimmed();
}

QString AddDistrictOfficeDialog::districtCode() const {
    return m_district->currentData().toStringList().value(0);
}

bool AddDistrictOfficeDialog::add() {
    const QString role = this->role();
    const QString district = districtCode();
    for (const province::DistrictOffice &office : m_existing) {
        if (office.role != role || office.districtCode == district)
            continue;
        if (!m_confirm(windowTitle(),
                       tr("%1 is already the office of %2. Move it to %3? It will no longer see "
                          "%2.")
                           .arg(role, office.districtName, m_district->currentText())))
            return false;
    }
    if (auto added = province::DistrictOffices(m_database.connection()).add(role, district); !added) {
        m_message->showError(sentence(added.error().message));
        return false;
    }
    return true;
}

} // namespace cd::ui
