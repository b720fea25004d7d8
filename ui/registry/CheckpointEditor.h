// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/CheckpointRegistry.h"

#include <QObject>

class QUndoStack;

namespace cd::ui {

// Every change the page makes to the register, each one done at once and then pushed as a command on
// the page's undo stack. A refused change returns the register's error and pushes nothing.
class CheckpointEditor : public QObject {
    Q_OBJECT

public:
    CheckpointEditor(QSqlDatabase db, QUndoStack *undoStack, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undoStack; }
    CheckpointRegistry &registry() { return m_registry; }

    Result<Checkpoint> add(const Checkpoint &checkpoint);
    // Saves the checkpoint as edited; its id says which one.
    Result<Checkpoint> update(const Checkpoint &checkpoint);
    // Refused while anything refers to the checkpoint: then close it instead.
    Status remove(qint64 id);
    Status close(qint64 id, const QDate &on);
    Status reopen(qint64 id);

    // For the commands, whose undo and redo happen later, from the stack.
    void notifyChanged(qint64 id) { emit changed(id); }
    void notifyFailed(const QString &message) { emit failed(message); }

signals:
    // After any write, undo or redo: the id of the checkpoint concerned, to keep it selected.
    void changed(qint64 checkpointId);
    // An undo or redo the register refused (the command is dropped from the stack).
    void failed(const QString &message);

private:
    Status changeStatus(qint64 id, bool closing, const QDate &on);

    CheckpointRegistry m_registry;
    QUndoStack *m_undoStack;
};

} // namespace cd::ui
