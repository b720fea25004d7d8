// SPDX-License-Identifier: GPL-3.0-or-later
// The desk at work: each line read, recorded or refused, and said on the screen and with a beep.
#include "DeskPage.h"

#include "DeskEntriesModel.h"
#include "DeskInputLine.h"
#include "common/Clock.h"
#include "posters/InlineMessage.h"
#include "registry/UiText.h"

#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <QTimer>

namespace cd::ui {
namespace {

constexpr int kSecondBeepMs = 180;

QString clockTime(const QDateTime &at, const QString &format = QStringLiteral("HH:mm:ss")) {
    return at.toString(format);
}

// Who a record is on the screen: the name, or for a phone alone its masked form.
QString shownAs(const checkin::DeskRecord &record) {
    if (!record.name.isEmpty())
        return record.name;
    return record.maskedPhone.isEmpty() ? record.maskedIdNumber : record.maskedPhone;
}

} // namespace

void DeskPage::readLine() {
    const QString line = m_input->text();
    if (line.trimmed().isEmpty())
        return; // a stray Enter records nobody and needs no alarm
    if (!isOpen()) {
        refuse(tr("The desk is not open: choose the checkpoint and the direction, then Start."));
        return; // the line stays, to be recorded with Enter once the desk is open
    }
    const auto read = checkin::readDeskInput(line);
    if (!read) {
        m_input->clear(); // the next scan starts on an empty line
        refuse(tr("Not recorded: %1").arg(sentence(read.error().message)));
        return;
    }
    if (read->kind == checkin::DeskInput::Kind::Name)
        askPhone(read.value());
    else
        record(read.value(), {});
}

void DeskPage::askPhone(const checkin::DeskInput &input) {
    m_pending = input;
    m_input->setReadOnly(true);
    QString name = input.name;
    m_phoneLabel->setText(tr("P&hone of %1:").arg(name.replace(QLatin1Char('&'), QStringLiteral("&&"))));
    m_phone->clear();
    m_phoneRow->show();
    m_message->showInfo(tr("Type the phone of %1, then Enter; Esc goes back.").arg(input.name));
    focusInput();
}

void DeskPage::recordPhone() {
    if (!m_pending)
        return;
    record(*m_pending, m_phone->text().trimmed());
}

void DeskPage::cancelPhone() {
    if (!m_pending)
        return;
    m_pending.reset();
    m_phone->clear();
    m_phoneRow->hide();
    m_input->setReadOnly(false);
    m_input->selectAll(); // the name stays, to be corrected or typed over
    focusInput();
}

void DeskPage::record(const checkin::DeskInput &input, const QString &phone) {
    if (!isOpen())
        return;
    auto recorded = m_desk->record(input, phone);
    if (!recorded) {
        const Error &error = recorded.error();
        if (m_pending && error.field == QLatin1String("phone")) {
            m_phone->selectAll(); // asked again, to be corrected
        } else {
            cancelPhone();
            m_input->clear();
        }
        refuse(tr("Not recorded: %1").arg(sentence(error.message)));
        return;
    }
    const checkin::DeskRecord &record = recorded.value();
    m_entries->add(record, clock::nowInVietnam());
    m_view->scrollToTop();
    if (m_pending)
        cancelPhone();
    m_input->clear();
    QString text;
    if (record.repeat) {
        text = tr("%1: already recorded at %2; not counted again.")
                   .arg(shownAs(record), clockTime(record.at, QStringLiteral("HH:mm")));
        m_message->showInfo(text);
    } else {
        ++m_sessionRecorded;
        text = tr("Recorded: %1 at %2.").arg(shownAs(record), clockTime(record.at));
        m_message->showSuccess(text);
    }
    emit statusMessage(text);
    refreshCount();
    sound(true);
    focusInput();
}

void DeskPage::refuse(const QString &message) {
    m_message->showError(message);
    sound(false);
    focusInput();
}

void DeskPage::sound(bool success) {
    QApplication::beep();
    if (!success)
        QTimer::singleShot(kSecondBeepMs, this, [] { QApplication::beep(); });
    emit sounded(success);
}

} // namespace cd::ui
