// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "registry/Checkpoint.h"

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd::ui {

class AreaCombos;
class ParentPicker;

// The fields of the national registration form ("Đăng ký điểm kiểm dịch", seed 004) and what the office
// keeps beside them, each with room under it for the register's objection. Widgets are named after the
// register's field keys ("name", "phone"…) so that tests can fill them.
class CheckpointForm : public QWidget {
    Q_OBJECT

public:
    explicit CheckpointForm(QSqlDatabase db, QWidget *parent = nullptr);

    // Editing an existing checkpoint also shows its status.
    void setCheckpoint(const Checkpoint &checkpoint);
    // The checkpoint as entered, keeping what the form does not show (id, registration day…).
    Checkpoint checkpoint() const;
    // What cannot even be read from the fields (a latitude that is not a number).
    QVector<Error> inputProblems() const;

    // Shows each problem under its field; those of no field go above the form. Focuses the first.
    void showProblems(const QVector<Error> &problems);
    void clearProblems();
    QString problemText(const QString &field) const;

private:
    QWidget *withProblem(const QString &field, QWidget *input, QWidget *focus = nullptr);
    void addRow(const QString &label, bool required, QWidget *field);
    void updateClosedOn();

    QSqlDatabase m_db;
    Checkpoint m_original;
    QFormLayout *m_layout;
    QLabel *m_generalProblem;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_phone;
    AreaCombos *m_area;
    QLineEdit *m_latitude;
    QLineEdit *m_longitude;
    QLineEdit *m_address;
    QPlainTextEdit *m_description;
    QLineEdit *m_code;
    QLineEdit *m_issuedQr;
    ParentPicker *m_parent;
    QComboBox *m_status;
    QDateEdit *m_closedOn;
    QDateEdit *m_registeredOn; // its minimum date reads "unknown": registers rarely say
    QWidget *m_statusRow;
    QWidget *m_statusField = nullptr; // the status row with its problem line
    QHash<QString, QLabel *> m_problemLabels;
    QHash<QString, QWidget *> m_focusFor;
};

} // namespace cd::ui
