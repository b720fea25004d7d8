// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace cd {

struct DecodedQr {
    QByteArray bytes; // the payload exactly as stored in the symbol
    QString text;     // the payload as text: UTF-8 when it is valid UTF-8, ZXing's guess otherwise
    QString pass;     // which attempt found it ("as is", "contrast stretched"…), for diagnostics
};

// Reads QR codes with ZXing-C++ from photos, scans and rendered images.
class QrDecoder {
    Q_DECLARE_TR_FUNCTIONS(QrDecoder)

public:
    enum class Effort {
        // One pass without rotation or retries: for images we rendered ourselves, where a failure
        // means the code itself is wrong.
        Rendered,
        // A thorough pass, then retries on cleaned-up copies (downscaled, contrast-stretched,
        // binarized, inverted, rescaled) for photos and poor scans.
        Photo,
    };

    // sourceName names the image in messages, typically its file name.
    static Result<DecodedQr> decode(const QImage &image, const QString &sourceName = {},
                                    Effort effort = Effort::Photo);

    // PNG or JPEG, turned upright from its EXIF orientation first.
    static Result<DecodedQr> decodeFile(const QString &path);
    static Result<QImage> loadImage(const QString &path);
};

} // namespace cd
