"""Word documents (.docx through python-docx, old .doc through olefile) → one page of text, tables where they stand.

Paragraphs and tables are read in body order; each table becomes a SourceTable (caption and unit from
the lines printed just above it, or from title rows inside it) and TABLE_ROW lines in the text.
"""
from __future__ import annotations

import io
import re
import struct

from .text import (
    TABLE_ROW, Extracted, caption_above, label_value_lines, split_title_rows, strip_controls, table_lines,
    text_tables, unit_above,
)
from .types import ParseError, SourceTable


def docx_source(data: bytes) -> Extracted:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(document.iter_inner_content())
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors … on damaged files
        raise ParseError("Word文件已损坏，无法读取") from exc
    lines: list[str] = []
    tables: list[SourceTable] = []
    for block in blocks:
        if isinstance(block, Table):
            grid = _grid(block)
            if not grid:
                continue
            if len(grid[0]) == 1 or len(grid) == 1:  # a one-column or one-row table is a text box
                lines.extend(cell for row in grid for cell in row if cell)
                continue
            title, unit, body, notes = split_title_rows(grid)
            caption = title or caption_above(lines)
            unit = unit or unit_above(lines)
            table = SourceTable(grid=body, page=len(tables) + 1, caption=caption, unit=unit, origin="docx")
            tables.append(table)
            head = ([title] if title else []) + notes
            if unit and not unit_above(lines + head):
                head.append(f"单位：{unit}")
            lines.extend(head + (label_value_lines(body) or table_lines(table, caption=False)))
        else:
            # Covers put the title in text boxes, which a paragraph's own text leaves out.
            for box in block._p.xpath(".//w:txbxContent//w:p"):
                boxed = "".join(box.xpath(".//w:t/text()")).strip()
                if boxed and boxed not in lines[-3:]:
                    lines.append(boxed)
            text = block.text.replace("\r", "").strip()
            lines.extend(part for part in text.split("\n") if part.strip())
    if not lines:
        raise ParseError("Word文件中没有文字内容")
    return Extracted(pages=["\n".join(lines)], tables=tables)


def _grid(table) -> list[list[str | None]]:
    grid: list[list[str | None]] = []
    above: list[object] = []
    for row in table.rows:
        cells = [None] * row.grid_cols_before + list(row.cells) + [None] * row.grid_cols_after
        out: list[str | None] = []
        elements: list[object] = []
        for j, cell in enumerate(cells):
            element = cell._tc if cell is not None else None
            elements.append(element)
            if element is None:
                out.append("")
            elif (j and elements[j - 1] is element) or (j < len(above) and above[j] is element):
                out.append(None)  # covered by a merged cell
            else:
                out.append(re.sub(r"\s+", " ", cell.text).strip())
        above = elements
        if any(out):
            grid.append(out)
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]


# ---------------------------------------------------------------------------------------------
# Word 97-2003 (.doc): the text through the piece table of the WordDocument stream (olefile reads the
# OLE2 container). Tables come as cells closed by \x07, a row by a second \x07: they become TABLE_ROW lines.
# ---------------------------------------------------------------------------------------------

_FIELD = re.compile(r"\x13[^\x13\x14\x15]*\x14([^\x13\x14\x15]*)\x15|\x13[^\x13\x14\x15]*\x15")


def doc_source(data: bytes) -> Extracted:
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            word = ole.openstream("WordDocument").read()
            flags = struct.unpack_from("<H", word, 0x0A)[0]
            if flags & 0x0100:
                raise ParseError("Word文件已加密，无法读取")
            table_name = "1Table" if flags & 0x0200 else "0Table"
            table = ole.openstream(table_name).read() if ole.exists(table_name) else b""
        text = _doc_text(word, table)
    except ParseError:
        raise
    except Exception as exc:  # olefile and struct raise many kinds of errors on damaged files
        raise ParseError("Word文件（.doc）已损坏，无法读取") from exc
    lines = _doc_lines(text)
    if not any(line.strip() for line in lines):
        raise ParseError("Word文件中没有文字内容")
    page = "\n".join(lines)
    return Extracted(pages=[page], tables=text_tables(page, page=1, origin="doc"))


def _doc_text(word: bytes, table: bytes) -> str:
    main_length = struct.unpack_from("<i", word, 0x4C)[0]  # FibRgLw97.ccpText: characters of the main text
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x1A2)
    clx = table[fc_clx: fc_clx + lcb_clx]
    if not clx:
        raise ValueError("no piece table")
    at = 0
    while clx[at] == 0x01:  # Prc: formatting, skipped
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if clx[at] != 0x02:
        raise ValueError("no Pcdt")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5: at + 5 + size]
    pieces = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{pieces + 1}i", plc, 0)
    parts: list[str] = []
    for k in range(pieces):
        fc = struct.unpack_from("<I", plc, 4 * (pieces + 1) + 8 * k + 2)[0]
        count = cps[k + 1] - cps[k]
        if count <= 0 or count > 50_000_000:
            continue
        if fc & 0x40000000:
            start = (fc & ~0x40000000) // 2
            parts.append(word[start: start + count].decode("cp1252", errors="replace"))
        else:
            parts.append(word[fc: fc + 2 * count].decode("utf-16-le", errors="replace"))
    text = "".join(parts)
    return text[:main_length] if 0 < main_length <= len(text) else text


def _doc_lines(text: str) -> list[str]:
    text = _FIELD.sub(lambda m: m.group(1) or "", text)  # a field shows its result, not its code
    text = re.sub(r"[\x01\x02\x05\x08\x13\x14\x15]", "", text).replace("\x0b", "\n").replace("\x0c", "\n")
    text = text.replace("\x1e", "-").replace("\x1f", "").replace("\xa0", " ")
    lines: list[str] = []
    run: list[str] = []  # consecutive paragraphs holding cell marks: one table
    for paragraph in text.split("\r") + [""]:
        if "\x07" in paragraph:
            run.append(paragraph)
            continue
        if run:
            lines.extend(_doc_table(" ".join(run)))
            run = []
        lines.extend(part.strip() for part in paragraph.split("\n"))
    return [line[:1] + strip_controls(line[1:]) if line.startswith(TABLE_ROW) else strip_controls(line)
            for line in lines]


def _doc_table(run: str) -> list[str]:
    """Cells closed by \x07, each row closed by one more \x07: find the column count n for which every
    (n+1)-th segment is empty (a row mark), then rows of n cells. A table that fits no n is left as lines."""
    segments = [re.sub(r"\s+", " ", s).strip() for s in run.split("\x07")]
    trailing = segments.pop()  # text after the last mark
    for n in range(1, min(len(segments), 64)):
        if len(segments) % (n + 1) == 0 and all(segments[k] == "" for k in range(n, len(segments), n + 1)) \
                and len(segments) >= 2 * (n + 1):
            rows = [segments[k: k + n] for k in range(0, len(segments), n + 1)]
            out = [TABLE_ROW + "\t".join(row) for row in rows if any(row)]
            return out + ([trailing] if trailing else [])
    return [s for s in segments if s] + ([trailing] if trailing else [])
