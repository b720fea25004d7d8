// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/HeaderDetector.h"

#include <QTableWidget>

class QComboBox;

namespace cd::ui {

// The first rows of a scan file under its own headers, with a row of choices above them saying which
// field each column holds: the detected mapping, which the user corrects.
class ScanMappingPreview : public QTableWidget {
    Q_OBJECT

public:
    explicit ScanMappingPreview(QWidget *parent = nullptr);

    void setPreview(const tabular::ColumnMapping &mapping, const QList<tabular::Row> &rows);
    void clearPreview();
    const tabular::ColumnMapping &mapping() const { return m_mapping; }
    // The field key chosen for a column, empty when the column is not imported.
    QString fieldAt(int column) const;
    bool setFieldAt(int column, const QString &key);
    // The required fields no column holds, by their names.
    QStringList missingRequiredFields() const;

signals:
    void mappingChanged();

private:
    QComboBox *comboAt(int column) const;
    void chooseField(int column, const QString &key);
    void refreshChoices();

    QList<tabular::FieldSpec> m_fields;
    tabular::ColumnMapping m_mapping;
};

} // namespace cd::ui
