"""`make accuracy`: parse every corpus the project can see and score the parser against each corpus's truth.

    python bench/accuracy.py              # the scoreboard and every wrong value
    python bench/accuracy.py -v           # also each document's missed fields and full crash tracebacks
    python bench/accuracy.py variants5    # only corpora whose name contains one of the words given
    python bench/accuracy.py --json=var/accuracy.json   # also write the scoreboard as JSON (to compare runs)

Corpora: ../shared/seeds (text and PDF, against seeds/truth), ../shared/realdocs (PDF, against realdocs/truth) and
every tests/fixtures/variants* directory (against each document's <name>.expected.json).

Fields scored: identity (unit, region, province, year, kind, scope), each figure's value, change and (决算) budget that
the truth states, each expenditure_by_function line, and every figure a variant says is absent (expected None).
- recall    = fields read right / truth fields (a refused or crashed document scores 0 on all its fields)
- precision = fields read right among those the parser returned a value for / fields it returned a value for
- wrong     = every returned value that differs from the truth (file, field, expected, got)
A document the truth says must be refused (a template, a non-disclosure) is right when refused, or, for a blank
template, when parsed with no figures; it has no fields. A parser exception other than ParseError counts as a crash
(its traceback is printed) and never stops the run.
"""
from __future__ import annotations

import json
import sys
import time
import traceback
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from disclosures.parsing import ParseError, parse_disclosure  # noqa: E402

SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"
IDENTITY = ("unit", "region", "province", "year", "kind", "scope")
FIGURE_FIELDS = ("value", "change", "budget")
MISSING = object()  # the parser returned no such figure / line at all


@dataclass
class Expectation:
    """One disclosure's truth, in one shape whatever corpus it came from."""

    identity: dict[str, Any]
    figures: dict[str, dict[str, Any]]  # metric -> {value/change/budget: Decimal or None}
    functions: dict[str, Decimal]
    absent: list[str] = field(default_factory=list)


@dataclass
class Case:
    name: str
    path: Path
    expected: list[Expectation]  # several for a file holding several disclosures; empty when it must be refused
    refuse: bool = False  # a non-disclosure or a template: must be refused
    template: bool = False  # a blank template: refused, or parsed with no figures


@dataclass
class Score:
    corpus: str
    documents: int = 0
    refused: int = 0  # disclosures refused with a ParseError
    crashed: int = 0
    refusals_expected: int = 0
    refusals_right: int = 0
    fields: int = 0
    right: int = 0
    returned: int = 0
    returned_right: int = 0
    seconds: float = 0.0
    wrong: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # refusals, crashes, accepted non-disclosures
    missed: list[tuple[str, str, Any]] = field(default_factory=list)
    groups: dict[str, list[int]] = field(default_factory=dict)  # group -> [fields, right, returned, returned_right]

    def add(self, other: "Score") -> None:
        for name in ("documents", "refused", "crashed", "refusals_expected", "refusals_right", "fields", "right",
                     "returned", "returned_right", "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for group, counts in other.groups.items():
            mine = self.groups.setdefault(group, [0, 0, 0, 0])
            self.groups[group] = [a + b for a, b in zip(mine, counts)]


def dec(raw: Any) -> Decimal | None:
    if raw is None or isinstance(raw, bool):
        return None
    try:
        return Decimal(str(raw))
    except InvalidOperation:
        return None


# --- reading the truths -----------------------------------------------------------------------------------------
def from_truth(data: dict[str, Any]) -> Expectation:
    """The seeds' and realdocs' truth shape: JSON numbers (read as Decimal from their text)."""
    figures = {}
    for key, fig in data.get("figures", {}).items():
        if fig.get("not_applicable"):
            continue
        figures[key] = {f: dec(fig[f]) for f in FIGURE_FIELDS if f in fig}
    functions = {name: dec(value) for name, value in (data.get("expenditure_by_function") or {}).items()}
    return Expectation({f: data.get(f) for f in IDENTITY}, figures, functions)


def from_variant(data: dict[str, Any]) -> Expectation:
    """The variant corpora's expected JSON: amounts as strings, not_applicable, absent, missing."""
    figures = {}
    for key, fig in data.get("figures", {}).items():
        if fig.get("not_applicable"):
            continue
        figures[key] = {f: dec(fig[f]) for f in FIGURE_FIELDS if f in fig}
    functions = {name: dec(value) for name, value in data.get("expenditure_by_function", {}).items()}
    return Expectation({f: data.get(f) for f in IDENTITY}, figures, functions, list(data.get("absent", [])))


def truth_cases(documents: list[Path], truth_dir: Path) -> list[Case]:
    cases = []
    for path in sorted(documents):
        truth_path = truth_dir / f"{path.stem}.json"
        if not truth_path.is_file():
            continue
        data = json.loads(truth_path.read_text(encoding="utf-8"), parse_float=Decimal)
        template = not data.get("figures") and not data.get("expenditure_by_function")
        cases.append(Case(path.name, path, [] if template else [from_truth(data)], refuse=template,
                          template=template))
    return cases


def variant_cases(folder: Path) -> list[Case]:
    cases = []
    for expected_path in sorted(folder.glob("*.expected.json")):
        stem = expected_path.name[: -len(".expected.json")]
        documents = [p for p in folder.glob(f"{stem}.*") if not p.name.endswith(".json")]
        if len(documents) != 1:
            continue
        data = json.loads(expected_path.read_text(encoding="utf-8"))
        if data.get("parse_error"):
            cases.append(Case(documents[0].name, documents[0], [], refuse=True))
        elif "disclosures" in data:
            cases.append(Case(documents[0].name, documents[0], [from_variant(d) for d in data["disclosures"]]))
        else:
            cases.append(Case(documents[0].name, documents[0], [from_variant(data)]))
    return cases


def corpora() -> list[tuple[str, list[Case]]]:
    found = []
    seeds = SHARED / "seeds"
    if (seeds / "truth").is_dir():
        found.append(("seeds-text", truth_cases(list((seeds / "text").glob("*.txt")), seeds / "truth")))
        found.append(("seeds-pdf", truth_cases(list((seeds / "pdf").glob("*.pdf")), seeds / "truth")))
    realdocs = SHARED / "realdocs"
    if (realdocs / "truth").is_dir():
        found.append(("realdocs", truth_cases(list((realdocs / "pdf").glob("*.pdf")), realdocs / "truth")))
    for folder in sorted(FIXTURES.glob("variants*")):
        if folder.is_dir():
            found.append((folder.name, variant_cases(folder)))
    return found


# --- parsing and scoring ----------------------------------------------------------------------------------------
def parse_all(path: Path) -> list[Any]:
    """Every disclosure the file holds: parse_disclosures when the parser has it, else the one parse_disclosure."""
    data = path.read_bytes()
    try:
        from disclosures.parsing import parse_disclosures  # several disclosures in one file (issue 6)
    except ImportError:
        return [parse_disclosure(data, filename=path.name)]
    return list(parse_disclosures(data, filename=path.name))


def same(want: Any, got: Any) -> bool:
    """Exact: amounts as Decimal (a float or bool is never right), identity by equality, None only matches None."""
    if want is None or got is None:
        return want is None and got is None
    if isinstance(want, Decimal):
        return not isinstance(got, (bool, float)) and dec(got) == want
    return got == want


GROUPS = ("identity", "value", "change", "budget", "absent", "function")


def group_of(label: str) -> str:
    if label in IDENTITY:
        return "identity"
    if label.startswith("功能分类["):
        return "function"
    if label.endswith("(absent)"):
        return "absent"
    return label.rsplit(".", 1)[-1]  # value, change or budget


def compare(score: Score, name: str, label: str, want: Any, got: Any) -> None:
    score.fields += 1
    returned = got is not None and got is not MISSING
    ok = same(want, got if returned else None)
    score.right += ok
    score.returned += returned
    score.returned_right += ok and returned
    counts = score.groups.setdefault(group_of(label), [0, 0, 0, 0])
    counts[0] += 1
    counts[1] += ok
    counts[2] += returned
    counts[3] += ok and returned
    if returned and not ok:
        score.wrong.append((name, label, want, got))
    elif not ok:
        score.missed.append((name, label, want))


def score_disclosure(score: Score, name: str, result: Any, want: Expectation) -> None:
    for f in IDENTITY:
        compare(score, name, f, want.identity.get(f), getattr(result, f, None) if result is not None else MISSING)
    figures = getattr(result, "figures", {}) if result is not None else {}
    for key, fields in want.figures.items():
        fig = figures.get(key)
        for f, value in fields.items():
            compare(score, name, f"{key}.{f}", value, MISSING if fig is None else getattr(fig, f, None))
    for key in want.absent:
        fig = figures.get(key)
        compare(score, name, f"{key}.value (absent)", None, MISSING if fig is None else fig.value)
    lines = {line.name: line.value for line in getattr(result, "expenditure_by_function", [])} if result else {}
    for line, value in want.functions.items():
        compare(score, name, f"功能分类[{line}]", value, lines.get(line, MISSING))


def run_case(score: Score, case: Case, verbose: bool) -> None:
    score.documents += 1
    try:
        results = parse_all(case.path)
        error = None
    except ParseError as exc:
        results, error = [], exc
    except Exception:  # noqa: BLE001 - a crash is counted and shown, never fatal
        score.crashed += 1
        lines = traceback.format_exc().rstrip().splitlines()
        score.notes.append(f"CRASH {case.name}: " + ("\n    ".join(lines) if verbose else lines[-1]))
        for want in case.expected:
            score_disclosure(score, case.name, None, want)
        if case.refuse:
            score.refusals_expected += 1
        return
    if case.refuse:
        score.refusals_expected += 1
        no_figures = all(not r.figures and not r.expenditure_by_function for r in results)
        if error is not None or (case.template and no_figures):
            score.refusals_right += 1
        else:
            invented = sum(len(r.figures) for r in results)
            score.notes.append(f"ACCEPTED {case.name}: a non-disclosure parsed with {invented} figure(s)")
        return
    if error is not None:
        score.refused += 1
        score.notes.append(f"REFUSED {case.name}: {error}")
    elif len(results) != len(case.expected):
        score.notes.append(f"COUNT {case.name}: {len(case.expected)} disclosure(s) expected, got {len(results)}")
    for index, want in enumerate(case.expected):
        label = case.name if len(case.expected) == 1 else f"{case.name}[{index}]"
        score_disclosure(score, label, results[index] if index < len(results) else None, want)


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


HEADER = (f"{'corpus':<16}{'docs':>5}{'refused':>8}{'crashed':>8}{'refusals':>9}{'fields':>7}{'right':>6}"
          f"{'recall':>7}{'returned':>9}{'precision':>10}{'wrong':>6}{'secs':>6}")


def row(score: Score) -> str:
    refusals = f"{score.refusals_right}/{score.refusals_expected}"
    return (f"{score.corpus:<16}{score.documents:>5}{score.refused:>8}{score.crashed:>8}{refusals:>9}"
            f"{score.fields:>7}{score.right:>6}{ratio(score.right, score.fields):>7}{score.returned:>9}"
            f"{ratio(score.returned_right, score.returned):>10}{len(score.wrong):>6}{score.seconds:>6.1f}")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    json_path = next((a.split("=", 1)[1] for a in argv if a.startswith("--json=")), None)
    words = [a for a in argv if not a.startswith("-")]
    scores = []
    for corpus, cases in corpora():
        if words and not any(w in corpus for w in words):
            continue
        score = Score(corpus)
        started = time.perf_counter()
        for case in cases:
            run_case(score, case, verbose)
        score.seconds = time.perf_counter() - started
        scores.append(score)
    total = Score("TOTAL")
    for score in scores:
        total.add(score)
        total.wrong += score.wrong
    print("refused = disclosures refused; refusals = non-disclosures/templates refused right / expected;")
    print("recall = right / fields; precision = right / returned (values the parser gave for fields the truth covers)")
    print(HEADER)
    for score in scores:
        print(row(score))
    print(row(total))
    print(f"\n{'all corpora by':<16}{'fields':>7}{'recall':>8}{'returned':>9}{'precision':>10}")
    for group in GROUPS:
        if counts := total.groups.get(group):
            fields, right, returned, returned_right = counts
            print(f"{'  ' + group:<16}{fields:>7}{ratio(right, fields):>8}{returned:>9}"
                  f"{ratio(returned_right, returned):>10}")
    for score in scores:
        if not (score.wrong or score.notes or (verbose and score.missed)):
            continue
        print(f"\n== {score.corpus}")
        for note in score.notes:
            print(f"  {note}")
        for name, label, want, got in score.wrong:
            print(f"  WRONG {name}  {label}: expected {want!r}, got {got!r}")
        if verbose:
            for name, label, want in score.missed:
                print(f"  missed {name}  {label}: expected {want!r}")
    if json_path:
        write_json(Path(json_path), scores + [total])
    return 0


def write_json(path: Path, scores: list[Score]) -> None:
    def plain(value: Any) -> Any:
        return str(value) if isinstance(value, Decimal) else value

    board = [{
        "corpus": s.corpus, "documents": s.documents, "refused": s.refused, "crashed": s.crashed,
        "refusals_expected": s.refusals_expected, "refusals_right": s.refusals_right, "fields": s.fields,
        "right": s.right, "returned": s.returned, "returned_right": s.returned_right,
        "recall": round(s.right / s.fields, 4) if s.fields else None,
        "precision": round(s.returned_right / s.returned, 4) if s.returned else None,
        "wrong": [{"file": f, "field": label, "expected": plain(w), "got": plain(g)} for f, label, w, g in s.wrong],
        "notes": s.notes,
    } for s in scores]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(board, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
