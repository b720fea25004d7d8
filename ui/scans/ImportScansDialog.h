// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScanFileOutcome.h"
#include "common/Error.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QVector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace cd {
class Database;
}

namespace cd::ui {

class Job;
class ScanFileResultView;
class MappingPreview;

// Imports scan exports in three steps: choose one or more files and check, on the first one (read off the
// UI thread), which column holds which field; watch them import one after the other on a job, with rows and
// megabytes per second and a Cancel that rolls back the file being read; then read, file by file, what was
// added, what was a duplicate, every rejected row and the checkpoints the register does not know.
class ImportScansDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportScansDialog(Database &database, QWidget *parent = nullptr);
    ~ImportScansDialog() override;

    // Reads the first file's preview off the UI thread (what "Choose files…" does after the file dialog):
    // previewRead() follows, the reason shown in the dialog when it cannot be read. Import waits for it.
    // Files chosen while a preview is read supersede it.
    void setFiles(const QStringList &paths);
    bool isReadingPreview() const;
    const QStringList &files() const { return m_paths; }
    MappingPreview *preview() const { return m_preview; }
    void setSkipInvalid(bool skip);
    // How a/b/yyyy dates are read: decided from each file (Automatic), or forced.
    void setDateOrder(intake::DateOrder order);
    bool usesRememberedMapping() const { return m_remembered; }
    QString errorText() const;

    void startImport();
    // Imports the same files again, from the result page: after unknown places were mapped or registered.
    void importAgain();
    void cancelImport();
    QPushButton *importAgainButton() const { return m_importAgainButton; }
    // Maps an unknown place of the exports to a registered checkpoint, as the picker does; the mapping is
    // kept for later imports. An error when the register refuses it.
    Status mapCheckpoint(const QString &label, const QString &code);
    bool isRunning() const;

    const QVector<ScanFileOutcome> &outcomes() const { return m_outcomes; }
    ScanFileResultView *resultView(int file) const;
    // Whether any file stored scans.
    bool wroteAnything() const;
    QString summary() const;

public slots:
    void reject() override;

signals:
    // Every file has been imported, refused or cancelled.
    void importFinished();
    // The preview of the files last chosen is shown, or why it cannot be.
    void previewRead();
    // How far into file `file` the import is.
    void importProgress(int file, qint64 rows, qint64 bytes);
    // A checkpoint was added to the register from the list of unknown ones.
    void registerChanged();

private:
    enum Step { SetupStep, RunningStep, ResultStep };

    QWidget *createSetupStep();
    QWidget *createRunningStep();
    void chooseFiles();
    void loadPreview();
    void showPreview(const tabular::ColumnMapping &mapping, const QList<tabular::Row> &rows,
                     const QString &sheet);
    void showError(const QString &message);
    void showStep(Step step);
    void updateButtons();
    void fileStarted(int index, const QString &path, qint64 size);
    void showProgress(int file, qint64 rows, qint64 bytes);
    void fileFinished(int index, const ScanFileOutcome &outcome);
    void finish();
    void addCheckpoint(const QString &name);
    void chooseMappedCheckpoint(const QString &label);
    void runImport();

    Database &m_database;
    Job *m_job;
    Job *m_previewJob;
    QStackedWidget *m_steps;
    QLineEdit *m_fileList;
    MappingPreview *m_preview;
    QLabel *m_mappingHint;
    QCheckBox *m_skipInvalid;
    QComboBox *m_dateOrder;
    bool m_remembered = false;
    QString m_firstSheet;
    QLabel *m_error;
    QLabel *m_currentFile;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_doneFiles;
    QPushButton *m_cancelButton;
    QTabWidget *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    QPushButton *m_importAgainButton;
    QPushButton *m_closeButton;
    QStringList m_paths;
    QElapsedTimer m_fileTimer;
    qint64 m_fileSize = 0;
    bool m_closeWhenStopped = false;
    QVector<ScanFileOutcome> m_outcomes;
};

} // namespace cd::ui
