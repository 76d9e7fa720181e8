"""Upload benchmark: the cage's overhead, upload-to-visible time, and throughput through a Celery worker.

- cage overhead: the 15-page seed PDF parsed in this process (warm) against the same parse through
  `cage.parse_in_child` (warm forkserver); median of 7 each. Target ≤ 0.3 s per file.
- upload to visible: POST /api/uploads/ (Django test Client, SQLite file database, the background-thread path
  that `make serve` uses without a broker), poll the status until final, then GET the disclosure page. Median of 5
  (distinct copies of the seed, so none is a duplicate). Target ≤ 1.5 s.
- Celery: a throw-away redis-server and `celery worker --pool=threads -c 2`; 100 distinct text disclosures queued
  at once, throughput printed (files per second). Skipped when redis-server is not installed.

    .venv/bin/python bench/bench_upload.py        # or main() from bench/run.py
"""
from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SEED_PDF = REPO.parent / "shared" / "seeds" / "pdf" / "004_feab6608d999c91e.pdf"
RUNS = 7
CELERY_FILES = 100


def setup_django(tmp: Path, **env: str) -> None:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(tmp / "media")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")  # static files without collectstatic
    os.environ.update(env)
    import django
    from django.apps import apps

    if not apps.ready:
        django.setup()
    from django.conf import settings

    settings.UPLOAD_BACKGROUND = env.get("UPLOAD_BACKGROUND", settings.UPLOAD_BACKGROUND)
    settings.MEDIA_ROOT = str(tmp / "media")
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def cage_overhead(data: bytes) -> tuple[float, float]:
    from disclosures import cage
    from disclosures.parsing import parse_disclosures

    cage.parse_in_child(data, "seed.pdf")  # starts the forkserver once
    parse_disclosures(data, filename="seed.pdf")
    inline, caged = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        parse_disclosures(data, filename="seed.pdf")
        inline.append(time.perf_counter() - started)
        started = time.perf_counter()
        cage.parse_in_child(data, "seed.pdf")
        caged.append(time.perf_counter() - started)
    return statistics.median(inline), statistics.median(caged)


def upload_to_visible(data: bytes) -> float:
    from django.contrib.auth.models import Group, User
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client

    user = User.objects.create_user("bench")
    user.groups.add(Group.objects.get(name="editors"))
    client = Client()
    client.force_login(user)
    times = []
    for run in range(5):
        copy = data + f"\n% bench copy {run}\n".encode()  # distinct bytes, same document
        from disclosures.models import Disclosure

        Disclosure.objects.all().delete()
        started = time.perf_counter()
        body = client.post("/api/uploads/", {"file": SimpleUploadedFile("seed.pdf", copy)}).json()
        while body["status"] in ("queued", "parsing"):
            time.sleep(0.01)
            body = client.get(body["url"]).json()
        assert body["status"] in ("parsed", "needs_review"), body
        assert client.get(body["disclosures"][0]).status_code == 200
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def celery_throughput(tmp: Path) -> tuple[float, float] | None:
    """(seconds for CELERY_FILES uploads, files per second), through redis and a 2-thread worker."""
    if not shutil.which("redis-server"):
        return None
    port = free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "CELERY_BROKER_URL": f"redis://127.0.0.1:{port}/0", "DJANGO_SETTINGS_MODULE": "config.settings",
           "DATABASE_URL": f"sqlite:///{tmp / 'celery.sqlite3'}", "MEDIA_ROOT": str(tmp / "celery-media")}
    worker = None
    try:
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=REPO, env=env, check=True)
        worker = subprocess.Popen([str(Path(sys.executable).parent / "celery"), "-A", "config", "worker",
                                   "--pool=threads", "--concurrency=2", "--loglevel=error"],
                                  cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        done = subprocess.run([sys.executable, __file__, "--celery-client"], cwd=REPO, env=env, check=True,
                              capture_output=True, text=True)
        seconds = float(done.stdout.strip().splitlines()[-1])
        return seconds, CELERY_FILES / seconds
    finally:
        for process in (worker, redis):
            if process is not None:
                process.terminate()
                try:
                    process.wait(20)
                except subprocess.TimeoutExpired:
                    process.kill()


def celery_client() -> None:
    """Run inside the Celery benchmark's environment: queue the uploads, wait, print the seconds."""
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from disclosures import uploads
    from disclosures.models import Upload
    from tests.hostile.corpus import disclosure_text, unit_names

    started = time.perf_counter()
    for number, name in enumerate(unit_names(CELERY_FILES)):
        uploads.upload_receive(data=disclosure_text(name).encode(), filename=f"{number}.txt")
    deadline = time.monotonic() + 600
    while Upload.objects.filter(status__in=uploads.ACTIVE).exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    print(time.perf_counter() - started)


def main() -> list[tuple[str, Any, str, str]]:
    if not SEED_PDF.is_file():
        print("Upload: ../shared/seeds is absent, skipped")
        return []
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="bench-upload-"))
    try:
        setup_django(tmp, UPLOAD_BACKGROUND="thread", ALLOWED_HOSTS="testserver,127.0.0.1,localhost")
        data = SEED_PDF.read_bytes()
        inline, caged = cage_overhead(data)
        visible = upload_to_visible(data)
        celery = celery_throughput(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    overhead = caged - inline
    rows: list[tuple[str, Any, str, str]] = [
        ("15-page seed parsed in process (s)", round(inline, 3), "baseline", ""),
        ("same parse in the cage (s)", round(caged, 3), "—", ""),
        ("cage overhead per file (s)", round(overhead, 3), "≤ 0.3 s", verdict(overhead <= 0.3)),
        ("upload to visible, 15-page seed, no broker (s)", round(visible, 3), "≤ 1.5 s", verdict(visible <= 1.5)),
    ]
    if celery is None:
        rows.append((f"{CELERY_FILES} uploads through Celery", "skipped", "redis-server not installed", ""))
    else:
        rows.append((f"{CELERY_FILES} uploads through Celery, 2 threads (s)", round(celery[0], 1), "—", ""))
        rows.append(("  throughput (files/s)", round(celery[1], 1), "printed", ""))
    print("Upload:")
    for name, value, target, mark in rows:
        print(f"  {name:<48} {str(value):>10}   {target:<22} {mark}")
    print(f"  bench wall time {time.perf_counter() - started:.1f} s")
    return rows


if __name__ == "__main__":
    if "--celery-client" in sys.argv:
        celery_client()
    else:
        main()
