// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "dialogs/Confirmer.h"
#include "registry/Checkpoint.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace cd {
class Database;
}

namespace cd::ui {

class CheckpointDialog;
class CheckpointEditor;
class CheckpointFilterProxy;
class CheckpointTableModel;
class CommuneList;
class RegisterColumns;

// The register of checkpoints: the communes on the left, the checkpoints of the one chosen on the right,
// searched and filtered from the toolbar; add, edit, close, delete and import, every change undoable.
class CheckpointsPage : public QWidget {
    Q_OBJECT

public:
    explicit CheckpointsPage(Database &database, QWidget *parent = nullptr);
    ~CheckpointsPage() override;

    CheckpointTableModel *model() const { return m_model; }
    CheckpointFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QUndoStack *undoStack() const { return m_undoStack; }
    CheckpointEditor *editor() const { return m_editor; }

    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    std::optional<Checkpoint> currentCheckpoint() const;
    // Shows the checkpoint (clearing the filters that hide it) and makes it current.
    bool selectCheckpoint(qint64 id);
    // Shows the checkpoints of one commune; empty for all.
    bool showCommune(const QString &communeCode);
    // Shows only the checkpoints registered under one; nullopt for all.
    void showSubCheckpoints(std::optional<qint64> parentId);

public slots:
    void reload();
    void addCheckpoint();
    void editCurrent();
    void toggleClosedCurrent();
    void deleteCurrent();
    void importFromFile();
    void exportToFile();
    void manageTypes();

public:
    // Writes the checkpoints shown to a file, in the format its name says (.xlsx or .csv).
    Status exportTo(const QString &path);
    Checkpoints shownCheckpoints() const;

signals:
    void statusMessage(const QString &message);

private:
    QLayout *createToolbar();
    void createShortcuts();
    void showTableMenu(const QPoint &at);
    void fillTypeFilter();
    void applyFilters();
    void updateSummary();
    void updateActions();
    // The dialog saves through the editor, so that the change is undoable.
    void prepareDialog(CheckpointDialog &dialog);

    Database &m_database;
    QUndoStack *m_undoStack;
    CheckpointEditor *m_editor;
    CheckpointTableModel *m_model;
    CheckpointFilterProxy *m_proxy;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_search;
    QComboBox *m_typeFilter;
    QComboBox *m_statusFilter;
    CommuneList *m_communes;
    QTableView *m_table;
    QLabel *m_shown;
    RegisterColumns *m_columns = nullptr;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_closeButton;
    QPushButton *m_deleteButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QPushButton *m_typesButton;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    Confirmer m_confirm;
};

} // namespace cd::ui
