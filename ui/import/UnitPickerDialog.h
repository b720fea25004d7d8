// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units/AdminUnit.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace cd::ui {

// Says which unit a name a file wrote is ("Pick a unit…" beside "“Xã Nam Tuan cũ” is not a unit"): the
// units of the area, filtered as the user types (without diacritics), the closest first.
class UnitPickerDialog : public QDialog {
    Q_OBJECT

public:
    UnitPickerDialog(const QString &written, const AdminUnits &units, QWidget *parent = nullptr);

    QString chosenCode() const;
    bool choose(const QString &code); // for tests
    QLineEdit *filter() const { return m_filter; }

private:
    void refilter();

    AdminUnits m_units;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace cd::ui
