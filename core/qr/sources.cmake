# SPDX-License-Identifier: GPL-3.0-or-later
# QR codes: encoding with libqrencode, vector painting, decoding with ZXing-C++.
# Neither library appears in a public header, so they link privately (a static library still passes
# them on to whoever links cd_core).
find_package(PkgConfig REQUIRED)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
find_package(ZXing 1.4 REQUIRED)

target_sources(cd_core PRIVATE
    qr/ImageCleanup.cpp qr/ImageCleanup.h
    qr/QrCode.cpp qr/QrCode.h
    qr/QrDecoder.cpp qr/QrDecoder.h
    qr/QrPainter.cpp qr/QrPainter.h
)
target_link_libraries(cd_core PRIVATE PkgConfig::QRENCODE ZXing::ZXing)
# ZXing 1.4 returns UTF-8 from Result::text() only with this defined (UTF-16 std::wstring otherwise).
set_source_files_properties(qr/QrDecoder.cpp PROPERTIES COMPILE_DEFINITIONS ZX_USE_UTF8)
