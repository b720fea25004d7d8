// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportScansDialog.h"

#include "CheckpointPickerDialog.h"
#include "ImportsModel.h"
#include "ScanFileResultView.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "import/MappingPreview.h"
#include "jobs/Job.h"
#include "registry/CheckpointDialog.h"
#include "registry/CheckpointRegistry.h"
#include "registry/UiText.h"
#include "scans/CheckpointAliases.h"
#include "scans/ScanImport.h"
#include "tabular/MappingMemory.h"
#include "tabular/OpenTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {
namespace {

const QString kFolderKey = QStringLiteral("import/scansFolder");
const QString kImporter = QStringLiteral("scans");
constexpr int kPreviewRows = 12;

// The first rows of a file under its headers, as the preview shows them.
struct FilePreview {
    tabular::ColumnMapping mapping;
    QList<tabular::Row> rows;
    QString sheet;
};

Result<FilePreview> readPreview(const QString &path) {
    tabular::HeaderSpec spec = ScanImporter::headerSpec();
    spec.requireComplete = false; // the user places what the guess could not
    auto opened = tabular::openWithHeader(path, {}, spec);
    if (!opened)
        return makeError(opened.error().message); // the file is named above the preview
    auto rows = opened->reader->peek(kPreviewRows);
    // A workbook whose data is not on its first sheet: the first file is read on the sheet found.
    return FilePreview{opened->mapping, rows ? rows.value() : QList<tabular::Row>{},
                       opened->reader->sheetName()};
}

// Runs one file, timing it; `options.progress` sees the rows read.
ScanFileOutcome importFile(QSqlDatabase db, const QString &path, const ScanImportOptions &options) {
    ScanFileOutcome outcome;
    outcome.path = path;
    outcome.fileSize = QFileInfo(path).size();
    QElapsedTimer timer;
    timer.start();
    outcome.result = ScanImporter(std::move(db)).run(path, options);
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace

ImportScansDialog::ImportScansDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_job(new Job(database, this))
    // Reading a file needs no database: off the UI thread whatever the database is.
    , m_previewJob(new Job(this))
    , m_steps(new QStackedWidget(this))
    , m_fileList(new QLineEdit(this))
    , m_preview(new MappingPreview(ScanImporter::fields(), this))
    , m_mappingHint(new QLabel(this))
    , m_skipInvalid(new QCheckBox(tr("Skip invalid rows (store the others)"), this))
    , m_dateOrder(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_currentFile(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_doneFiles(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_results(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_importButton(m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole))
    , m_importAgainButton(m_buttons->addButton(tr("Import again"), QDialogButtonBox::ActionRole))
    , m_closeButton(m_buttons->addButton(QDialogButtonBox::Close)) {
    setWindowTitle(tr("Import scans"));
    makePrimary(m_importButton);
    m_closeButton->setText(tr("Close"));

    m_steps->addWidget(createSetupStep());
    m_steps->addWidget(createRunningStep());
    m_steps->addWidget(m_results);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_buttons);
    resize(980, 600);

    connect(m_importButton, &QPushButton::clicked, this, &ImportScansDialog::startImport);
    connect(m_importAgainButton, &QPushButton::clicked, this, &ImportScansDialog::importAgain);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportScansDialog::reject);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportScansDialog::cancelImport);
    connect(m_job, &Job::failed, this, &ImportScansDialog::showError);
    connect(m_job, &Job::finished, this, &ImportScansDialog::finish);
    connect(m_previewJob, &Job::failed, this, [this](const QString &message) {
        m_preview->clearPreview();
        showError(message);
    });
    connect(m_previewJob, &Job::finished, this, [this] {
        if (m_previewJob->isRunning())
            return; // superseded by files chosen since
        updateButtons();
        emit previewRead();
    });
    showStep(SetupStep);
}

ImportScansDialog::~ImportScansDialog() = default;

QWidget *ImportScansDialog::createSetupStep() {
    auto *step = new QWidget(this);
    auto *intro = new QLabel(tr("Scan exports in CSV or Excel, one or several at once. A scan already stored "
                                "is never stored twice, and each file is stored whole or not at all."),
                             step);
    intro->setWordWrap(true);
    m_fileList->setReadOnly(true);
    m_fileList->setObjectName(QStringLiteral("files"));
    m_fileList->setPlaceholderText(tr("No file chosen"));
    auto *choose = new QPushButton(tr("Choose files…"), step);
    m_mappingHint->setObjectName(QStringLiteral("hint"));
    m_mappingHint->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileList, 1);
    fileRow->addWidget(choose);
    m_dateOrder->setObjectName(QStringLiteral("dateOrder"));
    m_dateOrder->addItem(tr("Dates: as each file shows"), int(intake::DateOrder::Automatic));
    m_dateOrder->addItem(tr("Dates: day first (dd/MM/yyyy)"), int(intake::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Dates: month first (MM/dd/yyyy)"), int(intake::DateOrder::MonthFirst));
    m_dateOrder->setToolTip(
        tr("A date such as 03/04/2021 can be read two ways. Each file is read the way its "
           "other dates show; choose here when a file does not show it, or mixes both."));
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_skipInvalid);
    optionsRow->addStretch();
    optionsRow->addWidget(m_dateOrder);

    auto *layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_mappingHint);
    layout->addLayout(optionsRow);

    connect(choose, &QPushButton::clicked, this, &ImportScansDialog::chooseFiles);
    connect(m_preview, &MappingPreview::mappingChanged, this, [this] {
        m_remembered = false;
        updateButtons();
    });
    return step;
}

QWidget *ImportScansDialog::createRunningStep() {
    auto *step = new QWidget(this);
    m_progress->setRange(0, 0); // busy until the first report says how far into the file it is
    m_currentFile->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_doneFiles->setWordWrap(true);
    auto *cancelRow = new QHBoxLayout;
    cancelRow->addStretch();
    cancelRow->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(step);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("Importing scans. Nothing from a file is stored until it has been read "
                                    "to the end; Cancel stores nothing from the file being read."),
                                 step));
    layout->addWidget(m_currentFile);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_doneFiles);
    layout->addLayout(cancelRow);
    layout->addStretch();
    return step;
}

void ImportScansDialog::chooseFiles() {
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import scans"), settings.value(kFolderKey, QDir::homePath()).toString(),
        tr("Scan exports (*.csv *.xlsx);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(paths.first()).absolutePath());
    setFiles(paths);
}

void ImportScansDialog::setFiles(const QStringList &paths) {
    m_paths = paths;
    QStringList names;
    for (const QString &path : paths)
        names << QFileInfo(path).fileName();
    m_fileList->setText(names.join(QStringLiteral("; ")));
    m_fileList->setToolTip(paths.join(QLatin1Char('\n')));
    loadPreview();
}

bool ImportScansDialog::isReadingPreview() const {
    return m_previewJob->isRunning();
}

void ImportScansDialog::loadPreview() {
    m_error->hide();
    m_outcomes.clear();
    m_remembered = false;
    if (m_paths.isEmpty()) {
        m_preview->clearPreview();
        updateButtons();
        return;
    }
    const QString path = m_paths.first();
    m_preview->showReading(QFileInfo(path).fileName());
    m_previewJob->start<FilePreview>(
        [path](JobContext &) { return readPreview(path); },
        [this](const FilePreview &read) { showPreview(read.mapping, read.rows, read.sheet); },
        Job::Start::Superseding);
    updateButtons();
}

void ImportScansDialog::showPreview(const tabular::ColumnMapping &mapping, const QList<tabular::Row> &rows,
                                    const QString &sheet) {
    m_firstSheet = sheet;
    m_preview->setPreview(mapping, rows);
    // The same headers as an export the user confirmed before: the mapping they confirmed.
    const auto recalled = tabular::MappingMemory(m_database.connection(), kImporter).recall(mapping);
    if (recalled)
        m_preview->setMapping(*recalled);
    m_remembered = recalled.has_value();
}

void ImportScansDialog::setSkipInvalid(bool skip) {
    m_skipInvalid->setChecked(skip);
}

void ImportScansDialog::setDateOrder(intake::DateOrder order) {
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(order)));
}

QString ImportScansDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportScansDialog::showError(const QString &message) {
    m_error->setText(sentence(message));
    m_error->show();
    updateButtons();
}

void ImportScansDialog::showStep(Step step) {
    m_steps->setCurrentIndex(step);
    updateButtons();
}

void ImportScansDialog::updateButtons() {
    const bool setup = m_steps->currentIndex() == SetupStep;
    const QStringList missing = m_preview->missingRequiredFields();
    const bool reading = isReadingPreview();
    const bool readable = !m_paths.isEmpty() && m_error->isHidden() && !reading;
    m_importButton->setVisible(setup);
    // Offered once a file met places the register does not know: after mapping or registering them,
    // the same files import again (what was stored already is skipped).
    bool metUnknownPlaces = false;
    for (const ScanFileOutcome &outcome : m_outcomes)
        metUnknownPlaces =
            metUnknownPlaces || (outcome.result && !outcome.result->unknownCheckpoints.isEmpty());
    m_importAgainButton->setVisible(m_steps->currentIndex() == ResultStep && metUnknownPlaces);
    m_importButton->setEnabled(setup && readable && missing.isEmpty());
    m_closeButton->setEnabled(!isRunning());
    if (reading)
        m_mappingHint->setText(tr("Reading the first rows of the file…"));
    else if (!readable)
        m_mappingHint->clear();
    else if (!missing.isEmpty())
        m_mappingHint->setText(tr("Choose a column for: %1.").arg(missing.join(QStringLiteral(", "))));
    else if (m_paths.size() > 1)
        m_mappingHint->setText(
            tr("The preview shows %1; the columns of the other %n file(s) are detected the same way.",
               nullptr, int(m_paths.size() - 1))
                .arg(QFileInfo(m_paths.first()).fileName()));
    else if (m_remembered)
        m_mappingHint->setText(
            tr("These are the columns you confirmed for exports with these headers; change "
               "them where this file differs."));
    else
        m_mappingHint->setText(
            tr("Check the field above each column; greyed columns are not imported. The "
               "columns you import with are remembered for exports with the same headers."));
}

void ImportScansDialog::startImport() {
    if (isRunning() || isReadingPreview() || m_paths.isEmpty() || !m_importButton->isEnabled())
        return;
    runImport();
}

void ImportScansDialog::importAgain() {
    if (isRunning() || m_paths.isEmpty())
        return;
    runImport();
}

void ImportScansDialog::runImport() {
    m_outcomes.clear();
    m_doneFiles->clear();
    m_progressText->setText(tr("Starting…"));
    m_cancelButton->setEnabled(true);
    while (m_results->count() > 0) {
        QWidget *page = m_results->widget(0);
        m_results->removeTab(0);
        delete page;
    }
    showStep(RunningStep);
    ScanImportOptions options;
    options.skipInvalid = m_skipInvalid->isChecked();
    options.dateOrder = intake::DateOrder(m_dateOrder->currentData().toInt());
    // Confirmed by importing with it: the next export with these headers gets it.
    tabular::MappingMemory(m_database.connection(), kImporter).remember(m_preview->mapping());
    // The mapping confirmed in the preview is the first file's only; the others' are detected, or
    // recalled by their headers.
    const QStringList paths = m_paths;
    const tabular::ColumnMapping firstMapping = m_preview->mapping();
    const QString firstSheet = m_firstSheet;
    // What each file did is posted as it ends; cancelling rolls back the file being read and skips the
    // ones after it.
    m_job->start(
        [this, paths, options, firstMapping, firstSheet](JobContext &context) -> Result<Job::Delivery> {
            for (int index = 0; index < paths.size() && !context.isCancelled(); ++index) {
                const QString path = paths[index];
                const qint64 size = QFileInfo(path).size();
                context.post([this, index, path, size] { fileStarted(index, path, size); });
                ScanImportOptions fileOptions = options;
                if (index == 0) {
                    fileOptions.mapping = firstMapping;
                    fileOptions.sheet = firstSheet;
                }
                fileOptions.cancel = &context.cancelFlag();
                fileOptions.progress = [this, &context, index](qint64 rows, qint64 bytes) {
                    if (context.progressDue())
                        context.post([this, index, rows, bytes] { showProgress(index, rows, bytes); });
                };
                const ScanFileOutcome outcome = importFile(context.connection(), path, fileOptions);
                context.post([this, index, outcome] { fileFinished(index, outcome); });
            }
            return Job::Delivery();
        });
}

void ImportScansDialog::cancelImport() {
    m_cancelButton->setEnabled(false);
    m_progressText->setText(tr("Cancelling…"));
    m_job->cancel();
}

bool ImportScansDialog::isRunning() const {
    return m_job->isRunning();
}

void ImportScansDialog::fileStarted(int index, const QString &path, qint64 size) {
    m_currentFile->setText(tr("File %1 of %2: %3 (%4)")
                               .arg(format::number(index + 1), format::number(m_paths.size()),
                                    QFileInfo(path).fileName(), ImportsModel::fileSize(size)));
    m_fileTimer.start();
    m_fileSize = size;
    m_progress->setRange(0, 0);
    showProgress(index, 0, -1);
}

void ImportScansDialog::showProgress(int file, qint64 rows, qint64 bytes) {
    emit importProgress(file, rows, bytes);
    // CSV files say how far into the file the reader is; a workbook's sheet cannot, so its bar stays busy.
    if (bytes >= 0 && m_fileSize > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(bytes * 1000 / m_fileSize, 0, 1000)));
    }
    const qint64 ms = m_fileTimer.isValid() ? m_fileTimer.elapsed() : 0;
    if (ms < 200) {
        m_progressText->setText(tr("%1 rows read").arg(format::number(rows)));
        return;
    }
    QString text = tr("%1 rows read · %2 rows/s").arg(format::number(rows), format::number(rows * 1000 / ms));
    if (bytes >= 0)
        text += QStringLiteral(" · ") +
                tr("%1 MB/s").arg(ImportsModel::oneDecimal(double(bytes) / 1e6 / (double(ms) / 1000.0)));
    m_progressText->setText(text);
}

void ImportScansDialog::fileFinished(int index, const ScanFileOutcome &outcome) {
    m_outcomes.append(outcome);
    auto *view = new ScanFileResultView(m_results);
    view->setOutcome(outcome);
    m_results->addTab(view, QFileInfo(outcome.path).fileName());
    connect(view, &ScanFileResultView::addCheckpointRequested, this, &ImportScansDialog::addCheckpoint);
    connect(view, &ScanFileResultView::mapCheckpointRequested, this,
            &ImportScansDialog::chooseMappedCheckpoint);

    QString line;
    if (!outcome.result) {
        line = tr("%1: not imported").arg(QFileInfo(outcome.path).fileName());
    } else {
        line = ScanFileResultView::summary(outcome.result.value());
        if (outcome.elapsedMs > 0 && !outcome.result->cancelled) {
            const double seconds = double(outcome.elapsedMs) / 1000.0;
            line += QLatin1Char(' ') +
                    tr("(%1 rows/s, %2 MB/s)")
                        .arg(format::number(qint64(double(outcome.result->rowsRead) / seconds)))
                        .arg(ImportsModel::oneDecimal(double(outcome.fileSize) / 1e6 / seconds));
        }
    }
    Q_UNUSED(index)
    m_doneFiles->setText(m_doneFiles->text().isEmpty() ? line
                                                       : m_doneFiles->text() + QLatin1Char('\n') + line);
}

void ImportScansDialog::finish() {
    if (m_closeWhenStopped) {
        QDialog::reject();
        return;
    }
    // No file was reached (the job could not open the database; failed() said why): back to the files,
    // where the reason shows.
    showStep(m_outcomes.isEmpty() && !m_error->isHidden() ? SetupStep : ResultStep);
    emit importFinished();
}

void ImportScansDialog::addCheckpoint(const QString &name) {
    auto *dialog = new CheckpointDialog(m_database.connection(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Checkpoint checkpoint;
    checkpoint.name = name;
    dialog->setCheckpoint(checkpoint);
    dialog->setWindowTitle(tr("Register checkpoint %1").arg(name));
    connect(dialog, &QDialog::accepted, this, &ImportScansDialog::registerChanged);
    dialog->open();
}

void ImportScansDialog::chooseMappedCheckpoint(const QString &label) {
    auto *picker =
        new CheckpointPickerDialog(label, CheckpointRegistry(m_database.connection()).list(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker, label] {
        if (auto mapped = mapCheckpoint(label, picker->chosenCode()); !mapped)
            QMessageBox::warning(this, tr("Map checkpoint"), sentence(mapped.error().message));
    });
    picker->open();
}

Status ImportScansDialog::mapCheckpoint(const QString &label, const QString &code) {
    const auto alias = CheckpointAliases(m_database.connection()).set(label, code);
    if (!alias)
        return alias.error();
    const QString mapped = QStringLiteral("%1 — %2").arg(alias->checkpointCode, alias->checkpointName);
    for (int file = 0; file < m_results->count(); ++file)
        resultView(file)->setMapped(label, mapped);
    return success();
}

ScanFileResultView *ImportScansDialog::resultView(int file) const {
    return qobject_cast<ScanFileResultView *>(m_results->widget(file));
}

bool ImportScansDialog::wroteAnything() const {
    for (const ScanFileOutcome &outcome : m_outcomes) {
        if (outcome.result && outcome.result->written)
            return true;
    }
    return false;
}

QString ImportScansDialog::summary() const {
    qint64 added = 0, duplicates = 0, rejected = 0;
    for (const ScanFileOutcome &outcome : m_outcomes) {
        if (!outcome.result)
            continue;
        added += outcome.result->written ? outcome.result->added : 0;
        duplicates += outcome.result->duplicates;
        rejected += outcome.result->rejected;
    }
    return tr("Scans imported from %1 files: %2 added, %3 duplicates, %4 rejected.")
        .arg(format::number(m_outcomes.size()), format::number(added), format::number(duplicates),
             format::number(rejected));
}

void ImportScansDialog::reject() {
    if (isRunning()) {
        // Closing while importing cancels; the dialog closes once the worker has rolled back.
        m_closeWhenStopped = true;
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace cd::ui
