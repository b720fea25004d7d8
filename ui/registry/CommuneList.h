// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units/AdminUnit.h"

#include <QHash>
#include <QListWidget>

namespace cd::ui {

// The page's left column: "All (189)" and then each commune, in the office's order, with its number of
// checkpoints. Choosing one filters the table.
class CommuneList : public QListWidget {
    Q_OBJECT

public:
    explicit CommuneList(QWidget *parent = nullptr);

    // Keeps the current choice when the commune is still listed.
    void setCommunes(const AdminUnits &communes, const QHash<QString, int> &counts);
    // Empty for "All".
    QString currentCommuneCode() const;
    bool setCurrentCommuneCode(const QString &code);

signals:
    void communeChosen(const QString &code);
};

} // namespace cd::ui
