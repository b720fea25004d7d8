// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointPickerDialog.h"
#include "dialogs/StandardButtons.h"

#include "common/VietnameseText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {
namespace {

constexpr int kSearchRole = Qt::UserRole + 1;
constexpr int kCodeRole = Qt::UserRole + 2;

QSet<QString> wordsOf(const QString &text) {
    const QStringList words = text::foldKey(text).split(u' ', Qt::SkipEmptyParts);
    return {words.begin(), words.end()};
}

} // namespace

CheckpointPickerDialog::CheckpointPickerDialog(const QString &exportLabel, const Checkpoints &checkpoints,
                                               QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    nameStandardButtons(m_buttons);
    setWindowTitle(tr("Which checkpoint is it?"));
    auto *intro = new QLabel(tr("The export names a place the register does not have:<br><b>%1</b><br>Choose "
                                "the registered checkpoint it is. Its rows, in this file and in every later "
                                "import, are then stored there.")
                                 .arg(exportLabel.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Search by code, name or commune"));
    m_filter->setClearButtonEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Map"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    // The likeliest checkpoints first: most words in common with what the export wrote.
    const QSet<QString> labelWords = wordsOf(exportLabel);
    QVector<QPair<int, const Checkpoint *>> ranked;
    for (const Checkpoint &checkpoint : checkpoints) {
        int shared = 0;
        for (const QString &word : wordsOf(checkpoint.name + u' ' + checkpoint.communeName))
            shared += labelWords.contains(word) ? 1 : 0;
        ranked.append({shared, &checkpoint});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[shared, checkpoint] : ranked) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2 (%3)").arg(checkpoint->code, checkpoint->name, checkpoint->communeName),
            m_list);
        item->setData(kCodeRole, checkpoint->code);
        item->setData(kSearchRole, text::foldKey(checkpoint->code + u' ' + checkpoint->name + u' ' +
                                                 checkpoint->communeName));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(560, 460);

    connect(m_filter, &QLineEdit::textChanged, this, &CheckpointPickerDialog::applyFilter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(current && !current->isHidden());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_filter->setFocus();
}

QString CheckpointPickerDialog::chosenCode() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(kCodeRole).toString() : QString();
}

void CheckpointPickerDialog::applyFilter() {
    const QStringList words = text::foldKey(m_filter->text()).split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString haystack = item->data(kSearchRole).toString();
        const bool shown = std::all_of(words.begin(), words.end(),
                                       [&](const QString &word) { return haystack.contains(word); });
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(firstShown != nullptr);
}

} // namespace cd::ui
