// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointCommands.h"

#include "CheckpointEditor.h"

namespace cd::ui {
namespace {

template <typename T>
QString problemOf(const Result<T> &result) {
    return result ? QString() : result.error().message;
}

} // namespace

CheckpointCommand::CheckpointCommand(CheckpointEditor *editor, qint64 id, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_id(id) {}

void CheckpointCommand::undo() {
    finish(revert());
    m_done = false;
}

void CheckpointCommand::redo() {
    if (m_done) // pushed after the editor made the change
        return;
    finish(apply());
    m_done = true;
}

void CheckpointCommand::finish(const QString &problem) {
    if (!problem.isEmpty()) {
        setObsolete(true);
        m_editor->notifyFailed(problem);
    }
    m_editor->notifyChanged(m_id);
}

AddCheckpointCommand::AddCheckpointCommand(CheckpointEditor *editor, Checkpoint added)
    : CheckpointCommand(editor, added.id, tr("add %1 “%2”").arg(added.code, added.name))
    , m_added(std::move(added)) {}

QString AddCheckpointCommand::revert() {
    return problemOf(m_editor->registry().remove(m_added.id));
}

QString AddCheckpointCommand::apply() {
    return problemOf(m_editor->registry().restore(m_added));
}

EditCheckpointCommand::EditCheckpointCommand(CheckpointEditor *editor, Checkpoint before, Checkpoint after)
    : CheckpointCommand(editor, after.id, tr("edit %1 “%2”").arg(after.code, after.name))
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

QString EditCheckpointCommand::revert() {
    return problemOf(m_editor->registry().update(m_before));
}

QString EditCheckpointCommand::apply() {
    return problemOf(m_editor->registry().update(m_after));
}

DeleteCheckpointCommand::DeleteCheckpointCommand(CheckpointEditor *editor, Checkpoint deleted)
    : CheckpointCommand(editor, deleted.id, tr("delete %1 “%2”").arg(deleted.code, deleted.name))
    , m_deleted(std::move(deleted)) {}

QString DeleteCheckpointCommand::revert() {
    return problemOf(m_editor->registry().restore(m_deleted));
}

QString DeleteCheckpointCommand::apply() {
    return problemOf(m_editor->registry().remove(m_deleted.id));
}

CloseCheckpointCommand::CloseCheckpointCommand(CheckpointEditor *editor, Checkpoint before, bool closing,
                                               const QDate &on)
    : CheckpointCommand(editor, before.id,
                        (closing ? tr("close %1 “%2”") : tr("reopen %1 “%2”")).arg(before.code, before.name))
    , m_before(std::move(before))
    , m_closing(closing)
    , m_on(on) {}

QString CloseCheckpointCommand::revert() {
    return problemOf(m_editor->registry().update(m_before));
}

QString CloseCheckpointCommand::apply() {
    auto &registry = m_editor->registry();
    return problemOf(m_closing ? registry.close(m_before.id, m_on) : registry.reopen(m_before.id));
}

} // namespace cd::ui
