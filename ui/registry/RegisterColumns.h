// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QPoint;
class QTableView;

namespace cd::ui {

// The register table's columns as the user left them: order, widths, hidden ones and sort, kept in
// QSettings. The header's context menu shows and hides columns. With nothing saved, a few columns start
// hidden and the others are fitted to the table's width when it is first shown.
class RegisterColumns : public QObject {
    Q_OBJECT

public:
    RegisterColumns(QTableView *table, QString settingsKey);

    // Called by the page as it closes: the table is gone by the time this object is destroyed.
    void save() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseColumns(const QPoint &at);
    void fit();

    QTableView *m_table;
    QString m_settingsKey;
    bool m_fitted; // restored from the settings, or fitted to the first view
};

} // namespace cd::ui
