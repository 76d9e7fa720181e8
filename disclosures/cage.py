"""The parse cage: every untrusted file is parsed in its own OS process, with a memory cap and a wall clock.

The PDF and zip libraries are not safe on hostile input (endless loops, decompression bombs, aborts inside
PDFium). The process that calls `parse_in_child` never opens the bytes with any of them: it only looks at magic
bytes and, for .docx/.xlsx, reads the zip central directory by hand. The child is forked from a forkserver that
has already imported the parser, so a parse costs a fork, not an interpreter start.

Plain Python, no Django: the child must not load it, and the commands, the worker and the web server share it.
"""
from __future__ import annotations

import dataclasses
import io
import multiprocessing
import os
import pickle
import re
import signal
import struct
import sys
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import PurePath

from .parsing.types import NotADisclosure, ParsedDisclosure, ParseError

DEFAULT_TIMEOUT = 60.0  # seconds of wall clock for one file
DEFAULT_MEMORY = 2 * 1024**3  # bytes of address space for the child
DEFAULT_MAX_PAGES = 300

# Zip directory limits for .docx/.xlsx, checked before anything is decompressed.
ZIP_MAX_MEMBERS = 2000
ZIP_MAX_TOTAL = 300 * 1024**2  # declared uncompressed bytes, all members
ZIP_MAX_RATIO = 200  # declared uncompressed / compressed, for members past ZIP_RATIO_FLOOR
ZIP_RATIO_FLOOR = 1024**2

SUFFIX_BY_KIND = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "xls": ".xls", "html": ".html", "text": ".txt"}
KIND_LABELS = {"pdf": "PDF", "docx": "Word（.docx）", "xlsx": "Excel（.xlsx）", "xls": "Excel（.xls）",
               "html": "网页（HTML）", "text": "文本"}

# Characters that never reach the database: C0/C1 controls except tab and newline, bidi overrides, BOMs.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]")
_NAME_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff<>:\"|?*]")


# --- what the parent may do without a parser library -----------------------------------------------------------


def clean_text(text: str) -> str:
    """Drop NUL, control and direction-override characters (tab and newline stay)."""
    return _CONTROL.sub("", text)


def clean_filename(name: str, *, limit: int = 200) -> str:
    """The user's file name as text only: last path part, no control/bidi characters, at most `limit` chars."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = re.split(r"[\\/]", name)[-1]
    name = _NAME_UNSAFE.sub("", name).replace("\u3000", " ")
    name = " ".join(name.split()).strip(" .")
    if len(name) > limit:
        suffix = PurePath(name).suffix
        suffix = suffix if 0 < len(suffix) <= 10 else ""
        name = name[: limit - len(suffix)].rstrip(" .") + suffix
    return name or "未命名文件"


def sniff(data: bytes) -> str:
    """The file's kind from its content (never its name): one of SUFFIX_BY_KIND, or ParseError saying what it is."""
    if not data or not data.strip(b" \t\r\n\x00\x0c"):
        raise ParseError("文件为空")
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return _zip_kind(data)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "xls"  # an OLE2 compound file: old Excel (an old .doc is refused by the parser)
    refused = _refused_kind(head)
    if refused:
        raise ParseError(refused)
    text_head = _head_text(head).lstrip().lower()
    if text_head.startswith(("<!doctype html", "<html", "<?xml")) or "<html" in text_head[:512] \
            or "<body" in text_head or "<table" in text_head[:512]:
        return "html"
    if b"\x00" in data[:4096] and not _utf16_like(data[:4096]):
        raise ParseError("这是二进制文件，不是可解析的文档（支持 PDF、文本、网页、Excel、Word）")
    return "text"


def stored_filename(name: str, kind: str) -> str:
    """The name handed to the parser and the store: the cleaned stem with the suffix of the detected kind."""
    cleaned = clean_filename(name)
    suffix = PurePath(cleaned).suffix.lower()
    if kind == "text" and suffix in {".md", ".markdown", ".txt", ".text"}:
        return cleaned
    stem = cleaned[: -len(suffix)] if suffix and len(suffix) <= 10 else cleaned
    return (stem or "文件") + SUFFIX_BY_KIND[kind]


def check_zip(data: bytes) -> list[str]:
    """Member names of a zip, read from its central directory only; ParseError when it looks like a bomb."""
    members = _zip_directory(data)
    if len(members) > ZIP_MAX_MEMBERS:
        raise ParseError(f"压缩包内文件过多（{len(members)} 个），疑似恶意文件")
    total = sum(size for _, _, size in members)
    if total > ZIP_MAX_TOTAL:
        raise ParseError(f"解压后体积过大（{total // 1024**2} MB），疑似压缩炸弹")
    for name, packed, size in members:
        if size > ZIP_RATIO_FLOOR and size > max(packed, 1) * ZIP_MAX_RATIO:
            raise ParseError("压缩比异常（疑似压缩炸弹），拒绝解析")
    return [name for name, _, _ in members]


def _zip_kind(data: bytes) -> str:
    names = set(check_zip(data))
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    raise ParseError("这是ZIP压缩包，不是可解析的文档（支持 PDF、文本、网页、Excel、Word）")


def _zip_directory(data: bytes) -> list[tuple[str, int, int]]:
    """(name, compressed size, declared size) per member, from the end-of-central-directory record."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if end < 0 or end + 22 > len(data):
        raise ParseError("压缩文件已损坏（找不到文件目录）")
    _, _, _, _, count, dir_size, dir_offset, _ = struct.unpack("<4sHHHHIIH", data[end:end + 22])
    if count == 0xFFFF or dir_offset == 0xFFFFFFFF:
        raise ParseError("压缩文件过大或结构过于复杂（ZIP64），拒绝解析")
    if dir_offset + dir_size > end:
        raise ParseError("压缩文件已损坏（文件目录越界）")
    members = []
    at = dir_offset
    for _ in range(count):
        if data[at:at + 4] != b"PK\x01\x02" or at + 46 > len(data):
            raise ParseError("压缩文件已损坏（文件目录不完整）")
        packed, size, name_len, extra_len, comment_len = struct.unpack("<IIHHH", data[at + 20:at + 34])
        name = data[at + 46:at + 46 + name_len].decode("utf-8", "replace")
        members.append((name, packed, size))
        at += 46 + name_len + extra_len + comment_len
    return members


def _refused_kind(head: bytes) -> str:
    signatures = [
        ((b"MZ",), "这是Windows可执行程序，不是文档"),
        ((b"\x7fELF",), "这是可执行程序，不是文档"),
        ((b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*"),
         "这是图片文件，无法提取文字（如为扫描件，请上传含文字层的PDF）"),
        ((b"Rar!", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b", b"BZh", b"\xfd7zXZ"),
         "这是压缩包，不是可解析的文档，请解压后上传其中的文件"),
        ((b"{\\rtf",), "这是RTF文件，暂不支持，请另存为 .docx 或 PDF"),
    ]
    for prefixes, message in signatures:
        if head.startswith(prefixes):
            return message
    return ""


def _head_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "ignore")
    if _utf16_like(head):
        return head.decode("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be", "ignore")
    return head.decode("utf-8", "ignore")


def _utf16_like(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if head.count(0) < 2:  # UTF-16 text has NUL bytes at least in its line breaks and digits
        return False
    return any(_plausible(head[: len(head) // 2 * 2].decode(codec, "replace")) for codec in ("utf-16-le", "utf-16-be"))


def _plausible(text: str) -> bool:
    """Mostly readable: CJK, ASCII, whitespace and CJK punctuation (a wrong decoding is mostly neither)."""
    if not text:
        return False
    good = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t") - text.count("\ufffd")
    cjk_or_ascii = sum(1 for ch in text if ch < "\x7f" or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return good >= 0.95 * len(text) and cjk_or_ascii >= 0.9 * len(text)


# Words every budget disclosure uses, in both scripts: the evidence that picks a text encoding.
_EVIDENCE = ("预算", "决算", "支出", "收入", "经费", "单位", "部门", "万元", "财政", "公开", "情况", "说明", "年度",
             "預算", "決算", "經費", "單位", "部門", "萬元", "財政", "公開", "情況", "說明")


def decode_text(data: bytes) -> str:
    """Text bytes decoded by evidence: a BOM first, then UTF-8, UTF-16, GB18030 and Big5 scored by the budget
    words each decoding yields and how readable it is. Control characters are dropped."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return clean_text(data.decode(codec, "replace"))
    candidates = []
    for codec in ("utf-8", "utf-16-le", "utf-16-be", "gb18030", "big5"):
        if codec.startswith("utf-16") and (len(data) % 2 or b"\x00" not in data):
            continue
        try:
            text = data.decode(codec)
            errors = 0
        except UnicodeDecodeError:
            text = data.decode(codec, "replace")
            errors = text.count("\ufffd")
        if errors > max(3, len(text) // 200):
            continue
        words = sum(text.count(word) for word in _EVIDENCE)
        readable = _plausible(text[:20000])
        candidates.append((words * 10 + (50 if readable else 0) - errors * 5 + (1 if codec == "utf-8" else 0), codec, text))
    if not candidates:
        raise ParseError("无法识别文字编码（不是 UTF-8、UTF-16、GBK 或 Big5）")
    return clean_text(max(candidates, key=lambda item: item[0])[2])


# --- the child --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    timeout: float = DEFAULT_TIMEOUT
    memory: int = DEFAULT_MEMORY
    max_pages: int = DEFAULT_MAX_PAGES


_context = None


def _get_context():
    """A forkserver that has imported the parser once; each parse forks from it (milliseconds)."""
    global _context
    if _context is None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            context.set_forkserver_preload(["disclosures.cage", "disclosures.cage_preload"])
        _context = context
    return _context


def parse_in_child(data: bytes, filename: str, *, timeout: float = DEFAULT_TIMEOUT, memory: int = DEFAULT_MEMORY,
                   max_pages: int = DEFAULT_MAX_PAGES) -> list[ParsedDisclosure]:
    """Parse `data` in a child process; the parse results, or ParseError with one Chinese line.

    The cheap checks (type from magic bytes, zip directory) run here first; the child reads the page count
    before any page and refuses past `max_pages`, runs under RLIMIT_AS = `memory`, and is killed after
    `timeout` seconds. Every string in the result is cleaned of control and direction characters.
    """
    kind = sniff(data)
    name = stored_filename(filename, kind)
    payload = _run_child(_child_main, (data, name, kind, Limits(timeout, memory, max_pages)), timeout=timeout)
    status, body = payload[0], payload[1]
    if status == "error":
        error = NotADisclosure if payload[2:] == ("not_a_disclosure",) else ParseError
        raise error(clean_text(str(body)).replace("\n", " ")[:300])
    return [_cleaned(result) for result in _safe_loads(body)]


_start_lock = threading.Lock()


def _run_child(target: Callable[..., None], args: tuple, *, timeout: float) -> tuple:
    """Run `target(sender, *args)` in a fresh child and return what it sent; the child never outlives the call."""
    context = _get_context()
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=target, args=(sender, *args), daemon=True)
    _start(child)
    sender.close()
    try:
        return _receive(receiver, child, timeout)
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join(5)
        child.close()


def _start(child) -> None:
    """Start the child without re-running the caller's __main__ in it (the target lives in this module, and a
    main script such as manage.py, gunicorn or <stdin> has nothing the child needs)."""
    from multiprocessing import spawn

    original = spawn.get_preparation_data

    def preparation_data(name):
        data = original(name)
        data.pop("init_main_from_path", None)
        data.pop("init_main_from_name", None)
        return data

    with _start_lock:
        spawn.get_preparation_data = preparation_data
        try:
            child.start()
        finally:
            spawn.get_preparation_data = original


# --- other work on untrusted PDFs: page images and page text for the source panel -----------------------------


def render_page_image(pdf_path: str, *, sha256: str, page: int, cache_dir: str, numbers: list[str] | tuple = (),
                      anchor: str = "", timeout: float = 30, memory: int = DEFAULT_MEMORY) -> str:
    """page_images.page_image run in a caged child; the path of the cached PNG. A cached image is returned
    without a child. Raises page_images.PageImageError (one Chinese line) when the page cannot be rendered."""
    return call_in_child(_page_image, str(pdf_path), sha256=sha256, page=page, cache_dir=str(cache_dir),
                         numbers=list(numbers), anchor=anchor, timeout=timeout, memory=memory)


def read_page_text(pdf_path: str, page: int, *, timeout: float = 30, memory: int = DEFAULT_MEMORY) -> str:
    """page_images.page_text run in a caged child."""
    return call_in_child(_page_text, str(pdf_path), page, timeout=timeout, memory=memory)


def _page_image(pdf_path: str, **kwargs) -> str:
    from .page_images import page_image

    return str(page_image(pdf_path, **kwargs))


def _page_text(pdf_path: str, page: int) -> str:
    from .page_images import page_text

    return page_text(pdf_path, page)


def call_in_child(function, *args, timeout: float, memory: int, **kwargs):
    """Run a module-level `function` of this module in a caged child. Its result must be plain data (str, numbers,
    lists, dicts); an exception comes back as ParseError, or as the page-image error it was, with its message."""
    payload = _run_child(_call_main, (function, args, kwargs, memory, timeout), timeout=timeout)
    if payload[0] == "error":
        message = clean_text(str(payload[1])).replace("\n", " ")[:300]
        if payload[2:] == ("PageImageError",):
            from .page_images import PageImageError

            raise PageImageError(message)
        if payload[2:] == ("FileNotFoundError",):
            raise FileNotFoundError(message)
        raise ParseError(message)
    return payload[1]


def _call_main(sender, function, args, kwargs, memory: int, timeout: float) -> None:
    _limit_child(memory, timeout)
    try:
        payload = ("ok", function(*args, **kwargs))
    except MemoryError:
        payload = ("error", "文件过于复杂，处理超出内存上限")
    except Exception as exc:
        name = type(exc).__name__
        known = name in ("PageImageError", "ParseError", "NotADisclosure")
        payload = ("error", str(exc) if known else _library_error(exc), name)
    _send_and_exit(sender, payload)


def _limit_child(memory: int, timeout: float) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = int(timeout) + 2
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.setrecursionlimit(5000)


def _send_and_exit(sender, payload) -> None:
    try:
        sender.send_bytes(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
    except MemoryError:
        sender.send_bytes(pickle.dumps(("error", "文件过于复杂，处理超出内存上限")))
    finally:
        sender.close()
        os._exit(0)  # no atexit handlers or library teardown inherited from the forkserver


def _receive(receiver, child, timeout: float) -> tuple[str, object]:
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            child.kill()
            raise ParseError(f"解析超时（超过 {timeout:g} 秒），文件可能过于复杂或已损坏")
        ready = wait([receiver, child.sentinel], timeout=remaining)
        if receiver in ready:
            try:
                raw = receiver.recv_bytes()
            except (EOFError, OSError):
                raw = None
            if raw is not None:
                try:
                    return _safe_loads(raw)
                except Exception as exc:
                    raise ParseError("解析进程返回了无法识别的结果") from exc
        if child.sentinel in ready or not child.is_alive():
            child.join(1)
            raise ParseError(_death_message(child.exitcode))


def _death_message(exitcode: int | None) -> str:
    if exitcode in (-signal.SIGXCPU, -signal.SIGKILL):
        return "文件过于复杂，解析超出资源上限（时间或内存）"
    if exitcode in (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGBUS):
        return "文件过于复杂或已损坏，解析进程异常终止"
    return "文件已损坏或格式异常，解析进程异常退出"


class _SafeUnpickler(pickle.Unpickler):
    """Only the parser's dataclasses and Decimal: the child's output is not trusted to name any other class."""

    def find_class(self, module: str, name: str):
        if module == "disclosures.parsing.types" and not name.startswith("_"):
            from .parsing import types

            found = getattr(types, name, None)
            if isinstance(found, type):
                return found
        if (module, name) == ("decimal", "Decimal"):
            from decimal import Decimal

            return Decimal
        raise pickle.UnpicklingError(f"refused {module}.{name}")


def _safe_loads(raw: bytes):
    return _SafeUnpickler(io.BytesIO(raw)).load()


def _cleaned(value):
    """Every str inside a parse result without control or direction characters (recursively, in place)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    if isinstance(value, dict):
        return {_cleaned(key): _cleaned(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            setattr(value, item.name, _cleaned(getattr(value, item.name)))
    return value


def _child_main(sender, data: bytes, name: str, kind: str, limits: Limits) -> None:
    _limit_child(limits.memory, limits.timeout)
    try:
        results = _parse_checked(data, name, kind, limits)
        payload = ("ok", pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL))
    except NotADisclosure as exc:
        payload = ("error", str(exc) or "未识别为预算/决算公开文件", "not_a_disclosure")
    except ParseError as exc:
        payload = ("error", str(exc) or "文件无法解析")
    except MemoryError:
        payload = ("error", "文件过于复杂，解析超出内存上限")
    except RecursionError:
        payload = ("error", "文件结构嵌套过深，无法解析")
    except Exception as exc:  # any library failure on a damaged file: one line, never a traceback
        payload = ("error", _library_error(exc))
    _send_and_exit(sender, payload)


def _library_error(exc: Exception) -> str:
    module = type(exc).__module__ or ""
    if module.startswith(("pypdfium2", "pdfminer", "pdfplumber")):
        return "PDF文件已损坏或结构异常，无法读取"
    if module.startswith(("zipfile", "openpyxl", "docx", "lxml", "xlrd")) or isinstance(exc, (KeyError, ValueError)):
        return "文件已损坏或格式异常，无法读取"
    return "文件已损坏或格式异常，无法解析"


def _parse_checked(data: bytes, name: str, kind: str, limits: Limits) -> list[ParsedDisclosure]:
    from . import parsing

    if kind == "pdf":
        _check_pdf(data, limits.max_pages)
    elif kind == "text":
        data = b"\xef\xbb\xbf" + decode_text(data).encode("utf-8")  # the parser reads UTF-8 with a BOM as is
    results = parsing.parse_disclosures(data, filename=name)
    return list(results) if isinstance(results, (list, tuple)) else [results]


def _check_pdf(data: bytes, max_pages: int) -> None:
    """Open the PDF, refuse an encrypted one and count pages without loading any of them."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise ParseError("文件已加密（需要密码才能打开），请上传未加密的版本") from exc
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_SECURITY:
            raise ParseError("文件使用了不支持的加密方式，请上传未加密的版本") from exc
        raise ParseError("PDF文件已损坏，无法打开") from exc
    try:
        pages = len(document)
    finally:
        document.close()
    if pages == 0:
        raise ParseError("PDF文件没有页面（文件已损坏或为空）")
    if pages > max_pages:
        raise ParseError(f"页数超过上限（{pages} 页，上限 {max_pages} 页），请只上传情况说明部分")
