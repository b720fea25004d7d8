// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Checkpoint.h"
#include "registry/QrPayloads.h"

#include <QAbstractTableModel>
#include <QSet>

namespace cd::ui {

// The checkpoints the posters page lists, each with a check box and the source of the code its poster
// will carry. Choices are kept by code across filters: narrowing the list to one commune does not
// forget what was chosen in another.
class PosterChoiceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, CommuneColumn, SourceColumn, ColumnCount };

    struct Row {
        Checkpoint checkpoint;
        PrintedPayload printed;
    };

    explicit PosterChoiceModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfCode(const QString &code) const;

    QStringList chosenCodes() const;
    bool isChosen(const QString &code) const { return m_chosen.contains(code); }
    int chosenCount() const { return int(m_chosen.size()); }
    int chosenShownCount() const;
    void setChosen(const QString &code, bool chosen);
    // Chooses or drops every checkpoint listed now; those filtered out keep their state.
    void setAllShownChosen(bool chosen);
    // Forgets choices of checkpoints that are no longer active (closed or deleted meanwhile).
    void retainChosen(const QSet<QString> &activeCodes);

    static QString sourceText(PrintedPayload::Source source);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void choiceChanged();

private:
    QList<Row> m_rows;
    QSet<QString> m_chosen;
};

} // namespace cd::ui
