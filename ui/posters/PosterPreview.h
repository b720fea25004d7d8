// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "poster/PosterTypes.h"

#include <QImage>
#include <QList>
#include <QWidget>

namespace cd::ui {

// One printed sheet as it will come out of the printer, scaled to the widget: the chosen layout with
// the current checkpoint's poster in the first slot and the next ones listed after it. Painted by the
// same code as the PDF, so what is seen is what prints.
class PosterPreview : public QWidget {
    Q_OBJECT

public:
    explicit PosterPreview(QWidget *parent = nullptr);

    void setSheet(const QList<PosterContent> &posters, const PosterTexts &texts, const PosterLayout &layout);
    // The preview at a given size in device pixels, as paintEvent() shows it.
    QImage render(const QSize &size, qreal devicePixelRatio = 1) const;
    // Why a poster cannot be shown (its payload does not fit a code), empty otherwise.
    QString problem() const { return m_problem; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<PosterContent> m_posters;
    PosterTexts m_texts;
    PosterLayout m_layout;
    QString m_problem;
    mutable QImage m_cache; // painting a sheet takes tens of milliseconds: not on every expose
};

} // namespace cd::ui
