"""A hostile corpus, generated here (nothing is checked in): broken, malicious and merely odd files.

Every entry is (name as uploaded, bytes). PDFs are written in raw PDF syntax, so each defect is exactly the
one named; the disclosure wording is our own.
"""
from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib
from functools import lru_cache

DISCLOSURE = (
    "重庆市样例县{unit}2025年部门预算情况说明\n"
    "一、基本情况\n本部门下属单位2个。\n"
    "二、收支预算情况\n收入预算合计1,234.50万元，支出预算合计1,234.50万元。\n"
    "三、“三公”经费预算情况说明\n2025年“三公”经费预算12.30万元，比上年减少1.20万元。"
    "其中：因公出国（境）费0万元；公务用车购置及运行维护费10.00万元；公务接待费2.30万元。\n"
    "四、其他重要事项\n机关运行经费预算45.60万元。\n"
)
NOT_A_DISCLOSURE = "关于做好冬季农田水利建设工作的通知\n各乡镇人民政府：现将有关事项通知如下，请认真贯彻落实。\n"


def disclosure_text(unit: str = "农业农村委员会") -> str:
    return DISCLOSURE.format(unit=unit)


def traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


# --- raw PDF ------------------------------------------------------------------------------------------------

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _text_stream(lines: list[str]) -> bytes:
    parts = [b"BT /F1 12 Tf 14 TL 40 800 Td"]
    for line in lines:
        parts.append(b"<" + line.encode("utf-16-be").hex().encode() + b"> Tj T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def build_pdf(pages: list[bytes], *, user_password: bytes | None = None, owner_password: bytes = b"owner",
              compress: bool = False, broken_xref: bool = False, extra_objects: dict[int, bytes] | None = None,
              kids_override: bytes | None = None, count_override: int | None = None) -> bytes:
    """A PDF whose pages carry the given content streams, with a CJK font (STSong-Light, UCS-2 CMap)."""
    objects: dict[int, bytes] = {}
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
    count = len(pages) if count_override is None else count_override
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = b"<< /Type /Pages /Kids [" + (kids_override if kids_override is not None else kids) + b"] /Count %d >>" % count
    objects[3] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                  b"/DescendantFonts [4 0 R] >>")
    objects[4] = (b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
                  b"<< /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor << /Type /FontDescriptor "
                  b"/FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 "
                  b"/Descent -120 /CapHeight 880 /StemV 93 >> >>")
    streams: dict[int, bytes] = {}
    for index, content in enumerate(pages):
        page_id = first_page + 2 * index
        objects[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                            b"/Contents %d 0 R >>" % (page_id + 1))
        streams[page_id + 1] = content
    objects.update(extra_objects or {})
    file_id = hashlib.md5(repr(len(pages)).encode()).digest()
    key = None
    encrypt_id = max([*objects, *streams]) + 1
    if user_password is not None:
        owner_key = hashlib.md5((owner_password + PAD)[:32]).digest()[:5]
        o_value = _rc4(owner_key, (user_password + PAD)[:32])
        permissions = -44
        key = hashlib.md5((user_password + PAD)[:32] + o_value + struct.pack("<i", permissions) + file_id).digest()[:5]
        u_value = _rc4(key, PAD)
        objects[encrypt_id] = (b"<< /Filter /Standard /V 1 /R 2 /O <" + o_value.hex().encode() + b"> /U <"
                               + u_value.hex().encode() + b"> /P %d >>" % permissions)

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted([*objects, *streams]):
        offsets[number] = out.tell()
        if number in streams:
            data = streams[number]
            filters = b""
            if compress:
                data = zlib.compress(data, 9)
                filters = b" /Filter /FlateDecode"
            if key is not None:
                data = _rc4(hashlib.md5(key + struct.pack("<I", number)[:3] + b"\x00\x00").digest()[:10], data)
            out.write(b"%d 0 obj\n<< /Length %d%s >>\nstream\n" % (number, len(data), filters) + data + b"\nendstream\nendobj\n")
        else:
            out.write(b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n")
    xref = out.tell()
    size = max(offsets) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for number in range(1, size):
        offset = offsets.get(number, 0) if not broken_xref else 7 + number * 13
        out.write(b"%010d 00000 n \n" % offset if number in offsets else b"0000000000 65535 f \n")
    trailer = b"<< /Size %d /Root 1 0 R /ID [<%s> <%s>]" % (size, file_id.hex().encode(), file_id.hex().encode())
    if user_password is not None:
        trailer += b" /Encrypt %d 0 R" % encrypt_id
    out.write(b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % (xref if not broken_xref else 99999))
    return out.getvalue()


def text_pdf(text: str, **options) -> bytes:
    return build_pdf([_text_stream(text.splitlines())], **options)


def many_pages_pdf(count: int) -> bytes:
    return build_pdf([b"BT ET"] * count)


@lru_cache(maxsize=1)
def bomb_stream(expanded: int = 1200 * 1024**2) -> bytes:
    """A FlateDecode stream of spaces that expands to `expanded` bytes (about a megabyte compressed)."""
    chunk = b" " * (8 * 1024**2)
    packer = zlib.compressobj(9)
    first = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    # After a full flush a block refers to nothing before it, so the same bytes can be repeated.
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    count = expanded // len(chunk)
    checksum = 1
    for _ in range(count):
        checksum = zlib.adler32(chunk, checksum)
    return first + block * (count - 1) + b"\x03\x00" + struct.pack(">I", checksum)


def bomb_pdf() -> bytes:
    data = bomb_stream()
    out = text_pdf(disclosure_text())
    # a page whose content stream is the bomb, prepended as a second page object set
    pages = [_text_stream(disclosure_text().splitlines()), b""]
    pdf = build_pdf(pages)
    marker = b"<< /Length 0 >>\nstream\n\nendstream"
    return pdf.replace(marker, b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream") \
        if marker in pdf else out


def image_only_pdf() -> bytes:
    image = b"\xff\x00\x00" * 16
    extra = {90: b"<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceRGB /BitsPerComponent 8 "
                  b"/Length %d >>\nstream\n" % len(image) + image + b"\nendstream"}
    pdf = build_pdf([b"q 500 0 0 700 40 60 cm /Im0 Do Q"], extra_objects=extra)
    return pdf.replace(b"/Resources << /Font << /F1 3 0 R >> >>", b"/Resources << /XObject << /Im0 90 0 R >> >>")


def deep_nesting_pdf(depth: int = 200_000) -> bytes:
    return build_pdf([b"BT ET"], extra_objects={90: b"[" * depth + b"]" * depth})


def cycle_pdf() -> bytes:
    """A page tree whose Kids point back at the tree itself (and at a page that points to it)."""
    return build_pdf([b"BT ET"], kids_override=b"2 0 R 5 0 R", count_override=2)


def no_cmap_pdf() -> bytes:
    """Text drawn with a simple font whose codes map to nothing (no /Encoding, no /ToUnicode)."""
    pdf = text_pdf(disclosure_text())
    return pdf.replace(b"/Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R]",
                       b"/Subtype /Type3 /FontBBox [0 0 1 1] /FontMatrix [1 0 0 1 0 0] /CharProcs << >> "
                       b"/FirstChar 0 /LastChar 0 /Widths [0] /Resources << >>")


# --- zip ----------------------------------------------------------------------------------------------------


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx_bomb() -> bytes:
    return zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b" " * (60 * 1024**2)})


def xlsx_bomb() -> bytes:
    return zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>",
                      "xl/worksheets/sheet1.xml": b"0" * (60 * 1024**2)})


def zip_many_members() -> bytes:
    members = {"word/document.xml": b"<w:document/>"}
    members.update({f"word/media/{i}.xml": b"x" for i in range(2500)})
    return zip_bytes(members)


# --- the corpus -----------------------------------------------------------------------------------------------


def corpus() -> dict[str, tuple[str, bytes]]:
    """key → (upload name, bytes). The key names the defect; tests map keys to the message they expect."""
    good = text_pdf(disclosure_text())
    return {
        "empty": ("empty.pdf", b""),
        "whitespace": ("blank.txt", b" \r\n\t \n"),
        "header_only": ("header.pdf", b"%PDF-1.7\n"),
        "truncated": ("truncated.pdf", good[: len(good) // 2]),
        "garbage_after_header": ("garbage.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 40),
        "broken_xref": ("xref.pdf", text_pdf(disclosure_text(), broken_xref=True)),
        "junk_before_header": ("junk.pdf", b"\x00junk" * 180 + good),
        "encrypted_user": ("locked.pdf", text_pdf(disclosure_text(), user_password=b"secret")),
        "encrypted_owner_only": ("owner.pdf", text_pdf(disclosure_text("财政局"), user_password=b"")),
        "pages_5000": ("pages5000.pdf", many_pages_pdf(5000)),
        "pages_100000": ("pages100000.pdf", many_pages_pdf(100_000)),
        "pages_lie": ("count.pdf", build_pdf([b"BT ET"], count_override=10_000_000)),
        "reference_cycle": ("cycle.pdf", cycle_pdf()),
        "deep_nesting": ("nested.pdf", deep_nesting_pdf()),
        "image_only": ("scan.pdf", image_only_pdf()),
        "no_cmap": ("nocmap.pdf", no_cmap_pdf()),
        "chinese_not_disclosure": ("notice.pdf", text_pdf(NOT_A_DISCLOSURE)),
        "html_as_pdf": ("page.pdf", b"<!DOCTYPE html><html><body><p>404 Not Found</p></body></html>"),
        "zip_as_pdf": ("archive.pdf", zip_bytes({"a.txt": b"hello"})),
        "exe_as_pdf": ("setup.pdf", b"MZ\x90\x00\x03" + b"\x00" * 200 + b"This program cannot be run in DOS mode"),
        "elf_as_pdf": ("tool.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 100),
        "png_as_pdf": ("scan2.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
        "gzip_as_txt": ("data.txt", b"\x1f\x8b\x08\x00" + b"\x00" * 50),
        "docx_bomb": ("bomb.docx", docx_bomb()),
        "xlsx_bomb": ("bomb.xlsx", xlsx_bomb()),
        "zip_many": ("many.docx", zip_many_members()),
        "zip_broken": ("broken.docx", b"PK\x03\x04" + b"\x00" * 100),
        "binary_txt": ("binary.txt", bytes(range(256)) * 20),
        "name_traversal": ("../../etc/passwd.txt", disclosure_text("交通运输委员会").encode()),
        "name_nul": ("a\x00b.txt", disclosure_text("水利局").encode()),
        "name_crlf": ("line\r\nbreak.txt", disclosure_text("林业局").encode()),
        "name_long": ("长" * 300 + ".txt", disclosure_text("商务委员会").encode()),
        "name_rtl": ("report\u202etxt.exe", disclosure_text("文化旅游委员会").encode()),
        "script_text": ("script.txt", disclosure_text("<script>alert(1)</script>委员会").encode()),
        "sql_text": ("sql.txt", disclosure_text("'); DROP TABLE disclosures_figure;--委员会").encode()),
        "gbk_text": ("gbk.txt", disclosure_text("民政局").encode("gbk")),
        "big5_text": ("big5.txt", traditional(disclosure_text("卫生健康委员会")).encode("big5", "replace")),
        "utf16_text": ("utf16.txt", disclosure_text("体育局").encode("utf-16")),
        "utf16_no_bom": ("utf16be.txt", disclosure_text("档案局").encode("utf-16-le")),
        "good_pdf": ("good.pdf", good),
        "decompression_bomb": ("bomb.pdf", bomb_pdf()),
    }


def unit_names(count: int) -> list[str]:
    """`count` distinct plausible unit names (digits in a name would be read as something else)."""
    fields = ["农业", "林业", "水利", "交通", "教育", "卫生", "民政", "商务", "文化", "体育", "档案", "审计", "统计"]
    kinds = ["局", "委员会", "服务中心", "办公室", "管理站", "研究所", "事务中心", "监测站", "指导站", "保障中心"]
    names = [f"{field}{kind}" for kind in kinds for field in fields]
    assert count <= len(names)
    return names[:count]


def huge_image_pdf() -> bytes:
    """A readable disclosure whose page also draws an image declared 60,000 × 60,000 pixels (10 GB to render)."""
    pixels = zlib.compress(b"\x00" * (1024 * 1024), 9)
    extra = {90: b"<< /Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceRGB "
                  b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels) + pixels
                  + b"\nendstream"}
    content = _text_stream(disclosure_text("审计局").splitlines()) + b"\nq 500 0 0 300 40 60 cm /Im0 Do Q"
    pdf = build_pdf([content], extra_objects=extra)
    return pdf.replace(b"/Resources << /Font << /F1 3 0 R >> >>",
                       b"/Resources << /Font << /F1 3 0 R >> /XObject << /Im0 90 0 R >> >>")
