// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "registry/Checkpoint.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QDialogButtonBox;

namespace cd::ui {

class CheckpointForm;

// "Đăng ký điểm kiểm dịch": registers a new checkpoint or edits one. OK checks the entry with the
// register and shows each problem under its field; the dialog closes only once the checkpoint is stored.
class CheckpointDialog : public QDialog {
    Q_OBJECT

public:
    // Stores the checkpoint as entered (add when its id is 0, else update); the page's saver also makes
    // the change undoable.
    using Saver = std::function<Result<Checkpoint>(const Checkpoint &)>;

    explicit CheckpointDialog(QSqlDatabase db, QWidget *parent = nullptr);

    // Edits this checkpoint instead of registering a new one.
    void setCheckpoint(const Checkpoint &checkpoint);
    // By default the register itself stores the checkpoint.
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    CheckpointForm *form() const { return m_form; }
    // The checkpoint as stored, after the dialog was accepted.
    const std::optional<Checkpoint> &saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    void showProblems(const QVector<Error> &problems);

    QSqlDatabase m_db;
    CheckpointForm *m_form;
    QDialogButtonBox *m_buttons;
    Saver m_saver;
    std::optional<Checkpoint> m_saved;
};

} // namespace cd::ui
