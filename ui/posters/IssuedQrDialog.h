// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "registry/Checkpoint.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPlainTextEdit;

namespace cd::ui {

class InlineMessage;

// The code the national system issued for a checkpoint, pasted as text or read from a picture of it
// (the PNG tokhaiyte.vn hands out, a photo of a poster). Emptied, the poster goes back to the office's
// template. Problems are shown in the dialog, which stays open until the code is stored.
class IssuedQrDialog : public QDialog {
    Q_OBJECT

public:
    IssuedQrDialog(QSqlDatabase db, const Checkpoint &checkpoint, QWidget *parent = nullptr);

    // Stores payload (trimmed; empty for none) as the checkpoint's issued code. Refuses a payload that
    // cannot be printed or that another checkpoint already carries, naming it.
    static Result<Checkpoint> store(QSqlDatabase db, qint64 checkpointId, const QString &payload);

    QString payload() const;
    void setPayload(const QString &payload);
    const Checkpoint &checkpoint() const { return m_checkpoint; }

public slots:
    void accept() override;
    void chooseImage();
    // Reads the code in a PNG or JPEG into the text box; the error is shown inline. True when read.
    bool readImage(const QString &path);

private:
    QSqlDatabase m_db;
    Checkpoint m_checkpoint;
    QPlainTextEdit *m_payload;
    InlineMessage *m_message;
};

} // namespace cd::ui
