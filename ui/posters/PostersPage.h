// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "poster/PosterPainter.h"
#include "poster/PosterRenderer.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace cd {
class Database;
}

namespace cd::ui {

class InlineMessage;
class PosterChoiceModel;
class Job;
class PosterOptions;
class PosterPreview;

// QR posters: the active checkpoints to tick on the left, the sheet as it will print on the right with
// the paper options, then a PDF or the printer. Every code is read back at 150 dpi on a job, off the UI
// thread, before anything reaches paper; the list shows which codes the national system issued and which come
// from the office's template (paper never does).
class PostersPage : public QWidget {
    Q_OBJECT

public:
    // Shows verified posters for printing; tests replace it to avoid the modal print preview.
    using Previewer = std::function<void(const QList<PreparedPoster> &posters, const PosterTexts &texts,
                                         const PosterLayout &layout)>;

    explicit PostersPage(Database &database, QWidget *parent = nullptr);
    ~PostersPage() override;

    PosterChoiceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    PosterPreview *preview() const { return m_preview; }
    Job *job() const { return m_job; }
    InlineMessage *message() const { return m_message; }

    // Lists the active checkpoints of one commune; empty for all. False for a commune not in scope.
    bool showCommune(const QString &communeCode);
    void setSearchText(const QString &text);
    // Ticks or unticks every checkpoint listed now.
    void chooseAllShown(bool chosen);
    QStringList chosenCodes() const;
    PosterLayout posterLayout() const;
    void setPosterLayout(const PosterLayout &layout);
    // Makes a listed checkpoint the one the preview shows.
    bool setCurrentCheckpoint(const QString &code);
    void setPreviewer(Previewer previewer) { m_previewer = std::move(previewer); }

    // Starts writing the chosen posters to path on the worker thread; false, with the reason shown, when
    // it cannot start. jobFinished() tells when it is done.
    bool exportPdf(const QString &path);
    // Checks the chosen posters on the worker thread, then shows them in the print preview.
    bool print();
    bool isBusy() const;
    // Stores the code the system issued for a checkpoint (empty: back to the template) and lists it anew.
    Status setIssuedPayload(const QString &checkpointCode, const QString &payload);

public slots:
    void reload();
    void cancelJob();
    void chooseExportFile();
    void editTexts();
    void editIssuedQr();

signals:
    void statusMessage(const QString &message);
    // After an export or a print check: true when the PDF was written or the posters were shown.
    void jobFinished(bool succeeded);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createPicker();
    QWidget *createSheetPanel();
    QWidget *createProgressRow();
    void fillCommunes();
    void reloadList();
    void updatePreview();
    void updateSummary();
    void updateActions();
    void layoutChanged();
    void saveEcc();
    // The chosen checkpoints' posters in the register's order, read on this thread: the worker has
    // no database.
    Result<QList<PosterContent>> chosenPosters() const;
    PosterContent currentPoster() const;
    void startedJob(int posters);
    void showProgress(int done, int total);
    void finishJob();
    void finishExport(const Result<PosterExport> &result);
    void finishCheck(const Result<QList<PreparedPoster>> &checked);

    Database &m_database;
    PosterTexts m_texts;
    PosterChoiceModel *m_model;
    Job *m_job;
    QLabel *m_title;
    QLabel *m_subtitle;
    QComboBox *m_communeFilter;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_chosenSummary;
    QPushButton *m_chooseAll;
    QPushButton *m_chooseNone;
    QPushButton *m_issuedButton;
    QLabel *m_previewCaption;
    PosterPreview *m_preview;
    PosterOptions *m_options;
    QPushButton *m_textsButton;
    QPushButton *m_printButton;
    QPushButton *m_exportButton;
    QWidget *m_progressRow;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    InlineMessage *m_message;
    Previewer m_previewer;
    int m_jobPosters = 0;
    QString m_jobPath;
};

} // namespace cd::ui
