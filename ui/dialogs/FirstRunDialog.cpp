// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunDialog.h"
#include "dialogs/StandardButtons.h"

#include "common/VietnameseText.h"
#include "database/Database.h"
#include "units/AdminUnitRepository.h"
#include "units/OfficeScope.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {
namespace {

void fillSorted(QComboBox *box, AdminUnits units) {
    const QCollator collator = text::vietnameseCollator();
    std::sort(units.begin(), units.end(),
              [&](const AdminUnit &a, const AdminUnit &b) { return collator.compare(a.name, b.name) < 0; });
    for (const AdminUnit &unit : units)
        box->addItem(unit.nameWithType, unit.code);
}

int indexOfName(const QComboBox *box, const QString &name) {
    const QString wanted = text::matchKey(name);
    for (int i = 0; i < box->count(); ++i) {
        if (text::matchKey(box->itemText(i)) == wanted ||
            text::matchKey(box->itemText(i)).endsWith(u' ' + wanted))
            return i;
    }
    return -1;
}

} // namespace

FirstRunDialog::FirstRunDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_province(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    nameStandardButtons(m_buttons);
    setWindowTitle(tr("Set up Checkpoint Desk"));
    auto *intro =
        new QLabel(tr("<b>Which area does this office serve?</b><br>Checkpoints, scans and reports are "
                      "kept for one district, or for a whole province at a provincial office. This "
                      "is asked only once."),
                   this);
    intro->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_province->setEditable(true);
    m_province->setInsertPolicy(QComboBox::NoInsert);
    m_district->setEditable(true);
    m_district->setInsertPolicy(QComboBox::NoInsert);
    fillSorted(m_province, AdminUnitRepository(database.connection()).provinces());
    m_province->setCurrentIndex(-1);
    m_province->lineEdit()->setPlaceholderText(tr("Type or choose a province"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Province:"), m_province);
    form->addRow(tr("&District:"), m_district);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(480, 260);

    connect(m_province, &QComboBox::currentIndexChanged, this, &FirstRunDialog::fillDistricts);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    fillDistricts();
}

void FirstRunDialog::fillDistricts() {
    m_district->clear();
    const QString provinceCode = m_province->currentData().toString();
    m_district->setEnabled(!provinceCode.isEmpty());
    if (provinceCode.isEmpty())
        return;
    m_district->addItem(tr("(The whole province)"), QString());
    fillSorted(m_district, AdminUnitRepository(m_database.connection()).children(provinceCode));
}

bool FirstRunDialog::selectProvince(const QString &name) {
    const int index = indexOfName(m_province, name);
    m_province->setCurrentIndex(index);
    return index >= 0;
}

bool FirstRunDialog::selectDistrict(const QString &name) {
    const int index = indexOfName(m_district, name);
    m_district->setCurrentIndex(index);
    return index >= 0;
}

void FirstRunDialog::accept() {
    const QString province =
        m_province->currentIndex() >= 0 ? m_province->currentData().toString() : m_province->currentText();
    const QString district =
        m_district->currentIndex() >= 0 ? m_district->currentData().toString() : m_district->currentText();
    OfficeScope scope(m_database.connection());
    // Codes resolve exactly; typed text goes through the same name matcher as files do.
    const auto configured = scope.configure(province, district);
    if (!configured) {
        m_error->setText(configured.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cd::ui
