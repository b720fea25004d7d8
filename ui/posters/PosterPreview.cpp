// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterPreview.h"

#include "poster/PosterPainter.h"
#include "poster/SheetLayout.h"

#include <QPaintEvent>
#include <QPainter>

namespace cd::ui {

namespace {

constexpr int kMargin = 10;
constexpr int kShadow = 3;

} // namespace

PosterPreview::PosterPreview(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("posterPreview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PosterPreview::setSheet(const QList<PosterContent> &posters, const PosterTexts &texts,
                             const PosterLayout &layout) {
    m_posters = posters;
    m_texts = texts;
    m_layout = layout;
    m_problem.clear();
    for (const PosterContent &content : posters) {
        if (const auto prepared = preparePoster(content, layout); !prepared) {
            m_problem = prepared.error().message;
            break;
        }
    }
    m_cache = QImage();
    update();
}

QSize PosterPreview::sizeHint() const {
    return {360, 480};
}

QSize PosterPreview::minimumSizeHint() const {
    return {200, 240};
}

QImage PosterPreview::render(const QSize &size, qreal devicePixelRatio) const {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Window));
    const QSizeF logicalSize = QSizeF(size) / devicePixelRatio;
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);

    // The sheet at its proportions, as large as fits.
    const SheetGeometry sheet = sheetGeometry(m_layout);
    const QRectF area = QRectF(QPointF(0, 0), logicalSize).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QSizeF pageSize = sheet.size;
    pageSize.scale(area.size(), Qt::KeepAspectRatio);
    QRectF page(QPointF(0, 0), pageSize);
    page.moveCenter(area.center());
    if (page.width() < 20 || page.height() < 20)
        return image;
    painter.fillRect(page.translated(kShadow, kShadow), QColor(0xc9, 0xd3, 0xcf));
    painter.fillRect(page, Qt::white);

    const auto message = [&](const QString &text, const QColor &color) {
        painter.setPen(color);
        painter.drawText(page.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, text);
    };
    if (!m_problem.isEmpty()) {
        message(m_problem, QColor(0xa3, 0x1f, 0x1f));
        return image;
    }
    if (m_posters.isEmpty()) {
        message(tr("Choose a checkpoint in the list to see its poster."), QColor(0x66, 0x73, 0x6d));
        return image;
    }
    QList<PreparedPoster> prepared;
    for (const PosterContent &content : m_posters) {
        if (auto poster = preparePoster(content, m_layout))
            prepared << std::move(poster).value();
    }
    paintSheet(painter, page, prepared, m_texts, m_layout);
    return image;
}

void PosterPreview::paintEvent(QPaintEvent *event) {
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (m_cache.size() != pixels)
        m_cache = render(pixels, ratio);
    QPainter painter(this);
    painter.setClipRegion(event->region());
    painter.drawImage(QPointF(0, 0), m_cache);
}

} // namespace cd::ui
