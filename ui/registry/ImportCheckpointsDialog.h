// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/RegistryImport.h"
#include "units/AdminUnit.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace cd {
class Database;
}

namespace cd::ui {

class ImportResultView;
class Job;
class MappingPreview;

// Imports a register of checkpoints from CSV or Excel in three steps: choose the file and check which
// column holds which field (the file's first rows are read off the UI thread; the mapping is remembered for
// the next file with the same headers), watch the import run on a job, and read what was added, updated
// and refused.
class ImportCheckpointsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportCheckpointsDialog(Database &database, QWidget *parent = nullptr);
    ~ImportCheckpointsDialog() override;

    // Reads the file's preview off the UI thread (what "Choose file…" does after the file dialog):
    // previewRead() follows, the reason shown in the dialog when it cannot be read. Import waits for it.
    // A file or sheet chosen while a preview is read supersedes it.
    void setFile(const QString &path);
    bool isReadingPreview() const;
    MappingPreview *preview() const { return m_preview; }
    void setSkipInvalid(bool skip);
    QString errorText() const;

    // Whether the preview took the mapping the user confirmed last time for files with these headers.
    bool usesRememberedMapping() const { return m_remembered; }
    void startImport();
    // What the fix beside a problem of the result does: back to the mapping, or pick the unit a name
    // is (kept for later imports) and import again. `pickUnit` chooses the unit; tests pass their own.
    void applyFix(const ProblemGroup &group,
                  const std::function<QString(const QString &, const AdminUnits &)> &pickUnit = {});
    bool isRunning() const;

    const std::optional<RegistryImportReport> &report() const { return m_report; }
    bool wroteAnything() const { return m_report && m_report->written; }
    QString summary() const;

public slots:
    void reject() override;

signals:
    // The import ended, whether it stored anything or not.
    void importFinished();
    // The preview of the file or sheet last chosen is shown, or why it cannot be.
    void previewRead();

private:
    enum Step { SetupStep, RunningStep, ResultStep };

    QWidget *createSetupStep();
    QWidget *createRunningStep();
    void chooseFile();
    void loadSheet(const QString &sheet);
    void showPreview(const RegistryImportPreview &preview);
    void showError(const QString &message);
    void showStep(Step step);
    void updateButtons();
    void finish(const Result<RegistryImportReport> &result);

    Database &m_database;
    Job *m_job;
    Job *m_previewJob;
    QStackedWidget *m_steps;
    QLineEdit *m_file;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    MappingPreview *m_preview;
    QLabel *m_mappingHint;
    QCheckBox *m_skipInvalid;
    QLabel *m_error;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    ImportResultView *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    QPushButton *m_backButton;
    QString m_path;
    bool m_remembered = false;
    bool m_closeWhenStopped = false;
    std::optional<RegistryImportReport> m_report;
};

} // namespace cd::ui
