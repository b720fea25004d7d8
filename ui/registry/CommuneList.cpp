// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommuneList.h"

#include "common/VnFormat.h"

namespace cd::ui {
namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

} // namespace

CommuneList::CommuneList(QWidget *parent)
    : QListWidget(parent) {
    setObjectName(QStringLiteral("communeList"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setTextElideMode(Qt::ElideMiddle);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            emit communeChosen(current->data(kCodeRole).toString());
    });
}

void CommuneList::setCommunes(const AdminUnits &communes, const QHash<QString, int> &counts) {
    const QString previous = currentCommuneCode();
    {
        const QSignalBlocker blocker(this);
        clear();
        int total = 0;
        for (const int count : counts)
            total += count;
        auto *all = new QListWidgetItem(tr("All (%1)").arg(format::number(total)), this);
        all->setData(kCodeRole, QString());
        QFont bold = all->font();
        bold.setBold(true);
        all->setFont(bold);
        for (const AdminUnit &commune : communes) {
            const int count = counts.value(commune.code);
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(commune.nameWithType, format::number(count)), this);
            item->setData(kCodeRole, commune.code);
            item->setToolTip(commune.nameWithType + u'\n' + commune.parentNameWithType);
            // A commune with nothing registered yet is worth seeing, but quieter.
            if (count == 0)
                item->setForeground(palette().placeholderText());
        }
        if (!setCurrentCommuneCode(previous))
            setCurrentRow(0);
    }
    if (currentCommuneCode() != previous)
        emit communeChosen(currentCommuneCode());
}

QString CommuneList::currentCommuneCode() const {
    return currentItem() ? currentItem()->data(kCodeRole).toString() : QString();
}

bool CommuneList::setCurrentCommuneCode(const QString &code) {
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(kCodeRole).toString() == code) {
            setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace cd::ui
