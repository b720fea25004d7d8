// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointEditor.h"

#include "CheckpointCommands.h"
#include "common/Clock.h"

#include <QUndoStack>

namespace cd::ui {

CheckpointEditor::CheckpointEditor(QSqlDatabase db, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_registry(std::move(db))
    , m_undoStack(undoStack) {}

Result<Checkpoint> CheckpointEditor::add(const Checkpoint &checkpoint) {
    auto added = m_registry.add(checkpoint);
    if (!added)
        return added;
    m_undoStack->push(new AddCheckpointCommand(this, added.value()));
    emit changed(added->id);
    return added;
}

Result<Checkpoint> CheckpointEditor::update(const Checkpoint &checkpoint) {
    const auto before = m_registry.byId(checkpoint.id);
    if (!before)
        return makeError(tr("The checkpoint no longer exists."));
    auto after = m_registry.update(checkpoint);
    if (!after)
        return after;
    // Saving an unchanged form stamps a new update time and nothing else: no step to undo.
    Checkpoint unstamped = after.value();
    unstamped.updatedAt = before->updatedAt;
    if (unstamped != *before)
        m_undoStack->push(new EditCheckpointCommand(this, *before, after.value()));
    emit changed(after->id);
    return after;
}

Status CheckpointEditor::remove(qint64 id) {
    const auto before = m_registry.byId(id);
    if (!before)
        return makeError(tr("The checkpoint no longer exists."));
    if (auto removed = m_registry.remove(id); !removed)
        return removed;
    m_undoStack->push(new DeleteCheckpointCommand(this, *before));
    emit changed(id);
    return success();
}

Status CheckpointEditor::close(qint64 id, const QDate &on) {
    return changeStatus(id, true, on);
}

Status CheckpointEditor::reopen(qint64 id) {
    return changeStatus(id, false, {});
}

Status CheckpointEditor::changeStatus(qint64 id, bool closing, const QDate &on) {
    const auto before = m_registry.byId(id);
    if (!before)
        return makeError(tr("The checkpoint no longer exists."));
    if (before->isClosed() == closing)
        return success();
    const QDate day = on.isValid() ? on : clock::today();
    if (auto status = closing ? m_registry.close(id, day) : m_registry.reopen(id); !status)
        return status;
    m_undoStack->push(new CloseCheckpointCommand(this, *before, closing, day));
    emit changed(id);
    return success();
}

} // namespace cd::ui
