// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportResultView.h"

#include "UiText.h"
#include "common/VnFormat.h"
#include "import/MappingPreview.h"
#include "registry/RegistryImport.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

ImportResultView::ImportResultView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_rejected(new QTableWidget(this)) {
    m_headline->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejected->setColumnCount(3);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Reason")});
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejected->setAlternatingRowColors(true);
    m_rejected->setWordWrap(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_rejected->setColumnWidth(0, 70);
    m_rejected->setColumnWidth(1, 170);
    // Reasons wrap; their rows follow the width the Reason column gets once the dialog is laid out.
    connect(m_rejected->horizontalHeader(), &QHeaderView::sectionResized, m_rejected,
            &QTableWidget::resizeRowsToContents, Qt::QueuedConnection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_rejected, 1);
}

QString ImportResultView::summary(const RegistryImportReport &report) {
    if (report.cancelled)
        return tr("The import was cancelled; nothing was stored.");
    const QString counts = tr("%1 added, %2 updated, %3 unchanged")
                               .arg(format::number(report.added), format::number(report.updated),
                                    format::number(report.unchanged));
    if (!report.written)
        return tr("Nothing was stored: %n row(s) of the file were refused.", nullptr,
                  int(report.rejected.size()));
    if (report.rejected.isEmpty())
        return tr("Import finished: %1.").arg(counts);
    return tr("Import finished: %1; %2 row(s) skipped.", nullptr, int(report.rejected.size()))
        .arg(counts, format::number(report.rejected.size()));
}

void ImportResultView::setReport(const RegistryImportReport &report) {
    m_headline->setText(summary(report));
    const bool stored = report.written && report.rejected.isEmpty();
    m_headline->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold; color: %1;")
                                  .arg(stored ? QStringLiteral("#12382e") : QStringLiteral("#b71c1c")));
    QStringList details;
    details << tr("%1 rows read from %2.")
                   .arg(format::number(report.rowsRead), QDir::toNativeSeparators(report.file));
    if (!report.written && !report.cancelled && !report.rejected.isEmpty())
        details << tr("A file is imported whole or not at all. Correct these rows, or go back and choose "
                      "“Skip invalid rows” to store the others.");
    if (!report.rejectsFile.isEmpty())
        details << tr("The skipped rows were saved in %1 to be corrected and imported again.")
                       .arg(QDir::toNativeSeparators(report.rejectsFile));
    m_details->setText(details.join(u' '));

    m_rejected->setRowCount(int(report.rejected.size()));
    for (int row = 0; row < report.rejected.size(); ++row) {
        const RejectedRow &rejected = report.rejected[row];
        auto *line = new QTableWidgetItem(QString::number(rejected.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejected->setItem(row, 0, line);
        m_rejected->setItem(row, 1,
                            new QTableWidgetItem(rejected.field.isEmpty()
                                                     ? QString()
                                                     : MappingPreview::fieldLabel(RegistryImporter::fields(),
                                                                                  rejected.field)));
        auto *reason = new QTableWidgetItem(sentence(rejected.reason));
        reason->setToolTip(rejected.cells.join(QStringLiteral(" | ")));
        m_rejected->setItem(row, 2, reason);
    }
    m_rejected->setVisible(!report.rejected.isEmpty());
    m_rejected->setCurrentCell(-1, -1);
    m_rejected->resizeRowsToContents();
}

} // namespace cd::ui
