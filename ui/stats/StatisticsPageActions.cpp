// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics page's report actions: export, print preview, report texts.
#include "StatisticsPage.h"

#include "UnitStatisticsModel.h"

#include "database/Database.h"
#include "posters/InlineMessage.h"
#include "registry/UiText.h"
#include "report/ReportActions.h"
#include "report/ReportTextsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSpinBox>

namespace cd::ui {

Result<StatisticsReportData> StatisticsPage::reportData() const {
    const ReportOptions options =
        report::optionsFor(m_from->date(), m_asOf->date(), m_units->columns(), m_inactiveDays->value(),
                           m_reportCharts->isChecked(), m_reportFollowUp->isChecked());
    return report::load(m_database.connection(), options);
}

Status StatisticsPage::writeReport(const QString &path, const QString &format) const {
    auto data = reportData();
    if (!data)
        return data.error();
    return report::write(data.value(), path, format);
}

void StatisticsPage::exportReport(const QString &format) {
    auto data = reportData();
    if (!data) {
        m_message->showError(sentence(data.error().message));
        return;
    }
    const QString filter = format == QLatin1String("pdf")    ? tr("PDF document (*.pdf)")
                           : format == QLatin1String("xlsx") ? tr("Excel workbook (*.xlsx)")
                                                             : tr("CSV file (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the statistics report"),
                                                report::suggestedFileName(data.value(), format), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = report::write(data.value(), path, format);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_message->showError(sentence(written.error().toString()));
        return;
    }
    m_message->dismiss();
    emit statusMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
}

void StatisticsPage::openPrintPreview() {
    auto data = reportData();
    if (!data) {
        m_message->showError(sentence(data.error().message));
        return;
    }
    report::showPrintPreview(this, data.value());
}

void StatisticsPage::editReportTexts() {
    auto *dialog = new ReportTextsDialog(m_database.connection(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { emit statusMessage(tr("Report texts saved")); });
    dialog->open();
}

} // namespace cd::ui
