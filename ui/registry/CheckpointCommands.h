// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Checkpoint.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cd::ui {

class CheckpointEditor;

// A change to the register that CheckpointEditor has already made when it pushes the command: the first
// redo(), which QUndoStack::push() calls, does nothing. An undo or redo that the register refuses (the
// code was taken meanwhile, something now refers to the checkpoint) is reported through the editor and
// the command marks itself obsolete, so the stack drops it instead of getting out of step.
class CheckpointCommand : public QUndoCommand {
public:
    void undo() final;
    void redo() final;

protected:
    CheckpointCommand(CheckpointEditor *editor, qint64 id, const QString &text);
    // The message of the refusal, empty on success.
    virtual QString revert() = 0;
    virtual QString apply() = 0;

    CheckpointEditor *m_editor;

private:
    void finish(const QString &problem);

    qint64 m_id;
    bool m_done = true;
};

class AddCheckpointCommand : public CheckpointCommand {
    Q_DECLARE_TR_FUNCTIONS(AddCheckpointCommand)

public:
    AddCheckpointCommand(CheckpointEditor *editor, Checkpoint added);

protected:
    QString revert() override;
    QString apply() override; // back with the same id and code

private:
    Checkpoint m_added;
};

class EditCheckpointCommand : public CheckpointCommand {
    Q_DECLARE_TR_FUNCTIONS(EditCheckpointCommand)

public:
    EditCheckpointCommand(CheckpointEditor *editor, Checkpoint before, Checkpoint after);

protected:
    QString revert() override;
    QString apply() override;

private:
    Checkpoint m_before;
    Checkpoint m_after;
};

class DeleteCheckpointCommand : public CheckpointCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteCheckpointCommand)

public:
    DeleteCheckpointCommand(CheckpointEditor *editor, Checkpoint deleted);

protected:
    QString revert() override;
    QString apply() override;

private:
    Checkpoint m_deleted;
};

// Closing on a day, or reopening; undo puts back the status and closing day it had before.
class CloseCheckpointCommand : public CheckpointCommand {
    Q_DECLARE_TR_FUNCTIONS(CloseCheckpointCommand)

public:
    CloseCheckpointCommand(CheckpointEditor *editor, Checkpoint before, bool closing, const QDate &on);

protected:
    QString revert() override;
    QString apply() override;

private:
    Checkpoint m_before;
    bool m_closing;
    QDate m_on;
};

} // namespace cd::ui
