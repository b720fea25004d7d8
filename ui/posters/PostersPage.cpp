// SPDX-License-Identifier: GPL-3.0-or-later
// The page's layout, the list and the preview; what its buttons start is in PostersPageActions.cpp.
#include "PostersPage.h"

#include "InlineMessage.h"
#include "PosterChoiceModel.h"
#include "PosterOptions.h"
#include "PosterPreview.h"
#include "PosterPrinting.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "jobs/Job.h"
#include "registry/CheckpointRegistry.h"
#include "registry/PosterSources.h"
#include "registry/QrPayloads.h"
#include "registry/UiText.h"
#include "units/OfficeScope.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

const QString kPaperKey = QStringLiteral("posters/paper");
const QString kPerPageKey = QStringLiteral("posters/perPage");

} // namespace

PostersPage::PostersPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new PosterChoiceModel(this))
    , m_job(new Job(this))
    , m_title(new QLabel(tr("QR posters"), this))
    , m_subtitle(new QLabel(this))
    , m_communeFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_chosenSummary(new QLabel(this))
    , m_chooseAll(new QPushButton(tr("Select &all"), this))
    , m_chooseNone(new QPushButton(tr("Select &none"), this))
    , m_issuedButton(new QPushButton(tr("Issued &QR code…"), this))
    , m_previewCaption(new QLabel(this))
    , m_preview(new PosterPreview(this))
    , m_options(new PosterOptions(this))
    , m_textsButton(new QPushButton(tr("Poster &wording…"), this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_exportButton(new QPushButton(tr("&Export PDF…"), this))
    , m_progressRow(new QWidget(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_message(new InlineMessage(this)) {
    m_previewer = [this](const QList<PreparedPoster> &posters, const PosterTexts &texts,
                         const PosterLayout &layout) {
        showPrintPreview(this, posters, texts, layout);
    };
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("posterMessage"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createPicker());
    splitter->addWidget(createSheetPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 480});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(splitter, 1);
    layout->addWidget(createProgressRow());
    layout->addWidget(m_message);

    connect(m_communeFilter, &QComboBox::currentIndexChanged, this, &PostersPage::reloadList);
    connect(m_search, &QLineEdit::textChanged, this, &PostersPage::reloadList);
    connect(m_model, &PosterChoiceModel::choiceChanged, this, [this] {
        updateSummary();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updatePreview();
        updateActions();
    });
    connect(m_table, &QTableView::activated, this, &PostersPage::editIssuedQr);
    // Space ticks the current row whichever cell has focus, not only its check box.
    auto *toggle = new QShortcut(QKeySequence(Qt::Key_Space), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(toggle, &QShortcut::activated, this, [this] {
        if (const QModelIndex current = m_table->currentIndex(); current.isValid()) {
            const QString code = m_model->rowAt(current.row()).checkpoint.code;
            m_model->setChosen(code, !m_model->isChosen(code));
        }
    });
    connect(m_chooseAll, &QPushButton::clicked, this, [this] { chooseAllShown(true); });
    connect(m_chooseNone, &QPushButton::clicked, this, [this] { chooseAllShown(false); });
    connect(m_issuedButton, &QPushButton::clicked, this, &PostersPage::editIssuedQr);
    connect(m_textsButton, &QPushButton::clicked, this, &PostersPage::editTexts);
    connect(m_printButton, &QPushButton::clicked, this, &PostersPage::print);
    connect(m_exportButton, &QPushButton::clicked, this, &PostersPage::chooseExportFile);
    connect(m_cancelButton, &QPushButton::clicked, this, &PostersPage::cancelJob);
    connect(m_options, &PosterOptions::posterLayoutChanged, this, &PostersPage::layoutChanged);
    connect(m_options, &PosterOptions::eccChosen, this, &PostersPage::saveEcc);
    connect(m_job, &Job::progress, this,
            [this](qint64 done, qint64 total) { showProgress(int(done), int(total)); });

    // Paper and sheet are the desk's habit, kept per user; the error correction is the office's.
    PosterLayout initial = PosterSources(m_database.connection()).defaultLayout();
    const QSettings settings;
    if (const int paper = settings.value(kPaperKey, -1).toInt();
        paper >= 0 && paper <= int(PosterLayout::PageSize::A3))
        initial.pageSize = PosterLayout::PageSize(paper);
    initial.perPage = settings.value(kPerPageKey, initial.perPage).toInt();
    if (!initial.isValid())
        initial.perPage = 1;
    {
        const QSignalBlocker blocker(m_options);
        m_options->setPosterLayout(initial);
    }
    fillCommunes();
    reload();
}

PostersPage::~PostersPage() = default;

QWidget *PostersPage::createPicker() {
    m_communeFilter->setObjectName(QStringLiteral("communeFilter"));
    m_communeFilter->setMaxVisibleItems(20);
    m_communeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setToolTip(tr("Code, name, address or phone; accents are optional"));
    m_search->setClearButtonEnabled(true);

    m_table->setObjectName(QStringLiteral("posterChoices"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(PosterChoiceModel::CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PosterChoiceModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PosterChoiceModel::CommuneColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PosterChoiceModel::SourceColumn, QHeaderView::ResizeToContents);

    m_chosenSummary->setObjectName(QStringLiteral("hint"));
    m_issuedButton->setToolTip(tr("Set the code the national system issued for the current checkpoint, "
                                  "from its link or a picture of it"));

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_communeFilter);
    filters->addWidget(m_search, 1);

    auto *choices = new QHBoxLayout;
    choices->setSpacing(8);
    choices->addWidget(m_chooseAll);
    choices->addWidget(m_chooseNone);
    choices->addWidget(m_chosenSummary, 1);
    choices->addWidget(m_issuedButton);

    auto *picker = new QWidget(this);
    auto *layout = new QVBoxLayout(picker);
    layout->setContentsMargins(0, 0, 12, 0);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(choices);
    return picker;
}

QWidget *PostersPage::createSheetPanel() {
    m_previewCaption->setObjectName(QStringLiteral("hint"));
    m_previewCaption->setWordWrap(true);
    m_exportButton->setObjectName(QStringLiteral("primaryButton"));
    m_exportButton->setToolTip(tr("Write the chosen posters to one PDF, every code checked first"));
    m_printButton->setToolTip(tr("Check every code, then show the sheets to print"));
    m_textsButton->setToolTip(tr("The wording every poster carries: issuer, title, instructions, hotline, "
                                 "5K, logo"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_textsButton);
    buttons->addStretch();
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_exportButton);

    auto *panel = new QWidget(this);
    panel->setMinimumWidth(380);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_previewCaption);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_options);
    layout->addSpacing(4);
    layout->addLayout(buttons);
    return panel;
}

QWidget *PostersPage::createProgressRow() {
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(14);
    m_cancelButton->setObjectName(QStringLiteral("cancelJob"));
    auto *layout = new QHBoxLayout(m_progressRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancelButton);
    m_progressRow->hide();
    return m_progressRow;
}

void PostersPage::fillCommunes() {
    const QSignalBlocker blocker(m_communeFilter);
    m_communeFilter->clear();
    m_communeFilter->addItem(tr("All communes"), QString());
    for (const AdminUnit &commune : OfficeScope(m_database.connection()).communes())
        m_communeFilter->addItem(commune.nameWithType, commune.code);
}

void PostersPage::reload() {
    m_texts = PosterSources(m_database.connection()).texts();
    CheckpointFilter activeOnly;
    activeOnly.status = Checkpoint::Status::Active;
    const Checkpoints active = CheckpointRegistry(m_database.connection()).list(activeOnly);
    QSet<QString> codes;
    int issued = 0;
    for (const Checkpoint &checkpoint : active) {
        codes.insert(checkpoint.code);
        if (!checkpoint.issuedQrPayload.isEmpty())
            ++issued;
    }
    m_model->retainChosen(codes);
    m_subtitle->setText(
        tr("%1 active checkpoints: %2 with the code the national system issued, %3 with a code from the "
           "office's template. Tick those to print; each code is read back before it goes to paper.")
            .arg(format::number(active.size()), format::number(issued),
                 format::number(active.size() - issued)));
    reloadList();
}

void PostersPage::reloadList() {
    const QString current = currentPoster().checkpointCode;
    CheckpointFilter filter;
    filter.status = Checkpoint::Status::Active;
    filter.communeCode = m_communeFilter->currentData().toString();
    filter.text = m_search->text().trimmed();
    const QrPayloads payloads(m_database.connection());
    QList<PosterChoiceModel::Row> rows;
    for (const Checkpoint &checkpoint : CheckpointRegistry(m_database.connection()).list(filter))
        rows.append({checkpoint, payloads.printed(checkpoint)});
    m_model->setRows(std::move(rows));
    if (!setCurrentCheckpoint(current) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, PosterChoiceModel::NameColumn));
    updatePreview();
    updateSummary();
    updateActions();
}

bool PostersPage::showCommune(const QString &communeCode) {
    const int index = m_communeFilter->findData(communeCode);
    if (index < 0)
        return false;
    m_communeFilter->setCurrentIndex(index);
    return true;
}

void PostersPage::setSearchText(const QString &text) {
    m_search->setText(text);
}

void PostersPage::chooseAllShown(bool chosen) {
    m_model->setAllShownChosen(chosen);
}

QStringList PostersPage::chosenCodes() const {
    return m_model->chosenCodes();
}

PosterLayout PostersPage::posterLayout() const {
    return m_options->posterLayout();
}

void PostersPage::setPosterLayout(const PosterLayout &layout) {
    m_options->setPosterLayout(layout);
}

bool PostersPage::setCurrentCheckpoint(const QString &code) {
    const int row = code.isEmpty() ? -1 : m_model->rowOfCode(code);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, PosterChoiceModel::NameColumn));
    return true;
}

PosterContent PostersPage::currentPoster() const {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    const auto &row = m_model->rowAt(current.row());
    return {row.checkpoint.code, row.checkpoint.name, row.checkpoint.address, row.checkpoint.communeName,
            row.printed.payload.toUtf8()};
}

void PostersPage::updatePreview() {
    // The sheet as it will print when the current checkpoint starts it: on a sheet of stickers, the
    // ones listed after it fill the other slots.
    const PosterLayout layout = posterLayout();
    QList<PosterContent> posters;
    const QModelIndex current = m_table->currentIndex();
    for (int row = current.isValid() ? current.row() : m_model->rowCount();
         row < m_model->rowCount() && posters.size() < layout.perPage; ++row) {
        const auto &listed = m_model->rowAt(row);
        posters << PosterContent{listed.checkpoint.code, listed.checkpoint.name, listed.checkpoint.address,
                                 listed.checkpoint.communeName, listed.printed.payload.toUtf8()};
    }
    m_preview->setSheet(posters, m_texts, layout);
    QString caption = PosterOptions::describe(layout);
    if (current.isValid()) {
        const PrintedPayload &printed = m_model->rowAt(current.row()).printed;
        caption = QStringLiteral("%1 · %2: %3")
                      .arg(caption, m_model->rowAt(current.row()).checkpoint.code,
                           PosterChoiceModel::sourceText(printed.source));
    }
    m_previewCaption->setText(caption);
}

void PostersPage::updateSummary() {
    const int chosen = m_model->chosenCount();
    const int chosenShown = m_model->chosenShownCount();
    const QString listed = format::number(m_model->rowCount());
    // Choices outside the list still print: say so, or a narrowed list would hide them.
    m_chosenSummary->setText(
        chosen == chosenShown
            ? tr("%1 chosen of %2 listed").arg(format::number(chosen), listed)
            : tr("%1 chosen of %2 listed, %3 more outside this list")
                  .arg(format::number(chosenShown), listed, format::number(chosen - chosenShown)));
}

void PostersPage::updateActions() {
    const bool busy = isBusy();
    const bool anyChosen = m_model->chosenCount() > 0;
    m_exportButton->setEnabled(!busy && anyChosen);
    m_printButton->setEnabled(!busy && anyChosen);
    m_issuedButton->setEnabled(m_table->currentIndex().isValid());
    m_chooseAll->setEnabled(m_model->rowCount() > 0);
    m_chooseNone->setEnabled(m_model->chosenShownCount() > 0);
}

void PostersPage::layoutChanged() {
    const PosterLayout layout = posterLayout();
    QSettings settings;
    settings.setValue(kPaperKey, int(layout.pageSize));
    settings.setValue(kPerPageKey, layout.perPage);
    updatePreview();
}

void PostersPage::saveEcc() {
    if (const Status saved = QrPayloads(m_database.connection()).setEcc(posterLayout().ecc); !saved)
        m_message->showError(sentence(saved.error().message));
}

void PostersPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // Another section may have changed the register or the wording since this page was last shown.
    if (!isBusy())
        reload();
}

} // namespace cd::ui
