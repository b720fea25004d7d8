// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cd {
class Database;
}

namespace cd::ui {

class UnitOrderModel;

// The area the database serves: its communes with their official codes, in the order every table,
// chart and report uses, which the office can change (Bù Đăng's annex lists its communes its own way).
class AreaPage : public QWidget {
    Q_OBJECT

public:
    explicit AreaPage(Database &database, QWidget *parent = nullptr);

    UnitOrderModel *model() const { return m_model; }
    bool hasUnsavedOrder() const { return m_dirty; }

public slots:
    void reload();
    void moveSelected(int delta);
    void resetToCodeOrder();
    void saveOrder();

signals:
    void statusMessage(const QString &message);

private:
    void setDirty(bool dirty);
    void updateButtons();

    Database &m_database;
    UnitOrderModel *m_model;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QPushButton *m_resetButton;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    bool m_dirty = false;
};

} // namespace cd::ui
