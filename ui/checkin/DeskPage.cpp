// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskPage.h"

#include "DeskCheckpoints.h"
#include "DeskEntriesModel.h"
#include "DeskInputLine.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "posters/InlineMessage.h"
#include "registry/UiText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {
namespace {

QFont sized(QFont font, int pointSize, bool bold = false) {
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

DeskPage::DeskPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_entries(new DeskEntriesModel(this)) {
    auto *title = new QLabel(tr("Check-in desk"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *subtitle =
        new QLabel(tr("For people who cannot scan the checkpoint's QR code themselves: scan the QR code of "
                      "their ID card (CCCD), or type their phone or their name. Each person is recorded at "
                      "once as a scan of the checkpoint, counted in the statistics and found by tracing."),
                   this);
    subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    subtitle->setWordWrap(true);

    m_input = new DeskInputLine(this);
    m_input->setPlaceholderText(tr("Scan the ID card, or type a phone or a name, then Enter"));
    m_message = new InlineMessage(this);
    m_message->setFont(sized(m_message->font(), 13));
    m_message->setFocusPolicy(Qt::NoFocus);

    m_view = new QTableView(this);
    m_view->setModel(m_entries);
    m_view->setFocusPolicy(Qt::NoFocus); // the focus stays in the input
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_entries->setFont(sized(m_view->font(), 13));
    m_view->verticalHeader()->hide();
    // Widths from the rows' large type: the header alone would fit its own smaller labels.
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(DeskEntriesModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics rows(m_entries->font());
    const auto fit = [&](int column, const QString &widest) {
        const int label =
            header->fontMetrics().horizontalAdvance(m_entries->headerData(column, Qt::Horizontal).toString());
        header->resizeSection(column, std::max(rows.horizontalAdvance(widest), label) + 32);
    };
    fit(DeskEntriesModel::TimeColumn, QStringLiteral("00:00:00"));
    fit(DeskEntriesModel::ContactColumn, QStringLiteral("0000*****000"));
    fit(DeskEntriesModel::NoteColumn, DeskEntriesModel::repeatNote(QStringLiteral("00:00")));

    auto *note = new QLabel(tr("Only the ID number, the name and the phone are kept, with the time and the "
                               "checkpoint. The birth date, sex and address on a CCCD are not stored."),
                            this);
    note->setObjectName(QStringLiteral("hint"));
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(buildSessionBar());
    layout->addWidget(m_input);
    layout->addWidget(buildPhoneRow());
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(note);

    setTabOrder(m_checkpoint, m_direction);
    setTabOrder(m_direction, m_start);
    setTabOrder(m_start, m_stop);
    setTabOrder(m_stop, m_input);
    setTabOrder(m_input, m_phone);

    connect(m_input, &QLineEdit::returnPressed, this, &DeskPage::readLine);
    connect(m_input, &DeskInputLine::escapePressed, this, [this] {
        m_input->clear();
        m_message->dismiss();
    });
    connect(m_phone, &QLineEdit::returnPressed, this, &DeskPage::recordPhone);
    connect(m_phone, &DeskInputLine::escapePressed, this, [this] {
        cancelPhone();
        m_message->showInfo(tr("Cancelled: nothing was recorded."));
    });
    connect(m_start, &QPushButton::clicked, this, &DeskPage::start);
    connect(m_stop, &QPushButton::clicked, this, &DeskPage::stop);

    reload();
    updateSessionUi();
}

DeskPage::~DeskPage() = default; // the desk's destructor closes an open session, audited

QWidget *DeskPage::buildSessionBar() {
    auto *bar = new QWidget(this);
    m_checkpoint = new QComboBox(bar);
    m_checkpoint->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_checkpoint->setMinimumContentsLength(40);
    m_checkpoint->setMaxVisibleItems(20);
    auto *checkpointLabel = new QLabel(tr("&Checkpoint:"), bar);
    checkpointLabel->setBuddy(m_checkpoint);
    m_direction = new QComboBox(bar);
    m_direction->addItem(tr("In"), QStringLiteral("in"));
    m_direction->addItem(tr("Out"), QStringLiteral("out"));
    auto *directionLabel = new QLabel(tr("&Direction:"), bar);
    directionLabel->setBuddy(m_direction);
    m_start = new QPushButton(tr("&Start"), bar);
    makePrimary(m_start);
    m_stop = new QPushButton(tr("S&top"), bar);
    m_session = new QLabel(bar);
    m_session->setWordWrap(true);
    m_count = new QLabel(bar);
    m_count->setFont(sized(m_count->font(), 16, true));

    auto *choose = new QHBoxLayout;
    choose->addWidget(checkpointLabel);
    choose->addWidget(m_checkpoint, 1);
    choose->addSpacing(12);
    choose->addWidget(directionLabel);
    choose->addWidget(m_direction);
    choose->addSpacing(12);
    choose->addWidget(m_start);
    choose->addWidget(m_stop);
    auto *state = new QHBoxLayout;
    state->addWidget(m_session, 1);
    state->addWidget(m_count);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 8, 0, 4);
    layout->addLayout(choose);
    layout->addLayout(state);
    return bar;
}

QWidget *DeskPage::buildPhoneRow() {
    m_phoneRow = new QWidget(this);
    m_phoneLabel = new QLabel(m_phoneRow);
    m_phoneLabel->setFont(sized(m_phoneLabel->font(), 14, true));
    m_phone = new DeskInputLine(m_phoneRow);
    m_phone->setPlaceholderText(tr("Phone, then Enter (Esc: back)"));
    m_phoneLabel->setBuddy(m_phone);
    auto *layout = new QHBoxLayout(m_phoneRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phoneLabel);
    layout->addWidget(m_phone, 1);
    m_phoneRow->hide();
    return m_phoneRow;
}

void DeskPage::reload() {
    if (isOpen())
        return;
    fillCheckpoints(m_checkpoint, m_database.connection());
    updateSessionUi();
}

bool DeskPage::selectCheckpoint(const QString &code) {
    const int index = m_checkpoint->findData(code);
    if (index < 0 || isOpen())
        return false;
    m_checkpoint->setCurrentIndex(index);
    return true;
}

bool DeskPage::selectDirection(const QString &direction) {
    const int index = m_direction->findData(direction);
    if (index < 0 || isOpen())
        return false;
    m_direction->setCurrentIndex(index);
    return true;
}

bool DeskPage::start() {
    if (isOpen())
        return true;
    const QString code = m_checkpoint->currentData().toString();
    if (code.isEmpty()) {
        refuse(tr("Choose the checkpoint first."));
        return false;
    }
    auto opened =
        checkin::CheckinDesk::open(m_database.connection(), code, m_direction->currentData().toString());
    if (!opened) {
        refuse(sentence(opened.error().message));
        return false;
    }
    m_desk.emplace(std::move(opened).value());
    m_sessionRecorded = 0;
    m_entries->clear();
    updateSessionUi();
    refreshCount();
    const QString text = tr("The desk is open at %1. Scan an ID card or type a phone or a name, then Enter.")
                             .arg(m_desk->checkpointName());
    m_message->showInfo(text);
    emit statusMessage(text);
    focusInput();
    return true;
}

void DeskPage::stop() {
    if (!isOpen())
        return;
    cancelPhone();
    const QString name = m_desk->checkpointName();
    const Status closed = m_desk->close();
    m_desk.reset();
    updateSessionUi();
    if (!closed) {
        m_message->showError(sentence(closed.error().message));
        return;
    }
    const QString text =
        tr("The desk at %1 is closed: %n people recorded in this session.", nullptr, int(m_sessionRecorded))
            .arg(name);
    m_message->showInfo(text);
    emit statusMessage(text);
    m_checkpoint->setFocus();
}

void DeskPage::refreshCount() {
    if (!isOpen()) {
        m_count->clear();
        return;
    }
    const auto count = m_desk->todaysCount();
    m_count->setText(tr("Today: %1").arg(count ? format::number(count.value()) : QStringLiteral("?")));
    m_count->setToolTip(count ? tr("People recorded at this checkpoint today, the desk's and the imports'")
                              : sentence(count.error().message));
}

void DeskPage::updateSessionUi() {
    const bool open = isOpen();
    m_checkpoint->setEnabled(!open);
    m_direction->setEnabled(!open);
    m_start->setEnabled(!open && m_checkpoint->count() > 0);
    m_stop->setEnabled(open);
    if (open)
        m_session->setText(tr("Open at %1, direction: %2.")
                               .arg(m_desk->checkpointName(), m_direction->currentText().toLower()));
    else if (m_checkpoint->count() == 0)
        m_session->setText(tr("The register has no active checkpoint: add one under Checkpoints first."));
    else
        m_session->setText(tr("The desk is closed. Choose the checkpoint and the direction, then Start."));
    refreshCount();
}

void DeskPage::focusInput() {
    if (m_pending)
        m_phone->setFocus();
    else
        m_input->setFocus();
}

void DeskPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (isOpen())
        focusInput();
    else
        reload();
}

} // namespace cd::ui
