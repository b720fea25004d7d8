// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/RegistryImport.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace cd::ui {

class ProblemGroupsView;

// What an import did: how many checkpoints were added, updated and left unchanged, the rows it set aside
// as not checkpoints (titles, sections, totals, signatures), what it assumed, the types of the office it
// added, and the problems of the refused rows, one line each, with the fix beside each one.
class ImportResultView : public QWidget {
    Q_OBJECT

public:
    explicit ImportResultView(QWidget *parent = nullptr);

    void setReport(const RegistryImportReport &report);
    // One line for the status bar.
    static QString summary(const RegistryImportReport &report);
    ProblemGroupsView *problems() const { return m_problems; }
    QPushButton *typesButton() const { return m_types; }
    QString detailsText() const;

    // The fix a problem offers: a column to map when a field is missing, a unit to pick when a name is
    // none of the area's.
    static QString fixFor(const ProblemGroup &group);

signals:
    void fixRequested(const cd::ProblemGroup &group);
    void typesRequested();

private:
    QLabel *m_headline;
    QLabel *m_details;
    QPushButton *m_types;
    ProblemGroupsView *m_problems;
};

} // namespace cd::ui
