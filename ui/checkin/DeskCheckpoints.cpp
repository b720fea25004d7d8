// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskCheckpoints.h"

#include "registry/CheckpointRegistry.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace cd::ui {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DeskCheckpoints)
};

QString label(const Checkpoint &checkpoint) {
    return Tr::tr("%1 (%2)").arg(checkpoint.name, checkpoint.code);
}

} // namespace

void fillCheckpoints(QComboBox *combo, const QSqlDatabase &db) {
    const QString chosen = combo->currentData().toString();
    const CheckpointRegistry registry(db);
    CheckpointFilter filter;
    filter.status = Checkpoint::Status::Active;
    const Checkpoints active = registry.list(filter);

    QSet<qint64> activeIds;
    QHash<qint64, QVector<const Checkpoint *>> children;
    for (const Checkpoint &checkpoint : active)
        activeIds.insert(checkpoint.id);
    for (const Checkpoint &checkpoint : active)
        if (checkpoint.parentId && activeIds.contains(*checkpoint.parentId))
            children[*checkpoint.parentId].append(&checkpoint);

    combo->blockSignals(true);
    combo->clear();
    QSet<qint64> added; // a register with a loop of parents still lists each checkpoint once
    const auto addWithChildren = [&](const auto &self, const Checkpoint &checkpoint, int depth) -> void {
        if (added.contains(checkpoint.id))
            return;
        added.insert(checkpoint.id);
        const QString indent =
            depth == 0 ? QString() : QString(4 * depth, QLatin1Char(' ')) + QStringLiteral("↳ ");
        combo->addItem(indent + label(checkpoint), checkpoint.code);
        for (const Checkpoint *child : children.value(checkpoint.id))
            self(self, *child, depth + 1);
    };
    for (const Checkpoint &checkpoint : active) {
        if (checkpoint.parentId && activeIds.contains(*checkpoint.parentId))
            continue; // listed under its parent
        if (checkpoint.parentId) {
            // A sub-checkpoint whose parent is closed: named with it, since its own name may say little.
            const auto parent = registry.byId(*checkpoint.parentId);
            if (parent) {
                added.insert(checkpoint.id);
                combo->addItem(Tr::tr("%1 — %2 (%3)").arg(parent->name, checkpoint.name, checkpoint.code),
                               checkpoint.code);
                for (const Checkpoint *child : children.value(checkpoint.id))
                    addWithChildren(addWithChildren, *child, 1);
                continue;
            }
        }
        addWithChildren(addWithChildren, checkpoint, 0);
    }
    for (const Checkpoint &checkpoint : active) // a loop of parents: none of them was a root
        addWithChildren(addWithChildren, checkpoint, 0);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    combo->blockSignals(false);
}

} // namespace cd::ui
