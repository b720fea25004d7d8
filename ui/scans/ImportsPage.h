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

class ImportScansDialog;
class ImportsModel;

// The scan-import log, with the button that imports more; CSV and Excel files dropped on the page open
// the import dialog with them.
class ImportsPage : public QWidget {
    Q_OBJECT

public:
    explicit ImportsPage(Database &database, QWidget *parent = nullptr);

    ImportsModel *model() const { return m_model; }
    void reload();
    // Opens the import dialog, with these files when there are any. Returns it (it deletes itself on close).
    ImportScansDialog *openImportDialog(const QStringList &files = {});
    // The .csv and .xlsx files among dropped URLs.
    static QStringList importableFiles(const QList<QUrl> &urls);

signals:
    void statusMessage(const QString &message);
    // A checkpoint was registered from an import's unknown checkpoints: the register's views reload.
    void registerChanged();
    // An import stored scans: statistics and tracing read them.
    void scansImported();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setDropHighlight(bool on);

    Database &m_database;
    ImportsModel *m_model;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_dropHint;
    QPushButton *m_importButton;
    QTableView *m_table;
};

} // namespace cd::ui
