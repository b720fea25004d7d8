#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the golden-file cases of the intake (register and scan import) tests.

Every case is a folder holding case.json, its input files and expected.json. The expected results come
from this script's own ground truth (what it meant to write), never from running Checkpoint Desk; a
second, independent pass (`verify_*`) reads the written files back with a small reference reader of
its own and checks that they say what the ground truth says.

Run from the repository root:  /usr/bin/python3 tests/data/intake/generate.py
Output is deterministic: fixed seeds, fixed dates (all in 2021), fixed XLSX metadata and zip times.
Needs Python 3.11, openpyxl and iconv (for TCVN3). See README.md in this folder.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict

import openpyxl
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
UNITS_CSV = os.path.join(REPO, "resources", "data", "vn-admin-units-2021-08.csv")
VN = dt.timezone(dt.timedelta(hours=7))
UTC = dt.timezone.utc


# ----------------------------------------------------------------------------------------------------
# Text helpers
# ----------------------------------------------------------------------------------------------------

def nfc(s):
    return unicodedata.normalize("NFC", s)


def nfd(s):
    return unicodedata.normalize("NFD", s)


def clean(s):
    """What the program stores for a name or address: NFC, trimmed, runs of spaces folded."""
    return " ".join(nfc(s).split())


def strip_marks(s):
    s = nfd(s).replace("đ", "d").replace("Đ", "D")
    return nfc("".join(c for c in s if not unicodedata.combining(c)))


def fold(s):
    """Lower case, no diacritics, punctuation as spaces, spaces folded (the reference matcher's key)."""
    s = strip_marks(s).lower()
    s = re.sub(r"\(\*\)", " ", s)
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


TONES = "\u0300\u0301\u0309\u0303\u0323"
_T = "[" + TONES + "]"


def swap_tone(s):
    """Moves the tone mark of a word-final oa/oe/uy between the two vowels (Hoà <-> Hòa, Thuỵ <-> Thụy)."""
    d = nfd(s)

    def repl(m):
        v1, t1, v2, t2 = m.group(1), m.group(2), m.group(3), m.group(4)
        if bool(t1) == bool(t2):
            return m.group(0)
        tone = t1 or t2
        return (v1 + v2 + tone) if t1 else (v1 + tone + v2)

    d = re.sub(r"(?<![qQ])([oO])(" + _T + r"?)([aAeE])(" + _T + r"?)(?![A-Za-z\u0300-\u036f])", repl, d)
    d = re.sub(r"(?<![qQ])([uU])(" + _T + r"?)([yY])(" + _T + r"?)(?![A-Za-z\u0300-\u036f])", repl, d)
    return nfc(d)


assert swap_tone("Huyện Hoà An") == "Huyện Hòa An"
assert swap_tone("Huyện Quảng Hòa") == "Huyện Quảng Hoà"
assert swap_tone("Xã Đàm Thuỷ") == "Xã Đàm Thủy"
assert swap_tone("Xã Quý Quân") == "Xã Quý Quân"
assert swap_tone("Xã Hoàng Tung") == "Xã Hoàng Tung"


# ----------------------------------------------------------------------------------------------------
# Encodings
# ----------------------------------------------------------------------------------------------------

def to_cp1258(text):
    """Windows-1258 as Excel on a Vietnamese Windows writes it: base letters (â ê ô ă ơ ư đ) as single
    bytes, tone marks as separate combining bytes after the letter."""
    out = []
    for ch in nfc(text):
        d = nfd(ch)
        base = "".join(c for c in d if c not in TONES)
        tones = "".join(c for c in d if c in TONES)
        out.append(nfc(base) + tones)
    data = "".join(out).encode("cp1258")
    assert nfc(data.decode("cp1258")) == nfc(text), "cp1258 round trip"
    # Really decomposed: no precomposed toned letter (e.g. á = 0xE1) may appear.
    for ch in data.decode("cp1258"):
        assert not any(c in TONES for c in nfd(ch)[1:]), f"precomposed toned letter {ch!r} in cp1258 output"
    return data


TCVN3_CAPITALS = set("ĂÂÊÔƠƯĐ")


def to_tcvn3(text):
    """TCVN3 (ABC) through iconv's TCVN5712-1 table. The text may hold no toned capital letter (TCVN3
    fonts have none), so only lower-case toned letters and Ă Â Ê Ô Ơ Ư Đ occur."""
    text = nfc(text)
    for ch in text:
        if ch.isupper() and not ch.isascii():
            assert ch in TCVN3_CAPITALS, f"TCVN3 has no capital {ch!r}"
    data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout
    back = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data,
                          capture_output=True, check=True).stdout.decode("utf-8")
    assert nfc(back) == text, "TCVN3 round trip"
    assert not any(b < 0x20 and b not in (9, 10, 13) for b in data), "TCVN3 bytes in the C0 range"
    return data


def from_tcvn3(data):
    return subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data,
                          capture_output=True, check=True).stdout.decode("utf-8")


def encode(text, encoding):
    if encoding == "utf-8":
        return text.encode("utf-8")
    if encoding == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if encoding == "utf-16le":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "utf-16be":
        return b"\xfe\xff" + text.encode("utf-16-be")
    if encoding == "cp1258":
        return to_cp1258(text)
    if encoding == "tcvn3":
        return to_tcvn3(text)
    raise ValueError(encoding)


def decode(data, encoding):
    """The verifier's own decoding of a written file."""
    if encoding == "utf-8":
        assert not data.startswith(b"\xef\xbb\xbf")
        return data.decode("utf-8")
    if encoding == "utf-8-bom":
        assert data.startswith(b"\xef\xbb\xbf")
        return data[3:].decode("utf-8")
    if encoding == "utf-16le":
        assert data.startswith(b"\xff\xfe")
        return data[2:].decode("utf-16-le")
    if encoding == "utf-16be":
        assert data.startswith(b"\xfe\xff")
        return data[2:].decode("utf-16-be")
    if encoding == "cp1258":
        return nfc(data.decode("cp1258"))
    if encoding == "tcvn3":
        return nfc(from_tcvn3(data))
    raise ValueError(encoding)


def csv_bytes(rows, delimiter=",", encoding="utf-8"):
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        for cell in row:
            assert "\n" not in str(cell) and "\r" not in str(cell), "a cell over several lines"
        writer.writerow(row)
    return encode(buf.getvalue(), encoding)


def xlsx_bytes(wb):
    """Saves a workbook with fixed metadata and zip times, so that regenerating gives the same bytes."""
    stamp = dt.datetime(2021, 8, 24, 8, 0, 0)
    wb.properties.creator = "Checkpoint Desk tests"
    wb.properties.lastModifiedBy = "Checkpoint Desk tests"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2021-08-24T08:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 8, 24, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


# ----------------------------------------------------------------------------------------------------
# Administrative units
# ----------------------------------------------------------------------------------------------------

class Units:
    def __init__(self, path):
        self.by_code = {}
        self.children = defaultdict(list)
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                self.by_code[r["code"]] = r
        for r in self.by_code.values():
            if r["parent_code"]:
                self.children[r["parent_code"]].append(r)

    def province(self, name):
        found = [r for r in self.by_code.values() if r["level"] == "1" and r["name"] == name]
        assert len(found) == 1, name
        return found[0]

    def district(self, province_code, name):
        found = [r for r in self.children[province_code] if r["name"] == name]
        assert len(found) == 1, name
        return found[0]

    def commune(self, district_code, name):
        found = [r for r in self.children[district_code] if r["name"] == name]
        assert len(found) == 1, (district_code, name)
        return found[0]

    def communes_of_province(self, province_code):
        return [c for d in self.children[province_code] for c in self.children[d["code"]]]

    def parent(self, code):
        return self.by_code[self.by_code[code]["parent_code"]]


U = Units(UNITS_CSV)
BINH_PHUOC = U.province("Bình Phước")
BU_DANG = U.district(BINH_PHUOC["code"], "Bù Đăng")
CAO_BANG = U.province("Cao Bằng")
LAM_DONG = U.province("Lâm Đồng")
DA_LAT = U.district(LAM_DONG["code"], "Đà Lạt")
assert BU_DANG["code"] == "696" and CAO_BANG["code"] == "04" and DA_LAT["code"] == "672"
assert all(c["name"].isdigit() for c in U.children[DA_LAT["code"]] if c["type"] == "Phường")


def bd(name):
    """A commune of Bù Đăng by name."""
    return U.commune(BU_DANG["code"], name)["code"]


def derived_address(commune_code, hamlet=None):
    c = U.by_code[commune_code]
    d = U.parent(commune_code)
    parts = ([hamlet] if hamlet else []) + [c["name_with_type"], d["name_with_type"]]
    return ", ".join(parts)


# ----------------------------------------------------------------------------------------------------
# Ground truth records
# ----------------------------------------------------------------------------------------------------

CHECKPOINT_KEYS = ["code", "name", "type", "phone", "commune_code", "address", "registered_on"]


class CP:
    """A checkpoint as the program must store it."""

    def __init__(self, name, type_, phone, commune, address=None, hamlet=None, code=None,
                 registered_on=None, description=None, explicit_code=False):
        self.name = clean(name)
        self.type = type_
        self.phone = phone
        self.commune = commune
        self.address = clean(address) if address else derived_address(commune, hamlet)
        self.code = code
        self.explicit_code = explicit_code
        self.registered_on = registered_on
        self.description = description

    def expected(self, keys=CHECKPOINT_KEYS, with_description=False):
        full = {"code": self.code, "name": self.name, "type": self.type, "phone": self.phone,
                "commune_code": self.commune, "address": self.address,
                "registered_on": self.registered_on.isoformat() if self.registered_on else None}
        out = {k: full[k] for k in keys}
        if with_description and self.description:
            out["description"] = self.description
        return out


def assign_codes(cps, existing=()):
    """The numbering rule: per commune, 1 + the highest N of `<commune>-N` already in the database or
    given explicitly anywhere in the file, then up in file order."""
    highest = defaultdict(int)
    for code in list(existing) + [cp.code for cp in cps if cp.explicit_code]:
        m = re.fullmatch(r"(\d+)-(\d+)", code)
        if m:
            highest[m.group(1)] = max(highest[m.group(1)], int(m.group(2)))
    for cp in cps:
        if not cp.explicit_code:
            highest[cp.commune] += 1
            cp.code = f"{cp.commune}-{highest[cp.commune]:03d}"
    codes = [cp.code for cp in cps]
    assert len(set(codes)) == len(codes) and not (set(codes) & set(existing)), "codes collide"


class Scan:
    def __init__(self, time, code, person, direction=""):
        assert time.tzinfo is not None and time.year == 2021
        self.time = time
        self.code = code
        self.person_name = clean(person[0])
        self.phone = person[1]
        self.direction = direction

    def key(self):
        return (self.code, self.time.astimezone(UTC), self.phone)

    def expected(self):
        return {"time": self.time.astimezone(VN).strftime("%Y-%m-%dT%H:%M:%S+07:00"),
                "checkpoint_code": self.code, "person_name": self.person_name,
                "phone": self.phone, "direction": self.direction}


def dedupe_scans(scans):
    seen = {}
    for s in scans:
        seen.setdefault(s.key(), s)
    return list(seen.values())


# ----------------------------------------------------------------------------------------------------
# Renderers: how offices write a value
# ----------------------------------------------------------------------------------------------------

MOBILE_PREFIXES = ["032", "033", "034", "035", "036", "037", "038", "039", "056", "058", "059", "070",
                   "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "088", "089",
                   "090", "091", "093", "094", "096", "097", "098", "099"]


def mobile(rng):
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(7))


def landline(rng, area):
    local = rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9 - len(area)))
    return "0" + area + local


def phone_cell(p, style):
    """Writes a national-form phone number the ways people and Excel do."""
    if not p:
        return p
    rest = p[1:]
    is_mobile = len(p) == 10
    if style == "plain":
        return p
    if style == "intl":  # +84 912 345 678 / +84 271 3870 123
        if is_mobile:
            groups = [rest[:3], rest[3:6], rest[6:]]
        else:
            groups = [rest[:3], rest[3:7], rest[7:]]
        return "+84 " + " ".join(groups)
    if style == "84":
        return "84" + rest
    if style == "+84":
        return "+84" + rest
    if style == "dots":
        return f"{p[:4]}.{p[4:7]}.{p[7:]}" if is_mobile else f"{p[:4]}.{p[4:8]}.{p[8:]}"
    if style == "spaces":
        return f"{p[:4]} {p[4:7]} {p[7:]}" if is_mobile else f"{p[:4]} {p[4:8]} {p[8:]}"
    if style == "nozero":  # Excel dropped the leading 0
        return rest
    raise ValueError(style)


COMMUNE_ABBR = {"Xã": ["X.", "X. ", "X "], "Phường": ["P.", "P. ", "P "], "Thị trấn": ["TT.", "TT ", "Tt.", "TT. "]}
DISTRICT_ABBR = {"Huyện": ["H.", "H. "], "Quận": ["Q.", "Q. "], "Thị xã": ["TX.", "TX "],
                 "Thành phố": ["TP.", "TP ", "Tp ", "TP. ", "Tp."]}
PROVINCE_ABBR = {"Tỉnh": ["T. ", "T."], "Thành phố": ["TP ", "TP."]}


def unit_cell(unit, style, abbr=None, district=None):
    """Writes a unit (commune, district or province row) in one of the ways offices do."""
    t, n, nwt = unit["type"], unit["name"], unit["name_with_type"]
    if style == "full":
        return nwt
    if style == "name":
        return n
    if style == "caps":
        return nwt.upper()
    if style == "caps_name":
        return n.upper()
    if style == "lower":
        return nwt.lower()
    if style == "nfd":
        return nfd(nwt)
    if style == "nfd_name":
        return nfd(n)
    if style == "spaces":
        return "  " + t + "   " + "  ".join(n.split()) + " "
    if style == "nodiac":
        return strip_marks(n)
    if style == "nodiac_full":
        return strip_marks(nwt)
    if style == "nodiac_caps":
        return strip_marks(n).upper()
    if style == "tone":
        return swap_tone(nwt)
    if style == "tone_name":
        return swap_tone(n)
    if style == "abbr":
        table = {**COMMUNE_ABBR, **DISTRICT_ABBR} if unit["level"] != "1" else PROVINCE_ABBR
        options = table[t]
        return (abbr if abbr is not None else options[0]) + n
    if style == "with_district":
        return f"{nwt}, {U.parent(unit['code'])['name_with_type']}"
    if style == "chain":
        d = U.parent(unit["code"])
        return f"{n} - {d['name']} - {U.parent(d['code'])['name']}"
    raise ValueError(style)


FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
          "Lý", "Nông", "Hà", "Lương", "Triệu", "Đàm", "Bế", "Lục", "Mã", "Hứa", "Chu", "La"]
MIDDLE = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Thị", "Ngọc", "Thu", "Mỹ", "Kim", "Xuân"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân", "Sơn", "Tài",
         "Thắng", "Tuấn", "Việt", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai",
         "Ngân", "Nhung", "Phương", "Thảo", "Trang", "Yến", "Huệ", "Hiền", "Tâm", "Lộc", "Đông"]


def people(rng, n):
    out, names, phones = [], set(), set()
    while len(out) < n:
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        phone = mobile(rng)
        if name in names or phone in phones:
            continue
        names.add(name)
        phones.add(phone)
        out.append((name, phone))
    return out


def date_text(d, order, zero_pad=True):
    a, b = (d.day, d.month) if order == "dmy" else (d.month, d.day)
    return f"{a:02d}/{b:02d}/{d.year}" if zero_pad else f"{a}/{b}/{d.year}"


def excel_serial(t):
    """Excel's serial number of a Vietnam wall-clock time (1900 date system)."""
    wall = t.astimezone(VN).replace(tzinfo=None)
    delta = wall - dt.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400


assert excel_serial(dt.datetime(2021, 8, 24, 8, 15, tzinfo=VN)) == 44432.34375


# ----------------------------------------------------------------------------------------------------
# The reference reader (second, independent computation over the written files)
# ----------------------------------------------------------------------------------------------------

REF_HEADERS = {
    "name": ["ten diem kiem dich", "ten co so", "ten dia diem", "ten diem", "name"],
    "type": ["loai diem kiem dich", "loai hinh", "loai diem", "loai"],
    "phone": ["sdt lien he", "so dien thoai", "dien thoai di dong", "dien thoai", "so dt", "sdt", "phone number"],
    "province": ["tinh thanh pho", "tinh thanh", "tinh"],
    "district": ["quan huyen", "huyen"],
    "commune": ["xa phuong thi tran", "phuong xa", "xa"],
    "address": ["dia chi"],
    "hamlet": ["thon ap", "thon xom", "to dan pho", "thon", "ap", "khom", "xom", "ban", "to"],
    "registered_on": ["ngay dang ky"],
    "code": ["ma diem", "ma"],
    "description": ["ghi chu"],
    "ignore": ["stt"],
}
HAMLET_WORDS = {"thon": "Thôn", "ap": "Ấp", "khom": "Khóm", "xom": "Xóm", "to": "Tổ", "ban": "Bản"}


def ref_field(header):
    f = fold(header)
    best, best_len = None, 0
    for field, syns in REF_HEADERS.items():
        for s in syns:
            if re.search(r"(^| )" + re.escape(s) + r"( |$)", f) and len(s) > best_len:
                best, best_len = field, len(s)
    assert best is not None, f"reference reader does not know header {header!r}"
    return best


def ref_phone(cell):
    """Returns (phone, [other phones]) or raises ValueError."""
    cell = clean(cell)
    if not cell or not re.search(r"\d", cell):
        return "", []
    parts = re.split(r"\s+[-/;,]\s+|[;,]\s+", cell)
    out = []
    for p in parts:
        digits = re.sub(r"\D", "", p)
        if digits.startswith("84") and len(digits) in (11, 12):
            digits = "0" + digits[2:]
        elif len(digits) == 9 and digits[0] in "35789":
            digits = "0" + digits
        elif len(digits) == 10 and digits[0] == "2":
            digits = "0" + digits
        ok = (len(digits) == 10 and digits[:2] in ("03", "05", "07", "08", "09")) or \
             (len(digits) == 11 and digits.startswith("02"))
        if not ok:
            raise ValueError(cell)
        out.append(digits)
    return out[0], out[1:]


NATIONAL_TYPES = ["Cơ quan, đơn vị", "Trường học", "Cơ sở y tế", "Chợ", "Siêu thị, cửa hàng tiện lợi",
                  "Nhà hàng, quán ăn, cà phê", "Khách sạn, cơ sở lưu trú", "Cơ sở sản xuất, kinh doanh",
                  "Bến xe, bến tàu", "Phương tiện vận tải công cộng", "Chốt kiểm dịch", "Khu dân cư",
                  "Đám cưới, đám tang, sự kiện", "Khác"]
TYPE_SYNONYMS = {"Bến xe": "Bến xe, bến tàu", "Nhà hàng, quán ăn": "Nhà hàng, quán ăn, cà phê",
                 "Quán cà phê": "Nhà hàng, quán ăn, cà phê", "Tạp hóa": "Siêu thị, cửa hàng tiện lợi",
                 "Cửa hàng": "Siêu thị, cửa hàng tiện lợi", "Cửa hàng tạp hóa": "Siêu thị, cửa hàng tiện lợi",
                 "Siêu thị": "Siêu thị, cửa hàng tiện lợi", "Chốt kiểm soát": "Chốt kiểm dịch",
                 "UBND xã": "Cơ quan, đơn vị", "Cơ quan": "Cơ quan, đơn vị", "Trạm y tế": "Cơ sở y tế",
                 "Bệnh viện": "Cơ sở y tế", "Trường tiểu học": "Trường học", "Trường mầm non": "Trường học",
                 "Trường THCS": "Trường học", "Nhà nghỉ": "Khách sạn, cơ sở lưu trú",
                 "Khách sạn": "Khách sạn, cơ sở lưu trú"}
REF_TYPES = {fold(t): t for t in NATIONAL_TYPES}
REF_TYPES.update({fold(k): v for k, v in TYPE_SYNONYMS.items()})


def ref_type(cell):
    c = nfc(cell).strip()
    if not c:
        return "Chưa phân loại"
    return REF_TYPES.get(fold(c), c)


UNIT_PREFIX = {
    3: r"^(xa|phuong|thi tran|tt|x|p)(?:[ .]+|(?=\d))",
    2: r"^(huyen|quan|thi xa|thanh pho|tx|tp|h|q)(?:[ .]+)",
    1: r"^(tinh|thanh pho|tp|t)(?:[ .]+)",
}


def ref_unit_key(text, level):
    t = clean(text)
    f = strip_marks(t).lower().replace("(*)", "")
    m = re.match(UNIT_PREFIX[level], f)
    cut = m.end() if m else 0
    rest = t[len(t) - len(f[cut:]):] if m else t  # same length: strip_marks keeps one char per char
    rest = rest.strip(" .")
    key = fold(rest)
    if key.isdigit():
        key = str(int(key))
    return key, rest


def ref_match(candidates, text, level):
    key, rest = ref_unit_key(text, level)
    found = [u for u in candidates if (str(int(u["name"])) if u["name"].isdigit() else fold(u["name"])) == key]
    if rest != strip_marks(rest):  # written with diacritics: they must agree (modulo tone placement)
        exact = [u for u in found if u["name"].lower() in (rest.lower(), swap_tone(rest).lower())
                 or (u["name"].isdigit() and key.isdigit())]
        found = exact
    return found


def ref_commune(text, scope_communes, district_text=None, scope_districts=None):
    t = clean(text)
    parts = [p for p in re.split(r"\s*,\s*|\s+-\s+", t) if p]
    commune_text = parts[0]
    if len(parts) > 1:
        district_text = parts[1]
    found = ref_match(scope_communes, commune_text, 3)
    if len(found) > 1 and district_text and scope_districts:
        ds = ref_match(scope_districts, district_text, 2)
        assert len(ds) == 1, f"reference: district {district_text!r}"
        found = [c for c in found if c["parent_code"] == ds[0]["code"]]
    if district_text and scope_districts and len(found) == 1:
        ds = ref_match(scope_districts, district_text, 2)
        assert len(ds) == 1 and ds[0]["code"] == found[0]["parent_code"], f"reference: {district_text!r} vs {t!r}"
    return found


def ref_date(cell):
    if cell is None or cell == "":
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", cell.strip())
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return dt.date.fromisoformat(cell.strip())


def verify_register(rows, header_index, area, expected, existing_codes=(), skip_invalid_lines=()):
    """Reads a plain register (rows of cells, header at header_index) as the rules say and compares the
    result with the ground truth's expected checkpoints. Returns the number of rows checked."""
    header = rows[header_index]
    fields = [ref_field(h) if h else "ignore" for h in header]
    hamlet_cols = [i for i, f in enumerate(fields) if f == "hamlet"]
    if area.get("district"):
        dist = U.district(U.province(area["province"])["code"], area["district"])
        scope_c, scope_d = U.children[dist["code"]], [dist]
    else:
        prov = U.province(area["province"])
        scope_c, scope_d = U.communes_of_province(prov["code"]), U.children[prov["code"]]
    got = []
    for line, row in enumerate(rows[header_index + 1:], start=header_index + 2):
        if line in skip_invalid_lines:
            continue
        cell = {}
        for i, f in enumerate(fields):
            v = row[i] if i < len(row) else ""
            cell.setdefault(f, v)
        communes = ref_commune(cell["commune"], scope_c, cell.get("district") or None, scope_d)
        assert len(communes) == 1, f"reference: line {line}: {cell['commune']!r} resolves to {len(communes)}"
        c = communes[0]
        phone, others = ref_phone(str(cell.get("phone", "")))
        desc = clean(cell.get("description", "") or "")
        if others:
            more = "Số điện thoại khác: " + ", ".join(others)
            desc = f"{desc}. {more}" if desc else more
        address = clean(cell.get("address", "") or "")
        if not address:
            hamlet = ""
            if hamlet_cols:
                h = clean(str(row[hamlet_cols[0]] or ""))
                words = [w for w in fold(header[hamlet_cols[0]]).split() if w in HAMLET_WORDS]
                if h and len(words) == 1 and not any(w in HAMLET_WORDS for w in fold(h).split()[:1]):
                    h = f"{HAMLET_WORDS[words[0]]} {h}"
                hamlet = h
            address = derived_address(c["code"], hamlet or None)
        code = clean(cell.get("code", "") or "")
        got.append({"explicit": code, "name": clean(cell["name"]), "type": ref_type(cell.get("type", "")),
                    "phone": phone, "commune_code": c["code"], "address": address,
                    "registered_on": (lambda d: d.isoformat() if d else None)(ref_date(cell.get("registered_on"))),
                    "description": desc})
    # Codes, computed again.
    highest = defaultdict(int)
    for code in list(existing_codes) + [g["explicit"] for g in got if g["explicit"]]:
        m = re.fullmatch(r"(\d+)-(\d+)", code)
        if m:
            highest[m.group(1)] = max(highest[m.group(1)], int(m.group(2)))
    for g in got:
        if g["explicit"]:
            g["code"] = g["explicit"]
        else:
            highest[g["commune_code"]] += 1
            g["code"] = f"{g['commune_code']}-{highest[g['commune_code']]:03d}"
    by_key = {(g["commune_code"], g["name"]): g for g in got}
    assert len(by_key) == len(got), "reference: duplicate (commune, name)"
    exp = {(e["commune_code"], e["name"]): e for e in expected}
    assert set(exp) <= set(by_key), f"reference misses {set(exp) - set(by_key)}"
    for k, e in exp.items():
        for key, value in e.items():
            assert by_key[k][key] == value, f"reference disagrees on {k} {key}: {by_key[k][key]!r} != {value!r}"
    return len(got)


def ref_time(text, order):
    """The reference reader's parse of a scan time cell."""
    s = text.strip()
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})?", s)
    if m:
        t = dt.datetime.fromisoformat(m.group(1))
        off = m.group(2)
        if off is None:
            return t.replace(tzinfo=VN)
        if off == "Z":
            return t.replace(tzinfo=UTC)
        return dt.datetime.fromisoformat(s)
    if re.fullmatch(r"\d{5}(\.\d+)?", s):
        v = float(s)
        wall = dt.datetime(1899, 12, 30) + dt.timedelta(days=int(v), seconds=round((v - int(v)) * 86400))
        return wall.replace(tzinfo=VN)
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?", s) or \
        re.fullmatch(r"(\d{2}):(\d{2})(?::(\d{2}))? (\d{1,2})/(\d{1,2})/(\d{4})", s)
    assert m, f"reference cannot read time {text!r}"
    g = m.groups()
    if ":" in s.split(" ")[0]:
        hh, mm, ss, a, b, y = g
    else:
        a, b, y, hh, mm, ss = g
    a, b = int(a), int(b)
    day, month = (a, b) if order == "dmy" else (b, a)
    return dt.datetime(int(y), month, day, int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=VN)


def ref_date_order(cells):
    firsts = seconds = False
    for c in cells:
        m = re.search(r"(\d{1,2})/(\d{1,2})/\d{4}", c)
        if m:
            firsts |= int(m.group(1)) > 12
            seconds |= int(m.group(2)) > 12
    if firsts and seconds:
        return "conflict"
    return "mdy" if seconds else "dmy"


# ----------------------------------------------------------------------------------------------------
# Writing cases
# ----------------------------------------------------------------------------------------------------

def dump_json(obj):
    """JSON with one checkpoint or scan per line, so diffs stay readable."""
    def enc(v, indent):
        pad = "  " * indent
        if isinstance(v, dict) and indent < 2:
            items = [f'{pad}  {json.dumps(k, ensure_ascii=False)}: {enc(x, indent + 1)}' for k, x in v.items()]
            return "{\n" + ",\n".join(items) + "\n" + pad + "}" if items else "{}"
        if isinstance(v, list) and v and isinstance(v[0], dict):
            items = [pad + "  " + json.dumps(x, ensure_ascii=False) for x in v]
            return "[\n" + ",\n".join(items) + "\n" + pad + "]"
        return json.dumps(v, ensure_ascii=False)
    return enc(obj, 0) + "\n"


def sort_checkpoints(cps):
    return sorted(cps, key=lambda e: (e["commune_code"], e["name"]))


def sort_scans(scans):
    return sorted(scans, key=lambda e: (e["time"], e["checkpoint_code"], e["phone"]))


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


class Out:
    def __init__(self, name, description, area, import_kind, inputs, options=(), register=None,
                 stats_as_of=None):
        self.name = name
        self.files = {}
        self.case = {"description": description, "area": area}
        if register:
            self.case["register"] = register
        self.case["import"] = import_kind
        self.case["inputs"] = list(inputs)
        self.case["options"] = list(options)
        if stats_as_of:
            self.case["stats_as_of"] = stats_as_of
        self.expected = {}
        self.summary = ""

    def write(self):
        folder = os.path.join(HERE, self.name)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        for fname, data in self.files.items():
            with open(os.path.join(folder, fname), "wb") as f:
                f.write(data)
        for fname in self.case["inputs"] + ([self.case["register"]] if "register" in self.case else []):
            assert os.path.exists(os.path.join(folder, fname)), f"{self.name}: {fname} missing"
        # The runner pairs lists up after sorting; the sort keys must be unique.
        cps = self.expected.get("checkpoints", [])
        assert len({(e["commune_code"], e["name"]) for e in cps}) == len(cps), f"{self.name}: duplicate (commune, name)"
        assert len({e["code"] for e in cps}) == len(cps), f"{self.name}: duplicate code"
        scans = self.expected.get("scans", [])
        assert len({(e["time"], e["checkpoint_code"], e["phone"]) for e in scans}) == len(scans), f"{self.name}: duplicate scan key"
        with open(os.path.join(folder, "case.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(self.case, ensure_ascii=False, indent=2) + "\n")
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(dump_json(self.expected))


BD_AREA = {"province": "Bình Phước", "district": "Bù Đăng"}


def lines_text(lines):
    lines = sorted(lines)
    if len(lines) == 1:
        return f"line {lines[0]}"
    shown = ", ".join(str(n) for n in lines[:10])
    return f"lines {shown}" + (", …" if len(lines) > 10 else "")


def plain_register_case(out, header, rows, cps, encoding="utf-8", delimiter=",", fname="register.csv",
                        keys=CHECKPOINT_KEYS, with_description=False):
    """rows: list of cell lists in file order, parallel to cps (the truth)."""
    assert len(rows) == len(cps)
    assign_codes(cps)
    all_rows = [header] + rows
    out.files[fname] = csv_bytes(all_rows, delimiter, encoding)
    expected = sort_checkpoints([cp.expected(keys, with_description) for cp in cps])
    back = list(csv.reader(io.StringIO(decode(out.files[fname], encoding), newline=""), delimiter=delimiter))
    n = verify_register(back, 0, out.case["area"], expected)
    out.expected = {"exit": 0, "checkpoints": expected}
    return n


# ----------------------------------------------------------------------------------------------------
# Register cases
# ----------------------------------------------------------------------------------------------------

@case
def register_national_form():
    out = Out("register-national-form-semicolon-bom",
              "The national registration form's column headers, saved by Excel as ';'-separated UTF-8 with a BOM.",
              BD_AREA, "checkpoints", ["register.csv"])
    rng = random.Random(out.name)
    header = ["STT", "Tên điểm kiểm dịch (*)", "Loại điểm kiểm dịch (*)", "Số điện thoại (*)",
              "Tỉnh/Thành phố (*)", "Quận/Huyện (*)", "Xã/Phường/Thị trấn (*)", "Địa chỉ (*)"]
    data = [
        ("UBND xã Đăng Hà", "Cơ quan, đơn vị", landline(rng, "271"), "Đăng Hà", "Thôn 4, Xã Đăng Hà"),
        ("Trạm Y tế xã Đăng Hà", "Cơ sở y tế", mobile(rng), "Đăng Hà", "Thôn 4, Xã Đăng Hà"),
        ("Chợ Đức Phong", "Chợ", mobile(rng), "Đức Phong", "Đường Hùng Vương, Khu phố Tân Hưng, Thị trấn Đức Phong"),
        ("Bến xe Bù Đăng", "Bến xe, bến tàu", landline(rng, "271"), "Đức Phong", "Quốc lộ 14, Khu phố Đức Lợi, Thị trấn Đức Phong"),
        ("Trường THCS Thống Nhất", "Trường học", mobile(rng), "Thống Nhất", "Thôn 2, Xã Thống Nhất"),
        ("Chốt kiểm dịch Cầu 38", "Chốt kiểm dịch", mobile(rng), "Nghĩa Trung", "Quốc lộ 14, Thôn 7, Xã Nghĩa Trung"),
        ("Nhà nghỉ Hoàng Long", "Khách sạn, cơ sở lưu trú", mobile(rng), "Đức Phong", "25 Trần Hưng Đạo, Thị trấn Đức Phong"),
        ("Khu dân cư thôn Sơn Lang", "Khu dân cư", mobile(rng), "Đường 10", "Thôn Sơn Lang, Xã Đường 10"),
        ("Quán cà phê Gió Núi", "Nhà hàng, quán ăn, cà phê", mobile(rng), "Bom Bo", "Thôn Bù Cà Mau, Xã Bom Bo"),
    ]
    rows, cps = [], []
    for i, (name, t, phone, commune, addr) in enumerate(data, 1):
        c = bd(commune)
        rows.append([str(i), name, t, phone, "Tỉnh Bình Phước", "Huyện Bù Đăng", U.by_code[c]["name_with_type"], addr])
        cps.append(CP(name, t, phone, c, addr))
    n = plain_register_case(out, header, rows, cps, encoding="utf-8-bom", delimiter=";")
    out.summary = f"{n} rows, ';', UTF-8 BOM, national headers"
    return out


def header_synonym_case(name, description, header, fields, data):
    out = Out(name, description, BD_AREA, "checkpoints", ["register.csv"])
    rng = random.Random(out.name)
    styles = ["plain", "dots", "intl", "spaces", "nozero", "84"]
    rows, cps = [], []
    for i, d in enumerate(data):
        phone = mobile(rng)
        c = bd(d["commune"])
        cells = []
        for f in fields:
            if f == "stt":
                cells.append(str(i + 1))
            elif f == "name":
                cells.append(d["name"])
            elif f == "type":
                cells.append(d.get("type_cell", d.get("type", "")))
            elif f == "phone":
                cells.append(phone_cell(phone, styles[i % len(styles)]))
            elif f == "commune":
                cells.append(U.by_code[c]["name_with_type"])
            elif f == "district":
                cells.append("Huyện Bù Đăng")
            elif f == "province":
                cells.append("Bình Phước")
            elif f == "address":
                cells.append(d.get("address", ""))
            elif f == "hamlet":
                cells.append(d.get("hamlet", ""))
        type_ = d.get("type") or "Chưa phân loại"
        cps.append(CP(d["name"], type_, phone, c, d.get("address"), hamlet=d.get("hamlet")))
        rows.append(cells)
    n = plain_register_case(out, header, rows, cps)
    out.summary = f"{n} rows, phone under {header[fields.index('phone')]!r}"
    return out


@case
def register_header_sdt_lien_he():
    return header_synonym_case(
        "register-header-sdt-lien-he",
        "A register whose phone column is headed 'SĐT liên hệ' and name column 'Tên cơ sở'.",
        ["STT", "Tên cơ sở", "Loại hình", "SĐT liên hệ", "Xã", "Địa chỉ"],
        ["stt", "name", "type", "phone", "commune", "address"],
        [dict(name="Cửa hàng Bách Hóa Xanh Đức Phong", type="Siêu thị, cửa hàng tiện lợi", commune="Đức Phong", address="Đường ĐT 760, Thị trấn Đức Phong"),
         dict(name="Trường Mầm non Họa Mi", type="Trường học", commune="Minh Hưng", address="Thôn 3, Xã Minh Hưng"),
         dict(name="Nhà hàng Phương Nam", type="Nhà hàng, quán ăn, cà phê", commune="Đức Liễu", address="Thôn 5, Xã Đức Liễu"),
         dict(name="Công ty TNHH Cao su Bù Đăng", type="Cơ sở sản xuất, kinh doanh", commune="Đức Liễu", address="Thôn 9, Xã Đức Liễu"),
         dict(name="Trạm Y tế xã Minh Hưng", type="Cơ sở y tế", commune="Minh Hưng", address="Thôn 1, Xã Minh Hưng"),
         dict(name="Chợ Minh Hưng", type="Chợ", commune="Minh Hưng", address="")])


@case
def register_header_so_dt():
    return header_synonym_case(
        "register-header-so-dt",
        "A register in capitals with '(*)' marks: 'TÊN ĐỊA ĐIỂM (*)', 'Loại điểm', phone under 'Số ĐT', 'Phường xã', 'Địa chỉ (*)'.",
        ["TÊN ĐỊA ĐIỂM (*)", "Loại điểm", "Số ĐT", "Phường xã", "Địa chỉ (*)"],
        ["name", "type", "phone", "commune", "address"],
        [dict(name="UBND xã Thọ Sơn", type="Cơ quan, đơn vị", commune="Thọ Sơn", address="Thôn Sơn Lợi, Xã Thọ Sơn"),
         dict(name="Trạm Y tế xã Thọ Sơn", type="Cơ sở y tế", commune="Thọ Sơn", address="Thôn Sơn Lợi, Xã Thọ Sơn"),
         dict(name="Chợ Phú Sơn", type="Chợ", commune="Phú Sơn", address="Thôn Sơn Hòa, Xã Phú Sơn"),
         dict(name="Trường Tiểu học Phú Sơn", type="Trường học", commune="Phú Sơn", address="Thôn Sơn Hiệp, Xã Phú Sơn"),
         dict(name="Đám cưới nhà văn hóa thôn 2", type="Đám cưới, đám tang, sự kiện", commune="Phú Sơn", address="Thôn 2, Xã Phú Sơn")])


@case
def register_header_dien_thoai_di_dong():
    return header_synonym_case(
        "register-header-dien-thoai-di-dong",
        "A register with phone under 'Điện thoại di động', no type column and no address column: address from 'Thôn/Ấp', commune, district.",
        ["Tên điểm kiểm dịch", "Điện thoại di động", "Xã/Phường/Thị trấn", "Huyện", "Tỉnh thành", "Thôn/Ấp"],
        ["name", "phone", "commune", "district", "province", "hamlet"],
        [dict(name="Cửa hàng tạp hóa Thu Hà", commune="Bình Minh", hamlet="Thôn Bình Tiến"),
         dict(name="Quán phở Hùng", commune="Bình Minh", hamlet="Thôn Bình Thành"),
         dict(name="Tiệm thuốc tây Minh Châu", commune="Đức Phong", hamlet="Khu phố Tân Hưng"),
         dict(name="Điểm bán vé số Kim Liên", commune="Đức Phong", hamlet="Khu phố Đức Lợi"),
         dict(name="Nhà văn hóa bon Bu Gia", commune="Đồng Nai", hamlet=""),
         dict(name="UBND xã Đồng Nai", commune="Đồng Nai", hamlet="Thôn 4")])


@case
def register_header_phone_number():
    return header_synonym_case(
        "register-header-phone-number",
        "A register with an English 'Phone number' header, 'Quận huyện' and some empty type cells (-> Chưa phân loại).",
        ["Tên cơ sở", "Phone number", "Quận huyện", "Xã", "Địa chỉ", "Loại hình"],
        ["name", "phone", "district", "commune", "address", "type"],
        [dict(name="Homestay Đồi Thông", type="", commune="Đak Nhau", address="Thôn Đăng Lang, Xã Đak Nhau"),
         dict(name="Trạm Y tế xã Đak Nhau", type="Cơ sở y tế", commune="Đak Nhau", address="Thôn Đăng Lang, Xã Đak Nhau"),
         dict(name="Cửa hàng xăng dầu số 12", type="", commune="Đoàn Kết", address="Quốc lộ 14, Thôn 3, Xã Đoàn Kết"),
         dict(name="Trường THCS Đoàn Kết", type="Trường học", commune="Đoàn Kết", address="Thôn 2, Xã Đoàn Kết"),
         dict(name="Chốt kiểm dịch ngã ba Đoàn Kết", type="Chốt kiểm dịch", commune="Đoàn Kết", address="Ngã ba Đoàn Kết, Xã Đoàn Kết")])


@case
def register_phone_forms():
    out = Out("register-phone-forms",
              "Phone cells as people and Excel write them: +84, 84, dots, spaces, leading 0 dropped, landlines, placeholders, two or three numbers in one cell.",
              BD_AREA, "checkpoints", ["register.csv"])
    header = ["Tên điểm kiểm dịch", "Loại hình", "Số điện thoại", "Xã/Phường/Thị trấn", "Địa chỉ", "Ghi chú"]
    c = bd("Nghĩa Bình")
    A = "Xã Nghĩa Bình"
    data = [  # name, phone cell, phone, note cell, description
        ("UBND xã Nghĩa Bình", "+84 912 345 678", "0912345678", "", None),
        ("Trạm Y tế xã Nghĩa Bình", "84912345679", "0912345679", "", None),
        ("Chợ Nghĩa Bình", "0912.345.680", "0912345680", "", None),
        ("Trường Tiểu học Nghĩa Bình", "912345681", "0912345681", "", None),
        ("Bưu điện văn hóa xã Nghĩa Bình", "0271 3875 123", "02713875123", "", None),
        ("Nhà văn hóa thôn 1", "+84 271 3875 124", "02713875124", "", None),
        ("Nhà văn hóa thôn 2", "2713875125", "02713875125", "", None),
        ("Nhà văn hóa thôn 3", "không có", "", "", None),
        ("Nhà văn hóa thôn 4", "-", "", "", None),
        ("Nhà văn hóa thôn 5", "chưa có", "", "", None),
        ("Nhà văn hóa thôn 6", "", "", "", None),
        ("Cửa hàng tạp hóa Ngọc Lan", "0912345682 - 0987654321", "0912345682", "", "Số điện thoại khác: 0987654321"),
        ("Quán ăn Bà Tư", "0386.111.222 / 0912.000.111", "0386111222", "", "Số điện thoại khác: 0912000111"),
        ("Nhà nghỉ Bình An", "0971234567; 0862345678; 02713555666", "0971234567", "", "Số điện thoại khác: 0862345678, 02713555666"),
        ("Tiệm cắt tóc Hòa", "0339876543, 84912555666", "0339876543", "Mở cửa từ 6 giờ đến 22 giờ", "Mở cửa từ 6 giờ đến 22 giờ. Số điện thoại khác: 0912555666"),
        ("Quán cà phê Sương Sớm", "+84 977 888 999", "0977888999", "Chỉ bán mang về", "Chỉ bán mang về"),
    ]
    rows, cps = [], []
    for name, cell, phone, note, desc in data:
        rows.append([name, "", cell, "Xã Nghĩa Bình", f"Thôn 1, {A}", note])
        cps.append(CP(name, "Chưa phân loại", phone, c, f"Thôn 1, {A}", description=desc))
    n = plain_register_case(out, header, rows, cps, with_description=True)
    out.summary = f"{n} rows of phone forms, 4 with other numbers or notes in description"
    return out


@case
def register_free_text_types():
    out = Out("register-free-text-types",
              "Types written as offices write them: the synonyms of national types, national types in any case or without diacritics, unknown types kept as written, empty types.",
              BD_AREA, "checkpoints", ["register.csv"])
    rng = random.Random(out.name)
    header = ["STT", "Tên điểm kiểm dịch", "Loại hình", "Số điện thoại", "Xã/Phường/Thị trấn", "Địa chỉ"]
    data = [  # type cell, stored type, name
        ("Bến xe", "Bến xe, bến tàu", "Bến xe khách Đức Phong"),
        ("Nhà hàng, quán ăn", "Nhà hàng, quán ăn, cà phê", "Nhà hàng Hương Rừng"),
        ("Quán cà phê", "Nhà hàng, quán ăn, cà phê", "Cà phê Phố Núi"),
        ("Tạp hóa", "Siêu thị, cửa hàng tiện lợi", "Tạp hóa Minh Tâm"),
        ("Cửa hàng", "Siêu thị, cửa hàng tiện lợi", "Cửa hàng điện máy Xanh"),
        ("Cửa hàng tạp hóa", "Siêu thị, cửa hàng tiện lợi", "Tạp hóa Cô Ba"),
        ("Siêu thị", "Siêu thị, cửa hàng tiện lợi", "Siêu thị Co.op Food Đức Phong"),
        ("Chốt kiểm soát", "Chốt kiểm dịch", "Chốt Cầu Đak Nhau"),
        ("UBND xã", "Cơ quan, đơn vị", "UBND xã Đức Liễu"),
        ("Cơ quan", "Cơ quan, đơn vị", "Công an huyện Bù Đăng"),
        ("Trạm y tế", "Cơ sở y tế", "Trạm Y tế xã Đức Liễu"),
        ("Bệnh viện", "Cơ sở y tế", "Trung tâm Y tế huyện Bù Đăng"),
        ("Trường tiểu học", "Trường học", "Trường Tiểu học Kim Đồng"),
        ("Trường mầm non", "Trường học", "Trường Mầm non Vàng Anh"),
        ("Trường THCS", "Trường học", "Trường THCS Lương Thế Vinh"),
        ("Nhà nghỉ", "Khách sạn, cơ sở lưu trú", "Nhà nghỉ Thanh Bình"),
        ("Khách sạn", "Khách sạn, cơ sở lưu trú", "Khách sạn Bù Đăng"),
        ("CHỢ", "Chợ", "Chợ Đức Liễu"),
        ("truong hoc", "Trường học", "Trường THPT Bù Đăng"),
        ("Khu dân cư", "Khu dân cư", "Khu dân cư khu phố Tân Lập"),
        ("khác", "Khác", "Sân bóng Hoàng Gia"),
        ("Khach san, co so luu tru", "Khách sạn, cơ sở lưu trú", "Nhà trọ Bình Minh"),
        ("  Đám cưới, đám tang, sự kiện ", "Đám cưới, đám tang, sự kiện", "Hội trường thôn 3"),
        ("PHƯƠNG TIỆN VẬN TẢI CÔNG CỘNG", "Phương tiện vận tải công cộng", "Xe khách Bù Đăng - Sài Gòn"),
        ("co so san xuat, kinh doanh", "Cơ sở sản xuất, kinh doanh", "Xưởng điều Hoàng Phát"),
        (nfd("Cơ sở y tế"), "Cơ sở y tế", "Phòng khám Đa khoa Tâm Đức"),
        ("Siêu thị, cửa hàng tiện lợi", "Siêu thị, cửa hàng tiện lợi", "Bách Hóa Xanh Đức Liễu"),
        ("Nhà văn hóa xóm", "Nhà văn hóa xóm", "Nhà văn hóa xóm Đồng Tâm"),
        ("Tiệm cắt tóc", "Tiệm cắt tóc", "Tiệm cắt tóc Tuấn"),
        (" Tiệm sửa xe máy ", "Tiệm sửa xe máy", "Sửa xe Thành Đạt"),
        (nfd("Nhà văn hóa thôn"), "Nhà văn hóa thôn", "Nhà văn hóa thôn 6"),
        ("", "Chưa phân loại", "Điểm tập kết nông sản thôn 8"),
        ("   ", "Chưa phân loại", "Bãi đỗ xe Đức Phong"),
    ]
    rows, cps = [], []
    for i, (cell, t, name) in enumerate(data, 1):
        c = bd("Đức Liễu") if "Đức Liễu" in name else bd("Đức Phong") if ("Đức Phong" in name or "Bù Đăng" in name) \
            else bd("Đức Phong") if i % 2 else bd("Đức Liễu")
        phone = mobile(rng)
        addr = f"Thôn {i}, {U.by_code[c]['name_with_type']}" if c != bd("Đức Phong") else f"Khu phố {i}, Thị trấn Đức Phong"
        rows.append([str(i), name, cell, phone, U.by_code[c]["name_with_type"], addr])
        cps.append(CP(name, t, phone, c, addr))
    n = plain_register_case(out, header, rows, cps)
    out.summary = f"{n} rows, {len({cp.type for cp in cps})} distinct stored types"
    return out


@case
def register_unit_spellings():
    out = Out("register-unit-spellings-bu-dang",
              "A district register whose commune, district and province cells are written every way: abbreviations with and without dot or space, capitals, NFD, extra spaces, no diacritics, no prefix, unit chains in one cell.",
              BD_AREA, "checkpoints", ["register.csv"])
    rng = random.Random(out.name)
    header = ["Tên điểm", "Loại hình", "Số điện thoại", "Xã/Phường/Thị trấn", "Huyện", "Tỉnh", "Địa chỉ"]
    dist = BU_DANG
    prov = BINH_PHUOC
    d_cells = ["Huyện Bù Đăng", "H. Bù Đăng", "H.Bù Đăng", "Bù Đăng", "BÙ ĐĂNG", "Bu Dang", nfd("Huyện Bù Đăng"), " huyện  Bù Đăng "]
    p_cells = ["Bình Phước", "Tỉnh Bình Phước", "T. Bình Phước", "BINH PHUOC", "T.Bình Phước", nfd("Bình Phước")]
    data = [  # commune name, cell, name, address (None = derived)
        ("Đăng Hà", unit_cell(U.by_code[bd("Đăng Hà")], "abbr", "X."), "UBND xã Đăng Hà", "Thôn 4, Xã Đăng Hà"),
        ("Thống Nhất", unit_cell(U.by_code[bd("Thống Nhất")], "abbr", "X. "), "UBND xã Thống Nhất", None),
        ("Bom Bo", unit_cell(U.by_code[bd("Bom Bo")], "abbr", "X "), "Chợ Bom Bo", "Thôn Bù Cà Mau, Xã Bom Bo"),
        ("Đức Phong", "TT.Đức Phong", "UBND thị trấn Đức Phong", None),
        ("Đức Phong", "TT Đức Phong", "Trường THCS Đức Phong", "Khu phố Tân Hòa, Thị trấn Đức Phong"),
        ("Đức Phong", "Tt.Đức Phong", "Công viên Đức Phong", None),
        ("Nghĩa Trung", "XÃ NGHĨA TRUNG", "Chốt kiểm dịch Cầu 38", "Quốc lộ 14, Xã Nghĩa Trung"),
        ("Đoàn Kết", nfd("Xã Đoàn Kết"), nfd("Trạm Y tế xã Đoàn Kết"), nfd("Thôn 3, Xã Đoàn Kết")),
        ("Minh Hưng", "  Xã   Minh   Hưng  ", "  Cửa hàng   Minh   Hưng  ", "  Thôn 1,   Xã Minh Hưng "),
        ("Đăng Hà", "Dang Ha", "Trạm Y tế xã Đăng Hà", None),
        ("Nghĩa Bình", "Xa Nghia Binh", "UBND xã Nghĩa Bình", None),
        ("Phước Sơn", "Phước Sơn", "Chợ Phước Sơn", "Thôn 2, Xã Phước Sơn"),
        ("Đăng Hà", "Xã Đăng Hà, Huyện Bù Đăng", "Trường Tiểu học Đăng Hà", None),
        ("Đăng Hà", "Đăng Hà - Bù Đăng - Bình Phước", "Chợ Đăng Hà", "Thôn 3, Xã Đăng Hà"),
        ("Phú Sơn", "xã phú sơn", "UBND xã Phú Sơn", None),
        ("Đức Phong", "THỊ TRẤN ĐỨC PHONG", "Bến xe Đức Phong", None),
        ("Thọ Sơn", "Thọ Sơn", "UBND xã Thọ Sơn", None),
        ("Bình Minh", "BINH MINH", "UBND xã Bình Minh", None),
        ("Đức Liễu", "x.đức liễu", "UBND xã Đức Liễu", None),
        ("Đak Nhau", "X.Đak Nhau", "UBND xã Đak Nhau", None),
        ("Đồng Nai", "Xã Đồng  Nai", "UBND xã Đồng Nai", None),
        ("Đường 10", "X. Đường 10", "UBND xã Đường 10", None),
        ("Minh Hưng", "MINH HƯNG", "UBND xã Minh Hưng", None),
        ("Phước Sơn", "x phuoc son", "UBND xã Phước Sơn", None),
    ]
    types = ["Cơ quan, đơn vị", "Chợ", "Trường học", "Cơ sở y tế"]
    rows, cps = [], []
    for i, (cname, cell, name, addr) in enumerate(data):
        c = bd(cname)
        t = "Chợ" if name.startswith("Chợ") else "Cơ sở y tế" if "Y tế" in nfc(name) else \
            "Trường học" if name.startswith("Trường") else "Chốt kiểm dịch" if name.startswith("Chốt") else \
            "Bến xe, bến tàu" if name.startswith("Bến") else \
            "Siêu thị, cửa hàng tiện lợi" if clean(name).startswith("Cửa hàng") else \
            "Khác" if name.startswith("Công viên") else "Cơ quan, đơn vị"
        phone = mobile(rng)
        rows.append([name, t, phone, cell, d_cells[i % len(d_cells)], p_cells[i % len(p_cells)], addr or ""])
        cps.append(CP(name, t, phone, c, addr))
    n = plain_register_case(out, header, rows, cps)
    out.summary = f"{n} rows, {len({r[3] for r in rows})} commune spellings"
    return out


def cb_commune(district_name, commune_name):
    d = U.district(CAO_BANG["code"], district_name)
    return U.commune(d["code"], commune_name)


@case
def register_province_shared_communes():
    out = Out("register-province-cao-bang-shared-communes",
              "A province-wide register (Cao Bằng) whose district column is written every way, with commune names several districts share resolved by district, and old/new tone placement.",
              {"province": "Cao Bằng"}, "checkpoints", ["register.csv"])
    rng = random.Random(out.name)
    header = ["STT", "Tên cơ sở", "Loại hình", "Số điện thoại", "Tỉnh thành", "Quận huyện", "Phường xã", "Địa chỉ"]
    P = ["Cao Bằng", "Tỉnh Cao Bằng", "T. Cao Bằng", "CAO BANG", "T.Cao Bằng", nfd("Tỉnh Cao Bằng")]
    data = [  # district, commune, district cell, commune cell, name, type
        ("Bảo Lâm", "Vĩnh Quang", "Huyện Bảo Lâm", "Xã Vĩnh Quang", "UBND xã Vĩnh Quang", "Cơ quan, đơn vị"),
        ("Cao Bằng", "Vĩnh Quang", "TP Cao Bằng", "Vĩnh Quang", "UBND xã Vĩnh Quang", "Cơ quan, đơn vị"),
        ("Cao Bằng", "Vĩnh Quang", "TP.Cao Bằng", "X. Vĩnh Quang", "Chợ Vĩnh Quang", "Chợ"),
        ("Bảo Lạc", "Phan Thanh", "H. Bảo Lạc", "Xã Phan Thanh", "Trạm Y tế xã Phan Thanh", "Cơ sở y tế"),
        ("Nguyên Bình", "Phan Thanh", "NGUYÊN BÌNH", "Phan Thanh", "Trạm Y tế xã Phan Thanh", "Cơ sở y tế"),
        ("Bảo Lạc", "Hưng Đạo", "Bảo Lạc", "X.Hưng Đạo", "UBND xã Hưng Đạo", "Cơ quan, đơn vị"),
        ("Cao Bằng", "Hưng Đạo", "Thành phố Cao Bằng", "Xã Hưng Đạo", "UBND xã Hưng Đạo", "Cơ quan, đơn vị"),
        ("Nguyên Bình", "Hưng Đạo", "H.Nguyên Bình", "HƯNG ĐẠO", "UBND xã Hưng Đạo", "Cơ quan, đơn vị"),
        ("Cao Bằng", "Hưng Đạo", "Tp Cao Bằng", "Hưng Đạo", "Trường Tiểu học Hưng Đạo", "Trường học"),
        ("Hà Quảng", "Ngọc Động", "Huyện Hà Quảng", "Xã Ngọc Động", "UBND xã Ngọc Động", "Cơ quan, đơn vị"),
        ("Quảng Hòa", "Ngọc Động", "Quảng Hoà", "Ngọc Động", "UBND xã Ngọc Động", "Cơ quan, đơn vị"),
        ("Trùng Khánh", "Quang Trung", "Huyện Trùng Khánh", "Quang Trung", "UBND xã Quang Trung", "Cơ quan, đơn vị"),
        ("Hoà An", "Quang Trung", "Huyện Hòa An", "Xã Quang Trung", "UBND xã Quang Trung", "Cơ quan, đơn vị"),
        ("Hoà An", "Quang Trung", "H. Hoà An", "Quang Trung", "Chợ Quang Trung", "Chợ"),
        ("Trùng Khánh", "Quang Trung", "trùng khánh", "X Quang Trung", "Chợ Quang Trung", "Chợ"),
        ("Hoà An", "Đức Long", "Hoa An", "Đức Long", "UBND xã Đức Long", "Cơ quan, đơn vị"),
        ("Thạch An", "Đức Long", nfd("Huyện Thạch An"), nfd("Xã Đức Long"), "UBND xã Đức Long", "Cơ quan, đơn vị"),
        ("Hoà An", "Đức Long", "HÒA AN", "ĐỨC LONG", "Trường THCS Đức Long", "Trường học"),
        ("Thạch An", "Đức Long", "Thach An", "Duc Long", "Trường THCS Đức Long", "Trường học"),
        ("Cao Bằng", "Hoà Chung", "TP. Cao Bằng", "Phường Hòa Chung", "UBND phường Hoà Chung", "Cơ quan, đơn vị"),
        ("Cao Bằng", "Hoà Chung", "Cao Bằng", "P. Hoà Chung", "Chợ Hoà Chung", "Chợ"),
        ("Cao Bằng", "Sông Hiến", "Thành phố Cao Bằng", "P.Sông Hiến", "Chợ Sông Hiến", "Chợ"),
        ("Cao Bằng", "Hợp Giang", "TP Cao Bằng", "P Hợp Giang", "Chợ Xanh", "Chợ"),
        ("Trùng Khánh", "Đàm Thuỷ", "H. Trùng Khánh", "Xã Đàm Thủy", "Khu du lịch thác Bản Giốc", "Khác"),
        ("Trùng Khánh", "Đàm Thuỷ", "Trùng Khánh", "Đàm Thuỷ", "Chốt kiểm dịch Bản Giốc", "Chốt kiểm dịch"),
        ("Thạch An", "Thụy Hùng", "Huyện Thạch An", "Xã Thuỵ Hùng", "UBND xã Thụy Hùng", "Cơ quan, đơn vị"),
        ("Quảng Hòa", "Hoà Thuận", "Huyện Quảng Hoà", "TT Hòa Thuận", "Chốt kiểm dịch Cửa khẩu Tà Lùng", "Chốt kiểm dịch"),
        ("Quảng Hòa", "Tà Lùng", "H.Quảng Hòa", "TT.Tà Lùng", "Trạm Y tế thị trấn Tà Lùng", "Cơ sở y tế"),
        ("Quảng Hòa", "Quảng Uyên", "Quang Hoa", "Tt.Quảng Uyên", "Bến xe Quảng Uyên", "Bến xe, bến tàu"),
        ("Hà Quảng", "Xuân Hòa", "HÀ QUẢNG", "Thị trấn Xuân Hoà", "Chợ Xuân Hòa", "Chợ"),
        ("Hoà An", "Nước Hai", "Huyện Hoà An", "TT Nước Hai", "Bệnh viện Đa khoa huyện Hòa An", "Cơ sở y tế"),
        ("Hoà An", "Nam Tuấn", "H. Hòa An", "X.Nam Tuấn", "Nhà văn hóa xóm Nà Mạ", "Nhà văn hóa xóm"),
        ("Bảo Lâm", "Pác Miầu", "Huyện Bảo Lâm", "Thị trấn Pác Miầu", "Chợ Pác Miầu", "Chợ"),
        ("Hạ Lang", "Thanh Nhật", "Hạ Lang", "THỊ TRẤN THANH NHẬT", "Trường Mầm non Thanh Nhật", "Trường học"),
        ("Nguyên Bình", "Tĩnh Túc", "Nguyen Binh", "Tinh Tuc", "Trạm Y tế thị trấn Tĩnh Túc", "Cơ sở y tế"),
        ("Bảo Lạc", "Hưng Đạo", "Huyện Bảo Lạc", "Hưng Đạo - Bảo Lạc - Cao Bằng", "Chợ Hưng Đạo", "Chợ"),
        ("Nguyên Bình", "Phan Thanh", "Nguyên Bình", "Xã Phan Thanh, Huyện Nguyên Bình", "Chợ Phan Thanh", "Chợ"),
    ]
    rows, cps = [], []
    for i, (dn, cn, dcell, ccell, name, t) in enumerate(data, 1):
        c = cb_commune(dn, cn)
        phone = mobile(rng) if i % 4 else landline(rng, "206")
        addr = f"Xóm {rng.choice(['Nà Mạ', 'Bản Chang', 'Pác Bó', 'Nà Rài', 'Lũng Rỳ', 'Khuổi Mòn'])}, {c['name_with_type']}" if i % 3 else ""
        rows.append([str(i), name, t, phone_cell(phone, ["plain", "dots", "spaces", "intl"][i % 4]), P[i % len(P)], dcell, ccell, addr])
        cps.append(CP(name, t, phone, c["code"], addr or None))
    n = plain_register_case(out, header, rows, cps)
    shared = sum(1 for d in data if d[1] in ("Vĩnh Quang", "Phan Thanh", "Hưng Đạo", "Ngọc Động", "Quang Trung", "Đức Long"))
    out.summary = f"{n} rows, {shared} with shared commune names"
    return out


@case
def register_numbered_wards():
    out = Out("register-numbered-wards-da-lat",
              "A city register (Đà Lạt) whose numbered wards are written P1, P.01, Phường 01, P 3, PHƯỜNG 10 and so on.",
              {"province": "Lâm Đồng", "district": "Đà Lạt"}, "checkpoints", ["register.csv"])
    rng = random.Random(out.name)
    header = ["Tên điểm kiểm dịch", "Loại điểm", "SĐT", "Phường xã", "Quận huyện", "Địa chỉ"]
    D = ["TP. Đà Lạt", "Thành phố Đà Lạt", "Đà Lạt", "Tp Đà Lạt", "TP Đà Lạt", "DA LAT", "Tp.Đà Lạt"]
    data = [  # ward/commune name, cell, checkpoint name, type, address
        ("1", "P1", "Chợ Đà Lạt", "Chợ", "Đường Nguyễn Thị Minh Khai, Phường 1"),
        ("1", "P.01", "Khách sạn Ngọc Lan", "Khách sạn, cơ sở lưu trú", "42 Nguyễn Chí Thanh, Phường 1"),
        ("1", "Phường 01", "UBND phường 1", "Cơ quan, đơn vị", ""),
        ("1", "Phường 1", "Trạm Y tế phường 1", "Cơ sở y tế", "Đường Phan Bội Châu, Phường 1"),
        ("2", "P.2", "Trường THCS Chu Văn An", "Trường học", "Đường Hai Bà Trưng, Phường 2"),
        ("3", "P 3", "Bến xe liên tỉnh Đà Lạt", "Bến xe, bến tàu", "1 Tô Hiến Thành, Phường 3"),
        ("4", "P.04", "UBND phường 4", "Cơ quan, đơn vị", ""),
        ("10", "PHƯỜNG 10", "Ga Đà Lạt", "Bến xe, bến tàu", "1 Quang Trung, Phường 10"),
        ("12", "P12", "Trạm Y tế phường 12", "Cơ sở y tế", ""),
        ("11", "P.11", "Chợ Phường 11", "Chợ", "Đường Hùng Vương, Phường 11"),
        ("7", "phường 7", "Trường Tiểu học Phường 7", "Trường học", ""),
        ("8", "Phường 8, TP. Đà Lạt", "Cà phê Tùng", "Nhà hàng, quán ăn, cà phê", "6 Khu Hòa Bình, Phường 8"),
        ("9", "P09", "Nhà nghỉ Thanh Thủy", "Khách sạn, cơ sở lưu trú", "Đường Nguyễn Trãi, Phường 9"),
        ("5", "F5", None, None, None),  # dropped below: F is not a documented spelling
        ("6", "Phường 06", "Siêu thị Big C Đà Lạt", "Siêu thị, cửa hàng tiện lợi", "Đường Phan Đình Phùng, Phường 6"),
        ("Tà Nung", "X.Tà Nung", "UBND xã Tà Nung", "Cơ quan, đơn vị", ""),
        ("Xuân Thọ", "Xuân Thọ", "Chốt kiểm dịch đèo Prenn", "Chốt kiểm dịch", "Quốc lộ 20, Xã Xuân Thọ"),
        ("Trạm Hành", "TRẠM HÀNH", "Trạm Y tế xã Trạm Hành", "Cơ sở y tế", ""),
        ("Xuân Trường", "Xã Xuân Trường", "Chợ Xuân Trường", "Chợ", ""),
    ]
    data = [d for d in data if d[2] is not None]
    rows, cps = [], []
    for i, (wn, cell, name, t, addr) in enumerate(data):
        c = U.commune(DA_LAT["code"], wn)["code"]
        phone = mobile(rng) if i % 3 else landline(rng, "263")
        rows.append([name, t, phone_cell(phone, "dots" if i % 2 else "plain"), cell, D[i % len(D)], addr])
        cps.append(CP(name, t, phone, c, addr or None))
    n = plain_register_case(out, header, rows, cps)
    out.summary = f"{n} rows, wards written {len({r[3] for r in rows})} ways"
    return out


def report_title_rows(width, place):
    def row(*cells):
        return list(cells) + [""] * (width - len(cells))
    return [
        row("ỦY BAN NHÂN DÂN HUYỆN BÙ ĐĂNG", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        row("BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19", "", "", "", "Độc lập - Tự do - Hạnh phúc"),
        row(),
        row("DANH SÁCH ĐIỂM KIỂM DỊCH TRÊN ĐỊA BÀN HUYỆN BÙ ĐĂNG"),
        row(f"(Kèm theo Báo cáo số 215/BC-BCĐ ngày 24/8/2021 của {place})"),
        row(),
    ]


@case
def register_xlsx_report():
    out = Out("register-xlsx-report",
              "An XLSX register kept as a printed report: title rows, a two-row merged header (Địa bàn over Xã and Thôn/Ấp), a row of column numbers, section rows per commune, blank rows, a totals row and a signature block; address from the hamlet.",
              BD_AREA, "checkpoints", ["register.xlsx"])
    rng = random.Random(out.name)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    W = 7
    titles = report_title_rows(W, "Ban Chỉ đạo huyện")
    for r in titles:
        ws.append([v or None for v in r])
    ws.merge_cells("A1:C1")
    ws.merge_cells("E1:G1")
    ws.merge_cells("A2:C2")
    ws.merge_cells("E2:G2")
    ws.merge_cells("A4:G4")
    ws.merge_cells("A5:G5")
    # Header over rows 7 and 8.
    ws.append(["STT", "Tên điểm kiểm dịch", "Loại hình", "Địa bàn", None, "Số điện thoại", "Ghi chú"])
    ws.append([None, None, None, "Xã", "Thôn/Ấp", None, None])
    for col in "ABCFG":
        ws.merge_cells(f"{col}7:{col}8")
    ws.merge_cells("D7:E7")
    ws.append([f"({i})" for i in range(1, W + 1)])
    sections = [
        ("I. XÃ ĐĂNG HÀ", "Đăng Hà", [
            ("UBND xã Đăng Hà", "Cơ quan, đơn vị", "X. Đăng Hà", "Thôn 4"),
            ("Trạm Y tế xã Đăng Hà", "Cơ sở y tế", "", "Thôn 4"),
            ("Chợ Đăng Hà", "Chợ", "", "Thôn 3"),
            ("Trường Tiểu học Đăng Hà", "Trường học", "", "Bù Môn"),
            ("Chốt kiểm dịch Cầu Đăng Hà", "Chốt kiểm dịch", "Đăng Hà", "Thôn 8"),
        ]),
        ("II. THỊ TRẤN ĐỨC PHONG", "Đức Phong", [
            ("UBND thị trấn Đức Phong", "Cơ quan, đơn vị", "", "Khu phố Tân Hưng"),
            ("Chợ Đức Phong", "Chợ", "TT. Đức Phong", "Khu phố Đức Lợi"),
            ("Siêu thị Bách Hóa Xanh Đức Phong", "Siêu thị, cửa hàng tiện lợi", "", ""),
        ]),
        ("III. XÃ THỐNG NHẤT", "Thống Nhất", [
            ("UBND xã Thống Nhất", "Cơ quan, đơn vị", "", "Thôn 2"),
            ("Trường THCS Thống Nhất", "Trường học", "", "Thôn 5"),
        ]),
    ]
    cps = []
    stt = 0
    for s_i, (title, cname, items) in enumerate(sections):
        if s_i:
            ws.append([None] * W)
        ws.append([title] + [None] * (W - 1))
        ws.merge_cells(f"A{ws.max_row}:G{ws.max_row}")
        c = bd(cname)
        for name, t, ccell, hamlet in items:
            stt += 1
            phone = mobile(rng)
            pcell = int(phone) if stt % 3 == 0 else phone_cell(phone, "spaces" if stt % 2 else "plain")
            ws.append([stt, name, t, ccell or None, hamlet or None, pcell, None])
            if isinstance(pcell, int):
                ws.cell(ws.max_row, 6).number_format = "0"
            cps.append(CP(name, t, phone, c, hamlet=hamlet or None))
    ws.append([None] * W)
    ws.append(["Tổng cộng", None, stt] + [None] * (W - 3))
    ws.merge_cells(f"A{ws.max_row}:B{ws.max_row}")
    ws.append([None] * W)
    ws.append([None] * 4 + ["Bù Đăng, ngày 24 tháng 8 năm 2021", None, None])
    ws.merge_cells(f"E{ws.max_row}:G{ws.max_row}")
    ws.append([None, "NGƯỜI LẬP BIỂU", None, None, "CHỦ TỊCH", None, None])
    ws.append([None, "(Ký, ghi rõ họ tên)", None, None, "(Ký, ghi rõ họ tên)", None, None])
    ws.append([None] * W)
    ws.append([None] * W)
    ws.append([None, "Nguyễn Thị Hạnh", None, None, "Lê Văn Tám", None, None])
    for col, width in zip("ABCDEFG", (6, 36, 26, 16, 20, 16, 16)):
        ws.column_dimensions[col].width = width
    out.files["register.xlsx"] = xlsx_bytes(wb)
    assign_codes(cps)
    # Hamlet under 'Thôn/Ấp' (two hamlet words): cells are used as written, so 'Bù Môn' stays 'Bù Môn'.
    assert cps[3].address == "Bù Môn, Xã Đăng Hà, Huyện Bù Đăng"
    # Second computation: read the workbook back and recount the data rows.
    wb2 = openpyxl.load_workbook(io.BytesIO(out.files["register.xlsx"]))
    data_rows = [r for r in wb2.active.iter_rows(min_row=10, values_only=True) if isinstance(r[0], int)]
    assert [r[1] for r in data_rows] == [cp.name for cp in cps]
    out.expected = {"exit": 0, "checkpoints": sort_checkpoints([cp.expected() for cp in cps])}
    out.summary = f"{len(cps)} checkpoints in 3 sections, {wb2.active.max_row} sheet rows, {len(wb2.active.merged_cells.ranges)} merged ranges"
    return out


@case
def register_csv_report_sections():
    out = Out("register-csv-report-sections",
              "The printed-report register shape saved as CSV with no commune column: communes come from section rows (I. XÃ ĐĂNG HÀ), with sub-totals, totals, blank rows and a signature block; hamlet header 'Thôn' makes cell '3' into 'Thôn 3'.",
              BD_AREA, "checkpoints", ["register.csv"])
    rng = random.Random(out.name)
    W = 7

    def row(*cells):
        return list(cells) + [""] * (W - len(cells))
    rows = report_title_rows(W, "UBND huyện Bù Đăng")
    rows.append(row("STT", "Tên cơ sở", "Loại hình", "Thôn", "Địa chỉ", "Liên hệ", ""))
    rows.append(row("", "", "", "", "", "Người phụ trách", "Số ĐT"))
    rows.append(row(*[f"({i})" for i in range(1, W + 1)]))
    sections = [
        ("I. XÃ ĐĂNG HÀ", "Đăng Hà", [
            ("UBND xã Đăng Hà", "UBND xã", "4", ""),
            ("Trạm Y tế xã Đăng Hà", "Trạm y tế", "4", "Thôn 4, Xã Đăng Hà, Huyện Bù Đăng"),
            ("Cửa hàng tạp hóa Hồng Nhung", "Tạp hóa", "3", ""),
            ("Nhà văn hóa thôn 8", "Nhà văn hóa thôn", "8", ""),
        ]),
        ("II. THỊ TRẤN ĐỨC PHONG", "Đức Phong", [
            ("Bến xe Đức Phong", "Bến xe", "", "Quốc lộ 14, Khu phố Tân Hưng"),
            ("Nhà nghỉ Hoàng Gia", "Nhà nghỉ", "", ""),
            ("Quán cà phê Thu Hà", "Quán cà phê", "Tổ dân phố 3", ""),
        ]),
        ("III. XÃ BOM BO", "Bom Bo", [
            ("UBND xã Bom Bo", "UBND xã", "Bình Giai", ""),
            ("Chợ Bom Bo", "Chợ", "1", ""),
            ("Trường Tiểu học Bom Bo", "Trường tiểu học", "Thôn Sơn Lợi", ""),
        ]),
    ]
    cps = []
    stt = 0
    for s_i, (title, cname, items) in enumerate(sections):
        rows.append(row(title))
        c = bd(cname)
        for name, tcell, hamlet, addr in items:
            stt += 1
            phone = mobile(rng)
            owner = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            rows.append(row(str(stt), name, tcell, hamlet, addr, owner, phone_cell(phone, "plain" if stt % 2 else "dots")))
            h = None
            if hamlet:
                # Header 'Thôn' names one hamlet word: a number or a bare name gets it, 'Tổ dân phố 3' does not.
                h = hamlet if hamlet.startswith(("Thôn", "Tổ")) else f"Thôn {hamlet}"
            cps.append(CP(name, ref_type(tcell), phone, c, addr or None, hamlet=h))
        rows.append(row("Cộng", "", str(len(items))))
        rows.append(row())
    rows.append(row("Tổng cộng", "", str(stt)))
    rows.append(row())
    rows.append(row("", "", "", "", "Bù Đăng, ngày 24 tháng 8 năm 2021"))
    rows.append(row("", "NGƯỜI LẬP BIỂU", "", "", "CHỦ TỊCH"))
    rows.append(row("", "(Ký, ghi rõ họ tên)", "", "", "(Ký, ghi rõ họ tên)"))
    rows.append(row())
    rows.append(row("", "Phạm Văn Đông"))
    rows.append(row("", "", "", "", "Trần Minh Quang"))
    out.files["register.csv"] = csv_bytes(rows, ",", "utf-8")
    assign_codes(cps)
    assert cps[6].address == "Tổ dân phố 3, Thị trấn Đức Phong, Huyện Bù Đăng"
    assert cps[7].address == "Thôn Bình Giai, Xã Bom Bo, Huyện Bù Đăng"
    assert cps[0].address == "Thôn 4, Xã Đăng Hà, Huyện Bù Đăng"
    out.expected = {"exit": 0, "checkpoints": sort_checkpoints([cp.expected() for cp in cps])}
    out.summary = f"{len(cps)} checkpoints in 3 sections, {len(rows)} CSV lines"
    return out


@case
def register_registration_dates():
    out = Out("register-registration-dates-xlsx",
              "An XLSX register whose 'Ngày đăng ký' holds real Excel date and date-time cells, dd/MM/yyyy, d/M/yyyy and yyyy-MM-dd text, and empty cells (-> null).",
              BD_AREA, "checkpoints", ["register.xlsx"])
    rng = random.Random(out.name)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    header = ["STT", "Tên điểm kiểm dịch", "Loại hình", "Số điện thoại", "Xã/Phường/Thị trấn", "Địa chỉ", "Ngày đăng ký"]
    ws.append(header)
    D = dt.date
    data = [  # name, type, cell, number format or None, date
        ("UBND xã Đức Liễu", "Cơ quan, đơn vị", D(2021, 3, 1), "dd/mm/yyyy", D(2021, 3, 1)),
        ("Trạm Y tế xã Đức Liễu", "Cơ sở y tế", dt.datetime(2021, 3, 15, 0, 0), "dd/mm/yyyy hh:mm", D(2021, 3, 15)),
        ("Chợ Đức Liễu", "Chợ", D(2021, 4, 2), "yyyy-mm-dd", D(2021, 4, 2)),
        ("Trường Tiểu học Đức Liễu", "Trường học", "05/03/2021", None, D(2021, 3, 5)),
        ("Trường THCS Đức Liễu", "Trường học", "5/3/2021", None, D(2021, 3, 5)),
        ("Nhà văn hóa thôn 2", "Nhà văn hóa thôn", "15/7/2021", None, D(2021, 7, 15)),
        ("Cửa hàng tạp hóa Hải Yến", "Siêu thị, cửa hàng tiện lợi", "2021-08-02", None, D(2021, 8, 2)),
        ("Quán ăn Ngọc Hà", "Nhà hàng, quán ăn, cà phê", "24/08/2021", None, D(2021, 8, 24)),
        ("Nhà nghỉ Đức Liễu", "Khách sạn, cơ sở lưu trú", "", None, None),
        ("Chốt kiểm dịch Cầu Đức Liễu", "Chốt kiểm dịch", None, None, None),
        ("Tiệm cắt tóc Lộc", "Tiệm cắt tóc", D(2021, 12, 31), "d/m/yyyy", D(2021, 12, 31)),
        ("Bến xe Đức Liễu", "Bến xe, bến tàu", "1/10/2021", None, D(2021, 10, 1)),
    ]
    c = bd("Đức Liễu")
    cps = []
    for i, (name, t, cell, fmt, date) in enumerate(data, 1):
        phone = mobile(rng)
        addr = f"Thôn {i}, Xã Đức Liễu"
        ws.append([i, name, t, phone, "Xã Đức Liễu", addr, cell])
        if fmt:
            ws.cell(ws.max_row, 7).number_format = fmt
        cps.append(CP(name, t, phone, c, addr, registered_on=date))
    out.files["register.xlsx"] = xlsx_bytes(wb)
    assign_codes(cps)
    expected = sort_checkpoints([cp.expected() for cp in cps])
    wb2 = openpyxl.load_workbook(io.BytesIO(out.files["register.xlsx"]))
    back = [[("" if v is None else v if isinstance(v, (dt.date, dt.datetime)) else str(v)) for v in r]
            for r in wb2.active.iter_rows(values_only=True)]
    verify_register(back, 0, out.case["area"], expected)
    out.expected = {"exit": 0, "checkpoints": expected}
    cells = sum(1 for d in data if isinstance(d[2], dt.date))
    out.summary = f"{len(cps)} rows, {cells} Excel date cells, {sum(1 for d in data if d[4] is None)} without date"
    return out


@case
def register_explicit_codes():
    out = Out("register-explicit-codes",
              "A register mixing explicit 'Mã điểm' codes with code-less rows, where the explicit codes are the numbers a naive generator would hand out; then a second file of code-less rows numbered after what the database holds.",
              BD_AREA, "checkpoints", ["register-part1.csv", "register-part2.csv"])
    rng = random.Random(out.name)
    header = ["Mã điểm", "Tên điểm kiểm dịch", "Loại hình", "Số điện thoại", "Xã/Phường/Thị trấn", "Địa chỉ"]
    part1 = [  # code, name, type, commune
        ("", "UBND xã Đăng Hà", "Cơ quan, đơn vị", "Đăng Hà"),
        ("25426-002", "Trạm Y tế xã Đăng Hà", "Cơ sở y tế", "Đăng Hà"),
        ("", "Chợ Đăng Hà", "Chợ", "Đăng Hà"),
        ("BD-CHOT-01", "Chốt kiểm dịch Cầu 38", "Chốt kiểm dịch", "Đăng Hà"),
        ("25426-003", "Trường Tiểu học Đăng Hà", "Trường học", "Đăng Hà"),
        ("", "Quán cà phê Gió Núi", "Nhà hàng, quán ăn, cà phê", "Đăng Hà"),
        ("", "Bến xe Đức Phong", "Bến xe, bến tàu", "Đức Phong"),
        ("", "UBND xã Thống Nhất", "Cơ quan, đơn vị", "Thống Nhất"),
        ("25396-001", "Bệnh viện Đa khoa huyện Bù Đăng", "Cơ sở y tế", "Đức Phong"),
        ("", "Siêu thị Bách Hóa Xanh Đức Phong", "Siêu thị, cửa hàng tiện lợi", "Đức Phong"),
        ("25420-007", "Trạm Y tế xã Thống Nhất", "Cơ sở y tế", "Thống Nhất"),
    ]
    part2 = [
        ("Nhà văn hóa thôn 3", "Nhà văn hóa thôn", "Đăng Hà"),
        ("Tiệm cắt tóc Hùng", "Tiệm cắt tóc", "Đăng Hà"),
        ("Nhà nghỉ Hoàng Long", "Khách sạn, cơ sở lưu trú", "Đức Phong"),
        ("Chợ Thống Nhất", "Chợ", "Thống Nhất"),
        ("UBND xã Nghĩa Trung", "Cơ quan, đơn vị", "Nghĩa Trung"),
    ]
    cps1, rows1 = [], []
    for i, (code, name, t, cn) in enumerate(part1):
        c = bd(cn)
        phone = mobile(rng)
        addr = f"Thôn {i + 1}, {U.by_code[c]['name_with_type']}"
        rows1.append([code, name, t, phone, U.by_code[c]["name_with_type"], addr])
        cps1.append(CP(name, t, phone, c, addr, code=code or None, explicit_code=bool(code)))
    assign_codes(cps1)
    # The numbers a naive generator would hand out are taken by explicit codes of the file.
    assert [cp.code for cp in cps1 if cp.commune == "25426" and not cp.explicit_code] == ["25426-004", "25426-005", "25426-006"]
    assert [cp.code for cp in cps1 if cp.commune == "25396" and not cp.explicit_code] == ["25396-002", "25396-003"]
    assert [cp.code for cp in cps1 if cp.commune == "25420" and not cp.explicit_code] == ["25420-008"]
    header2 = ["Tên điểm kiểm dịch", "Loại hình", "Số điện thoại", "Xã/Phường/Thị trấn", "Địa chỉ"]
    cps2, rows2 = [], []
    for i, (name, t, cn) in enumerate(part2):
        c = bd(cn)
        phone = mobile(rng)
        addr = f"Thôn {i + 20}, {U.by_code[c]['name_with_type']}"
        rows2.append([name, t, phone, U.by_code[c]["name_with_type"], addr])
        cps2.append(CP(name, t, phone, c, addr))
    assign_codes(cps2, existing=[cp.code for cp in cps1])
    assert [cp.code for cp in cps2] == ["25426-007", "25426-008", "25396-004", "25420-009", "25423-001"]
    out.files["register-part1.csv"] = csv_bytes([header] + rows1)
    out.files["register-part2.csv"] = csv_bytes([header2] + rows2)
    exp1 = [cp.expected() for cp in cps1]
    exp2 = [cp.expected() for cp in cps2]
    verify_register([header] + rows1, 0, out.case["area"], exp1)
    verify_register([header2] + rows2, 0, out.case["area"], exp2, existing_codes=[cp.code for cp in cps1])
    out.expected = {"exit": 0, "checkpoints": sort_checkpoints(exp1 + exp2)}
    out.summary = f"{len(cps1)} + {len(cps2)} rows, {sum(cp.explicit_code for cp in cps1)} explicit codes"
    return out


def encoded_register_case(name, description, encoding, delimiter, header, data, accent_caps=True):
    out = Out(name, description, BD_AREA, "checkpoints", ["register.csv"])
    rng = random.Random(out.name)
    rows, cps = [], []
    for i, (cp_name, t, cn, addr) in enumerate(data):
        c = bd(cn)
        phone = mobile(rng)
        ccell = U.by_code[c]["name_with_type"] if i % 2 else U.by_code[c]["name"]
        rows.append([cp_name, t, phone_cell(phone, "dots" if i % 3 == 0 else "plain"), ccell, addr])
        cps.append(CP(cp_name, ref_type(t), phone, c, addr or None))
    n = plain_register_case(out, header, rows, cps, encoding=encoding, delimiter=delimiter)
    return out, n


@case
def register_windows_1258():
    out, n = encoded_register_case(
        "register-windows-1258",
        "A register CSV saved by Excel on a Vietnamese Windows: Windows-1258, tone marks as separate combining bytes.",
        "cp1258", ",",
        ["Tên điểm kiểm dịch", "Loại hình", "Số điện thoại", "Xã/Phường/Thị trấn", "Địa chỉ"],
        [("UBND THỊ TRẤN ĐỨC PHONG", "Cơ quan, đơn vị", "Đức Phong", "Khu phố Tân Hưng, Thị trấn Đức Phong"),
         ("Ủy ban nhân dân xã Nghĩa Trung", "Cơ quan, đơn vị", "Nghĩa Trung", "Thôn 7, Xã Nghĩa Trung"),
         ("Trường Mầm non Họa Mi", "Trường học", "Nghĩa Trung", "Thôn Bình Tân, Xã Nghĩa Trung"),
         ("Cửa hàng tạp hóa Ấu Thơ", "Tạp hóa", "Nghĩa Trung", ""),
         ("Nhà hàng Phượng Vỹ", "Nhà hàng, quán ăn", "Đức Phong", "Đường Hùng Vương, Thị trấn Đức Phong"),
         ("Quán phở Ông Ích", "Quán cà phê", "Đức Phong", ""),
         ("Nhà thờ giáo xứ Đức Phong", "Đám cưới, đám tang, sự kiện", "Đức Phong", "Khu phố Đức Lợi, Thị trấn Đức Phong"),
         ("Khu dân cư ấp Đông Hưng", "Khu dân cư", "Đoàn Kết", "Thôn 3, Xã Đoàn Kết")])
    out.summary = f"{n} rows, Windows-1258 decomposed tones"
    return out


@case
def register_tcvn3():
    out, n = encoded_register_case(
        "register-tcvn3",
        "A register CSV from an old office PC in TCVN3 (ABC) encoding, '|'-separated.",
        "tcvn3", "|",
        ["Tên cơ sở", "Loại hình", "Điện thoại", "Xã", "Địa chỉ"],
        [("Chợ Đức Phong", "Chợ", "Đức Phong", "Khu phố Tân Hưng, Thị trấn Đức Phong"),
         ("Trạm y tế xã Thọ Sơn", "Trạm y tế", "Thọ Sơn", "Thôn Sơn Lợi, Xã Thọ Sơn"),
         ("Trường tiểu học Thọ Sơn", "Trường tiểu học", "Thọ Sơn", ""),
         ("Nhà nghỉ Hương Quê", "Nhà nghỉ", "Đức Phong", "Đường Trần Hưng Đạo, Thị trấn Đức Phong"),
         ("Cửa hàng tạp hóa Kiều Oanh", "Cửa hàng tạp hóa", "Thọ Sơn", "Thôn 2, Xã Thọ Sơn"),
         ("Đình làng Sơn Lợi", "Khác", "Thọ Sơn", ""),
         ("Bến xe khách Bù Đăng", "Bến xe", "Đức Phong", "Quốc lộ 14, Thị trấn Đức Phong")])
    out.summary = f"{n} rows, TCVN3, '|'"
    return out


@case
def register_utf16le_tab():
    out, n = encoded_register_case(
        "register-utf16le-tab",
        "A register saved from Excel as 'Unicode text': UTF-16 LE with BOM, tab-separated.",
        "utf-16le", "\t",
        ["Tên điểm kiểm dịch", "Loại điểm", "SĐT", "Xã/Phường/Thị trấn", "Địa chỉ"],
        [("UBND xã Phước Sơn", "Cơ quan, đơn vị", "Phước Sơn", "Thôn 1, Xã Phước Sơn"),
         ("Trạm Y tế xã Phước Sơn", "Cơ sở y tế", "Phước Sơn", "Thôn 1, Xã Phước Sơn"),
         ("Chợ Phước Sơn", "Chợ", "Phước Sơn", ""),
         ("Trường THCS Phước Sơn", "Trường học", "Phước Sơn", "Thôn 3, Xã Phước Sơn"),
         ("Quán ăn, cà phê \"Gốc Đa\"", "Nhà hàng, quán ăn", "Bình Minh", "Thôn Bình Tiến, Xã Bình Minh"),
         ("UBND xã Bình Minh", "UBND xã", "Bình Minh", ""),
         ("Chốt kiểm dịch Bình Minh", "Chốt kiểm soát", "Bình Minh", "Đường ĐT 760, Xã Bình Minh")])
    out.summary = f"{n} rows, UTF-16LE, tab, a quoted name with quotes"
    return out


@case
def register_refused_ambiguous():
    out = Out("register-refused-ambiguous-commune",
              "A province-wide register (Cao Bằng) with no district column naming 'Quang Trung', which two districts have: the file is refused and nothing is stored.",
              {"province": "Cao Bằng"}, "checkpoints", ["register.csv"])
    rng = random.Random(out.name)
    header = ["STT", "Tên điểm kiểm dịch", "Loại hình", "SĐT", "Xã/Phường", "Địa chỉ"]
    data = [
        ("UBND xã Nam Tuấn", "Cơ quan, đơn vị", "Xã Nam Tuấn"),
        ("Chợ Sông Hiến", "Chợ", "Phường Sông Hiến"),
        ("UBND xã Quang Trung", "Cơ quan, đơn vị", "Xã Quang Trung"),  # line 4: ambiguous
        ("Trạm Y tế thị trấn Trùng Khánh", "Cơ sở y tế", "Thị trấn Trùng Khánh"),
        ("Trường Tiểu học Quang Vinh", "Trường học", "Xã Quang Vinh"),
        ("Chợ Quang Trung", "Chợ", "Xã Quang Trung"),  # line 7: ambiguous
        ("Bến xe Quảng Uyên", "Bến xe, bến tàu", "Thị trấn Quảng Uyên"),
        ("UBND xã Lê Lai", "Cơ quan, đơn vị", "Xã Lê Lai"),
        ("Trạm Y tế xã Hưng Đạo", "Cơ sở y tế", "Xã Hưng Đạo"),  # line 10: ambiguous (three districts)
        ("Chợ Đông Khê", "Chợ", "Thị trấn Đông Khê"),
    ]
    rows = [[str(i), n, t, mobile(rng), c, ""] for i, (n, t, c) in enumerate(data, 1)]
    all_rows = [header] + rows
    out.files["register.csv"] = csv_bytes(all_rows)
    # Second computation: which lines are ambiguous in the province without a district?
    scope = U.communes_of_province(CAO_BANG["code"])
    ambiguous = defaultdict(list)
    for line, r in enumerate(all_rows[1:], start=2):
        found = ref_commune(r[4], scope)
        assert found, r[4]
        if len(found) > 1:
            ambiguous[ref_unit_key(r[4], 3)[1]].append(line)
    assert dict(ambiguous) == {"Quang Trung": [4, 7], "Hưng Đạo": [10]}, ambiguous
    out.expected = {"exit": 1, "checkpoints": [], "scans": [],
                    "stderr_contains": [lines_text(ambiguous["Quang Trung"]), "Quang Trung", "Hưng Đạo"]}
    out.summary = "10 rows, lines 4, 7 (Quang Trung) and 10 (Hưng Đạo) ambiguous, exit 1"
    return out


@case
def register_skip_invalid():
    out = Out("register-skip-invalid",
              "A register with two communes that do not exist and a phone that is no Vietnamese number, imported with --skip-invalid: the good rows are stored, exit 3.",
              BD_AREA, "checkpoints", ["register.csv"], options=["--skip-invalid"])
    rng = random.Random(out.name)
    header = ["STT", "Tên điểm kiểm dịch", "Loại hình", "Số điện thoại", "Xã/Phường/Thị trấn", "Địa chỉ"]
    data = [  # name, type, commune cell, phone cell or None (generate), good?
        ("UBND xã Minh Hưng", "Cơ quan, đơn vị", "Xã Minh Hưng", None, True),
        ("Trạm Y tế xã Minh Hưng", "Cơ sở y tế", "Xã Minh Hưng", None, True),
        ("Chợ Không Tên", "Chợ", "Xã Không Có", None, False),  # line 4
        ("Trường Tiểu học Minh Hưng", "Trường học", "Xã Minh Hưng", None, True),
        ("Cửa hàng tạp hóa Thanh Tâm", "Siêu thị, cửa hàng tiện lợi", "Xã Đức Liễu", None, True),
        ("UBND xã Đức Liễu", "Cơ quan, đơn vị", "Xã Đức Liễu", None, True),
        ("Nhà văn hóa khu phố Hoa Mai", "Khu dân cư", "Thị trấn Hoa Mai", None, False),  # line 8
        ("Trạm Y tế xã Đức Liễu", "Cơ sở y tế", "Xã Đức Liễu", None, True),
        ("Quán ăn Thanh Xuân", "Nhà hàng, quán ăn, cà phê", "Xã Minh Hưng", None, True),
        ("Nhà nghỉ Minh Hưng", "Khách sạn, cơ sở lưu trú", "Xã Minh Hưng", "12345", False),  # line 11
        ("Chốt kiểm dịch Minh Hưng", "Chốt kiểm dịch", "Xã Minh Hưng", None, True),
    ]
    rows, good = [], []
    for i, (name, t, ccell, pcell, ok) in enumerate(data, 1):
        phone = mobile(rng)
        addr = f"Thôn {i}, {ccell}"
        rows.append([str(i), name, t, pcell or phone, ccell, addr])
        if ok:
            good.append(CP(name, t, phone, bd(ref_unit_key(ccell, 3)[1]), addr))
    out.files["register.csv"] = csv_bytes([header] + rows)
    assign_codes(good)
    expected = sort_checkpoints([cp.expected() for cp in good])
    bad_lines = {4, 8, 11}
    assert [i + 2 for i, d in enumerate(data) if not d[4]] == sorted(bad_lines)
    verify_register([header] + rows, 0, out.case["area"], expected, skip_invalid_lines=bad_lines)
    for line in bad_lines:
        r = rows[line - 2]
        try:
            bad = not ref_commune(r[4], U.children[BU_DANG["code"]]) or ref_phone(r[3]) is None
        except ValueError:
            bad = True
        assert bad, line
    out.expected = {"exit": 3, "checkpoints": expected,
                    "stderr_contains": ["Không Có", "Hoa Mai", "12345", "line 11"]}
    out.summary = f"{len(rows)} rows, {len(good)} stored, lines 4, 8, 11 refused, exit 3"
    return out


@case
def register_reimport():
    out = Out("register-reimport-unchanged",
              "The same code-less register imported twice: the second import matches every row by name and address and changes nothing.",
              BD_AREA, "checkpoints", ["register.csv", "register.csv"])
    rng = random.Random(out.name)
    header = ["Tên điểm kiểm dịch", "Loại hình", "Số điện thoại", "Xã", "Địa chỉ"]
    data = [
        ("UBND xã Nghĩa Trung", "UBND xã", "Nghĩa Trung", "Thôn 7, Xã Nghĩa Trung"),
        ("Trạm Y tế xã Nghĩa Trung", "Trạm y tế", "Nghĩa Trung", "Thôn 7, Xã Nghĩa Trung"),
        ("Chợ Nghĩa Trung", "Chợ", "Nghĩa Trung", ""),
        ("Cửa hàng tạp hóa Mỹ Linh", "Tạp hóa", "Nghĩa Trung", ""),
        ("Cửa hàng tạp hóa Mỹ Linh", "Tạp hóa", "Nghĩa Bình", "Thôn 2, Xã Nghĩa Bình"),
        ("Nhà văn hóa xóm Bình Lợi", "Nhà văn hóa xóm", "Nghĩa Bình", ""),
        ("Trường THCS Nghĩa Bình", "Trường THCS", "Nghĩa Bình", "Thôn 1, Xã Nghĩa Bình"),
    ]
    rows, cps = [], []
    for name, t, cn, addr in data:
        c = bd(cn)
        phone = mobile(rng)
        rows.append([name, t, phone, cn, addr])
        cps.append(CP(name, ref_type(t), phone, c, addr or None))
    n = plain_register_case(out, header, rows, cps)
    out.summary = f"{n} rows imported twice, stored once"
    return out


# ----------------------------------------------------------------------------------------------------
# Scans cases
# ----------------------------------------------------------------------------------------------------

SCAN_REGISTER = [  # code, name, type, commune, hamlet
    ("25426-001", "UBND xã Đăng Hà", "Cơ quan, đơn vị", "Đăng Hà", "Thôn 4"),
    ("25426-002", "Trạm Y tế", "Cơ sở y tế", "Đăng Hà", "Thôn 4"),
    ("25426-003", "Chợ Đăng Hà", "Chợ", "Đăng Hà", "Thôn 3"),
    ("25396-001", "Bến xe Đức Phong", "Bến xe, bến tàu", "Đức Phong", "Khu phố Tân Hưng"),
    ("25396-002", "Siêu thị Bách Hóa Xanh Đức Phong", "Siêu thị, cửa hàng tiện lợi", "Đức Phong", "Khu phố Đức Lợi"),
    ("25396-003", "Bệnh viện Đa khoa huyện Bù Đăng", "Cơ sở y tế", "Đức Phong", "Khu phố Tân Hòa"),
    ("25420-001", "UBND xã Thống Nhất", "Cơ quan, đơn vị", "Thống Nhất", "Thôn 2"),
    ("25420-002", "Trạm Y tế", "Cơ sở y tế", "Thống Nhất", "Thôn 2"),
    ("25423-001", "Chốt kiểm dịch Cầu 38", "Chốt kiểm dịch", "Nghĩa Trung", "Thôn 7"),
    ("25405-001", "Nhà hàng Bom Bo", "Nhà hàng, quán ăn, cà phê", "Bom Bo", "Thôn Bù Cà Mau"),
]


def scan_register():
    rng = random.Random("scan-register")
    header = ["Mã điểm", "Tên điểm kiểm dịch", "Loại điểm", "Số điện thoại", "Xã/Phường/Thị trấn", "Địa chỉ"]
    rows, cps = [], []
    for code, name, t, cn, hamlet in SCAN_REGISTER:
        c = bd(cn)
        phone = mobile(rng)
        addr = f"{hamlet}, {U.by_code[c]['name_with_type']}, Huyện Bù Đăng"
        rows.append([code, name, t, phone, U.by_code[c]["name_with_type"], addr])
        cps.append(CP(name, t, phone, c, addr, code=code, explicit_code=True))
    data = csv_bytes([header] + rows)
    verify_register([header] + rows, 0, BD_AREA, [cp.expected() for cp in cps])
    return data, cps


SCAN_PEOPLE = people(random.Random("scan-people"), 16)
TCVN_SAFE_PEOPLE = [p for p in SCAN_PEOPLE if all(not (ch.isupper() and not ch.isascii()) or ch in TCVN3_CAPITALS for ch in p[0])]


def make_scans(rng, n, days, codes=None, persons=None, with_direction=True, seconds=False):
    codes = codes or [r[0] for r in SCAN_REGISTER]
    persons = persons or SCAN_PEOPLE
    out, keys = [], set()
    while len(out) < n:
        d = rng.choice(days)
        t = dt.datetime(2021, d[0], d[1], rng.randint(6, 20), rng.randint(0, 59),
                        rng.randint(0, 59) if seconds else 0, tzinfo=VN)
        code = rng.choice(codes)
        person = rng.choice(persons)
        direction = rng.choice(["in", "out"]) if with_direction else ""
        s = Scan(t, code, person, direction)
        sk = (s.time, s.code, s.phone)
        if sk in keys:
            continue
        keys.add(sk)
        out.append(s)
    out.sort(key=lambda s: s.time)
    return out


DIRECTION_WORDS = {"vi": {"in": "Vào", "out": "Ra"}, "en": {"in": "in", "out": "out"},
                   "check": {"in": "Check-in", "out": "Check-out"}}


def scans_case(name, description, options=(), stats_as_of=None, inputs=("scans.csv",)):
    out = Out(name, description, BD_AREA, "scans", list(inputs), options=options, register="register.csv",
              stats_as_of=stats_as_of)
    data, cps = scan_register()
    out.files["register.csv"] = data
    out.register_cps = cps
    return out


def finish_scans(out, scans, exit_code=0, stored=None, **extra):
    stored = dedupe_scans(scans) if stored is None else stored
    out.expected = {"exit": exit_code,
                    "checkpoints": sort_checkpoints([cp.expected() for cp in out.register_cps]),
                    "scans": sort_scans([s.expected() for s in stored])}
    out.expected.update(extra)
    return stored


def verify_scan_csv(out, fname, encoding, delimiter, scans, time_cols, order, code_col=None, name_cols=None):
    """Reads the scans file back and checks each row's time, checkpoint and person against the truth."""
    text = decode(out.files[fname], encoding)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header, body = rows[0], rows[1:]
    assert len(body) == len(scans)
    idx = [header.index(c) for c in time_cols]
    cells = [" ".join(r[i] for i in idx) for r in body]
    got_order = ref_date_order(cells)
    assert order in (got_order, "forced") or (order == "assumed" and got_order == "dmy"), (got_order, order)
    use = {"assumed": "dmy"}.get(order, got_order if order != "forced" else "mdy")
    by_name = {(cp.commune, cp.name): cp.code for cp in out.register_cps}
    for r, s, cell in zip(body, scans, cells):
        if len(idx) == 2:
            date_c, clock_c = r[idx[0]], r[idx[1]]
            cell = f"{date_c} {clock_c}"
        assert ref_time(cell, use) == s.time, (cell, s.time)
        if code_col:
            assert r[header.index(code_col)] == s.code
        if name_cols:
            n, c = r[header.index(name_cols[0])], r[header.index(name_cols[1])]
            cs = ref_commune(c, U.children[BU_DANG["code"]])
            assert len(cs) == 1 and by_name[(cs[0]["code"], clean(n))] == s.code
    return len(body)


def person_cells(rng, s, i):
    name = s.person_name if i % 5 else f" {s.person_name}  "
    phone = phone_cell(s.phone, ["plain", "plain", "intl", "84", "dots", "nozero", "+84"][i % 7])
    return name, phone


def stats_for(cps, scans, as_of, group, from_date=dt.date(2021, 1, 1)):
    """Per group: checkpoints, active_7d, scans, with_scans, without_scans, scans_7d; and the total."""
    week_start = as_of - dt.timedelta(days=6)
    counted = {cp.code: group(cp) for cp in cps if cp.registered_on is None or cp.registered_on <= as_of}
    rows = defaultdict(lambda: {"checkpoints": 0, "active_7d": set(), "scans": 0, "with_scans": set(), "scans_7d": 0})
    total = {"checkpoints": 0, "active_7d": set(), "scans": 0, "with_scans": set(), "scans_7d": 0}
    for code, g in counted.items():
        rows[g]["checkpoints"] += 1
        total["checkpoints"] += 1
    for s in scans:
        if s.code not in counted:
            continue
        d = s.time.astimezone(VN).date()
        if not (from_date <= d <= as_of):
            continue
        for acc in (rows[counted[s.code]], total):
            acc["scans"] += 1
            acc["with_scans"].add(s.code)
            if d >= week_start:
                acc["scans_7d"] += 1
                acc["active_7d"].add(s.code)

    def final(acc, code=None):
        out = {"code": code} if code is not None else {}
        out.update({"checkpoints": acc["checkpoints"], "active_7d": len(acc["active_7d"]), "scans": acc["scans"],
                    "with_scans": len(acc["with_scans"]), "without_scans": acc["checkpoints"] - len(acc["with_scans"]),
                    "scans_7d": acc["scans_7d"]})
        return out
    return {"total": final(total), "rows": [final(rows[g], g) for g in sorted(rows)]}


def recount_stats(cps, scans, as_of, group):
    """Second computation of stats_for, checkpoint by checkpoint."""
    result = {}
    by_cp = defaultdict(list)
    for s in scans:
        by_cp[s.code].append(s.time.astimezone(VN).date())
    for cp in cps:
        days = [d for d in by_cp[cp.code] if dt.date(2021, 1, 1) <= d <= as_of]
        week = [d for d in days if (as_of - d).days < 7]
        r = result.setdefault(group(cp), [0, 0, 0, 0, 0, 0])
        r[0] += 1
        r[1] += 1 if week else 0
        r[2] += len(days)
        r[3] += 1 if days else 0
        r[4] += 0 if days else 1
        r[5] += len(week)
    return result


def check_stats(stats, cps, scans, as_of, group):
    again = recount_stats(cps, scans, as_of, group)
    keys = ["checkpoints", "active_7d", "scans", "with_scans", "without_scans", "scans_7d"]
    for row in stats["rows"]:
        assert [row[k] for k in keys] == again[row["code"]], (row, again[row["code"]])
    assert [stats["total"][k] for k in keys] == [sum(v[i] for v in again.values()) for i in range(6)]


@case
def scans_date_clock_utf16le():
    out = scans_case("scans-date-and-clock-utf16le",
                     "A scan export with the date in 'Ngày quét' and the time in 'Giờ quét' (HH:mm and HH:mm:ss), saved as UTF-16 LE tab-separated text; with commune statistics as of 24/08/2021.",
                     stats_as_of="2021-08-24")
    rng = random.Random(out.name)
    days = [(8, d) for d in range(10, 28)]
    # 25423-001 is never scanned; 25405-001 only after the as-of day (so it counts as without scans).
    busy = [r[0] for r in SCAN_REGISTER if r[0] not in ("25423-001", "25405-001")]
    scans = make_scans(rng, 32, days, codes=busy, seconds=True)
    for i, s in enumerate(scans):  # half the rows written without seconds
        if i % 2:
            s.time = s.time.replace(second=0)
    scans += make_scans(rng, 3, [(8, 25), (8, 26), (8, 27)], codes=["25405-001"])
    # The edges of the 7-day window (18..24 August) and of the as-of day.
    for i, t in enumerate([(8, 17, 23, 59, 59), (8, 18, 0, 0, 0), (8, 24, 23, 59, 59), (8, 25, 0, 0, 0)]):
        scans.append(Scan(dt.datetime(2021, *t, tzinfo=VN), busy[i], SCAN_PEOPLE[i], "in"))
    scans = dedupe_scans(scans)
    scans.sort(key=lambda s: (s.time, s.code))
    header = ["STT", "Họ và tên", "Số điện thoại", "Mã điểm", "Ngày quét", "Giờ quét", "Vào/Ra"]
    rows = []
    for i, s in enumerate(scans):
        name, phone = person_cells(rng, s, i)
        t = s.time
        clock = t.strftime("%H:%M") if t.second == 0 and i % 2 and t.hour else t.strftime("%H:%M:%S")
        rows.append([str(i + 1), name, phone, s.code, t.strftime("%d/%m/%Y"), clock, DIRECTION_WORDS["vi"][s.direction]])
    out.files["scans.csv"] = csv_bytes([header] + rows, "\t", "utf-16le")
    n = verify_scan_csv(out, "scans.csv", "utf-16le", "\t", scans, ["Ngày quét", "Giờ quét"], "dmy", code_col="Mã điểm")
    stored = finish_scans(out, scans)
    as_of = dt.date(2021, 8, 24)
    st = stats_for(out.register_cps, stored, as_of, lambda cp: cp.commune)
    check_stats(st, out.register_cps, stored, as_of, lambda cp: cp.commune)
    out.expected["stats"] = st
    assert {r["code"]: r["without_scans"] for r in st["rows"]}["25423"] == 1
    assert {r["code"]: r["without_scans"] for r in st["rows"]}["25405"] == 1
    after = sum(1 for s in stored if s.time.date() > as_of)
    out.summary = f"{n} scans ({after} after the as-of day), UTF-16LE tab, date + clock columns, stats"
    return out


TWIN_SCANS = None


def twin_scans():
    global TWIN_SCANS
    if TWIN_SCANS is None:
        rng = random.Random("scans-twins")
        days = [(8, d) for d in range(1, 32)]
        TWIN_SCANS = make_scans(rng, 30, days)
    return TWIN_SCANS


@case
def scans_mdy_evidence():
    out = scans_case("scans-mdy-with-evidence",
                     "A scan export in MM/dd/yyyy (an English-locale export) where some days above 12 prove the order; ambiguous dates follow it.")
    scans = twin_scans()
    rng = random.Random(out.name)
    header = ["Họ tên", "Số điện thoại", "Mã điểm", "Thời gian", "Vào/Ra"]
    rows = []
    for i, s in enumerate(scans):
        name, phone = person_cells(rng, s, i)
        t = s.time
        rows.append([name, phone, s.code, f"{date_text(t.date(), 'mdy')} {t:%H:%M}", DIRECTION_WORDS["check"][s.direction]])
    out.files["scans.csv"] = csv_bytes([header] + rows)
    n = verify_scan_csv(out, "scans.csv", "utf-8", ",", scans, ["Thời gian"], "mdy", code_col="Mã điểm")
    assert any(s.time.day <= 12 for s in scans) and any(s.time.day > 12 for s in scans)
    finish_scans(out, scans)
    out.summary = f"{n} scans, MM/dd/yyyy, {sum(s.time.day <= 12 for s in scans)} ambiguous"
    return out


@case
def scans_dmy_twin():
    out = scans_case("scans-dmy-twin",
                     "The twin of scans-mdy-with-evidence written dd/MM/yyyy (UTF-8, ';'): the stored scans are identical.")
    scans = twin_scans()
    rng = random.Random(out.name)
    header = ["Họ và tên", "SĐT", "Mã điểm", "Thời gian quét", "Vào/Ra"]
    rows = []
    for i, s in enumerate(scans):
        name, phone = person_cells(rng, s, i)
        t = s.time
        rows.append([name, phone, s.code, f"{date_text(t.date(), 'dmy')} {t:%H:%M}", DIRECTION_WORDS["vi"][s.direction]])
    out.files["scans.csv"] = csv_bytes([header] + rows, ";")
    n = verify_scan_csv(out, "scans.csv", "utf-8", ";", scans, ["Thời gian quét"], "dmy", code_col="Mã điểm")
    finish_scans(out, scans)
    out.summary = f"{n} scans, dd/MM/yyyy, same scans as the MM/dd twin"
    return out


@case
def scans_time_first():
    out = scans_case("scans-time-first-pipe",
                     "A scan export whose 'Ngày giờ' writes the time before the date ('08:15 24/08/2021', '08:15:30 24/08/2021'), '|'-separated UTF-8 with BOM.")
    rng = random.Random(out.name)
    days = [(8, d) for d in range(5, 26)]
    scans = make_scans(rng, 24, days, seconds=True)
    for i, s in enumerate(scans):
        if i % 2 == 0:
            s.time = s.time.replace(second=0)
    header = ["STT", "Họ và tên", "Điện thoại", "Mã điểm", "Ngày giờ", "Vào/Ra"]
    rows = []
    for i, s in enumerate(scans):
        name, phone = person_cells(rng, s, i)
        t = s.time
        clock = t.strftime("%H:%M") if i % 2 == 0 else t.strftime("%H:%M:%S")
        rows.append([str(i + 1), name, phone, s.code, f"{clock} {t:%d/%m/%Y}", DIRECTION_WORDS["en"][s.direction]])
    out.files["scans.csv"] = csv_bytes([header] + rows, "|", "utf-8-bom")
    n = verify_scan_csv(out, "scans.csv", "utf-8-bom", "|", scans, ["Ngày giờ"], "dmy", code_col="Mã điểm")
    finish_scans(out, scans)
    out.summary = f"{n} scans, time before date, '|'"
    return out


@case
def scans_iso_offsets():
    out = scans_case("scans-iso-offsets",
                     "A scan export from an API in ISO 8601: with Z, +07:00, +00:00 and no offset (Vietnam time); one scan appears twice, once in UTC and once in Vietnam time, and is stored once.")
    rng = random.Random(out.name)
    days = [(8, d) for d in range(20, 27)]
    scans = make_scans(rng, 20, days, seconds=True, with_direction=False)
    header = ["Họ tên", "Số điện thoại", "Mã điểm", "Thời gian"]
    rows, written = [], []
    forms = ["none", "Z", "+07:00", "+00:00"]
    for i, s in enumerate(scans):
        f = forms[i % 4]
        rows.append([s.person_name, s.phone, s.code, iso(s.time, f)])
        written.append(s)
    dup = scans[5]
    rows.append([dup.person_name, dup.phone, dup.code, iso(dup.time, "Z" if forms[5 % 4] != "Z" else "+07:00")])
    written.append(dup)
    # Two scans 7 hours apart in wall clock, so that offsets matter: 01:15Z is 08:15 in Vietnam.
    s_utc = Scan(dt.datetime(2021, 8, 24, 1, 15, tzinfo=UTC), scans[0].code, SCAN_PEOPLE[0])
    rows.append([s_utc.person_name, s_utc.phone, s_utc.code, "2021-08-24T01:15:00Z"])
    written.append(s_utc)
    out.files["scans.csv"] = csv_bytes([header] + rows)
    back = list(csv.reader(io.StringIO(decode(out.files["scans.csv"], "utf-8"), newline="")))
    for r, s in zip(back[1:], written):
        assert ref_time(r[3], "dmy") == s.time
    stored = finish_scans(out, written)
    assert len(stored) == len(written) - 1
    out.summary = f"{len(written)} rows, {len(stored)} scans stored (one duplicate across offsets)"
    return out


def iso(t, form):
    if form == "none":
        return t.astimezone(VN).strftime("%Y-%m-%dT%H:%M:%S")
    if form == "Z":
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if form == "+07:00":
        return t.astimezone(VN).strftime("%Y-%m-%dT%H:%M:%S+07:00")
    if form == "+00:00":
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    raise ValueError(form)


@case
def scans_xlsx_cells():
    out = scans_case("scans-xlsx-cells-and-serials",
                     "Scan exports as Excel keeps them: an XLSX with a date cell in 'Ngày' and a time cell in 'Giờ', an XLSX with date-time cells in one column, and a CSV whose times are Excel serial numbers as text.",
                     inputs=("scans-date-time-columns.xlsx", "scans-datetime-cells.xlsx", "scans-serials.csv"))
    rng = random.Random(out.name)
    days = [(8, d) for d in range(2, 29)]
    scans = make_scans(rng, 45, days, seconds=True)
    for i, s in enumerate(scans):
        if i % 3:
            s.time = s.time.replace(second=0)
    a, b, c = scans[:15], scans[15:30], scans[30:]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Họ và tên", "Số điện thoại", "Mã điểm", "Ngày", "Giờ", "Vào/Ra"])
    for i, s in enumerate(a):
        t = s.time
        ws.append([i + 1, s.person_name, s.phone, s.code, t.date(), t.time().replace(tzinfo=None), DIRECTION_WORDS["vi"][s.direction]])
        ws.cell(ws.max_row, 5).number_format = "dd/mm/yyyy"
        ws.cell(ws.max_row, 6).number_format = "hh:mm:ss" if t.second else "hh:mm"
    out.files["scans-date-time-columns.xlsx"] = xlsx_bytes(wb)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Họ tên", "SĐT", "Mã điểm", "Thời gian quét", "Vào/Ra"])
    for s in b:
        ws.append([s.person_name, int(s.phone), s.code, s.time.replace(tzinfo=None), DIRECTION_WORDS["check"][s.direction]])
        ws.cell(ws.max_row, 2).number_format = "0"
        ws.cell(ws.max_row, 4).number_format = "dd/mm/yyyy hh:mm:ss"
    out.files["scans-datetime-cells.xlsx"] = xlsx_bytes(wb)
    header = ["Họ tên", "Số điện thoại", "Mã điểm", "Thời gian", "Vào/Ra"]
    rows = []
    for s in c:
        serial = excel_serial(s.time)
        text = repr(serial) if serial * 86400 == round(serial * 86400) and len(repr(serial)) < 18 else f"{serial:.10f}"
        rows.append([s.person_name, s.phone, s.code, text, DIRECTION_WORDS["en"][s.direction]])
    out.files["scans-serials.csv"] = csv_bytes([header] + rows)
    # Second computation: read both workbooks back and the serial texts.
    w1 = openpyxl.load_workbook(io.BytesIO(out.files["scans-date-time-columns.xlsx"])).active
    for r, s in zip(list(w1.iter_rows(min_row=2, values_only=True)), a):
        d, clock = r[4], r[5]
        if isinstance(d, dt.datetime):
            d = d.date()
        assert dt.datetime.combine(d, clock).replace(tzinfo=VN) == s.time, (r, s.time)
    w2 = openpyxl.load_workbook(io.BytesIO(out.files["scans-datetime-cells.xlsx"])).active
    for r, s in zip(list(w2.iter_rows(min_row=2, values_only=True)), b):
        assert r[3].replace(tzinfo=VN) == s.time and "0" + str(r[1]) == s.phone
    back = list(csv.reader(io.StringIO(decode(out.files["scans-serials.csv"], "utf-8"), newline="")))
    for r, s in zip(back[1:], c):
        assert ref_time(r[3], "dmy") == s.time, (r[3], s.time)
    finish_scans(out, scans)
    out.summary = f"{len(a)} + {len(b)} + {len(c)} scans: date/time cells, date-time cells, serial text"
    return out


@case
def scans_windows_1258():
    out = scans_case("scans-windows-1258",
                     "A scan export saved by Excel on a Vietnamese Windows (Windows-1258, ';'), naming checkpoints by name and commune instead of code, two of them both called 'Trạm Y tế'.")
    rng = random.Random(out.name)
    days = [(8, d) for d in range(13, 25)]
    scans = make_scans(rng, 22, days)
    # Both checkpoints called 'Trạm Y tế' are scanned.
    scans += make_scans(rng, 1, [(8, 24)], codes=["25426-002"]) + make_scans(rng, 1, [(8, 24)], codes=["25420-002"])
    scans = dedupe_scans(scans)
    scans.sort(key=lambda s: s.time)
    by_code = {cp.code: cp for cp in out.register_cps}
    header = ["Họ và tên", "Số điện thoại", "Tên điểm kiểm dịch", "Xã/Phường", "Thời gian", "Vào/Ra"]
    rows = []
    for i, s in enumerate(scans):
        cp = by_code[s.code]
        commune = U.by_code[cp.commune]
        ccell = commune["name_with_type"] if i % 2 else commune["name"]
        rows.append([s.person_name, s.phone, cp.name, ccell, f"{s.time:%d/%m/%Y %H:%M:%S}", DIRECTION_WORDS["vi"][s.direction]])
    assert {"25426-002", "25420-002"} <= {s.code for s in scans}
    out.files["scans.csv"] = csv_bytes([header] + rows, ";", "cp1258")
    n = verify_scan_csv(out, "scans.csv", "cp1258", ";", scans, ["Thời gian"], "dmy",
                        name_cols=("Tên điểm kiểm dịch", "Xã/Phường"))
    finish_scans(out, scans)
    out.summary = f"{n} scans, Windows-1258, by name + commune"
    return out


@case
def scans_conflicting_orders():
    out = scans_case("scans-conflicting-date-orders",
                     "A scan file pasted together from a dd/MM and an MM/dd export: some dates have a first part above 12, others a second part above 12; the file is refused and nothing of it is stored.")
    rng = random.Random(out.name)
    header = ["Họ tên", "Số điện thoại", "Mã điểm", "Thời gian"]
    rows = []
    people_ = SCAN_PEOPLE
    plan = ["amb", "dmy", "amb", "dmy", "amb", "amb", "mdy", "amb", "dmy", "mdy", "amb", "amb"]
    dmy_lines, mdy_lines = [], []
    for i, kind in enumerate(plan):
        p = people_[i]
        code = SCAN_REGISTER[i % len(SCAN_REGISTER)][0]
        hhmm = f"{8 + i:02d}:{(7 * i) % 60:02d}"
        if kind == "amb":
            cell = f"0{1 + i % 9}/08/2021 {hhmm}"
        elif kind == "dmy":
            cell = f"{14 + i}/08/2021 {hhmm}"
            dmy_lines.append(i + 2)
        else:
            cell = f"08/{14 + i}/2021 {hhmm}"
            mdy_lines.append(i + 2)
        rows.append([p[0], p[1], code, cell])
    out.files["scans.csv"] = csv_bytes([header] + rows)
    assert ref_date_order([r[3] for r in rows]) == "conflict"
    finish_scans(out, [], exit_code=1, stored=[],
                 stderr_contains=[lines_text(dmy_lines), lines_text(mdy_lines)])
    out.summary = f"{len(rows)} rows, day-first {lines_text(dmy_lines)}, month-first {lines_text(mdy_lines)}, exit 1"
    return out


@case
def scans_no_evidence():
    out = scans_case("scans-no-date-evidence",
                     "A scan export from the first days of August where every date reads both ways (05/08/2021): day-first is assumed and the import says it assumed dd/MM.")
    rng = random.Random(out.name)
    days = [(8, d) for d in range(1, 13)]
    scans = make_scans(rng, 20, days)
    header = ["Họ tên", "Số điện thoại", "Mã điểm", "Thời gian", "Vào/Ra"]
    rows = []
    for i, s in enumerate(scans):
        name, phone = person_cells(rng, s, i)
        rows.append([name, phone, s.code, f"{date_text(s.time.date(), 'dmy')} {s.time:%H:%M}", DIRECTION_WORDS["vi"][s.direction]])
    out.files["scans.csv"] = csv_bytes([header] + rows)
    n = verify_scan_csv(out, "scans.csv", "utf-8", ",", scans, ["Thời gian"], "assumed", code_col="Mã điểm")
    finish_scans(out, scans, stdout_contains=["dd/MM"])
    out.summary = f"{n} scans, every date ambiguous, dd/MM assumed"
    return out


@case
def scans_forced_mdy():
    out = scans_case("scans-forced-mdy",
                     "An ambiguous scan export (every date reads both ways) that the office knows is month-first: --date-order mdy makes 08/05/2021 the 5th of August.",
                     options=["--date-order", "mdy"])
    rng = random.Random(out.name)
    days = [(8, d) for d in range(1, 13)]
    scans = make_scans(rng, 20, days)
    header = ["Họ tên", "Số điện thoại", "Mã điểm", "Thời gian", "Vào/Ra"]
    rows = []
    for i, s in enumerate(scans):
        name, phone = person_cells(rng, s, i)
        rows.append([name, phone, s.code, f"{date_text(s.time.date(), 'mdy')} {s.time:%H:%M}", DIRECTION_WORDS["en"][s.direction]])
    out.files["scans.csv"] = csv_bytes([header] + rows)
    n = verify_scan_csv(out, "scans.csv", "utf-8", ",", scans, ["Thời gian"], "forced", code_col="Mã điểm")
    assert all(s.time.day <= 12 for s in scans)
    finish_scans(out, scans)
    out.summary = f"{n} scans, MM/dd forced by --date-order mdy"
    return out


@case
def scans_utf16be():
    out = scans_case("scans-utf16be",
                     "A scan export in UTF-16 BE with BOM, ',' separated, date in 'Ngày' and time in 'Giờ', no direction column.")
    rng = random.Random(out.name)
    days = [(8, d) for d in range(9, 21)]
    scans = make_scans(rng, 15, days, with_direction=False)
    header = ["Họ và tên", "Số điện thoại", "Mã điểm", "Ngày", "Giờ"]
    rows = [[s.person_name, s.phone, s.code, f"{s.time:%d/%m/%Y}", f"{s.time:%H:%M}"] for s in scans]
    out.files["scans.csv"] = csv_bytes([header] + rows, ",", "utf-16be")
    n = verify_scan_csv(out, "scans.csv", "utf-16be", ",", scans, ["Ngày", "Giờ"], "dmy", code_col="Mã điểm")
    finish_scans(out, scans)
    out.summary = f"{n} scans, UTF-16BE, no direction"
    return out


@case
def scans_tcvn3():
    out = scans_case("scans-tcvn3",
                     "A scan export in TCVN3 (ABC) from an old office PC, tab-separated.")
    rng = random.Random(out.name)
    days = [(8, d) for d in range(14, 22)]
    scans = make_scans(rng, 12, days, persons=TCVN_SAFE_PEOPLE)
    header = ["Họ tên", "Điện thoại", "Mã điểm", "Thời gian", "Vào/Ra"]
    rows = [[s.person_name, s.phone, s.code, f"{s.time:%d/%m/%Y %H:%M}", DIRECTION_WORDS["vi"][s.direction]] for s in scans]
    out.files["scans.csv"] = csv_bytes([header] + rows, "\t", "tcvn3")
    n = verify_scan_csv(out, "scans.csv", "tcvn3", "\t", scans, ["Thời gian"], "dmy", code_col="Mã điểm")
    finish_scans(out, scans)
    out.summary = f"{n} scans, TCVN3, tab"
    return out


# ----------------------------------------------------------------------------------------------------
# Acceptance: the province of Cao Bằng
# ----------------------------------------------------------------------------------------------------

PROVINCE_ROWS = 5677
HAMLET_A = ["Nà", "Bản", "Pác", "Lũng", "Khuổi", "Cốc", "Phja", "Nặm", "Khau", "Lạn", "Đông", "Tả", "Slam", "Bó"]
HAMLET_B = ["Pài", "Chang", "Rài", "Mòn", "Lỳ", "Vài", "Tông", "Đồn", "Khoang", "Sảng", "Mạ", "Luông", "Giốc", "Mới", "Pết"]
BIG_TYPES = [  # weight, type cell(s), stored type, name template
    (6, ["Tạp hóa", "Cửa hàng tạp hóa", "Cửa hàng", "Siêu thị"], "Siêu thị, cửa hàng tiện lợi", "Cửa hàng tạp hóa {p}"),
    (4, ["Quán cà phê"], "Nhà hàng, quán ăn, cà phê", "Quán cà phê {w}"),
    (4, ["Nhà hàng, quán ăn", "nha hang, quan an, ca phe"], "Nhà hàng, quán ăn, cà phê", "Quán ăn {p}"),
    (2, ["Nhà nghỉ", "Khách sạn", "KHÁCH SẠN, CƠ SỞ LƯU TRÚ"], "Khách sạn, cơ sở lưu trú", "Nhà nghỉ {w}"),
    (3, ["Nhà văn hóa xóm"], "Nhà văn hóa xóm", "Nhà văn hóa xóm {h}"),
    (2, ["Tiệm cắt tóc"], "Tiệm cắt tóc", "Tiệm cắt tóc {p}"),
    (2, ["Chốt kiểm soát", "Chốt kiểm dịch"], "Chốt kiểm dịch", "Chốt kiểm dịch {h}"),
    (3, ["Khu dân cư", "khu dan cu"], "Khu dân cư", "Khu dân cư xóm {h}"),
    (2, ["Cơ sở sản xuất, kinh doanh"], "Cơ sở sản xuất, kinh doanh", "Cơ sở chế biến {w} {p}"),
    (1, ["Đám cưới, đám tang, sự kiện"], "Đám cưới, đám tang, sự kiện", "Nhà văn hóa sự kiện xóm {h}"),
    (1, ["Khác", ""], None, "Điểm tập kết xóm {h}"),
    (1, ["Tiệm sửa xe máy"], "Tiệm sửa xe máy", "Sửa xe {p}"),
]
SHOP_WORDS = ["Hoa Mai", "Bình Minh", "Sơn Ca", "Phố Núi", "Thác Bản Giốc", "Non Nước", "Hoàng Gia", "Biên Cương",
              "Hồng Phát", "Thành Công", "Tuấn Anh", "Ngọc Lan", "Suối Lê Nin", "Pác Bó", "Mắt Thần", "Đồi Thông"]


def province_register_truth():
    rng = random.Random("province-cao-bang")
    communes = U.communes_of_province(CAO_BANG["code"])
    assert len(communes) == 161 and len(U.children[CAO_BANG["code"]]) == 10
    name_counts = Counter(c["name"] for c in communes)
    folded = Counter(strip_marks(c["name"]).lower() for c in communes)
    weights = {c["code"]: rng.randint(5, 60) for c in communes}
    # Scale to exactly PROVINCE_ROWS rows, at least 5 per commune.
    total = sum(weights.values())
    counts = {k: max(5, round(v * PROVINCE_ROWS / total)) for k, v in weights.items()}
    keys = sorted(counts)
    while sum(counts.values()) != PROVINCE_ROWS:
        k = rng.choice(keys)
        if sum(counts.values()) > PROVINCE_ROWS and counts[k] > 5:
            counts[k] -= 1
        elif sum(counts.values()) < PROVINCE_ROWS:
            counts[k] += 1
    order = [code for code in keys for _ in range(counts[code])]
    rng.shuffle(order)
    persons = [f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}" for _ in range(300)]
    used = defaultdict(set)
    fixed_done = defaultdict(int)
    rows_truth = []
    weighted = [t for t in BIG_TYPES for _ in range(t[0])]
    for code in order:
        c = U.by_code[code]
        k = fixed_done[code]
        fixed_done[code] += 1
        hamlet = f"{rng.choice(HAMLET_A)} {rng.choice(HAMLET_B)}"
        if k == 0:
            name, tcell, t = f"UBND {c['name_with_type'].replace('Xã', 'xã').replace('Phường', 'phường').replace('Thị trấn', 'thị trấn')}", rng.choice(["UBND xã", "Cơ quan", "Cơ quan, đơn vị"]), "Cơ quan, đơn vị"
        elif k == 1:
            name, tcell, t = f"Trạm Y tế {c['name_with_type'].replace('Xã', 'xã').replace('Phường', 'phường').replace('Thị trấn', 'thị trấn')}", rng.choice(["Trạm y tế", "Cơ sở y tế", "CƠ SỞ Y TẾ"]), "Cơ sở y tế"
        elif k == 2:
            kind = rng.choice([("Trường Tiểu học", "Trường tiểu học"), ("Trường Mầm non", "Trường mầm non"), ("Trường THCS", "Trường THCS")])
            name, tcell, t = f"{kind[0]} {c['name']}", rng.choice([kind[1], "Trường học", "truong hoc"]), "Trường học"
        elif k == 3:
            name, tcell, t = f"Chợ {c['name']}", rng.choice(["Chợ", "CHỢ", "cho"]), "Chợ"
        else:
            w, cells, stored, template = rng.choice(weighted)
            tcell = rng.choice(cells)
            t = stored if stored else ("Khác" if tcell else "Chưa phân loại")
            name = template.format(p=rng.choice(persons), w=rng.choice(SHOP_WORDS), h=hamlet)
        base, n = name, 2
        while name in used[code]:
            name = f"{base} {n}"
            n += 1
        used[code].add(name)
        rows_truth.append((code, name, tcell, t, hamlet))
    return rows_truth, name_counts, folded


PROVINCE_CELLS = ["Cao Bằng", "Tỉnh Cao Bằng", "T. Cao Bằng", "CAO BANG", "T.Cao Bằng", "tỉnh cao bằng", nfd("Cao Bằng"), "Cao Bang"]


def province_register_files():
    truth, name_counts, folded = province_register_truth()
    rng = random.Random("province-cao-bang-cells")
    header = ["STT", "Tên điểm kiểm dịch", "Loại hình", "SĐT liên hệ", "Tỉnh thành", "Quận huyện", "Xã/Phường/Thị trấn", "Địa chỉ"]
    rows, cps = [], []
    phone_styles = ["plain"] * 6 + ["dots", "spaces", "intl", "84", "nozero", "+84"]
    d_styles = ["full", "full", "name", "abbr", "caps", "caps_name", "nodiac", "nfd", "tone", "tone_name", "spaces", "lower"]
    c_styles = ["full", "full", "name", "abbr", "caps", "nfd", "spaces", "tone", "lower", "nodiac", "nodiac_full",
                "with_district", "chain", "nfd_name", "caps_name"]
    phones = set()
    for i, (code, name, tcell, t, hamlet) in enumerate(truth, 1):
        c = U.by_code[code]
        d = U.parent(code)
        ds = rng.choice(d_styles)
        dcell = unit_cell(d, ds, rng.choice(DISTRICT_ABBR[d["type"]])) if ds == "abbr" else unit_cell(d, ds)
        while True:
            cs = rng.choice(c_styles)
            if cs.startswith("nodiac") and folded[strip_marks(c["name"]).lower()] > 1 and name_counts[c["name"]] == 1:
                continue  # no diacritics only where that names one unit
            break
        ccell = unit_cell(c, cs, rng.choice(COMMUNE_ABBR[c["type"]])) if cs == "abbr" else unit_cell(c, cs)
        if rng.random() < 0.03:
            phone, pcell = "", rng.choice(["", "", "không có", "-", "chưa có"])
        else:
            while True:
                phone = mobile(rng) if rng.random() < 0.9 else landline(rng, "206")
                if phone not in phones:
                    break
            phones.add(phone)
            pcell = phone_cell(phone, rng.choice(phone_styles))
        if rng.random() < 0.1:
            addr = ""
        else:
            addr = rng.choice([f"Xóm {hamlet}, {c['name_with_type']}", f"Xóm {hamlet}, {c['name_with_type']}, {d['name_with_type']}",
                               f"Xóm {hamlet}"])
        pv = rng.choice(PROVINCE_CELLS)
        tc = tcell if rng.random() > 0.05 else nfd(tcell)
        rows.append([str(i), name if rng.random() > 0.05 else f" {name} ", tc, pcell, pv, dcell, ccell, addr])
        cps.append(CP(name, t, phone, code, addr or None))
    assign_codes(cps)
    data = csv_bytes([header] + rows, ",", "utf-8-bom")
    return data, cps, rows, header


PROVINCE_CACHE = {}


def province_register():
    if not PROVINCE_CACHE:
        PROVINCE_CACHE["v"] = province_register_files()
    return PROVINCE_CACHE["v"]


@case
def province_register_cao_bang():
    out = Out("province-register-cao-bang",
              "A whole province's register (Cao Bằng, 5,677 rows) merged from the districts' files: province, district and commune cells written every way, shared commune names resolved by district, free-text types, phone under 'SĐT liên hệ', a few empty phones, no dates, no codes.",
              {"province": "Cao Bằng"}, "checkpoints", ["register.csv"], stats_as_of="2021-11-12")
    data, cps, rows, header = province_register()
    out.files["register.csv"] = data
    expected = sort_checkpoints([cp.expected(["code", "name", "type", "phone", "commune_code"]) for cp in cps])
    back = list(csv.reader(io.StringIO(decode(data, "utf-8-bom"), newline="")))
    assert len(back) == PROVINCE_ROWS + 1
    n = verify_register(back, 0, out.case["area"], expected)
    group = lambda cp: U.by_code[cp.commune]["parent_code"]
    as_of = dt.date(2021, 11, 12)
    st = stats_for(cps, [], as_of, group)
    check_stats(st, cps, [], as_of, group)
    assert st["total"]["checkpoints"] == PROVINCE_ROWS and len(st["rows"]) == 10
    out.expected = {"exit": 0, "checkpoints": expected, "stats": st}
    shared = sum(1 for cp in cps if Counter(c["name"] for c in U.communes_of_province("04"))[U.by_code[cp.commune]["name"]] > 1)
    out.summary = f"{n} rows, {shared} in communes with shared names, {sum(1 for cp in cps if not cp.phone)} without phone"
    return out


@case
def province_scans_cao_bang():
    out = Out("province-scans-cao-bang",
              "A year of scans (2021) across the Cao Bằng province register, with scans after the as-of day that must not count and a few duplicated rows; district statistics as of 12/11/2021.",
              {"province": "Cao Bằng"}, "scans", ["scans.csv"], register="../province-register-cao-bang/register.csv",
              stats_as_of="2021-11-12")
    _, cps, _, _ = province_register()
    rng = random.Random(out.name)
    persons = people(rng, 400)
    codes = sorted(cp.code for cp in cps)
    scanned = rng.sample(codes, 2300)
    late_only = set(scanned[:8])  # scanned only after the as-of day
    normal = scanned[8:]
    weights = {c: rng.choice([1, 1, 1, 2, 3, 8]) for c in normal}
    pool = [c for c in normal for _ in range(weights[c])]
    as_of = dt.date(2021, 11, 12)
    start = dt.date(2021, 1, 1)
    scans, keys = [], set()

    def add(t, code, person, direction):
        s = Scan(t, code, person, direction)
        if s.key() in keys:
            return False
        keys.add(s.key())
        scans.append(s)
        return True

    def rand_time(d):
        return dt.datetime(d.year, d.month, d.day, rng.randint(5, 21), rng.randint(0, 59), rng.randint(0, 59), tzinfo=VN)

    # Boundaries: the first second of the year, the edges of the 7-day window and of the as-of day.
    boundary = [dt.datetime(2021, 1, 1, 0, 0, 0, tzinfo=VN), dt.datetime(2021, 11, 5, 23, 59, 59, tzinfo=VN),
                dt.datetime(2021, 11, 6, 0, 0, 0, tzinfo=VN), dt.datetime(2021, 11, 12, 23, 59, 59, tzinfo=VN),
                dt.datetime(2021, 11, 13, 0, 0, 0, tzinfo=VN)]
    for t in boundary:
        add(t, rng.choice(normal), rng.choice(persons), rng.choice(["in", "out", ""]))
    for code in sorted(late_only):
        for _ in range(rng.randint(1, 3)):
            add(rand_time(dt.date(2021, 11, rng.randint(13, 20))), code, rng.choice(persons), rng.choice(["in", "out"]))
    while len(scans) < 2990:
        r = rng.random()
        if r < 0.75:
            d = start + dt.timedelta(days=rng.randrange((as_of - start).days + 1))
        elif r < 0.90:
            d = dt.date(2021, 11, rng.randint(6, 12))
        else:
            d = dt.date(2021, 11, rng.randint(13, 20))
        add(rand_time(d), rng.choice(pool), rng.choice(persons), rng.choice(["in", "out", "in"]))
    scans.sort(key=lambda s: (s.time, s.code, s.phone))
    written = list(scans)
    for s in rng.sample(scans, 10):  # the same row exported twice
        written.insert(rng.randrange(len(written)), s)
    header = ["STT", "Họ và tên", "Số điện thoại", "Mã điểm", "Thời gian", "Vào/Ra"]
    rows = []
    for i, s in enumerate(written, 1):
        rows.append([str(i), s.person_name, phone_cell(s.phone, ["plain", "plain", "plain", "84", "dots"][i % 5]),
                     s.code, f"{s.time:%d/%m/%Y %H:%M:%S}", DIRECTION_WORDS["vi"].get(s.direction, "")])
    out.files["scans.csv"] = csv_bytes([header] + rows, ",", "utf-8")
    stored = dedupe_scans(written)
    assert len(stored) == len(scans)
    # Second computation: read the file back, parse times and recount from the text.
    back = list(csv.reader(io.StringIO(decode(out.files["scans.csv"], "utf-8"), newline="")))
    assert ref_date_order([r[4] for r in back[1:]]) == "dmy"
    reread = [Scan(ref_time(r[4], "dmy"), r[3], (r[1], ref_phone(r[2])[0]), {"Vào": "in", "Ra": "out", "": ""}[r[5]]) for r in back[1:]]
    reread = dedupe_scans(reread)
    group = lambda cp: U.by_code[cp.commune]["parent_code"]
    st = stats_for(cps, stored, as_of, group)
    assert st == stats_for(cps, reread, as_of, group)
    check_stats(st, cps, stored, as_of, group)
    late = sum(1 for s in stored if s.time.date() > as_of)
    assert late > 0 and st["total"]["scans"] == len(stored) - late
    out.expected = {"exit": 0, "stats": st}
    out.summary = f"{len(written)} rows, {len(stored)} scans ({late} after the as-of day), {st['total']['with_scans']} checkpoints with scans"
    return out


# ----------------------------------------------------------------------------------------------------

def main():
    names = []
    total_cases = 0
    for fn in CASES:
        out = fn()
        out.write()
        names.append(out.name)
        total_cases += 1
        print(f"{out.name:46s} {out.summary}")
    assert len(set(names)) == len(names)
    print(f"{total_cases} cases written to {os.path.relpath(HERE, REPO)}")


if __name__ == "__main__":
    sys.exit(main())
