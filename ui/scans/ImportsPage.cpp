// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportsPage.h"

#include "ImportScansDialog.h"
#include "ImportsModel.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "registry/UiText.h"
#include "scans/ScanQueries.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

ImportsPage::ImportsPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new ImportsModel(this))
    , m_title(new QLabel(tr("Scan imports"), this))
    , m_subtitle(new QLabel(this))
    , m_dropHint(new QLabel(tr("Drop files here"), this))
    , m_importButton(new QPushButton(tr("Import scans…"), this))
    , m_table(new QTableView(this)) {
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    m_dropHint->setObjectName(QStringLiteral("hint"));
    makePrimary(m_importButton);
    setAcceptDrops(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImportsModel::FileColumn, QHeaderView::Stretch);
    // The theme's cell padding is not counted by ResizeToContents: give the hash its room.
    m_table->horizontalHeader()->setSectionResizeMode(ImportsModel::ShaColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(ImportsModel::ShaColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("0123456789ab…")) + 32);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_dropHint, 0, Qt::AlignBottom);
    header->addWidget(m_importButton, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);

    connect(m_importButton, &QPushButton::clicked, this, [this] { openImportDialog(); });
    reload();
}

void ImportsPage::reload() {
    QVector<ImportRecord> scans;
    qint64 added = 0;
    for (const ImportRecord &record : ScanQueries(m_database.connection()).imports()) {
        if (record.kind != QLatin1String("scans"))
            continue;
        scans.append(record);
        added += record.added;
    }
    m_model->setImports(scans);
    m_subtitle->setText(
        scans.isEmpty()
            ? tr("No scans imported yet. Import the exports of the scanning systems, or drop CSV and Excel "
                 "files on this page.")
            : tr("%1 imports, %2 scans stored. Every file is recorded with its SHA-256, so a file imported "
                 "twice is recognised.")
                  .arg(format::number(scans.size()), format::number(added)));
}

ImportScansDialog *ImportsPage::openImportDialog(const QStringList &files) {
    auto *dialog = new ImportScansDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!files.isEmpty())
        dialog->setFiles(files);
    connect(dialog, &ImportScansDialog::registerChanged, this, [this] {
        emit statusMessage(tr("Checkpoint registered. Import the file again to store its rows."));
        emit registerChanged();
    });
    connect(dialog, &ImportScansDialog::importFinished, this, [this, dialog] {
        reload();
        emit statusMessage(dialog->summary());
        if (dialog->wroteAnything())
            emit scansImported();
    });
    dialog->open();
    return dialog;
}

QStringList ImportsPage::importableFiles(const QList<QUrl> &urls) {
    QStringList files;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx"))
            files << path;
    }
    return files;
}

void ImportsPage::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls() && !importableFiles(event->mimeData()->urls()).isEmpty()) {
        event->acceptProposedAction();
        setDropHighlight(true);
    }
}

void ImportsPage::dragLeaveEvent(QDragLeaveEvent *event) {
    setDropHighlight(false);
    QWidget::dragLeaveEvent(event);
}

void ImportsPage::dropEvent(QDropEvent *event) {
    setDropHighlight(false);
    const QStringList files = importableFiles(event->mimeData()->urls());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openImportDialog(files);
}

void ImportsPage::setDropHighlight(bool on) {
    m_table->setStyleSheet(on ? QStringLiteral("QTableView { border: 2px dashed #2e7d32; }") : QString());
}

} // namespace cd::ui
