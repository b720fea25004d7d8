// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units/AdminUnit.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QDialogButtonBox;

namespace cd {
class Database;
}

namespace cd::ui {

// Asked once, when a database serves no area yet: which province and district the office covers.
class FirstRunDialog : public QDialog {
    Q_OBJECT

public:
    explicit FirstRunDialog(Database &database, QWidget *parent = nullptr);

    // Selects units by name, for tests and for pre-filling.
    bool selectProvince(const QString &name);
    bool selectDistrict(const QString &name);

    void accept() override;

private:
    void fillDistricts();

    Database &m_database;
    QComboBox *m_province;
    QComboBox *m_district;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace cd::ui
