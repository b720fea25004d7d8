// SPDX-License-Identifier: GPL-3.0-or-later
#include "FitText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace cd {

namespace {

struct Wrapped {
    QStringList lines;
    QList<qreal> widths;
    qreal widest = 0;
};

Wrapped wrap(const QString &text, const QFont &font, qreal width, const QPaintDevice *device,
             QTextOption::WrapMode mode) {
    Wrapped wrapped;
    QTextOption option;
    option.setWrapMode(mode);
    for (const QString &paragraph : text.split(u'\n')) {
        QTextLayout layout(paragraph, font, device);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const QString lineText = paragraph.mid(line.textStart(), line.textLength()).trimmed();
            const qreal lineWidth = line.naturalTextWidth();
            wrapped.lines << lineText;
            wrapped.widths << lineWidth;
            wrapped.widest = qMax(wrapped.widest, lineWidth);
        }
        layout.endLayout();
        if (paragraph.isEmpty()) {
            wrapped.lines << QString();
            wrapped.widths << 0;
        }
    }
    return wrapped;
}

QFont sized(const QFont &font, qreal pointSize) {
    QFont result = font;
    result.setPointSizeF(pointSize);
    return result;
}

struct Attempt {
    Wrapped wrapped;
    qreal lineSpacing = 0;
    qreal ascent = 0;
    bool fits = false;
};

Attempt attempt(const QString &text, const QFont &font, const QSizeF &box, const QPaintDevice *device) {
    Attempt result;
    const QFontMetricsF metrics(font, device);
    result.lineSpacing = metrics.lineSpacing();
    result.ascent = metrics.ascent();
    result.wrapped = wrap(text, font, box.width(), device, QTextOption::WordWrap);
    result.fits = result.wrapped.widest <= box.width() &&
                  result.wrapped.lines.size() * result.lineSpacing <= box.height();
    return result;
}

FittedText finish(const QFont &font, const Attempt &attempt, const QFont &asked) {
    FittedText fitted;
    fitted.font = font;
    fitted.lines = attempt.wrapped.lines;
    fitted.lineWidths = attempt.wrapped.widths;
    fitted.lineSpacing = attempt.lineSpacing;
    fitted.ascent = attempt.ascent;
    fitted.size = QSizeF(attempt.wrapped.widest, fitted.lines.size() * attempt.lineSpacing);
    fitted.shrunk = font.pointSizeF() < asked.pointSizeF();
    return fitted;
}

// The narrowest width that keeps the same number of lines, so no line is much longer than the others.
Wrapped balanced(const QString &text, const QFont &font, const Wrapped &wrapped, qreal width,
                 const QPaintDevice *device) {
    if (wrapped.lines.size() < 2)
        return wrapped;
    Wrapped best = wrapped;
    qreal low = wrapped.widest / wrapped.lines.size(), high = wrapped.widest;
    for (int step = 0; step < 10 && high - low > width / 200; ++step) {
        const qreal middle = (low + high) / 2;
        Wrapped narrower = wrap(text, font, middle, device, QTextOption::WordWrap);
        if (narrower.lines.size() == wrapped.lines.size() && narrower.widest <= middle) {
            best = std::move(narrower);
            high = middle;
        } else {
            low = middle;
        }
    }
    return best;
}

} // namespace

FittedText fitText(const QString &text, const QFont &font, const QSizeF &box, const QPaintDevice *device,
                   const FitTextOptions &options) {
    const qreal largest = font.pointSizeF();
    const qreal smallest = qMin(options.minPointSize, largest);
    const auto finishFitted = [&](const QFont &chosen, Attempt fitting) {
        if (options.balanceLines)
            fitting.wrapped = balanced(text, chosen, fitting.wrapped, box.width(), device);
        return finish(chosen, fitting, font);
    };

    Attempt first = attempt(text, font, box, device);
    if (first.fits)
        return finishFitted(font, std::move(first));

    // The largest size that fits, to within a hundredth of the asked size.
    Attempt best;
    QFont bestFont;
    qreal low = smallest, high = largest;
    if (Attempt atSmallest = attempt(text, sized(font, smallest), box, device); atSmallest.fits) {
        best = std::move(atSmallest);
        bestFont = sized(font, smallest);
        while (high - low > largest / 100) {
            const qreal middle = (low + high) / 2;
            const QFont candidate = sized(font, middle);
            if (Attempt tried = attempt(text, candidate, box, device); tried.fits) {
                best = std::move(tried);
                bestFont = candidate;
                low = middle;
            } else {
                high = middle;
            }
        }
        return finishFitted(bestFont, std::move(best));
    }

    // Even the smallest size is too big: break long words anywhere, keep the lines that fit, and end
    // the last one with an ellipsis. Nothing is drawn outside the box.
    QFont smallFont = sized(font, smallest);
    // A box lower than one line at the smallest size still gets one line, just smaller.
    if (const qreal spacing = QFontMetricsF(smallFont, device).lineSpacing(); spacing > box.height())
        smallFont = sized(font, smallest * box.height() / spacing * 0.98);
    const QFontMetricsF metrics(smallFont, device);
    Attempt cut;
    cut.lineSpacing = metrics.lineSpacing();
    cut.ascent = metrics.ascent();
    cut.wrapped = wrap(text, smallFont, box.width(), device, QTextOption::WrapAtWordBoundaryOrAnywhere);
    const qsizetype room = qMax<qsizetype>(1, qsizetype(box.height() / cut.lineSpacing));
    if (cut.wrapped.lines.size() > room) {
        QString last = cut.wrapped.lines.mid(room - 1).join(u' ');
        cut.wrapped.lines.resize(room);
        cut.wrapped.widths.resize(room);
        last = metrics.elidedText(last, Qt::ElideRight, box.width());
        cut.wrapped.lines.last() = last;
        cut.wrapped.widths.last() = metrics.horizontalAdvance(last);
    }
    cut.wrapped.widest = 0;
    for (qreal &width : cut.wrapped.widths) {
        width = qMin(width, box.width());
        cut.wrapped.widest = qMax(cut.wrapped.widest, width);
    }
    FittedText fitted = finish(smallFont, cut, font);
    fitted.elided = true;
    return fitted;
}

void drawFittedText(QPainter &painter, const QRectF &box, const FittedText &text, Qt::Alignment alignment) {
    painter.setFont(text.font);
    qreal top = box.top();
    if (alignment & Qt::AlignVCenter)
        top += (box.height() - text.size.height()) / 2;
    else if (alignment & Qt::AlignBottom)
        top += box.height() - text.size.height();
    for (qsizetype i = 0; i < text.lines.size(); ++i) {
        const qreal width = text.lineWidths.value(i);
        qreal left = box.left();
        if (alignment & Qt::AlignHCenter)
            left += (box.width() - width) / 2;
        else if (alignment & Qt::AlignRight)
            left += box.width() - width;
        painter.drawText(QPointF(left, top + i * text.lineSpacing + text.ascent), text.lines.at(i));
    }
}

} // namespace cd
