"""The only module that touches PDF libraries.

Text comes from pypdfium2 (fast, whole document). Table cells are needed on a few pages only (blank cells of the
“三公” table, a 合计 row, the 政府采购 table): `pdf_tables` cuts pypdfium2's path and character boxes into cells with
pdfplumber's table finder, which gives pdfplumber's cells without its slow pdfminer pass over the page.
"""
from __future__ import annotations

import io

from .types import ParseError


def pdf_pages(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except Exception as exc:  # pdfium raises its own error types for damaged or encrypted files
        raise ParseError("无法读取该PDF文件：文件已损坏、加密或不是有效的PDF") from exc
    try:
        pages = []
        for index in range(len(document)):
            try:
                page = document[index]
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                if text.count("\n") >= _BROKEN_PAGE_BREAKS and _many_short_lines(text):
                    text = _rejoined_text(textpage) or text
                pages.append(text)
                textpage.close()
                page.close()
            except Exception:  # one damaged page must not lose the others; it reads as an empty page
                pages.append("")
        return pages
    finally:
        document.close()


_BROKEN_PAGE_BREAKS = 20  # a page with fewer line breaks is never looked at glyph by glyph


def _many_short_lines(text: str) -> bool:
    """Most lines hold one to three characters: the text layer may have broken lines between glyphs."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= _BROKEN_PAGE_BREAKS and 2 * sum(len(line.strip()) <= 3 for line in lines) >= len(lines)


def _rejoined_text(textpage) -> str | None:
    """The page's text with pdfium's own line breaks removed where the next glyph stands on the same baseline at or
    to the right of the one before (a space where they stand apart): some PDFs place every glyph with its own
    matrix, and pdfium then starts a new line at each glyph, so 1353.62 reads as 1 / 3 / 5 / 3.6 / 2 and a table
    reader would take "3.6" for an amount. None when no break was spurious.

    A break is kept when the next glyph is lower or higher (a new line), or left of the glyph before it (a new
    line of a column laid out left to right)."""
    import ctypes

    import pypdfium2.raw as raw

    handle = textpage.raw
    left, bottom, right, top = (ctypes.c_double() for _ in range(4))
    refs = tuple(ctypes.byref(v) for v in (left, right, bottom, top))
    out: list[str] = []
    previous: tuple[float, float, float, float] | None = None
    pending = ""  # the generated break (or space) waiting for the next glyph
    joined = 0
    for index in range(raw.FPDFText_CountChars(handle)):
        code = raw.FPDFText_GetUnicode(handle, index)
        if code in (10, 13) and raw.FPDFText_IsGenerated(handle, index):
            pending += chr(code)
            continue
        if code in (0, 0xFFFE, 0xFFFF) or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            continue
        if code in (10, 13, 32):
            out.append(pending + chr(code))
            pending = ""
            continue
        raw.FPDFText_GetCharBox(handle, index, *refs)
        box = (left.value, bottom.value, right.value, top.value)
        if pending and previous is not None:
            height = min(previous[3] - previous[1], box[3] - box[1])
            overlap = min(previous[3], box[3]) - max(previous[1], box[1])
            if height > 0 and overlap >= height / 2 and box[0] >= previous[0]:
                joined += 1
                taller = max(previous[3] - previous[1], box[3] - box[1])
                pending = " " if box[0] - previous[2] > 0.6 * taller else ""  # a word or column gap
        out.append(pending + chr(code))
        pending = ""
        previous = box
    out.append(pending)
    return "".join(out) if joined else None


class PdfReadError(Exception):
    """A page's geometry could not be read (pdfium, or pdfplumber/pdfminer); callers turn it into a warning."""


def pdf_tables(data: bytes, page_numbers: list[int]) -> dict[int, list[list[list[str | None]]]]:
    """Tables on the given 1-based pages, cell for cell as pdfplumber's `extract_tables` gives them (None = a merged
    or missing cell), in about a third of its time.

    pdfminer's pass over a page's content stream is what makes pdfplumber slow (~0.1 s a page); here pypdfium2 reads
    the page's straight path segments and character boxes instead, and pdfplumber's own table finder (same snapping,
    joining and cell tolerances) cuts them into cells. On all 274 pages of the seeds, realdocs and test fixtures
    every cell equals `pdfplumber_tables`', and every parse result is unchanged. Pages drawn through form XObjects
    (whose matrices nest) go to `pdfplumber_tables`. Raises PdfReadError when the file or a page cannot be read."""
    if not page_numbers:
        return {}
    import pypdfium2 as pdfium

    result: dict[int, list[list[list[str | None]]]] = {}
    fallback: list[int] = []
    try:
        document = pdfium.PdfDocument(data)
    except Exception as exc:
        raise PdfReadError(f"page {page_numbers}: {exc!r}") from exc
    try:
        for number in page_numbers:
            try:
                page = document[number - 1]
            except Exception as exc:  # a page number past the end, or a damaged page tree
                raise PdfReadError(f"page {number}: {exc!r}") from exc
            try:
                found = _ruled_tables(page)
            except Exception as exc:  # pdfium's own errors on a damaged content stream or text layer
                raise PdfReadError(f"page {number}: {exc!r}") from exc
            finally:
                page.close()
            if found is None:
                fallback.append(number)
            else:
                result[number] = found
    finally:
        document.close()
    result.update(pdfplumber_tables(data, fallback))
    return result


def pdfplumber_tables(data: bytes, page_numbers: list[int]) -> dict[int, list[list[list[str | None]]]]:
    """Tables on the given 1-based pages through pdfplumber itself (pdfminer parses each page).

    Raises PdfReadError when pdfplumber fails on the file or a page (damaged streams, odd fonts)."""
    if not page_numbers:
        return {}
    import pdfplumber

    result: dict[int, list[list[list[str | None]]]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data), pages=page_numbers) as pdf:
            for page in pdf.pages:
                result[page.page_number] = page.extract_tables()
    except Exception as exc:  # pdfminer raises many types (PSSyntaxError, KeyError, struct.error …)
        raise PdfReadError(f"page {page_numbers}: {exc!r}") from exc
    return result


def _ruled_tables(page) -> list[list[list[str | None]]] | None:
    """The tables of one pypdfium2 page; None when it draws through form XObjects (their matrices nest)."""
    import pypdfium2.raw as raw
    from pdfplumber.table import Table, TableSettings, cells_to_tables, edges_to_intersections, intersections_to_cells, \
        merge_edges
    from pdfplumber.utils import filter_edges

    height = page.get_height()
    edges = []
    for obj in page.get_objects(max_depth=0):
        if obj.type == raw.FPDF_PAGEOBJ_FORM:
            return None
        if obj.type == raw.FPDF_PAGEOBJ_PATH:
            edges += _path_edges(obj, height)
    settings = TableSettings()
    edges = merge_edges(filter_edges(edges, min_length=settings.edge_min_length_prefilter),
                        snap_x_tolerance=settings.snap_x_tolerance, snap_y_tolerance=settings.snap_y_tolerance,
                        join_x_tolerance=settings.join_x_tolerance, join_y_tolerance=settings.join_y_tolerance)
    edges = filter_edges(edges, min_length=settings.edge_min_length)
    cells = intersections_to_cells(edges_to_intersections(edges, settings.intersection_x_tolerance,
                                                          settings.intersection_y_tolerance))
    groups = cells_to_tables(cells)
    if not groups:
        return []
    boxes = [(min(c[0] for c in group), min(c[1] for c in group), max(c[2] for c in group), max(c[3] for c in group))
             for group in groups]
    chars = _chars(page, height, boxes)
    return [_cell_texts(Table(None, group), chars) for group in groups]


def _cell_texts(table, chars: list[dict]) -> list[list[str | None]]:
    """pdfplumber's `Table.extract`: a character belongs to the cell holding its centre (None = no cell there).

    The characters are sorted by their vertical centre once, so each row reads only its own band rather than every
    character of the page (pdfplumber's own loop is rows × characters)."""
    from bisect import bisect_left

    from pdfplumber.utils import extract_text

    ordered = sorted(range(len(chars)), key=lambda i: chars[i]["top"] + chars[i]["bottom"])
    middles = [(chars[i]["top"] + chars[i]["bottom"]) / 2 for i in ordered]
    grid = []
    for row in table.rows:
        _, top, _, bottom = row.bbox
        band = sorted(ordered[bisect_left(middles, top):bisect_left(middles, bottom)])  # page order, as pdfplumber
        texts: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                texts.append(None)
                continue
            x0, cell_top, x1, cell_bottom = cell
            inside = [chars[i] for i in band if x0 <= (chars[i]["x0"] + chars[i]["x1"]) / 2 < x1
                      and cell_top <= (chars[i]["top"] + chars[i]["bottom"]) / 2 < cell_bottom]
            texts.append(extract_text(inside) if inside else "")
        grid.append(texts)
    return grid


def _path_edges(obj, height: float) -> list[dict]:
    """The edges pdfplumber takes from one path object (top-down coordinates): each subpath's horizontal and vertical
    steps between its points (a Bézier curve counts by its end point, the closing step back to its start included),
    and a lone slanted line as a vertical edge, as pdfplumber turns its line objects into edges."""
    import ctypes

    import pypdfium2.raw as raw

    a, b, c, d, e, f = obj.get_matrix().get()
    x, y = ctypes.c_float(), ctypes.c_float()
    at_x, at_y = ctypes.byref(x), ctypes.byref(y)
    subpaths: list[list[tuple[float, float]]] = []
    bezier = 0
    for index in range(raw.FPDFPath_CountSegments(obj.raw)):
        segment = raw.FPDFPath_GetPathSegment(obj.raw, index)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:  # pdfium lists a curve as two control points, then its end point
                continue
        raw.FPDFPathSegment_GetPoint(segment, at_x, at_y)
        point = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
        if kind == raw.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([point])
        else:
            subpaths[-1].append(point)
        if raw.FPDFPathSegment_GetClose(segment):
            subpaths[-1].append(subpaths[-1][0])
    edges = []
    for points in subpaths:
        if len(points) == 2 or (len(points) == 3 and points[2] == points[0]):  # one line segment
            (x0, x1), (top, bottom) = sorted((points[0][0], points[1][0])), sorted((points[0][1], points[1][1]))
            edges.append(_edge(x0, top, x1, bottom, "h" if top == bottom else "v"))
            continue
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            if y0 == y1 or x0 == x1:
                edges.append(_edge(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), "h" if y0 == y1 else "v"))
    return edges


def _edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> dict:
    return {"object_type": "curve_edge", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "orientation": orientation}


def _chars(page, height: float, boxes: list[tuple[float, float, float, float]]) -> list[dict]:
    """The characters printed inside `boxes` (top-down x0, top, x1, bottom), as pdfplumber char dicts.

    The vertical box is pdfminer's (baseline + the font's descent, one font size high) rather than pdfium's loose
    box, which follows each glyph's outline in some fonts: a full-width comma would sit on a line of its own."""
    import ctypes

    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        chars = []
        ox, oy, descent = ctypes.c_double(), ctypes.c_double(), ctypes.c_float()
        at_x, at_y, at_descent = ctypes.byref(ox), ctypes.byref(oy), ctypes.byref(descent)
        rect, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
        handle = textpage.raw
        fonts: dict[int, tuple[float, float]] = {}  # text object → (font size on the page, descent per point)
        for index in range(textpage.count_chars()):
            code = raw.FPDFText_GetUnicode(handle, index)
            if code in (0, 10, 13, 0xFFFE, 0xFFFF):
                continue
            raw.FPDFText_GetLooseCharBox(handle, index, rect)
            if code == 32 and raw.FPDFText_IsGenerated(handle, index):
                # pdfium puts its own space (a point, no font) where the page prints one or leaves a word gap:
                # kept between two characters of one line, with their line's box, it parts words as pdfplumber does
                if chars and chars[-1]["x1"] <= rect.left + 0.5 and chars[-1]["text"] != " ":
                    previous = chars[-1]
                    chars.append({**previous, "text": " ", "x0": previous["x1"], "width": 0.0})
                continue
            middle_x, middle_y = (rect.left + rect.right) / 2, height - (rect.top + rect.bottom) / 2
            if not any(x0 - 20 <= middle_x <= x1 + 20 and top - 20 <= middle_y <= bottom + 20
                       for x0, top, x1, bottom in boxes):
                continue
            text_object = raw.FPDFText_GetTextObject(handle, index)
            key = ctypes.cast(text_object, ctypes.c_void_p).value or 0
            if key not in fonts:
                raw.FPDFText_GetMatrix(handle, index, matrix)
                # pdfium's font size is the Tf operand; pdfminer's (the printed size) is scaled by the text matrix
                size = raw.FPDFText_GetFontSize(handle, index) * abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
                font = raw.FPDFTextObj_GetFont(text_object) if key else None
                ok = bool(font) and raw.FPDFFont_GetDescent(font, ctypes.c_float(1.0), at_descent)
                fonts[key] = (size, descent.value if ok else 0.0)
            size, per_point = fonts[key]
            raw.FPDFText_GetCharOrigin(handle, index, at_x, at_y)
            bottom = oy.value + per_point * size
            chars.append({"text": chr(code), "x0": rect.left, "x1": rect.right, "top": height - (bottom + size),
                          "bottom": height - bottom, "doctop": height - (bottom + size), "upright": True,
                          "width": rect.right - rect.left, "height": size})
        return chars
    finally:
        textpage.close()
