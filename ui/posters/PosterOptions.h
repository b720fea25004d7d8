// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "poster/PosterTypes.h"

#include <QWidget>

class QComboBox;

namespace cd::ui {

// How the posters go to paper: the sheet size, how many posters share a sheet, and the codes'
// error-correction level.
class PosterOptions : public QWidget {
    Q_OBJECT

public:
    explicit PosterOptions(QWidget *parent = nullptr);

    PosterLayout posterLayout() const;
    void setPosterLayout(const PosterLayout &layout);
    // "A4, one poster per sheet": what the preview shows, in words.
    static QString describe(const PosterLayout &layout);

signals:
    void posterLayoutChanged();
    // Only when the user picks another level: the office keeps it in its settings.
    void eccChosen(cd::QrCode::Ecc ecc);

private:
    QComboBox *m_paper;
    QComboBox *m_perPage;
    QComboBox *m_ecc;
};

} // namespace cd::ui
