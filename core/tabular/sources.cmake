# SPDX-License-Identifier: GPL-3.0-or-later
# The tabular reader: CSV and XLSX tables, row by row, for the registry and scan-log imports.
# minizip reads the XLSX archives; it stays out of the public headers, so it links privately.
find_package(PkgConfig REQUIRED)
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)

target_sources(cd_core PRIVATE
    tabular/ColumnMapping.cpp tabular/ColumnMapping.h
    tabular/ContentSniffer.cpp tabular/ContentSniffer.h
    tabular/CsvDialect.cpp tabular/CsvDialect.h
    tabular/CsvReader.cpp tabular/CsvReader.h
    tabular/ExcelDates.cpp tabular/ExcelDates.h
    tabular/HeaderDetector.cpp tabular/HeaderDetector.h
    tabular/LegacyEncodings.cpp tabular/LegacyEncodings.h
    tabular/MappingMemory.cpp tabular/MappingMemory.h
    tabular/Messages.h
    tabular/OpenTable.cpp tabular/OpenTable.h
    tabular/TableOptions.h
    tabular/TableReader.cpp tabular/TableReader.h
    tabular/TextEncoding.cpp tabular/TextEncoding.h
    tabular/XlsxReader.cpp tabular/XlsxReader.h
    tabular/XlsxSharedStrings.cpp tabular/XlsxSharedStrings.h
    tabular/XlsxStyles.cpp tabular/XlsxStyles.h
    tabular/XlsxWorkbook.cpp tabular/XlsxWorkbook.h
    tabular/ZipArchive.cpp tabular/ZipArchive.h
    tabular/ZipXmlStream.cpp tabular/ZipXmlStream.h
)
target_link_libraries(cd_core PRIVATE PkgConfig::MINIZIP)
