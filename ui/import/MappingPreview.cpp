// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingPreview.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>

#include <algorithm>

namespace cd::ui {
namespace {

const QColor kIgnoredText(0xa0, 0xaa, 0xa5);

} // namespace

MappingPreview::MappingPreview(QList<tabular::FieldSpec> fields, QWidget *parent)
    : QTableWidget(parent)
    , m_fields(std::move(fields))
    , m_reading(new QLabel(viewport())) {
    m_reading->setObjectName(QStringLiteral("hint"));
    m_reading->setAlignment(Qt::AlignCenter);
    m_reading->setWordWrap(true);
    m_reading->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(false);
    horizontalHeader()->setDefaultSectionSize(150);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

QString MappingPreview::fieldLabel(const QList<tabular::FieldSpec> &fields, const QString &key) {
    // The register names a field "parent" where a file's column is "parent_code".
    for (const QString &candidate : QStringList{key, key + QStringLiteral("_code")}) {
        for (const tabular::FieldSpec &field : fields) {
            if (field.key == candidate)
                return field.synonyms.value(0, key);
        }
    }
    return key;
}

void MappingPreview::showReading(const QString &fileName) {
    clearPreview();
    m_reading->setText(tr("Reading %1…").arg(fileName));
    m_reading->setGeometry(viewport()->rect());
    m_reading->show();
}

bool MappingPreview::isReading() const {
    return !m_reading->isHidden();
}

void MappingPreview::resizeEvent(QResizeEvent *event) {
    QTableWidget::resizeEvent(event);
    m_reading->setGeometry(viewport()->rect());
}

void MappingPreview::clearPreview() {
    m_reading->hide();
    m_mapping = {};
    clear();
    setRowCount(0);
    setColumnCount(0);
}

void MappingPreview::setPreview(const tabular::ColumnMapping &mapping, const QList<tabular::Row> &rows) {
    m_reading->hide();
    m_mapping = mapping;
    qsizetype columns = m_mapping.headers.size();
    for (const tabular::Row &row : rows)
        columns = std::max(columns, row.cells.size());
    clear();
    setColumnCount(int(columns));
    setRowCount(int(rows.size()) + 1);

    QStringList headers;
    for (int column = 0; column < columns; ++column) {
        const QString header = m_mapping.headers.value(column);
        headers << (header.isEmpty() ? tr("Column %1").arg(column + 1) : header);
    }
    setHorizontalHeaderLabels(headers);
    QStringList lines{tr("Field")};
    for (const tabular::Row &row : rows)
        lines << tr("Line %1").arg(row.line);
    setVerticalHeaderLabels(lines);

    const QList<tabular::FieldSpec> &fields = m_fields;
    for (int column = 0; column < columns; ++column) {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("(not imported)"), QString());
        for (const tabular::FieldSpec &field : fields)
            combo->addItem(field.synonyms.value(0, field.key) +
                               (field.required ? QStringLiteral(" *") : QString()),
                           field.key);
        combo->setMaxVisibleItems(int(fields.size()) + 1);
        connect(combo, &QComboBox::activated, this,
                [this, combo, column] { chooseField(column, combo->currentData().toString()); });
        setCellWidget(0, column, combo);
        for (int row = 0; row < rows.size(); ++row)
            setItem(row + 1, column, new QTableWidgetItem(rows[row].cell(column)));
    }
    refreshChoices();
    resizeColumnsToContents();
    for (int column = 0; column < columns; ++column)
        setColumnWidth(column, std::clamp(columnWidth(column), 120, 260));
}

void MappingPreview::setMapping(const tabular::ColumnMapping &mapping) {
    m_mapping = mapping;
    m_mapping.updateUnmappedHeaders();
    refreshChoices();
    emit mappingChanged();
}

QComboBox *MappingPreview::comboAt(int column) const {
    return qobject_cast<QComboBox *>(cellWidget(0, column));
}

QString MappingPreview::fieldAt(int column) const {
    return m_mapping.columnOf.key(column);
}

bool MappingPreview::setFieldAt(int column, const QString &key) {
    QComboBox *combo = comboAt(column);
    if (!combo || combo->findData(key) < 0)
        return false;
    chooseField(column, key);
    return true;
}

void MappingPreview::chooseField(int column, const QString &key) {
    if (key.isEmpty()) {
        const QString previous = fieldAt(column);
        if (!previous.isEmpty())
            m_mapping.setColumn(previous, -1);
    } else {
        // A field lives in one column: choosing it here takes it from where it was.
        m_mapping.setColumn(key, column);
    }
    refreshChoices();
    emit mappingChanged();
}

void MappingPreview::refreshChoices() {
    for (int column = 0; column < columnCount(); ++column) {
        const QString key = fieldAt(column);
        if (QComboBox *combo = comboAt(column)) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(std::max(0, combo->findData(key)));
        }
        // Columns left out are greyed, so the user sees at once what will be read.
        for (int row = 1; row < rowCount(); ++row) {
            if (QTableWidgetItem *cell = item(row, column))
                cell->setForeground(key.isEmpty() ? QBrush(kIgnoredText) : QBrush());
        }
    }
}

QStringList MappingPreview::missingRequiredFields() const {
    QStringList missing;
    for (const tabular::FieldSpec &field : m_fields) {
        if (field.required && m_mapping.column(field.key) < 0)
            missing << field.synonyms.value(0, field.key);
    }
    return missing;
}

} // namespace cd::ui
