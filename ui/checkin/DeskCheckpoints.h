// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

class QComboBox;

namespace cd::ui {

// Fills the desk's choice of checkpoint with the register's active checkpoints, in the office's order, each
// sub-checkpoint indented under its parent (or, when the parent is closed, named with it). The item's data
// is the checkpoint's code; the choice made before is kept when it is still there.
void fillCheckpoints(QComboBox *combo, const QSqlDatabase &db);

} // namespace cd::ui
