// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Checkpoint.h"

#include <QComboBox>

#include <optional>

class QStandardItemModel;

namespace cd::ui {

// Chooses the larger checkpoint a checkpoint belongs to (a ward of a hospital, a floor of a market).
// Typing filters the list by code or name, with or without diacritics; "(none)" comes first.
class ParentPicker : public QComboBox {
    Q_OBJECT

public:
    explicit ParentPicker(QWidget *parent = nullptr);

    // The checkpoints offered, less the one being edited (it cannot be its own parent).
    void setCheckpoints(const Checkpoints &checkpoints, qint64 excludedId = 0);
    void setParentId(std::optional<qint64> id);
    // The chosen parent; when the text typed names none of the list, it is returned as a code for the
    // register to resolve or refuse.
    std::optional<qint64> parentId() const;
    QString typedCode() const;

private:
    QStandardItemModel *m_items;
};

} // namespace cd::ui
