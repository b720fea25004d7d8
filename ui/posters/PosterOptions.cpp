// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterOptions.h"

#include <QComboBox>
#include <QFormLayout>

namespace cd::ui {

namespace {

void selectData(QComboBox *combo, const QVariant &value) {
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

} // namespace

PosterOptions::PosterOptions(QWidget *parent)
    : QWidget(parent)
    , m_paper(new QComboBox(this))
    , m_perPage(new QComboBox(this))
    , m_ecc(new QComboBox(this)) {
    m_paper->setObjectName(QStringLiteral("paperSize"));
    m_paper->addItem(tr("A4 (210 × 297 mm)"), int(PosterLayout::PageSize::A4));
    m_paper->addItem(tr("A5 (148 × 210 mm)"), int(PosterLayout::PageSize::A5));
    m_paper->addItem(tr("A3 (297 × 420 mm)"), int(PosterLayout::PageSize::A3));

    m_perPage->setObjectName(QStringLiteral("perPage"));
    m_perPage->addItem(tr("1, the whole sheet"), 1);
    m_perPage->addItem(tr("2, side by side on a landscape sheet"), 2);
    m_perPage->addItem(tr("4 stickers, with cut marks"), 4);

    m_ecc->setObjectName(QStringLiteral("ecc"));
    m_ecc->addItem(tr("L: 7% may be damaged"), int(QrCode::Ecc::L));
    m_ecc->addItem(tr("M: 15% may be damaged"), int(QrCode::Ecc::M));
    m_ecc->addItem(tr("Q: 25% may be damaged (recommended)"), int(QrCode::Ecc::Q));
    m_ecc->addItem(tr("H: 30% may be damaged"), int(QrCode::Ecc::H));
    m_ecc->setToolTip(tr("A higher level keeps a dirty or torn poster readable, at the cost of smaller "
                         "modules. Saved for the whole office."));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(tr("&Paper size:"), m_paper);
    form->addRow(tr("Posters per &sheet:"), m_perPage);
    form->addRow(tr("&Error correction:"), m_ecc);

    for (QComboBox *combo : {m_paper, m_perPage})
        connect(combo, &QComboBox::currentIndexChanged, this, &PosterOptions::posterLayoutChanged);
    connect(m_ecc, &QComboBox::currentIndexChanged, this, [this] {
        emit eccChosen(QrCode::Ecc(m_ecc->currentData().toInt()));
        emit posterLayoutChanged();
    });
}

PosterLayout PosterOptions::posterLayout() const {
    PosterLayout layout;
    layout.pageSize = PosterLayout::PageSize(m_paper->currentData().toInt());
    layout.perPage = m_perPage->currentData().toInt();
    layout.ecc = QrCode::Ecc(m_ecc->currentData().toInt());
    return layout;
}

void PosterOptions::setPosterLayout(const PosterLayout &layout) {
    selectData(m_paper, int(layout.pageSize));
    selectData(m_perPage, layout.perPage);
    selectData(m_ecc, int(layout.ecc));
    emit posterLayoutChanged();
}

QString PosterOptions::describe(const PosterLayout &layout) {
    const QString paper = layout.pageSize == PosterLayout::PageSize::A5   ? QStringLiteral("A5")
                          : layout.pageSize == PosterLayout::PageSize::A3 ? QStringLiteral("A3")
                                                                          : QStringLiteral("A4");
    switch (layout.perPage) {
    case 2:
        return tr("%1 landscape, two posters per sheet").arg(paper);
    case 4:
        return tr("%1, four stickers per sheet").arg(paper);
    default:
        return tr("%1, one poster per sheet").arg(paper);
    }
}

} // namespace cd::ui
