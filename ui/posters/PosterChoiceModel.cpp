// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterChoiceModel.h"

#include <QBrush>
#include <QColor>

namespace cd::ui {

PosterChoiceModel::PosterChoiceModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void PosterChoiceModel::setRows(QList<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PosterChoiceModel::rowOfCode(const QString &code) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).checkpoint.code == code)
            return row;
    }
    return -1;
}

QStringList PosterChoiceModel::chosenCodes() const {
    QStringList codes(m_chosen.begin(), m_chosen.end());
    codes.sort();
    return codes;
}

int PosterChoiceModel::chosenShownCount() const {
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [this](const Row &row) { return m_chosen.contains(row.checkpoint.code); }));
}

void PosterChoiceModel::setChosen(const QString &code, bool chosen) {
    if (chosen == m_chosen.contains(code))
        return;
    if (chosen)
        m_chosen.insert(code);
    else
        m_chosen.remove(code);
    if (const int row = rowOfCode(code); row >= 0)
        emit dataChanged(index(row, CodeColumn), index(row, CodeColumn), {Qt::CheckStateRole});
    emit choiceChanged();
}

void PosterChoiceModel::setAllShownChosen(bool chosen) {
    for (const Row &row : std::as_const(m_rows)) {
        if (chosen)
            m_chosen.insert(row.checkpoint.code);
        else
            m_chosen.remove(row.checkpoint.code);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CodeColumn), index(rowCount() - 1, CodeColumn), {Qt::CheckStateRole});
    emit choiceChanged();
}

void PosterChoiceModel::retainChosen(const QSet<QString> &activeCodes) {
    const qsizetype before = m_chosen.size();
    m_chosen.intersect(activeCodes);
    if (m_chosen.size() != before)
        emit choiceChanged();
}

QString PosterChoiceModel::sourceText(PrintedPayload::Source source) {
    return source == PrintedPayload::Source::Issued ? tr("Issued by the system") : tr("Office template");
}

int PosterChoiceModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PosterChoiceModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PosterChoiceModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == CodeColumn)
        return m_chosen.contains(row.checkpoint.code) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeColumn:
            return row.checkpoint.code;
        case NameColumn:
            return row.checkpoint.name;
        case CommuneColumn:
            return row.checkpoint.communeName;
        case SourceColumn:
            return sourceText(row.printed.source);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == SourceColumn)
            return tr("The code encodes: %1").arg(row.printed.payload);
        if (index.column() == NameColumn)
            return row.checkpoint.address;
    }
    // Codes the office made up itself recede a little: the issued ones are what PC-Covid expects.
    if (role == Qt::ForegroundRole && index.column() == SourceColumn &&
        row.printed.source == PrintedPayload::Source::Template)
        return QBrush(QColor(0x6b, 0x5a, 0x1e));
    return {};
}

bool PosterChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != CodeColumn)
        return false;
    setChosen(m_rows.at(index.row()).checkpoint.code,
              static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked);
    return true;
}

Qt::ItemFlags PosterChoiceModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == CodeColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant PosterChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Checkpoint");
    case CommuneColumn:
        return tr("Commune");
    case SourceColumn:
        return tr("QR code");
    default:
        return {};
    }
}

} // namespace cd::ui
