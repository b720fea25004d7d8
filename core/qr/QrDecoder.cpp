// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrDecoder.h"

#include "ImageCleanup.h"

#include <QFileInfo>
#include <QImageReader>
#include <QStringDecoder>

#include <ZXing/ReadBarcode.h>

#include <optional>
#include <utility>

namespace cd {

namespace {

// Phone photos are 12 megapixels and more; a QR code that fills a fair part of one is still well
// sampled at this size, and ZXing's thorough mode slows down with every pixel.
constexpr int largestSide = 2400;

std::optional<DecodedQr> readOnce(const QImage &gray, const ZXing::DecodeHints &hints) {
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    const ZXing::Results results = ZXing::ReadBarcodes(view, hints);
    for (const ZXing::Result &result : results) {
        if (!result.isValid())
            continue;
        const ZXing::ByteArray &bytes = result.bytes();
        DecodedQr decoded;
        decoded.bytes = QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        decoded.text = utf8.decode(decoded.bytes);
        if (utf8.hasError())
            decoded.text = QString::fromStdString(result.text());
        return decoded;
    }
    return std::nullopt;
}

ZXing::DecodeHints hintsFor(QrDecoder::Effort effort) {
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setMaxNumberOfSymbols(1);
    hints.setCharacterSet("UTF-8");
    const bool thorough = effort == QrDecoder::Effort::Photo;
    hints.setTryHarder(thorough);
    hints.setTryRotate(thorough);
    hints.setTryDownscale(thorough);
    // A rendered image has one clean black level and one white level: a single global threshold is
    // right for it, and faster than the local one.
    if (!thorough)
        hints.setBinarizer(ZXing::Binarizer::GlobalHistogram);
    return hints;
}

// Clean-ups for photos and scans, cheapest and most likely first; each later one fixes a problem the
// earlier ones could not.
enum class Pass { AsIs, Stretched, Binarized, Smoothed, Inverted, Half, Quarter, Double };
constexpr Pass passes[] = {Pass::AsIs,     Pass::Stretched, Pass::Binarized, Pass::Smoothed,
                           Pass::Inverted, Pass::Half,      Pass::Quarter,   Pass::Double};

const char *label(Pass pass) {
    switch (pass) {
    case Pass::AsIs:
        return "as is";
    case Pass::Stretched:
        return "contrast stretched";
    case Pass::Binarized:
        return "blurred and binarized";
    case Pass::Smoothed:
        return "smoothed and binarized";
    case Pass::Inverted:
        return "inverted";
    case Pass::Half:
        return "half size";
    case Pass::Quarter:
        return "quarter size";
    case Pass::Double:
        break;
    }
    return "double size";
}

// A null image when the pass does not apply to an image of this size.
QImage prepare(Pass pass, const QImage &gray, const QImage &stretched) {
    using namespace imagecleanup;
    const int smallSide = qMin(gray.width(), gray.height());
    switch (pass) {
    case Pass::AsIs:
        return gray;
    case Pass::Stretched:
        return stretched;
    case Pass::Binarized:
        return binarize(blur(stretched));
    case Pass::Smoothed:
        // Heavy sensor noise needs more smoothing than sharp edges can take: after the lighter blur.
        return binarize(blur(blur(blur(stretched))));
    case Pass::Inverted:
        // Light codes on dark backgrounds; ZXing 1.4 has no option for them.
        return invert(stretched);
    case Pass::Half:
        return smallSide >= 400 ? scaled(stretched, 0.5) : QImage();
    case Pass::Quarter:
        return smallSide >= 800 ? scaled(stretched, 0.25) : QImage();
    case Pass::Double:
        break;
    }
    // Tiny codes: ZXing wants a few pixels per module.
    return smallSide <= 800 ? scaled(stretched, 2.0) : QImage();
}

} // namespace

Result<DecodedQr> QrDecoder::decode(const QImage &image, const QString &sourceName, Effort effort) {
    const QString name = sourceName.isEmpty() ? tr("the image") : sourceName;
    if (image.isNull())
        return makeError(tr("No QR code found in %1: the image is empty.").arg(name));

    using namespace imagecleanup;
    const ZXing::DecodeHints hints = hintsFor(effort);
    QImage gray = toGray(image);
    if (effort == Effort::Rendered) {
        if (auto decoded = readOnce(gray, hints)) {
            decoded->pass = QStringLiteral("as is");
            return *std::move(decoded);
        }
        return makeError(tr("No QR code found in %1.").arg(name));
    }

    const int side = qMax(gray.width(), gray.height());
    if (side > largestSide)
        gray = scaled(gray, qreal(largestSide) / side);

    // The default binarizer thresholds locally, which suits uneven lighting; one global threshold
    // copes better with blur and low contrast.
    const ZXing::DecodeHints globalHints =
        ZXing::DecodeHints(hints).setBinarizer(ZXing::Binarizer::GlobalHistogram);
    const QImage stretched = stretchContrast(gray);
    for (const Pass pass : passes) {
        const QImage candidate = prepare(pass, gray, stretched);
        if (candidate.isNull())
            continue;
        for (const ZXing::DecodeHints *attempt : {&hints, &globalHints}) {
            if (auto decoded = readOnce(candidate, *attempt)) {
                decoded->pass = QString::fromLatin1(label(pass));
                return *std::move(decoded);
            }
        }
    }
    return makeError(tr("No QR code found in %1.").arg(name));
}

Result<QImage> QrDecoder::loadImage(const QString &path) {
    QImageReader reader(path);
    // Phones store portrait photos sideways and say so in EXIF.
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        return makeError(
            tr("Cannot read the image %1: %2.").arg(QFileInfo(path).fileName(), reader.errorString()), path);
    }
    return image;
}

Result<DecodedQr> QrDecoder::decodeFile(const QString &path) {
    const auto image = loadImage(path);
    if (!image)
        return image.error();
    auto decoded = decode(image.value(), QFileInfo(path).fileName(), Effort::Photo);
    if (!decoded) {
        Error error = decoded.error();
        error.file = path;
        return error;
    }
    return decoded;
}

} // namespace cd
