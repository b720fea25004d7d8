// SPDX-License-Identifier: GPL-3.0-or-later
// What the posters page's buttons do: export, print, and the two dialogs.
#include "PostersPage.h"

#include "InlineMessage.h"
#include "IssuedQrDialog.h"
#include "PosterChoiceModel.h"
#include "PosterTextsDialog.h"
#include "PosterWork.h"
#include "common/VietnameseText.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "jobs/Job.h"
#include "poster/PosterFonts.h"
#include "registry/CheckpointRegistry.h"
#include "registry/PosterSources.h"
#include "registry/UiText.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

namespace cd::ui {

namespace {

const QString kExportDirKey = QStringLiteral("posters/exportDir");

} // namespace

Result<QList<PosterContent>> PostersPage::chosenPosters() const {
    const QStringList codes = chosenCodes();
    if (codes.isEmpty())
        return makeError(tr("Tick the checkpoints to print in the list first."));
    const PosterSources sources(m_database.connection());
    const auto batch = sources.batch(QString(), codes);
    if (!batch)
        return makeError(sentence(batch.error().message));
    return sources.contents(*batch);
}

bool PostersPage::isBusy() const {
    return m_job->isRunning();
}

bool PostersPage::exportPdf(const QString &path) {
    if (isBusy())
        return false;
    m_message->dismiss();
    const auto posters = chosenPosters();
    if (!posters) {
        m_message->showError(posters.error().message);
        return false;
    }
    // The wording as saved now, in case another window changed it.
    m_texts = PosterSources(m_database.connection()).texts();
    m_jobPath = path;
    // The bundled fonts are registered on first use: let that happen here, on the GUI thread.
    posterfonts::font(posterfonts::Family::Sans);
    m_job->start<Result<PosterExport>>(
        [texts = m_texts, layout = posterLayout(), posters = *posters, path](JobContext &context) {
            return Result<Result<PosterExport>>(exportPosters(context, texts, layout, posters, path));
        },
        [this](const Result<PosterExport> &result) { finishExport(result); });
    startedJob(int(posters->size()));
    return true;
}

bool PostersPage::print() {
    if (isBusy())
        return false;
    m_message->dismiss();
    const auto posters = chosenPosters();
    if (!posters) {
        m_message->showError(posters.error().message);
        return false;
    }
    m_texts = PosterSources(m_database.connection()).texts();
    m_jobPath.clear();
    posterfonts::font(posterfonts::Family::Sans);
    m_job->start<Result<QList<PreparedPoster>>>(
        [layout = posterLayout(), posters = *posters](JobContext &context) {
            return Result<Result<QList<PreparedPoster>>>(checkPosters(context, layout, posters));
        },
        [this](const Result<QList<PreparedPoster>> &checked) { finishCheck(checked); });
    startedJob(int(posters->size()));
    return true;
}

void PostersPage::chooseExportFile() {
    QSettings settings;
    const QString folder =
        settings.value(kExportDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    // A name that says what is inside, in the office's language whatever the interface's.
    QString name = QStringLiteral("ma-qr-diem-kiem-soat");
    if (!m_communeFilter->currentData().toString().isEmpty())
        name += u'-' + text::foldKey(m_communeFilter->currentText()).replace(u' ', u'-');
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export posters"), QDir(folder).filePath(name + QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(kExportDirKey, QFileInfo(path).absolutePath());
    exportPdf(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path
                                                                        : path + QStringLiteral(".pdf"));
}

void PostersPage::cancelJob() {
    m_job->cancel();
    m_cancelButton->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling…"));
}

void PostersPage::startedJob(int posters) {
    m_jobPosters = posters;
    m_progress->setRange(0, 0);
    m_progressLabel->setText(tr("Checking the codes…"));
    m_cancelButton->setEnabled(true);
    m_progressRow->show();
    updateActions();
}

void PostersPage::showProgress(int done, int total) {
    if (total <= 0 || !m_cancelButton->isEnabled())
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    // The renderer checks every code first, then writes the sheets: say which part is running.
    if (done < m_jobPosters)
        m_progressLabel->setText(
            tr("Checking the codes… %1 of %2").arg(format::number(done + 1), format::number(m_jobPosters)));
    else if (!m_jobPath.isEmpty()) // exporting, not printing
        m_progressLabel->setText(
            tr("Writing the PDF… page %1 of %2")
                .arg(format::number(std::min(done - m_jobPosters + 1, total - m_jobPosters)),
                     format::number(total - m_jobPosters)));
}

void PostersPage::finishJob() {
    m_progressRow->hide();
    updateActions();
}

void PostersPage::finishExport(const Result<PosterExport> &result) {
    finishJob();
    if (!result) {
        m_message->showError(sentence(result.error().message));
        emit jobFinished(false);
    } else if (result->cancelled) {
        const QString text = tr("The export was cancelled; no file was written.");
        m_message->showInfo(text);
        emit statusMessage(text);
        emit jobFinished(false);
    } else {
        const QString text =
            tr("%1: %n poster(s) on %2 page(s), %3 KB, every code checked.", nullptr, result->posters)
                .arg(QDir::toNativeSeparators(m_jobPath), format::number(result->pages),
                     format::number((result->bytes + 1023) / 1024));
        m_message->showSuccess(text);
        emit statusMessage(text);
        emit jobFinished(true);
    }
}

void PostersPage::finishCheck(const Result<QList<PreparedPoster>> &checked) {
    finishJob();
    if (m_job->wasCancelled()) {
        const QString text = tr("Printing was cancelled.");
        m_message->showInfo(text);
        emit statusMessage(text);
        emit jobFinished(false);
    } else if (!checked) {
        m_message->showError(sentence(checked.error().message));
        emit jobFinished(false);
    } else {
        emit statusMessage(tr("%n poster(s) checked, ready to print.", nullptr, int(checked->size())));
        m_previewer(*checked, m_texts, posterLayout());
        emit jobFinished(true);
    }
}

Status PostersPage::setIssuedPayload(const QString &checkpointCode, const QString &payload) {
    const auto checkpoint = CheckpointRegistry(m_database.connection()).byCode(checkpointCode);
    if (!checkpoint)
        return makeError(tr("No checkpoint has the code %1.").arg(checkpointCode));
    const auto stored = IssuedQrDialog::store(m_database.connection(), checkpoint->id, payload);
    if (!stored)
        return stored.error();
    reload();
    return success();
}

void PostersPage::editIssuedQr() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    IssuedQrDialog dialog(m_database.connection(), m_model->rowAt(current.row()).checkpoint, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const Checkpoint &stored = dialog.checkpoint();
    emit statusMessage(stored.issuedQrPayload.isEmpty()
                           ? tr("%1 now prints the code of the office's template.").arg(stored.name)
                           : tr("%1 now prints the code the system issued.").arg(stored.name));
}

void PostersPage::editTexts() {
    PosterContent sample = currentPoster();
    if (sample.payload.isEmpty()) {
        // Nothing listed yet: an example, so the wording can still be seen on a poster.
        sample = {
            QStringLiteral("00000-001"), tr("Example checkpoint"), tr("Example address"), QString(),
            QByteArrayLiteral("https://tokhaiyte.vn/?page=Group.checkin&groupId=000000000000000000000000")};
    }
    PosterTextsDialog dialog(m_database.connection(), sample, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_texts = PosterSources(m_database.connection()).texts();
    updatePreview();
    emit statusMessage(tr("The poster wording was saved."));
}

} // namespace cd::ui
