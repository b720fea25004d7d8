// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cd::ui {

NoticeBanner::NoticeBanner(const QString &text, const QString &actionText, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(text, this)) {
    setObjectName(QStringLiteral("noticeBanner"));
    setStyleSheet(QStringLiteral("#noticeBanner { background: #fff4d6; border-bottom: 1px solid #e0c36a; }"));
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(m_text, 1);
    if (!actionText.isEmpty()) {
        auto *act = new QPushButton(actionText, this);
        act->setObjectName(QStringLiteral("noticeAction"));
        connect(act, &QPushButton::clicked, this, &NoticeBanner::actionClicked);
        layout->addWidget(act);
    }
    auto *later = new QPushButton(tr("Later"), this);
    connect(later, &QPushButton::clicked, this, &QWidget::deleteLater);
    layout->addWidget(later);
}

QString NoticeBanner::text() const {
    return m_text->text();
}

} // namespace cd::ui
