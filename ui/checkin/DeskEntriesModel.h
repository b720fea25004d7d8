// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkin/CheckinDesk.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFont>
#include <QVector>

namespace cd::ui {

// The people recorded at the desk in this session, newest first, as the official checks them at a glance:
// the time, the name, the masked phone (or masked ID number) and whether the desk took it as a repeat.
// Only the last kLimit are kept: the screen is a glance, the database is the record.
class DeskEntriesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, NameColumn, ContactColumn, NoteColumn, ColumnCount };
    static constexpr int kLimit = 200;

    struct Entry {
        QDateTime shownAt; // when the desk took the line (for a repeat, later than the record it repeats)
        checkin::DeskRecord record;
    };

    explicit DeskEntriesModel(QObject *parent = nullptr);

    void add(const checkin::DeskRecord &record, const QDateTime &shownAt);
    void clear();
    const Entry &entry(int row) const { return m_entries.at(row); }
    // The rows' type: large, and given as the rows' font so that the view sizes its columns by it.
    void setFont(const QFont &font) { m_font = font; }
    QFont font() const { return m_font; }
    // What the note column says of a repeat of the visit at `time` (hh:mm).
    static QString repeatNote(const QString &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Entry> m_entries;
    QFont m_font;
};

} // namespace cd::ui
