// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParentPicker.h"

#include "common/VietnameseText.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace cd::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kFoldedRole = Qt::UserRole + 2;

// Compares what is typed with the items' folded text, so "cho dong" finds "Chợ Đồng Nai".
class FoldingCompleter : public QCompleter {
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override { return {text::foldKey(path)}; }
    QString pathFromIndex(const QModelIndex &index) const override {
        return index.data(Qt::DisplayRole).toString();
    }
};

} // namespace

ParentPicker::ParentPicker(QWidget *parent)
    : QComboBox(parent)
    , m_items(new QStandardItemModel(this)) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(m_items);
    auto *completer = new FoldingCompleter(m_items, this);
    completer->setCompletionRole(kFoldedRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Type a code or a name"));
    setParentId(std::nullopt);
}

void ParentPicker::setCheckpoints(const Checkpoints &checkpoints, qint64 excludedId) {
    const std::optional<qint64> previous = parentId();
    m_items->clear();
    auto *none = new QStandardItem(tr("(none)"));
    none->setData(QVariant(), kIdRole);
    none->setData(QString(), kFoldedRole);
    m_items->appendRow(none);
    for (const Checkpoint &c : checkpoints) {
        if (c.id == excludedId)
            continue;
        const QString label = c.code + QStringLiteral(" — ") + c.name;
        auto *item = new QStandardItem(label);
        item->setData(c.id, kIdRole);
        item->setData(text::foldKey(label), kFoldedRole);
        m_items->appendRow(item);
    }
    setParentId(previous);
}

void ParentPicker::setParentId(std::optional<qint64> id) {
    int row = 0;
    if (id) {
        for (int i = 1; i < m_items->rowCount(); ++i) {
            if (m_items->item(i)->data(kIdRole).toLongLong() == *id)
                row = i;
        }
    }
    setCurrentIndex(row);
}

std::optional<qint64> ParentPicker::parentId() const {
    const QString typed = currentText().trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    const int row = findText(typed, Qt::MatchFixedString);
    if (row <= 0)
        return std::nullopt;
    return m_items->item(row)->data(kIdRole).toLongLong();
}

QString ParentPicker::typedCode() const {
    const QString typed = currentText().trimmed();
    if (typed.isEmpty() || findText(typed, Qt::MatchFixedString) >= 0)
        return {};
    // "25426-001 — Trụ sở…" typed or pasted by hand: the code is what the register resolves.
    return typed.section(QStringLiteral(" — "), 0, 0).trimmed();
}

} // namespace cd::ui
