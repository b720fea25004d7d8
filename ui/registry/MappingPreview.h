// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/RegistryImport.h"

#include <QTableWidget>

class QComboBox;

namespace cd::ui {

// The first rows of a register file under its own headers, with a row of choices above them saying
// which field each column holds: the importer's guess, which the user corrects.
class MappingPreview : public QTableWidget {
    Q_OBJECT

public:
    explicit MappingPreview(QWidget *parent = nullptr);

    void setPreview(const RegistryImportPreview &preview);
    const tabular::ColumnMapping &mapping() const { return m_mapping; }
    // Takes another mapping of the same file (a saved one, already fitted to these headers).
    void setMapping(const tabular::ColumnMapping &mapping);
    // The field key chosen for a column, empty when the column is not imported.
    QString fieldAt(int column) const;
    bool setFieldAt(int column, const QString &key);
    // The required fields no column holds, by their names.
    QStringList missingRequiredFields() const;

    static QString fieldLabel(const QString &key);

signals:
    void mappingChanged();

private:
    QComboBox *comboAt(int column) const;
    void chooseField(int column, const QString &key);
    void refreshChoices();

    tabular::ColumnMapping m_mapping;
};

} // namespace cd::ui
