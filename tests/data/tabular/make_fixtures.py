#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hand-made XLSX fixtures of the tabular reader tests.

They hold what libxlsxwriter never writes: inline strings, the 1904 date system, sparse rows and cells
without references, namespace prefixes, hidden sheets, rich text with phonetic runs. The files are
committed; run this again only to change them:  python3 make_fixtures.py
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""


def write(name, parts):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2021, 8, 24, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def inline_strings():
    """One sheet of inline strings, in the 1904 date system, with every other kind of cell."""
    workbook = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">
<workbookPr date1904="1"/>
<sheets><sheet name="Điểm kiểm dịch" sheetId="1" r:id="rId1"/></sheets>
</workbook>"""
    rels = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rId1" Type="{DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{DOC_REL}/styles" Target="styles.xml"/>
</Relationships>"""
    # cellXfs: 0 general, 1 custom dd/mm/yyyy, 2 built-in 22 (m/d/yyyy h:mm), 3 a number format that is not
    # a date although it has letters in it.
    styles = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN_NS}">
<numFmts count="2">
<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>
<numFmt numFmtId="165" formatCode="#,##0 &quot;đ/ngày&quot;;[Red]\\-#,##0"/>
</numFmts>
<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="22"/><xf numFmtId="165"/></cellXfs>
</styleSheet>"""
    sheet = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">
<dimension ref="A1:G5"/>
<sheetData>
<row r="1">{inline("A1", "DANH SÁCH ĐIỂM KIỂM DỊCH")}</row>
<row r="3">{inline("A3", "Tên điểm")}{inline("B3", "Số điện thoại")}{inline("C3", "Ngày lập")}{inline("D3", "Giờ mở")}{inline("E3", "Hoạt động")}{inline("F3", "Ghi chú")}{inline("G3", "Chi phí")}</row>
<row r="4">{inline("A4", "  Xã Đăng Hà ")}<c r="B4" t="str"><f>"0912 345 678"</f><v>0912 345 678</v></c><c r="C4" s="1"><v>42735</v></c><c r="D4" s="2"><v>42735.3125</v></c><c r="E4" t="b"><v>1</v></c><c r="F4" t="inlineStr"><is><r><t>Ca </t></r><r><rPr><b/></rPr><t>đêm</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c><c r="G4" s="3"><v>150000</v></c></row>
<row r="5">{inline("A5", "Thị trấn Đức Phong")}<c r="B5" t="inlineStr"><is><t>+84912345678</t></is></c><c r="C5" s="1"><v>0</v></c><c r="D5" t="e"><v>#N/A</v></c><c r="E5" t="b"><v>0</v></c>{inline("F5", "dòng 1_x000D_dòng 2")}</row>
</sheetData>
<mergeCells count="1"><mergeCell ref="A1:G1"/></mergeCells>
</worksheet>"""
    write("inline-strings.xlsx", {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": rels,
        "xl/styles.xml": styles,
        "xl/worksheets/sheet1.xml": sheet,
    })


def sparse():
    """Shared strings with rich text, rows and columns left out, a hidden first sheet, prefixed elements."""
    workbook = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="{MAIN_NS}" xmlns:rel="{REL_NS}">
<x:sheets>
<x:sheet name="Ẩn" sheetId="1" state="hidden" rel:id="rId1"/>
<x:sheet name="Dữ liệu" sheetId="2" rel:id="rId2"/>
</x:sheets>
</x:workbook>"""
    rels = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rId1" Type="{DOC_REL}/worksheet" Target="worksheets/hidden.xml"/>
<Relationship Id="rId2" Type="{DOC_REL}/worksheet" Target="/xl/worksheets/data.xml"/>
<Relationship Id="rId3" Type="{DOC_REL}/sharedStrings" Target="strings.xml"/>
</Relationships>"""
    strings = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:sst xmlns:x="{MAIN_NS}" count="6" uniqueCount="6">
<x:si><x:t>Mã</x:t></x:si>
<x:si><x:r><x:t>Tên </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>điểm</x:t></x:r><x:rPh sb="0" eb="1"><x:t>phonetic</x:t></x:rPh></x:si>
<x:si><x:t>Xã</x:t></x:si>
<x:si><x:t>Ghi chú</x:t></x:si>
<x:si><x:t>Chốt Minh Hưng</x:t></x:si>
<x:si><x:t>Bù Đăng</x:t></x:si>
</x:sst>"""
    hidden = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ẩn</t></is></c></row></sheetData></worksheet>"""
    data = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="{MAIN_NS}">
<x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c><x:c r="D1" t="s"><x:v>3</x:v></x:c></x:row>
<x:row r="3"><x:c r="B3" t="s"><x:v>4</x:v></x:c><x:c r="D3"><x:v>12.5</x:v></x:c></x:row>
<x:row r="4"><x:c r="A4" t="s"/><x:c r="C4"><x:v></x:v></x:c></x:row>
<x:row r="7"><x:c><x:v>7</x:v></x:c><x:c><x:v>0.1</x:v></x:c><x:c r="C7" t="s"><x:v>5</x:v></x:c><x:c r="F7"><x:v>3</x:v></x:c></x:row>
<x:row><x:c r="A8"><x:v>1234567890123</x:v></x:c></x:row>
</x:sheetData>
</x:worksheet>"""
    write("sparse.xlsx", {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": rels,
        "xl/strings.xml": strings,
        "xl/worksheets/hidden.xml": hidden,
        "xl/worksheets/data.xml": data,
    })


if __name__ == "__main__":
    inline_strings()
    sparse()
