// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkin/CheckinDesk.h"
#include "checkin/DeskInput.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace cd {
class Database;
}

namespace cd::ui {

class DeskEntriesModel;
class DeskInputLine;
class InlineMessage;

// The check-in desk (bàn khai báo): an official records, the moment they arrive, the people who cannot
// scan the checkpoint's QR themselves. Choose the checkpoint and the direction, Start, then each line
// typed or scanned (a USB scanner types its code and presses Enter) is read by the core: an ID card (CCCD)
// or a phone is recorded at once; a name asks for the phone in a second field. The screen shows the last
// entries, today's count at the checkpoint and, in red, what it could not read; a beep says which. The
// keyboard is enough for all of it, and the focus comes back to the input after every line.
class DeskPage : public QWidget {
    Q_OBJECT

public:
    explicit DeskPage(Database &database, QWidget *parent = nullptr);
    ~DeskPage() override;

    // Reads the active checkpoints of the register again (not while the desk is open).
    void reload();
    // Chooses the checkpoint (by code) and the direction ("in" or "out") as the combo boxes would.
    bool selectCheckpoint(const QString &code);
    bool selectDirection(const QString &direction);
    // What Start and Stop do.
    bool start();
    void stop();
    bool isOpen() const { return m_desk.has_value(); }
    bool isAskingPhone() const { return m_pending.has_value(); }

    QComboBox *checkpointCombo() const { return m_checkpoint; }
    QComboBox *directionCombo() const { return m_direction; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    DeskInputLine *input() const { return m_input; }
    DeskInputLine *phoneInput() const { return m_phone; }
    InlineMessage *message() const { return m_message; }
    QLabel *countLabel() const { return m_count; }
    DeskEntriesModel *entries() const { return m_entries; }

signals:
    void statusMessage(const QString &message);
    // After each line: one beep for a record (or a repeat), two for a refusal.
    void sounded(bool success);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildSessionBar();
    QWidget *buildPhoneRow();
    void readLine();
    void recordPhone();
    void askPhone(const checkin::DeskInput &input);
    void cancelPhone();
    void record(const checkin::DeskInput &input, const QString &phone);
    void refuse(const QString &message);
    void sound(bool success);
    void refreshCount();
    void updateSessionUi();
    void focusInput();

    Database &m_database;
    std::optional<checkin::CheckinDesk> m_desk;
    std::optional<checkin::DeskInput> m_pending; // a name waiting for its phone
    qint64 m_sessionRecorded = 0;

    QComboBox *m_checkpoint;
    QComboBox *m_direction;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_session;
    QLabel *m_count;
    DeskInputLine *m_input;
    QWidget *m_phoneRow;
    QLabel *m_phoneLabel;
    DeskInputLine *m_phone;
    InlineMessage *m_message;
    DeskEntriesModel *m_entries;
    QTableView *m_view;
};

} // namespace cd::ui
