"""Transfer benchmark: bytes a browser downloads for the compare page, first visit and repeat visit.

Runs the production settings (DEBUG off, `CompressedManifestStaticFilesStorage`, whitenoise, GZip and
ConditionalGet middleware) on a throw-away var/ folder: `collectstatic`, `load_demo`, then fetches `/compare/`
through Django's test Client with ``Accept-Encoding: br, gzip`` as a browser does, and every same-origin
stylesheet, script and image the page references.

- first visit: the page and every asset, each counted as compressed body + response headers;
- repeat visit: what a browser that honours the cache headers fetches again: nothing for an asset served with
  ``immutable`` and a max-age of a year or more; a conditional request (If-None-Match / If-Modified-Since) for
  anything else, counted as the answer it gets (304 headers, or the full body if the server ignores it).

Baseline, measured in the same run: the full plotly.js bundle the pages used to load on every view (plotly.min.js
from the installed plotly package), gzip level 6 as a typical server would send it.

The measuring runs in a child process so its settings never mix with another benchmark's Django setup.

    .venv/bin/python bench/bench_transfer.py        # or main() from bench/run.py
"""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FIRST_VISIT_LIMIT = 1_200_000  # bytes, compressed, everything
REPEAT_VISIT_LIMIT = 60_000  # bytes
ONE_YEAR = 365 * 24 * 3600
ACCEPT = {"HTTP_ACCEPT_ENCODING": "br, gzip", "HTTP_ACCEPT": "text/html,*/*"}
ASSET = re.compile(r'<(?:script[^>]+src|link[^>]+href|img[^>]+src)="(/[^"]+)"')


def _headers_size(response: Any) -> int:
    status = f"HTTP/1.1 {response.status_code} {response.reason_phrase}\r\n"
    lines = "".join(f"{name}: {value}\r\n" for name, value in response.items())
    return len((status + lines + "\r\n").encode("latin-1", "replace"))


def _body(response: Any) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def _cached_for_a_year(response: Any) -> bool:
    control = response.get("Cache-Control", "")
    match = re.search(r"max-age=(\d+)", control)
    return "immutable" in control and bool(match) and int(match.group(1)) >= ONE_YEAR


def measure(var_dir: Path) -> dict[str, Any]:
    os.environ.update({
        "APP_VAR_DIR": str(var_dir), "DJANGO_DEBUG": "0", "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{var_dir / 'bench.sqlite3'}", "DJANGO_SETTINGS_MODULE": "config.settings",
        "MEDIA_ROOT": str(var_dir / "media"),
    })
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from io import StringIO

    from django.core.management import call_command
    from django.test import Client

    started = time.perf_counter()
    call_command("migrate", verbosity=0, stdout=StringIO())
    call_command("collectstatic", interactive=False, verbosity=0, stdout=StringIO())
    call_command("load_demo", verbosity=0, stdout=StringIO())
    setup_s = time.perf_counter() - started

    client = Client()
    page = client.get("/compare/", **ACCEPT)
    assert page.status_code == 200, page.status_code
    html_body = _body(page)
    html = (gzip.decompress(html_body) if page.get("Content-Encoding") == "gzip" else html_body).decode()
    first = [{"url": "/compare/", "bytes": len(html_body) + _headers_size(page),
              "encoding": page.get("Content-Encoding", ""), "raw": len(html)}]
    repeat = []
    for url in dict.fromkeys(ASSET.findall(html)):
        if url.startswith("//"):
            continue
        response = client.get(url, **ACCEPT)
        assert response.status_code == 200, (url, response.status_code)
        body = _body(response)
        first.append({"url": url, "bytes": len(body) + _headers_size(response),
                      "encoding": response.get("Content-Encoding", ""), "cache": response.get("Cache-Control", "")})
        if not _cached_for_a_year(response):
            conditional = {}
            if response.get("ETag"):
                conditional["HTTP_IF_NONE_MATCH"] = response["ETag"]
            if response.get("Last-Modified"):
                conditional["HTTP_IF_MODIFIED_SINCE"] = response["Last-Modified"]
            again = client.get(url, **ACCEPT, **conditional)
            repeat.append({"url": url, "status": again.status_code,
                           "bytes": len(_body(again)) + _headers_size(again)})
    conditional = {"HTTP_IF_NONE_MATCH": page["ETag"]} if page.get("ETag") else {}
    again = client.get("/compare/", **ACCEPT, **conditional)
    repeat.insert(0, {"url": "/compare/", "status": again.status_code,
                      "bytes": len(_body(again)) + _headers_size(again)})

    import plotly

    full = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    baseline = len(gzip.compress(full.read_bytes(), compresslevel=6)) if full.exists() else None
    return {"first": first, "repeat": repeat, "baseline_full_plotly_gzip": baseline, "setup_s": setup_s}


def main() -> list[tuple[str, Any, str, str]]:
    started = time.perf_counter()
    var_dir = Path(tempfile.mkdtemp(prefix="bench-transfer-"))
    try:
        child = subprocess.run([sys.executable, __file__, "--measure", str(var_dir)], capture_output=True,
                               text=True, cwd=REPO, timeout=900)
    finally:
        shutil.rmtree(var_dir, ignore_errors=True)
    if child.returncode != 0:
        print("Transfer: the measuring process failed\n" + child.stderr[-3000:])
        return [("transfer", None, "", "MISSED")]
    result = json.loads(child.stdout.strip().splitlines()[-1])
    first_total = sum(item["bytes"] for item in result["first"])
    repeat_total = sum(item["bytes"] for item in result["repeat"])

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    rows: list[tuple[str, Any, str, str]] = [
        ("first visit to /compare/, all bytes", f"{first_total:,}", f"≤ {FIRST_VISIT_LIMIT:,}",
         verdict(first_total <= FIRST_VISIT_LIMIT)),
        ("repeat visit to /compare/, all bytes", f"{repeat_total:,}", f"≤ {REPEAT_VISIT_LIMIT:,}",
         verdict(repeat_total <= REPEAT_VISIT_LIMIT)),
    ]
    baseline = result["baseline_full_plotly_gzip"]
    if baseline:
        rows.append(("  baseline: full plotly.min.js alone, gzip", f"{baseline:,}", "loaded on every page before",
                     ""))
    print(f"Transfer: production settings, demo data, Accept-Encoding br/gzip (setup {result['setup_s']:.1f} s)")
    for name, value, target, mark in rows:
        print(f"  {name:<44} {str(value):>12}   {target:<28} {mark}")
    print("  first visit:")
    for item in result["first"]:
        extra = f"raw {item['raw']:,}" if "raw" in item else item.get("cache", "")
        print(f"    {item['url'][:60]:<60} {item['bytes']:>10,}  {item['encoding'] or 'identity':<8} {extra}")
    print("  repeat visit (assets cached immutable for a year are not fetched):")
    for item in result["repeat"]:
        print(f"    {item['url'][:60]:<60} {item['bytes']:>10,}  HTTP {item['status']}")
    print(f"  bench wall time {time.perf_counter() - started:.1f} s")
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        data = measure(Path(sys.argv[2]))
        print(json.dumps(data))
    else:
        main()
