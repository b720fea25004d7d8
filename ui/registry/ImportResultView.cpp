// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportResultView.h"

#include "UiText.h"
#include "common/VietnameseText.h"
#include "common/VnFormat.h"
#include "import/MappingPreview.h"
#include "import/ProblemGroupsView.h"
#include "registry/RegistryImport.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

ImportResultView::ImportResultView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_types(new QPushButton(tr("Rename or merge types…"), this))
    , m_problems(new ProblemGroupsView(this)) {
    m_headline->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_types->setObjectName(QStringLiteral("types"));
    auto *typesRow = new QHBoxLayout;
    typesRow->addWidget(m_types);
    typesRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addLayout(typesRow);
    layout->addWidget(m_problems, 1);
    connect(m_problems, &ProblemGroupsView::fixRequested, this, &ImportResultView::fixRequested);
    connect(m_types, &QPushButton::clicked, this, &ImportResultView::typesRequested);
}

QString ImportResultView::summary(const RegistryImportReport &report) {
    if (report.cancelled)
        return tr("The import was cancelled; nothing was stored.");
    const QString counts = tr("%1 added, %2 updated, %3 unchanged")
                               .arg(format::number(report.added), format::number(report.updated),
                                    format::number(report.unchanged));
    if (!report.written)
        return tr("Nothing was stored: %1 of the file were refused.")
            .arg(ProblemList::rowsText(report.rejected.size()));
    if (report.rejected.isEmpty())
        return tr("Import finished: %1.").arg(counts);
    return tr("Import finished: %1; %2 skipped.").arg(counts, ProblemList::rowsText(report.rejected.size()));
}

QString ImportResultView::fixFor(const ProblemGroup &group) {
    const bool unitField = group.field == QLatin1String("commune") ||
                           group.field == QLatin1String("district") ||
                           group.field == QLatin1String("province");
    if (group.message.contains(QLatin1String("is missing")) || group.field == QLatin1String("name"))
        return tr("Map a column…");
    if (unitField && !group.value.isEmpty() && group.values.isEmpty())
        return tr("Pick a unit…");
    return {};
}

QString ImportResultView::detailsText() const {
    return m_details->text();
}

void ImportResultView::setReport(const RegistryImportReport &report) {
    m_headline->setText(summary(report));
    const bool stored = report.written && report.rejected.isEmpty();
    m_headline->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold; color: %1;")
                                  .arg(stored ? QStringLiteral("#12382e") : QStringLiteral("#b71c1c")));
    QStringList details;
    details << tr("%1 read from %2.")
                   .arg(ProblemList::rowsText(report.rowsRead), QDir::toNativeSeparators(report.file));
    if (!report.skipped.isEmpty()) {
        QStringList kinds;
        for (const intake::SkippedRows &rows : report.skipped)
            kinds << rows.toString();
        details << tr("Not checkpoints, set aside: %1.").arg(kinds.join(QStringLiteral("; ")));
    }
    for (const QString &notice : report.notices)
        details << sentence(notice) + u'.';
    if (report.derivedAddresses > 0)
        details << tr("%1 without an address got one from their hamlet and units.")
                       .arg(ProblemList::rowsText(report.derivedAddresses));
    if (report.withoutRegistrationDay > 0 && report.written)
        details << tr("%1 have no registration day: they count on every day.")
                       .arg(ProblemList::rowsText(report.withoutRegistrationDay));
    if (!report.newTypes.isEmpty()) {
        QStringList types;
        for (auto it = report.newTypes.cbegin(); it != report.newTypes.cend(); ++it)
            types << QStringLiteral("%1 (%2)").arg(text::quoted(it.key()), ProblemList::rowsText(it.value()));
        details << tr("New types of this office: %1.").arg(types.join(QStringLiteral(", ")));
    }
    if (!report.written && !report.cancelled && !report.rejected.isEmpty())
        details << tr("A file is imported whole or not at all. Fix the problems below, or go back and choose "
                      "“Skip invalid rows” to store the others.");
    if (!report.rejectsFile.isEmpty())
        details << tr("The skipped rows were saved in %1 to be corrected and imported again.")
                       .arg(QDir::toNativeSeparators(report.rejectsFile));
    m_details->setText(details.join(u' '));
    m_types->setVisible(!report.newTypes.isEmpty() && report.written);

    m_problems->setGroups(
        report.problems.groups(),
        [](const QString &key) { return MappingPreview::fieldLabel(RegistryImporter::fields(), key); },
        &fixFor);
    m_problems->setVisible(!report.problems.isEmpty());
}

} // namespace cd::ui
