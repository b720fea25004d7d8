// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCheckpointsDialog.h"

#include "ImportResultView.h"
#include "TypesDialog.h"
#include "UiText.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "import/MappingPreview.h"
#include "import/UnitPickerDialog.h"
#include "jobs/Job.h"
#include "tabular/MappingMemory.h"
#include "units/OfficeScope.h"
#include "units/UnitAliases.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cd::ui {
namespace {

const QString kFolderKey = QStringLiteral("import/registryFolder");
const QString kImporter = QStringLiteral("registry");

} // namespace

ImportCheckpointsDialog::ImportCheckpointsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_job(new Job(database, this))
    // Reading a file needs no database: off the UI thread whatever the database is.
    , m_previewJob(new Job(this))
    , m_steps(new QStackedWidget(this))
    , m_file(new QLineEdit(this))
    , m_sheetLabel(new QLabel(tr("Worksheet:"), this))
    , m_sheet(new QComboBox(this))
    , m_preview(new MappingPreview(RegistryImporter::fields(), this))
    , m_mappingHint(new QLabel(this))
    , m_skipInvalid(new QCheckBox(tr("Skip invalid rows (store the others)"), this))
    , m_error(new QLabel(this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new ImportResultView(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_importButton(m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole))
    , m_backButton(m_buttons->addButton(tr("Back"), QDialogButtonBox::ActionRole)) {
    setWindowTitle(tr("Import checkpoints from a file"));
    makePrimary(m_importButton);
    m_buttons->addButton(QDialogButtonBox::Close)->setText(tr("Close"));

    m_steps->addWidget(createSetupStep());
    m_steps->addWidget(createRunningStep());
    m_steps->addWidget(m_result);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_buttons);
    resize(980, 580);

    connect(m_importButton, &QPushButton::clicked, this, &ImportCheckpointsDialog::startImport);
    connect(m_backButton, &QPushButton::clicked, this, [this] { showStep(SetupStep); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportCheckpointsDialog::reject);
    connect(m_job, &Job::progress, this,
            [this](qint64 rows) { m_progressText->setText(tr("%1 rows read…").arg(format::number(rows))); });
    connect(m_job, &Job::failed, this, [this](const QString &message) { finish(makeError(message)); });
    connect(m_job, &Job::cancelled, this, [this] { finish(makeError(tr("The import was cancelled."))); });
    connect(m_previewJob, &Job::failed, this, [this](const QString &message) {
        m_preview->clearPreview();
        showError(message);
    });
    connect(m_previewJob, &Job::finished, this, [this] {
        if (m_previewJob->isRunning())
            return; // superseded by a file or sheet chosen since
        updateButtons();
        emit previewRead();
    });
    connect(m_result, &ImportResultView::fixRequested, this,
            [this](const ProblemGroup &group) { applyFix(group); });
    connect(m_result, &ImportResultView::typesRequested, this, [this] {
        auto *types = new TypesDialog(m_database.connection(), this);
        types->setAttribute(Qt::WA_DeleteOnClose);
        connect(types, &TypesDialog::typesChanged, this, &ImportCheckpointsDialog::importFinished);
        types->open();
    });
    showStep(SetupStep);
}

ImportCheckpointsDialog::~ImportCheckpointsDialog() = default;

QWidget *ImportCheckpointsDialog::createSetupStep() {
    auto *step = new QWidget(this);
    auto *intro = new QLabel(tr("A register with the columns of the national form, in Vietnamese or English. "
                                "Checkpoints already in the register are updated by their code, or by name "
                                "and address in the same commune; nothing is duplicated."),
                             step);
    intro->setWordWrap(true);
    m_file->setReadOnly(true);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("No file chosen"));
    auto *choose = new QPushButton(tr("Choose file…"), step);
    m_sheet->setMinimumContentsLength(16);
    m_mappingHint->setObjectName(QStringLiteral("hint"));
    m_mappingHint->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    fileRow->addWidget(m_sheetLabel);
    fileRow->addWidget(m_sheet);

    auto *layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_mappingHint);
    layout->addWidget(m_skipInvalid);

    connect(choose, &QPushButton::clicked, this, &ImportCheckpointsDialog::chooseFile);
    connect(m_sheet, &QComboBox::activated, this, [this] { loadSheet(m_sheet->currentText()); });
    connect(m_preview, &MappingPreview::mappingChanged, this, [this] {
        m_remembered = false;
        updateButtons();
    });
    return step;
}

QWidget *ImportCheckpointsDialog::createRunningStep() {
    auto *step = new QWidget(this);
    m_progress->setRange(0, 0); // the importer counts rows, not bytes: a busy bar
    m_progressText->setText(tr("Starting…"));
    auto *layout = new QVBoxLayout(step);
    layout->addStretch();
    layout->addWidget(
        new QLabel(tr("Importing checkpoints. Nothing is stored until the whole file is read."), step));
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addStretch();
    return step;
}

void ImportCheckpointsDialog::chooseFile() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import checkpoints"),
                                                      settings.value(kFolderKey, QDir::homePath()).toString(),
                                                      tr("Registers (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    setFile(path);
}

void ImportCheckpointsDialog::setFile(const QString &path) {
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_sheet->clear();
    loadSheet({});
}

bool ImportCheckpointsDialog::isReadingPreview() const {
    return m_previewJob->isRunning();
}

void ImportCheckpointsDialog::loadSheet(const QString &sheet) {
    m_error->hide();
    m_report.reset();
    m_remembered = false;
    m_preview->showReading(QFileInfo(m_path).fileName());
    const QString path = m_path;
    // The preview reads the file alone: the importer is given no connection to carry to another thread.
    m_previewJob->start<RegistryImportPreview>(
        [path, sheet](JobContext &) -> Result<RegistryImportPreview> {
            auto preview = RegistryImporter(QSqlDatabase()).preview(path, sheet, 12);
            if (!preview)
                return makeError(preview.error().message); // the file is named above the preview
            return preview;
        },
        [this](const RegistryImportPreview &preview) { showPreview(preview); }, Job::Start::Superseding);
    updateButtons();
}

void ImportCheckpointsDialog::showPreview(const RegistryImportPreview &preview) {
    if (m_sheet->count() == 0) {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->addItems(preview.sheetNames);
    }
    m_sheet->setCurrentText(preview.sheetName);
    m_preview->setPreview(preview.mapping, preview.rows);
    // The same headers as a file the user confirmed before: the mapping they confirmed, not the guess.
    const auto recalled = tabular::MappingMemory(m_database.connection(), kImporter).recall(preview.mapping);
    if (recalled)
        m_preview->setMapping(*recalled);
    m_remembered = recalled.has_value();
}

void ImportCheckpointsDialog::setSkipInvalid(bool skip) {
    m_skipInvalid->setChecked(skip);
}

QString ImportCheckpointsDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportCheckpointsDialog::showError(const QString &message) {
    m_error->setText(sentence(message));
    m_error->show();
    updateButtons();
}

void ImportCheckpointsDialog::startImport() {
    if (m_path.isEmpty() || m_job->isRunning() || isReadingPreview())
        return;
    RegistryImportOptions options;
    options.sheet = m_sheet->currentText();
    options.skipInvalid = m_skipInvalid->isChecked();
    options.mapping = m_preview->mapping();
    // Confirmed by importing with it: the next file with these headers gets it.
    if (auto remembered =
            tabular::MappingMemory(m_database.connection(), kImporter).remember(m_preview->mapping());
        !remembered)
        showError(remembered.error().message);
    m_report.reset();
    m_progressText->setText(tr("Starting…"));
    showStep(RunningStep);
    const QString path = m_path;
    m_job->start<RegistryImportReport>(
        [path, options](JobContext &context) mutable {
            options.cancel = &context.cancelFlag();
            options.progress = [&context](qint64 rows, qint64) {
                context.reportProgress(rows, 0);
            };
            return RegistryImporter(context.connection()).run(path, options);
        },
        [this](const RegistryImportReport &report) { finish(report); });
}

bool ImportCheckpointsDialog::isRunning() const {
    return m_job->isRunning();
}

void ImportCheckpointsDialog::finish(const Result<RegistryImportReport> &result) {
    if (m_closeWhenStopped) {
        QDialog::reject();
        return;
    }
    if (!result) {
        showStep(SetupStep);
        showError(result.error().toString());
        return;
    }
    m_report = result.value();
    m_result->setReport(*m_report);
    showStep(ResultStep);
    emit importFinished();
}

QString ImportCheckpointsDialog::summary() const {
    return m_report ? ImportResultView::summary(*m_report) : QString();
}

void ImportCheckpointsDialog::applyFix(
    const ProblemGroup &group, const std::function<QString(const QString &, const AdminUnits &)> &pickUnit) {
    const QString fix = ImportResultView::fixFor(group);
    if (fix.isEmpty())
        return;
    if (group.value.isEmpty() || group.message.contains(QLatin1String("is missing"))) {
        // Back to the columns, the field to place named.
        showStep(SetupStep);
        m_mappingHint->setText(
            tr("Choose the column that holds: %1.").arg(m_preview->fieldLabel(group.field)));
        return;
    }
    const OfficeScope scope(m_database.connection());
    const AdminUnits units =
        group.field == QLatin1String("commune") ? scope.communes() : scope.reportingUnits();
    QString code;
    if (pickUnit) {
        code = pickUnit(group.value, units);
    } else {
        UnitPickerDialog picker(group.value, units, this);
        if (picker.exec() == QDialog::Accepted)
            code = picker.chosenCode();
    }
    if (code.isEmpty())
        return;
    if (auto set = UnitAliases(m_database.connection()).set(group.value, code); !set) {
        showStep(SetupStep);
        showError(set.error().message);
        return;
    }
    startImport();
}

void ImportCheckpointsDialog::reject() {
    if (m_job->isRunning()) {
        // The importer stops at the next row and rolls back; the dialog closes when it has.
        m_closeWhenStopped = true;
        m_job->cancel();
        m_progressText->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ImportCheckpointsDialog::showStep(Step step) {
    m_steps->setCurrentIndex(step);
    updateButtons();
}

void ImportCheckpointsDialog::updateButtons() {
    const int step = m_steps->currentIndex();
    const bool reading = isReadingPreview();
    const bool hasPreview = m_preview->columnCount() > 0 && !reading;
    const QStringList missing = m_preview->missingRequiredFields();
    m_importButton->setVisible(step == SetupStep);
    m_importButton->setEnabled(hasPreview && missing.isEmpty());
    m_backButton->setVisible(step == ResultStep && !wroteAnything());
    const bool workbook = m_sheet->count() > 0;
    m_sheetLabel->setVisible(workbook);
    m_sheet->setVisible(workbook);
    if (reading)
        m_mappingHint->setText(tr("Reading the first rows of the file…"));
    else if (!hasPreview)
        m_mappingHint->setText(tr("Choose a CSV or Excel file to see its first rows."));
    else if (!missing.isEmpty())
        m_mappingHint->setText(tr("Choose a column for: %1.").arg(missing.join(QStringLiteral(", "))));
    else if (m_remembered)
        m_mappingHint->setText(tr("These are the columns you confirmed for files with these headers; change "
                                  "them where this file differs."));
    else
        m_mappingHint->setText(
            tr("Check the field above each column; change it where the guess is wrong. "
               "The columns you import with are remembered for files with the same headers."));
}

} // namespace cd::ui
