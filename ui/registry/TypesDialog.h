// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd::ui {

// The office's checkpoint types with how many checkpoints have each, the national form's and those
// imports added; a type can be renamed, or merged into another (its checkpoints move there and it goes).
class TypesDialog : public QDialog {
    Q_OBJECT

public:
    explicit TypesDialog(QSqlDatabase db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // What the buttons do after asking; the error is shown in the dialog as well.
    Status rename(qint64 typeId, const QString &name);
    Status merge(qint64 fromId, qint64 intoId);
    qint64 typeIdAt(int row) const;

signals:
    void typesChanged();

private:
    void reload();
    void renameCurrent();
    void mergeCurrent();
    void showStatus(const Status &status);

    QSqlDatabase m_db;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_rename;
    QPushButton *m_merge;
};

} // namespace cd::ui
