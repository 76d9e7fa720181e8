"""Metamorphic robustness of the check engine on its held-out corpora (a script; prints a table).

For every .txt statement of every tests/fixtures/checks_heldout*/ corpus and every transform of
tests/parsing/metamorphic.py, the transformed copy is scored by the held-out measure (test_checks_heldout.measure)
and compared with the original: listed errors found on the original and missed on the copy ("lost"), found on the
copy only ("gained"), and false errors the copy adds or drops.

    .venv/bin/python tests/parsing/run_metamorphic.py [--detail] [--only NAME,NAME] [--jobs N]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.parsing.metamorphic import TRANSFORMS, Transform  # noqa: E402
from tests.parsing.test_checks_heldout import SUFFIX, Outcome, document_of, measure  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def text_listings() -> list[Path]:
    """Every listing whose document is a .txt statement, in every checks_heldout* corpus."""
    return [listing for corpus in sorted(FIXTURES.glob("checks_heldout*")) if corpus.is_dir()
            for listing in sorted(corpus.glob(f"*{SUFFIX}")) if document_of(listing).suffix == ".txt"]


def found_errors(outcome: Outcome, truth: dict) -> set[str]:
    return {e["what"] for e in truth["errors"] if not any(line.endswith(e["what"]) for line in outcome.errors_missed)}


def false_error_rules(outcome: Outcome) -> Counter:
    return Counter(line.split(" ", 1)[0] for line in outcome.false_errors)


@dataclass
class Comparison:
    transform: str
    document: str
    applied: bool = False
    lost: list[str] = field(default_factory=list)
    gained: list[str] = field(default_factory=list)
    false_gained: list[str] = field(default_factory=list)
    false_dropped: int = 0


def measure_transformed(listing: Path, transform: Transform, workdir: Path) -> tuple[Outcome, dict] | None:
    """The transformed copy's outcome and listing, or None when the transform does not apply."""
    original = document_of(listing).read_text(encoding="utf-8")
    text = transform.text(original)
    if text is None:
        return None
    truth = json.loads(listing.read_text(encoding="utf-8"))
    if transform.listing:
        truth = transform.listing(original, truth)
    folder = workdir / transform.name / listing.parent.name
    folder.mkdir(parents=True, exist_ok=True)
    name = listing.name[: -len(SUFFIX)]
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    copy = folder / listing.name
    copy.write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    return measure(copy), truth


def compare(listing: Path, transforms: list[Transform], workdir: Path) -> list[Comparison]:
    truth = json.loads(listing.read_text(encoding="utf-8"))
    base = measure(listing)
    base_found = found_errors(base, truth)
    base_false = set(base.false_errors)
    out = []
    for transform in transforms:
        result = Comparison(transform.name, f"{listing.parent.name}/{listing.name[: -len(SUFFIX)]}")
        measured = measure_transformed(listing, transform, workdir)
        if measured is not None:
            outcome, copy_truth = measured
            # the listing's items keep their order and 'what' under every transform
            found = found_errors(outcome, copy_truth)
            result.applied = True
            result.lost = sorted(base_found - found)
            result.gained = sorted(found - base_found)
            rules_before, rules_after = false_error_rules(base), false_error_rules(outcome)
            result.false_gained = [line for line in outcome.false_errors
                                   if rules_after[line.split(" ", 1)[0]] > rules_before[line.split(" ", 1)[0]]]
            result.false_dropped = max(0, len(base_false) - len(outcome.false_errors))
        out.append(result)
    return out


def _work(args: tuple[str, list[str], str]) -> list[Comparison]:
    listing, names, workdir = args
    chosen = [t for t in TRANSFORMS if t.name in names]
    return compare(Path(listing), chosen, Path(workdir))


def run(listings: list[Path], transforms: list[Transform], jobs: int = 2) -> list[Comparison]:
    names = [t.name for t in transforms]
    with tempfile.TemporaryDirectory(prefix="metamorphic-") as workdir:
        tasks = [(str(p), names, workdir) for p in listings]
        if jobs <= 1:
            return [c for task in tasks for c in _work(task)]
        with ProcessPoolExecutor(jobs) as pool:
            return [c for chunk in pool.map(_work, tasks, chunksize=4) for c in chunk]


def table(comparisons: list[Comparison], transforms: list[Transform], listings: list[Path]) -> str:
    total_errors = sum(len(json.loads(p.read_text(encoding="utf-8"))["errors"]) for p in listings)
    rows = [f"{len(listings)} .txt statements, {total_errors} listed errors",
            f"{'transform':<16}{'docs':>6}{'lost':>6}{'gained':>8}{'false+':>8}{'false-':>8}  about"]
    sums = Counter()
    for transform in transforms:
        mine = [c for c in comparisons if c.transform == transform.name and c.applied]
        lost, gained = sum(len(c.lost) for c in mine), sum(len(c.gained) for c in mine)
        plus, minus = sum(len(c.false_gained) for c in mine), sum(c.false_dropped for c in mine)
        sums.update(lost=lost, gained=gained, plus=plus, minus=minus)
        rows.append(f"{transform.name:<16}{len(mine):>6}{lost:>6}{gained:>8}{plus:>8}{minus:>8}  {transform.about[:70]}")
    rows.append(f"{'TOTAL':<16}{'':>6}{sums['lost']:>6}{sums['gained']:>8}{sums['plus']:>8}{sums['minus']:>8}")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--detail", action="store_true", help="list each lost item and false error gained")
    parser.add_argument("--only", default="", help="comma-separated transform names")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    transforms = [t for t in TRANSFORMS if not args.only or t.name in args.only.split(",")]
    listings = text_listings()
    comparisons = run(listings, transforms, jobs=args.jobs)
    print(table(comparisons, transforms, listings))
    if args.detail:
        for c in comparisons:
            for what in c.lost:
                print(f"LOST  {c.transform:<15} {c.document}: {what}")
            for what in c.false_gained:
                print(f"FALSE {c.transform:<15} {c.document}: {what[:300]}")


if __name__ == "__main__":
    main()
