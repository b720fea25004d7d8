// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace cd::tabular {

// The translation context of every message of the tabular reader: Tabular::tr("...").
class Tabular {
    Q_DECLARE_TR_FUNCTIONS(Tabular)
};

} // namespace cd::tabular
