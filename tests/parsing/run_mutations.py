"""How many single-figure corruptions the check engine sees (a script; prints a table; see mutations.py).

For every document of ../shared/seeds, ../shared/realdocs and tests/fixtures/checks_heldout*/, up to --per sites (an
amount printed on two or more lines) are corrupted one at a time, and each variant is parsed as the product does.

    .venv/bin/python tests/parsing/run_mutations.py [--per 6] [--jobs 2] [--only SUBSTRING] [--misses FILE]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"
DOCUMENT_SUFFIXES = (".pdf", ".txt", ".html")


def documents() -> list[tuple[str, Path]]:
    """(group, path) of every document: the seeds' PDFs and texts, the realdocs PDFs, the held-out corpora."""
    found = [("seeds", p) for p in sorted((SHARED / "seeds" / "pdf").glob("*.pdf"))]
    found += [("seeds", p) for p in sorted((SHARED / "seeds" / "text").glob("*.txt"))]
    found += [("realdocs", p) for p in sorted((SHARED / "realdocs" / "pdf").glob("*.pdf"))]
    for corpus in sorted(FIXTURES.glob("checks_heldout*")):
        if corpus.is_dir():
            found += [(f"heldout {p.suffix[1:]}", p) for p in sorted(corpus.iterdir()) if p.suffix in DOCUMENT_SUFFIXES]
    return found


def run_document(task: tuple[str, str, int]) -> list[dict]:
    from tests.parsing.mutations import loaded, parse_corrupted, sample, sites

    group, name, per = task
    path = Path(name)
    try:
        document = loaded(path)
    except Exception as exc:  # noqa: BLE001 (a document the product refuses is reported, not fatal)
        return [{"group": group, "document": name, "error": f"{type(exc).__name__}: {exc}"}]
    rows = []
    for site in sample(sites(document), per, path.name):
        outcome = parse_corrupted(path, document, site)
        rows.append({"group": group, "document": name, "page": site.page, "printed": site.printed,
                     "changed": site.changed, "context": site.context, "kind": kind(site), "twins": site.twins,
                     "seen": outcome.seen, "warned": outcome.warned, "refused": outcome.refused})
    return rows


def kind(site) -> str:
    """Where the corrupted figure and its twins are printed: prose (P), a table cell (T), twins in both (M)."""
    twins = {twin.split(" ", 2)[1] for twin in site.twins}
    return ("P" if site.prose else "T") + (twins.pop() if len(twins) == 1 else "M")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per", type=int, default=6, help="sites per document (default 6)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", default="", help="only documents whose path contains this")
    parser.add_argument("--misses", default="", help="write every unseen corruption to this JSON file")
    args = parser.parse_args()
    tasks = [(group, str(path), args.per) for group, path in documents() if args.only in str(path)]
    rows: list[dict] = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for found in pool.map(run_document, tasks, chunksize=2):
            rows.extend(found)
    failed_loads = [r for r in rows if "error" in r]
    rows = [r for r in rows if "error" not in r]
    print(f"{len(tasks)} documents ({len(failed_loads)} not loaded), {len(rows)} corruptions, "
          f"at most {args.per} per document\n")
    print(f"{'':<22} {'corruptions':>11} {'error':>8} {'warning':>8} {'unseen':>8}  seen as error")
    table: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        table[row["group"]].append(row)
        table[f"  pair {row['kind']}"].append(row)
        table["all"].append(row)
    for label in sorted(table, key=lambda k: (k == "all", k.startswith("  "), k)):
        group = table[label]
        seen = sum(r["seen"] for r in group)
        warned = sum(r["warned"] for r in group)
        print(f"{label:<22} {len(group):>11} {seen:>8} {warned:>8} {len(group) - seen - warned:>8}  "
              f"{seen / len(group):.3f}")
    misses = [r for r in rows if not r["seen"]]
    by_document = Counter(Path(r["document"]).parent.name + "/" + Path(r["document"]).name for r in misses)
    print("\nDocuments with the most unseen corruptions:")
    for name, count in by_document.most_common(15):
        print(f"  {count:>3}  {name}")
    for row in failed_loads:
        print(f"  not loaded: {row['document']}: {row['error']}")
    if args.misses:
        Path(args.misses).write_text(json.dumps(misses, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\n{len(misses)} unseen corruptions written to {args.misses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
