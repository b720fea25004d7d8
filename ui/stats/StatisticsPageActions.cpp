// SPDX-License-Identifier: GPL-3.0-or-later
// TEMPORARY until core/report lands.
#include "StatisticsPage.h"

namespace cd::ui {
void StatisticsPage::exportReport(const QString &) {}
void StatisticsPage::openPrintPreview() {}
void StatisticsPage::editReportTexts() {}
} // namespace cd::ui
