// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/ColumnMapping.h"
#include "tabular/HeaderDetector.h"

#include <QTableWidget>

class QComboBox;
class QLabel;

namespace cd::ui {

// The first rows of a file to import under its own headers, with a row of choices above them saying
// which of an importer's fields each column holds: the importer's guess, which the user corrects.
// Shared by the register and scan imports.
class MappingPreview : public QTableWidget {
    Q_OBJECT

public:
    MappingPreview(QList<tabular::FieldSpec> fields, QWidget *parent = nullptr);

    void setPreview(const tabular::ColumnMapping &mapping, const QList<tabular::Row> &rows);
    void clearPreview();
    // Cleared, saying that the file is being read (off the UI thread, which keeps drawing this);
    // setPreview() and clearPreview() end it.
    void showReading(const QString &fileName);
    bool isReading() const;
    const tabular::ColumnMapping &mapping() const { return m_mapping; }
    // Takes another mapping of the same file (a saved one, already fitted to these headers).
    void setMapping(const tabular::ColumnMapping &mapping);
    // The field key chosen for a column, empty when the column is not imported.
    QString fieldAt(int column) const;
    bool setFieldAt(int column, const QString &key);
    // The required fields no column holds, by their names.
    QStringList missingRequiredFields() const;

    QString fieldLabel(const QString &key) const { return fieldLabel(m_fields, key); }
    // How the fields' first synonym names a field key; "parent" finds "parent_code".
    static QString fieldLabel(const QList<tabular::FieldSpec> &fields, const QString &key);

signals:
    void mappingChanged();

private:
    QComboBox *comboAt(int column) const;
    void chooseField(int column, const QString &key);
    void refreshChoices();
    void resizeEvent(QResizeEvent *event) override;

    QLabel *m_reading;

    QList<tabular::FieldSpec> m_fields;
    tabular::ColumnMapping m_mapping;
};

} // namespace cd::ui
