// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitPickerDialog.h"
#include "dialogs/StandardButtons.h"

#include "common/VietnameseText.h"
#include "registry/UiText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {
namespace {

// Words the written name shares with a unit's name: the closest units come first.
int sharedWords(const QString &written, const AdminUnit &unit) {
    const QStringList words = text::wordKeys(written, true);
    int shared = 0;
    for (const QString &word : text::wordKeys(unit.name, true))
        shared += words.contains(word);
    return shared;
}

} // namespace

UnitPickerDialog::UnitPickerDialog(const QString &written, const AdminUnits &units, QWidget *parent)
    : QDialog(parent)
    , m_units(units)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this)) {
    setWindowTitle(tr("Pick a unit"));
    std::stable_sort(m_units.begin(), m_units.end(), [&](const AdminUnit &a, const AdminUnit &b) {
        return sharedWords(written, a) > sharedWords(written, b);
    });
    auto *intro = new QLabel(tr("Which unit is %1? The import reads this name as the unit you pick, in this "
                                "file and in every later one.")
                                 .arg(text::quoted(written)),
                             this);
    intro->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Type to filter, with or without diacritics"));
    m_filter->setClearButtonEnabled(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    nameStandardButtons(buttons);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this unit"));
    makePrimary(buttons->button(QDialogButtonBox::Ok));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(480, 460);
    connect(m_filter, &QLineEdit::textChanged, this, &UnitPickerDialog::refilter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    refilter();
}

void UnitPickerDialog::refilter() {
    const QString needle = text::foldKey(m_filter->text().trimmed());
    m_list->clear();
    for (const AdminUnit &unit : std::as_const(m_units)) {
        const QString shown = unit.parentNameWithType.isEmpty()
                                  ? unit.nameWithType
                                  : QStringLiteral("%1, %2").arg(unit.nameWithType, unit.parentNameWithType);
        if (!needle.isEmpty() && !text::foldKey(shown).contains(needle))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(shown, unit.code), m_list);
        item->setData(Qt::UserRole, unit.code);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

QString UnitPickerDialog::chosenCode() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool UnitPickerDialog::choose(const QString &code) {
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == code) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace cd::ui
