// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportsModel.h"

#include "common/VnFormat.h"

#include <QTimeZone>

namespace cd::ui {

ImportsModel::ImportsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ImportsModel::setImports(const QVector<ImportRecord> &imports) {
    beginResetModel();
    m_imports = imports;
    endResetModel();
}

int ImportsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_imports.size());
}

int ImportsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportsModel::fileSize(qint64 bytes) {
    if (bytes < 1000)
        return tr("%1 B").arg(format::number(bytes));
    const bool mega = bytes >= 1000 * 1000;
    const QString text = oneDecimal(double(bytes) / (mega ? 1e6 : 1e3));
    return mega ? tr("%1 MB").arg(text) : tr("%1 KB").arg(text);
}

QString ImportsModel::oneDecimal(double value) {
    const qint64 tenths = qRound64(value * 10);
    return QString(format::number(tenths / 10) + QLatin1Char(',') + QString::number(tenths % 10));
}

QVariant ImportsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportRecord &record = m_imports[index.row()];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TimeColumn:
            return format::dateTime(record.importedAt);
        case FileColumn:
            return record.fileName;
        case SizeColumn:
            return fileSize(record.fileSize);
        case RowsColumn:
            return format::number(record.rowsRead);
        case AddedColumn:
            return format::number(record.added);
        case DuplicatesColumn:
            return format::number(record.duplicates);
        case RejectedColumn:
            return format::number(record.rejected);
        case ShaColumn:
            return QString(record.sha256.left(12) + QStringLiteral("…"));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == ShaColumn)
            return tr("SHA-256: %1").arg(record.sha256);
        if (column == FileColumn || column == SizeColumn)
            return tr("%1 (%2 bytes)").arg(record.fileName, format::number(record.fileSize));
        return {};
    }
    if (role == Qt::TextAlignmentRole && column >= SizeColumn && column <= RejectedColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::UserRole)
        return record.id;
    return {};
}

QVariant ImportsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Imported");
    case FileColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    case RowsColumn:
        return tr("Rows");
    case AddedColumn:
        return tr("Added");
    case DuplicatesColumn:
        return tr("Duplicates");
    case RejectedColumn:
        return tr("Rejected");
    case ShaColumn:
        return tr("SHA-256");
    default:
        return {};
    }
}

} // namespace cd::ui
