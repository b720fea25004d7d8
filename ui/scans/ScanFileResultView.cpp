// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanFileResultView.h"

#include "ImportsModel.h"
#include "import/ProblemGroupsView.h"

#include "common/VnFormat.h"
#include "registry/UiText.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {
namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent) {
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// A field as its column is usually headed ("Thời gian" for "time").
QString fieldName(const QString &key) {
    for (const tabular::FieldSpec &field : ScanImporter::fields()) {
        if (field.key == key)
            return field.synonyms.value(0, key);
    }
    return key;
}

QTableWidgetItem *numberItem(qint64 value) {
    auto *item = new QTableWidgetItem(format::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ScanFileResultView::ScanFileResultView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_rejectedCaption(new QLabel(this))
    , m_rejected(new ProblemGroupsView(this))
    , m_unknownCaption(new QLabel(this))
    , m_unknown(makeTable({tr("Checkpoint in the file"), tr("Rows"), tr("Mapped to")}, this))
    , m_addCheckpoint(new QPushButton(tr("Register as new…"), this))
    , m_mapCheckpoint(new QPushButton(tr("Map to a registered checkpoint…"), this)) {
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    m_headline->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    m_headline->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unknown->setColumnWidth(0, 230);
    m_unknown->setColumnWidth(1, 56);

    // Each list in a box of its own, so that a hidden one gives its room to the other.
    m_rejectedBox = new QWidget(this);
    auto *rejectedBox = new QVBoxLayout(m_rejectedBox);
    rejectedBox->setContentsMargins(0, 0, 0, 0);
    rejectedBox->addWidget(m_rejectedCaption);
    rejectedBox->addWidget(m_rejected, 1);
    m_unknownBox = new QWidget(this);
    auto *unknownBox = new QVBoxLayout(m_unknownBox);
    unknownBox->setContentsMargins(0, 0, 0, 0);
    unknownBox->addWidget(m_unknownCaption);
    unknownBox->addWidget(m_unknown, 1);
    auto *unknownButtons = new QHBoxLayout;
    unknownButtons->addStretch();
    unknownButtons->addWidget(m_mapCheckpoint);
    unknownButtons->addWidget(m_addCheckpoint);
    unknownBox->addLayout(unknownButtons);
    m_addCheckpoint->setEnabled(false);
    m_mapCheckpoint->setEnabled(false);
    m_unknown->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_unknown, &QTableWidget::itemSelectionChanged, this, [this] {
        m_addCheckpoint->setEnabled(m_unknown->currentRow() >= 0);
        m_mapCheckpoint->setEnabled(m_unknown->currentRow() >= 0);
    });
    connect(m_mapCheckpoint, &QPushButton::clicked, this, [this] {
        if (QTableWidgetItem *item = m_unknown->item(m_unknown->currentRow(), 0))
            emit mapCheckpointRequested(item->text());
    });
    connect(m_addCheckpoint, &QPushButton::clicked, this, [this] {
        if (QTableWidgetItem *item = m_unknown->item(m_unknown->currentRow(), 0))
            emit addCheckpointRequested(item->text());
    });
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_rejectedBox, 1);
    tables->addWidget(m_unknownBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addLayout(tables, 1);
}

QString ScanFileResultView::summary(const ScanImportReport &report) {
    if (report.cancelled)
        return tr("%1: import cancelled, nothing stored.").arg(QFileInfo(report.file).fileName());
    return tr("%1: %2 rows read, %3 added, %4 duplicates, %5 rejected.")
        .arg(QFileInfo(report.file).fileName(), format::number(report.rowsRead), format::number(report.added),
             format::number(report.duplicates), format::number(report.rejected));
}

void ScanFileResultView::setOutcome(const ScanFileOutcome &outcome) {
    m_rejected->setGroups({}, {}, {});
    m_unknown->setRowCount(0);
    const QString name = QFileInfo(outcome.path).fileName();
    if (!outcome.result) {
        m_headline->setText(tr("%1 could not be imported").arg(name));
        m_details->setText(sentence(outcome.result.error().message));
        m_rejectedBox->hide();
        m_unknownBox->hide();
        return;
    }
    const ScanImportReport &report = outcome.result.value();
    if (report.cancelled)
        m_headline->setText(tr("%1: cancelled, nothing from this file was stored").arg(name));
    else if (!report.written)
        m_headline->setText(tr("%1: nothing stored, the file has invalid rows").arg(name));
    else
        m_headline->setText(tr("%1: %2 scans added").arg(name, format::number(report.added)));

    QStringList lines;
    lines << tr("Rows read: %1 · Added: %2 · Duplicates: %3 · Rejected: %4")
                 .arg(format::number(report.rowsRead), format::number(report.added),
                      format::number(report.duplicates), format::number(report.rejected));
    if (!report.previousImport.isEmpty())
        lines << tr("This file was already imported on %1.").arg(report.previousImport);
    if (outcome.elapsedMs > 0 && !report.cancelled) {
        const double seconds = double(outcome.elapsedMs) / 1000.0;
        lines << tr("%1 rows/s, %2 MB/s")
                     .arg(format::number(qint64(double(report.rowsRead) / seconds)))
                     .arg(ImportsModel::oneDecimal(double(outcome.fileSize) / 1e6 / seconds));
    }
    for (const QString &notice : report.notices)
        lines << sentence(notice) + u'.';
    if (!report.skipped.isEmpty()) {
        QStringList kinds;
        for (const intake::SkippedRows &rows : report.skipped)
            kinds << rows.toString();
        lines << tr("Not scans, set aside: %1.").arg(kinds.join(QStringLiteral("; ")));
    }
    if (!report.rejectsFile.isEmpty())
        lines << tr("Rejected rows were written to %1.").arg(QDir::toNativeSeparators(report.rejectsFile));
    if (report.written && report.rejected == 0 && report.unknownCheckpoints.isEmpty())
        lines << tr("Every row was read without a problem.");
    m_details->setText(lines.join(QLatin1Char('\n')));

    // Unknown places have their own list, with their fixes.
    QVector<ProblemGroup> groups;
    for (const ProblemGroup &group : report.problems.groups()) {
        if (group.field != QLatin1String("checkpoint"))
            groups.append(group);
    }
    m_rejectedBox->setVisible(!groups.isEmpty());
    m_rejectedCaption->setText(tr("Problems of the rejected rows"));
    m_rejected->setGroups(groups, &fieldName, {});

    const bool hasUnknown = !report.unknownCheckpoints.isEmpty();
    m_unknownBox->setVisible(hasUnknown);
    m_unknownCaption->setText(tr("Places the register does not have: map each to a registered checkpoint, or "
                                 "register it, then import again."));
    m_unknownCaption->setWordWrap(true);
    m_unknown->setRowCount(int(report.unknownCheckpoints.size()));
    int row = 0;
    for (auto it = report.unknownCheckpoints.cbegin(); it != report.unknownCheckpoints.cend(); ++it, ++row) {
        auto *label = new QTableWidgetItem(it.key());
        label->setToolTip(it.key());
        m_unknown->setItem(row, 0, label);
        m_unknown->setItem(row, 1, numberItem(it.value()));
        m_unknown->setItem(row, 2, new QTableWidgetItem(QStringLiteral("—")));
    }
}

void ScanFileResultView::setMapped(const QString &label, const QString &checkpoint) {
    for (int row = 0; row < m_unknown->rowCount(); ++row) {
        if (m_unknown->item(row, 0)->text() == label) {
            m_unknown->item(row, 2)->setText(checkpoint);
            m_unknown->item(row, 2)->setToolTip(checkpoint);
        }
    }
}

} // namespace cd::ui
