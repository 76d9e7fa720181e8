"""The comparison: long figures frame → one row per subject-year (pure pandas, no Django).

`comparison(long_df)` is the single computation behind the compare table, its charts, the XLSX/CSV downloads and
the JSON. Stated figures stay exact Decimals (object columns); derived ratios are floats rounded to 4 decimals;
counts are ints. A missing value is None, and every derived value that cannot be computed has a ``<column>_reason``
saying why ("未披露实有人数"), repeated in the row's 说明.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

from disclosures.parsing.metrics import METRICS, SANGONG_PARTS
from disclosures.templatetags.budget_format import format_count, format_percent, format_wan

from .columns import (AMOUNT_METRICS, BASE_METRICS, CHANGE_METRICS, CHECK_KEYS, COLUMN_LIST, COUNT_METRICS, DERIVED,
                      EXECUTION_METRICS, PER_STAFF, STAFF_BASE_METRIC)
from .speed import column_arrays, frame_of, without_gc

AMOUNT_COLUMNS = AMOUNT_METRICS
COUNT_COLUMNS = COUNT_METRICS

META_COLUMNS = ["subject_key", "subject_name", "region", "province", "department_type", "year", "kind", "scope",
                "member_count", "disclosure_id", "department_id", "unit_id"]

# header per frame column (the registry's), kept under this name for the table module
COLUMN_LABELS: dict[str, str] = {c.key: c.header for c in COLUMN_LIST}
PROVENANCE_PARTS = ("origin", "basis", "restated", "page", "text", "figure_id", "disclosure_id")
WHY_COLUMNS = [*[f"{key}_reason" for key in DERIVED], *[f"{key}_execution_reason" for key in EXECUTION_METRICS]]
OUTPUT_COLUMNS = [
    *[c.key for c in COLUMN_LIST], *WHY_COLUMNS,
    *[f"{key}_{part}" for key in BASE_METRICS for part in PROVENANCE_PARTS],
]

MISSING_DENOMINATOR = {
    "staff_actual": "未披露实有人数",
    "staff_authorized": "未披露编制数",
    "vehicles_count": "未披露车辆数",
    "expenditure_total": "未披露支出合计",
}
PEER_SIGNAL_METRICS = ("sangong_total", "operating_costs", "sangong_per_authorized", "sangong_per_actual")
MAD_SCALE = 1.4826  # makes the MAD a consistent estimator of the standard deviation for normal data
MAD_THRESHOLD = 3.5  # Iglewicz & Hoaglin's cut-off for the modified z-score
MIN_PEERS = 5  # fewer peers than this give no meaningful median/MAD
DROPPED_NOTICE = "未列入比较："  # starts the notice naming the dropped subjects (the page lists them on their own)
WIDE_PARTS = ("value", "change", "reason", "na", "note", "id", "page", "prior", "prior_id", "prior_page", "budget")


def comparison(
    long_df: pd.DataFrame,
    *,
    latest: bool = True,
    years: Iterable[int] | None = None,
    min_peers: int = MIN_PEERS,
) -> pd.DataFrame:
    """One row per subject-year-kind with stated figures, derived ratios, changes, rank, peer signal and notes.

    ``years`` (one or several) selects those years and disables ``latest``; otherwise ``latest`` keeps each
    subject's latest year per kind (each row says its year). Takes the long frame (`selectors.figures_df`);
    `comparison_from_wide` does the same from `selectors.wide_figures_df`.
    """
    return comparison_from_wide(widen(long_df), latest=latest, years=years, min_peers=min_peers)


def history(wide: pd.DataFrame, *, min_peers: int = MIN_PEERS) -> pd.DataFrame:
    """Every year of every subject in `wide` (the 历年数据 section and sheet), sorted by subject, then year."""
    if wide.empty:
        return _empty()
    stated = _stated(extend_years(wide))
    if stated is None:
        return _empty()
    every_year = sorted({int(y) for y in stated["out"]["year"]})
    return _finish(stated, wanted_years=every_year, min_peers=min_peers, order="subject")


def widen(long_df: pd.DataFrame) -> pd.DataFrame:
    """Long figures frame → the `selectors.wide_figures_df` shape (one row per disclosure, ``value:<metric>``…);
    with the provenance columns (page, sentence, file, sha256) when the long frame has them."""
    columns = [f"{part}:{key}" for part in WIDE_PARTS for key in BASE_METRICS]
    if long_df.empty:
        return pd.DataFrame(columns=[*META_COLUMNS, *columns])
    long_df = long_df[long_df["metric"].isin(BASE_METRICS)].drop_duplicates(["disclosure_id", "metric"])
    provenance = ["title_name", "source_file", "sha256"] if "source_text" in long_df.columns else []
    meta_columns = [c for c in META_COLUMNS if c in long_df.columns]
    meta = long_df.drop_duplicates("disclosure_id")[meta_columns + provenance].reset_index(drop=True)
    row_index = pd.Index(meta["disclosure_id"]).get_indexer(long_df["disclosure_id"])
    column_index = pd.Index(BASE_METRICS).get_indexer(long_df["metric"])
    parts = {"value": "value", "change": "change", "reason": "reason", "na": "not_applicable", "note": "note",
             "page": "page", **({"text": "source_text"} if provenance else {})}
    data: dict[str, Any] = {}
    for part in WIDE_PARTS + (("text",) if provenance else ()):
        default = False if part == "na" else ("" if part in ("reason", "note", "text") else None)
        grid = np.full((len(meta), len(BASE_METRICS)), default, dtype=bool if part == "na" else object)
        source = parts.get(part)
        if source in long_df.columns:
            found = long_df[source].tolist()
            if part == "na":
                found = [bool(v) for v in found]
            elif part in ("reason", "note", "text"):
                found = [v or "" for v in found]
            else:
                found = [None if v is None or (isinstance(v, float) and v != v) else v for v in found]
            grid[row_index, column_index] = found
        for number, key in enumerate(BASE_METRICS):
            data[f"{part}:{key}"] = grid[:, number]
    return pd.concat([meta, pd.DataFrame(data, index=meta.index)], axis=1)


def extend_years(wide: pd.DataFrame) -> dict[str, np.ndarray]:
    """Every year a document speaks for: the rows of `wide` plus a row for each year a subject has no disclosure of
    but the next year's disclosure (same subject and kind) states figures for — its 上年 figure, else its figure
    less the stated change — and, on every row, each metric its own document leaves unstated filled the same way.

    Returns the columns as numpy arrays (no DataFrame: building one of ~250 columns cost more than the work), with
    per metric ``origin:m`` ("stated", "prior_year", "from_change" or ""), ``basis:m`` (where a value not read from
    the year's own document comes from: "据2026年预算说明所列上年数"), ``src:m`` (the disclosure the value was read
    from), ``restated:m`` / ``restated_basis:m`` (the next year's figure where it differs from the year's own), and
    per row ``derived`` (no own document: every value comes from the next year's) and ``basis``.
    """
    size = len(wide)
    arrays: dict[str, np.ndarray] = column_arrays(wide)
    for part in WIDE_PARTS:
        for key in BASE_METRICS:
            arrays.setdefault(f"{part}:{key}", np.full(size, False if part == "na" else None, dtype=object))
    subjects = [str(s) for s in arrays["subject_key"].tolist()]
    kinds = [str(k) for k in arrays["kind"].tolist()]
    years = [int(y) for y in arrays["year"].tolist()]
    # each row as one integer (subject and kind codes, then the year): the row of (subject, kind, year ± 1) is then
    # a dictionary lookup of an int
    kind_codes, kind_names = pd.factorize(np.asarray(kinds, dtype=object))
    pair_codes = pd.factorize(np.asarray(subjects, dtype=object))[0] * len(kind_names) + kind_codes
    row_key = pair_codes.astype(np.int64) * 100_000 + np.asarray(years, dtype=np.int64)
    present = dict(zip(row_key.tolist(), range(size)))
    informative = np.zeros(size, dtype=bool)
    given = {}  # (part, metric) → the mask of rows that hold a value, computed once
    for key in BASE_METRICS:
        for part in ("prior", "value", "change"):
            given[(part, key)] = _given(arrays[f"{part}:{key}"])
        informative |= given[("prior", key)] | (given[("value", key)] & given[("change", key)])
    new_rows = [i for i, key in zip(np.flatnonzero(informative).tolist(), (row_key[informative] - 1).tolist())
                if key not in present]
    derived = np.zeros(size + len(new_rows), dtype=bool)
    if new_rows:
        take = np.array(new_rows, dtype=np.intp)
        metric_parts = {f"{part}:{key}": part for part in (*WIDE_PARTS, "number", "text", "prior_text")
                        for key in BASE_METRICS}
        for name, column in arrays.items():
            part = metric_parts.get(name)
            if part is None:
                extra = column[take]
            elif part == "na":
                extra = np.zeros(len(take), dtype=bool)
            elif part == "number":
                extra = np.full(len(take), np.nan)
            elif part in ("reason", "note", "text", "prior_text"):
                extra = np.full(len(take), "", dtype=object)
            else:
                extra = np.full(len(take), None, dtype=object)
            arrays[name] = np.concatenate([column.astype(object) if extra.dtype == object and column.dtype != object
                                           else column, extra])
        arrays["year"] = np.concatenate([np.asarray(years, dtype=np.int64), np.asarray(years, dtype=np.int64)[take] - 1])
        derived[size:] = True
        subjects += [subjects[i] for i in new_rows]
        kinds += [kinds[i] for i in new_rows]
        years += [years[i] - 1 for i in new_rows]
        row_key = np.concatenate([row_key, row_key[take] - 1])
        present = dict(zip(row_key.tolist(), range(len(row_key))))
        size += len(new_rows)
    arrays["derived"] = derived
    following = np.array([present.get(key, -1) for key in (row_key + 1).tolist()], dtype=np.intp)
    # (a derived row was copied from the next year's row, so its disclosure_id is the document it was read from)
    own_ids = arrays["disclosure_id"].astype(object)
    has_text = f"text:{BASE_METRICS[0]}" in arrays and f"text:{BASE_METRICS[0]}" in wide.columns
    with_next = np.flatnonzero(following >= 0)
    row_basis = [""] * size
    # where a value filled from row r's document comes from: its 上年数, or its 本年数 less its stated change
    said_prior, said_change = np.full(size, "", dtype=object), np.full(size, "", dtype=object)
    sayings: dict[tuple[int, str], tuple[str, str]] = {}  # (year, kind) → the two sayings, made once
    for row in np.unique(following[with_next]).tolist():
        said = sayings.get((years[row], kinds[row]))
        if said is None:
            head = f"据{years[row]}年{kinds[row]}说明所列"
            said = sayings[(years[row], kinds[row])] = (head + "上年数", head + "本年数和增减额推算")
        said_prior[row], said_change[row] = said
    for key in BASE_METRICS:
        value = arrays[f"value:{key}"].astype(object)  # a copy
        na = arrays[f"na:{key}"].astype(bool)
        grow = size - len(given[("value", key)])
        value_given, prior_given, change_given = (
            np.concatenate([given[(part, key)], np.zeros(grow, dtype=bool)]) for part in ("value", "prior", "change"))
        stated_here = value_given | na
        origin = np.full(size, "", dtype=object)
        origin[stated_here] = "stated"
        basis = np.full(size, "", dtype=object)
        src = np.where(stated_here, own_ids, None).astype(object)
        restated = np.full(size, None, dtype=object)
        restated_basis = np.full(size, "", dtype=object)
        prior, change = arrays[f"prior:{key}"], arrays[f"change:{key}"]
        ids, pages = arrays[f"id:{key}"].astype(object), arrays[f"page:{key}"].astype(object)
        prior_ids, prior_pages = arrays[f"prior_id:{key}"], arrays[f"prior_page:{key}"]
        texts = arrays[f"text:{key}"].astype(object) if has_text else None
        prior_texts = arrays.get(f"prior_text:{key}") if has_text else None
        stated_value = arrays[f"value:{key}"]
        numbers = arrays[f"number:{key}"].astype(float) if f"number:{key}" in arrays else None
        # only rows whose next year's document says something about this metric
        after_all = following[with_next]
        prior_ok = prior_given[after_all]
        usable = prior_ok | (value_given & change_given)[after_all]
        rows, afters, from_prior = with_next[usable], after_all[usable], prior_ok[usable]
        if len(rows):  # array by array (a row is filled from its next year's document once per metric)
            other = np.empty(len(rows), dtype=object)
            by_prior, by_change = np.flatnonzero(from_prior), np.flatnonzero(~from_prior)
            other[by_prior] = prior[afters[by_prior]]
            other[by_change] = stated_value[afters[by_change]] - change[afters[by_change]]  # Decimal arithmetic
            said = np.where(from_prior, said_prior[afters], said_change[afters])
            empty = np.array([v is None for v in value[rows].tolist()], dtype=bool)
            fill = empty & ~na[rows]
            filled, sources, prior_filled = rows[fill], afters[fill], from_prior[fill]
            value[filled] = other[fill]
            origin[filled] = np.where(prior_filled, "prior_year", "from_change")
            basis[filled], src[filled] = said[fill], own_ids[sources]
            ids[filled] = np.where(prior_filled, prior_ids[sources], ids[sources])
            pages[filled] = np.where(prior_filled, prior_pages[sources], pages[sources])
            if numbers is not None:
                numbers[filled] = [float(v) for v in other[fill].tolist()]
            if texts is not None:
                found = np.where(prior_filled, prior_texts[sources] if prior_texts is not None else None,
                                 texts[sources])
                texts[filled] = [t or "" for t in found.tolist()]
            for row, saying in zip(filled.tolist(), said[fill].tolist()):
                if saying not in row_basis[row]:
                    row_basis[row] = f"{row_basis[row]}；{saying}" if row_basis[row] else saying
            differs = ~empty & (other != value[rows])
            restated[rows[differs]], restated_basis[rows[differs]] = other[differs], said[differs]
        arrays[f"given:{key}"] = value_given | (origin != "")
        arrays[f"value:{key}"] = value
        if numbers is not None:
            arrays[f"number:{key}"] = numbers
        arrays[f"origin:{key}"], arrays[f"basis:{key}"], arrays[f"src:{key}"] = origin, basis, src
        arrays[f"id:{key}"], arrays[f"page:{key}"] = ids, pages
        arrays[f"restated:{key}"], arrays[f"restated_basis:{key}"] = restated, restated_basis
        if texts is not None:
            arrays[f"text:{key}"] = texts
    arrays["basis"] = np.array([basis if derived[i] else (f"部分数字{basis}" if basis else "")
                                for i, basis in enumerate(row_basis)], dtype=object)
    return arrays


def _given(values: np.ndarray) -> np.ndarray:
    """True where an object array holds a value (not None, not NaN); faster than pd.notna on object arrays."""
    if values.dtype != object:
        return ~np.isnan(values) if values.dtype.kind == "f" else np.ones(len(values), dtype=bool)
    return pd.notna(values)


def comparison_from_wide(
    wide: pd.DataFrame,
    *,
    latest: bool = True,
    years: Iterable[int] | None = None,
    min_peers: int = MIN_PEERS,
    order: str = "rank",
) -> pd.DataFrame:
    """`comparison` on the wide frame: vectorised with numpy; stated figures stay Decimal, counts int.

    ``order="rank"`` sorts by kind, (year,) rank; ``order="subject"`` by subject, then year (the 历年 rows).
    Only the subjects' own disclosures take part in "latest"; years without one (filled from the next year's
    document) appear when asked for by ``years`` and in `history`."""
    wanted_years = sorted({int(y) for y in years}) if years else []
    stated = _stated(extend_years(wide)) if len(wide) else None
    if stated is None:
        return _empty()
    mask = _select(stated, latest=latest, wanted_years=wanted_years)
    return _finish(_subset(stated, mask), wanted_years=wanted_years, order=order, min_peers=min_peers)


def comparison_and_history(
    wide: pd.DataFrame,
    *,
    latest: bool = True,
    years: Iterable[int] | None = None,
    min_peers: int = MIN_PEERS,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(`comparison_from_wide`, its 历年 rows) from one pass over the stated figures."""
    result = compare(wide, years=years, latest_per_subject=latest, min_peers=min_peers)
    return result.frame, result.history


@dataclass
class Comparison:
    """What the compare page, the JSON and the downloads show, computed once.

    ``frame``: the main table rows; ``history``: every year (own or derived) of the compared subjects;
    ``year``: the one year compared, or None when the rows come from different years; ``kind``: 预算/决算 or None
    when mixed; ``notices``: comparability caveats to show above the charts (one line each); ``dropped``: chosen
    subjects not in the table, each {subject_key, subject_name, reason}; ``base``: 编制 or 实有, the per-staff base;
    ``base_missing``: subjects in the table lacking that base, each {subject_key, subject_name};
    ``summary``: the 要点, sentences as lists of parts (see `summary_sentences`); ``execution``: the 决算 rows of
    the compared subjects that have an execution rate (决算 ÷ 预算), whichever kind the table compares.

    ``frame`` and ``history`` are complete on first access; until then their per-row texts (peer signal, notes)
    wait in ``pending``: the compare page reads them through `bare` and computes the texts for the rows it shows.
    Setting either keeps its pending texts, so a new frame must hold the same rows in the same order; a step that
    drops or reorders rows reads the complete frame first.
    """

    _frame: pd.DataFrame
    _history: pd.DataFrame
    year: int | None = None
    kind: str | None = None
    notices: list[str] = field(default_factory=list)
    dropped: list[dict[str, Any]] = field(default_factory=list)
    base: str = "编制"
    base_missing: list[dict[str, Any]] = field(default_factory=list)
    summary: list[list[dict[str, Any]]] = field(default_factory=list)
    metric: str = "sangong_total"
    execution: pd.DataFrame | None = None  # 决算 rows of the compared subjects with an execution rate
    pending: dict[str, Decorations] = field(default_factory=dict, repr=False)  # "frame"/"history" → its texts

    @property
    def frame(self) -> pd.DataFrame:
        return self._complete("frame")

    @frame.setter
    def frame(self, value: pd.DataFrame) -> None:
        self._frame = value  # the same rows in the same order (new columns only): pending texts still fit

    @property
    def history(self) -> pd.DataFrame:
        return self._complete("history")

    @history.setter
    def history(self, value: pd.DataFrame) -> None:
        self._history = value

    def bare(self, name: str) -> tuple[pd.DataFrame, Decorations | None]:
        """("frame" or "history") → (the frame, the `Decorations` of its texts, or None when it is complete).
        Every column but ``peer_signal`` and ``notes`` is final either way."""
        return getattr(self, f"_{name}"), self.pending.get(name)

    def _complete(self, name: str) -> pd.DataFrame:
        decorations = self.pending.pop(name, None)
        if decorations is not None:
            setattr(self, f"_{name}", decorations.complete(getattr(self, f"_{name}")))
        return getattr(self, f"_{name}")


@without_gc
def compare(
    wide: pd.DataFrame,
    *,
    years: Iterable[int] | None = None,
    kind: str | None = None,
    base: str | None = None,
    metric: str = "sangong_total",
    chosen: dict[str, str] | None = None,
    latest_per_subject: bool = False,
    min_peers: int = MIN_PEERS,
) -> Comparison:
    """The comparison, comparable by default: one kind (预算 unless the subjects share only 决算), the latest year
    every subject has (own or derived figures for `metric`), else each subject's latest year with a notice.
    ``years`` picks years (subjects without them are dropped and named); ``chosen`` maps the subject keys asked for
    to their names, so a subject with no data at all is named too; ``base`` is the per-staff base (编制/实有;
    default: the one more subjects state)."""
    stated = _stated(extend_years(wide)) if len(wide) else None
    if stated is None:
        dropped = [{"subject_key": k, "subject_name": n, "reason": "没有可比较的数据"} for k, n in (chosen or {}).items()]
        empty = _empty()
        return Comparison(empty, empty, dropped=dropped, notices=[], metric=metric)
    out = stated["out"]
    names = dict(zip(out["subject_key"], out["subject_name"]))
    wanted_years = sorted({int(y) for y in years}) if years else []
    notices: list[str] = []
    dropped: list[dict[str, Any]] = [{"subject_key": k, "subject_name": n, "reason": "没有可比较的数据"}
                                     for k, n in (chosen or {}).items() if k not in names]
    # the kind: the one all subjects have (预算 first), else mixed
    kinds_by_subject: dict[str, set[str]] = {}
    for subject, row_kind in zip(out["subject_key"], out["kind"]):
        kinds_by_subject.setdefault(subject, set()).add(row_kind)
    if kind is None:  # the kind most subjects have (预算 on a tie); the others are dropped and named
        having = {name: sum(name in kinds for kinds in kinds_by_subject.values()) for name in ("预算", "决算")}
        kind = "预算" if having["预算"] >= having["决算"] else "决算"
    keep = np.ones(len(out["year"]), dtype=bool) if kind is None else (out["kind"] == kind)
    for subject in kinds_by_subject:
        if kind is not None and kind not in kinds_by_subject[subject]:
            dropped.append({"subject_key": subject, "subject_name": names[subject],
                            "reason": f"没有{kind}数据（只有{'、'.join(sorted(kinds_by_subject[subject]))}）"})
    metric_values = out[metric] if metric in out else out["sangong_total"]
    has_metric = keep & (_given(metric_values) | stated["na"].get(metric, np.zeros(len(keep), dtype=bool)))
    years_of: dict[str, set[int]] = {}
    for subject, year, ok in zip(out["subject_key"], out["year"].tolist(), has_metric):
        if ok:
            years_of.setdefault(subject, set()).add(year)
    year: int | None = None
    if wanted_years:
        mask = keep & np.isin(out["year"], wanted_years)
        for subject in kinds_by_subject:
            if subject in {d["subject_key"] for d in dropped}:
                continue
            if not (mask & (out["subject_key"] == subject)).any():
                latest_year = max(years_of.get(subject, {0}))
                dropped.append({"subject_key": subject, "subject_name": names[subject], "reason": (
                    f"没有{'、'.join(f'{y}年' for y in wanted_years)}{kind or ''}数据" +
                    (f"，最近为{latest_year}年" if latest_year else ""))})
        year = wanted_years[0] if len(wanted_years) == 1 else None
    else:
        candidates = [years_of[s] for s in kinds_by_subject if s in years_of]
        common = set.intersection(*candidates) if candidates and not latest_per_subject else set()
        if common and len(candidates) == len(kinds_by_subject) - sum(
                1 for d in dropped if d["subject_key"] in kinds_by_subject):
            year = max(common)
            mask = keep & (out["year"] == year)
            wanted_years = [year]
        else:
            # each subject's latest own (or, failing that, derived) year
            frame = pd.DataFrame({"s": out["subject_key"], "k": out["kind"], "y": out["year"],
                                  "own": ~out["derived"].astype(bool), "ok": has_metric | ~has_metric.any()})
            frame = frame[keep]
            best = frame.sort_values(["own", "ok", "y"]).groupby(["s", "k"]).tail(1).index.to_numpy()
            mask = np.zeros(len(out["year"]), dtype=bool)
            mask[best] = True
            chosen_years = sorted({int(y) for y in out["year"][mask]})
            if len(chosen_years) > 1 and not latest_per_subject:
                listed = "、".join(f"{names[s]} {y}年" for s, y in sorted(zip(out["subject_key"][mask],
                                                                              out["year"][mask].tolist()),
                                                                          key=lambda p: (-p[1], names[p[0]])))
                notices.append(f"所选单位没有共同年度，各取最近一年：{listed}")
            elif len(chosen_years) == 1:
                year = chosen_years[0]
    main_rows = _subset(stated, mask)
    main, main_texts = _finish_lazily(main_rows, wanted_years=wanted_years, order="rank", min_peers=min_peers)
    # 历年: every year of the compared subjects (same kind choice)
    compared = set(main["subject_key"])
    history_mask = pd.Series(out["subject_key"]).isin(compared).to_numpy() & keep
    history_rows = _subset(stated, history_mask)
    every_year = sorted({int(y) for y in history_rows["out"]["year"]})
    history_frame, history_texts = _finish_lazily(history_rows, wanted_years=every_year, order="subject",
                                                  min_peers=min_peers)
    # 决算 rows of the compared subjects that have an execution rate, whatever kind the table compares
    rated = np.zeros(len(out["year"]), dtype=bool)
    for key in EXECUTION_METRICS:
        rated |= _given(out[f"{key}_execution"])
    execution_mask = pd.Series(out["subject_key"]).isin(compared).to_numpy() & rated
    execution = _finish(_subset(stated, execution_mask), wanted_years=sorted({int(y) for y in out["year"][
        execution_mask]}), order="subject", min_peers=min_peers) if execution_mask.any() else _empty()
    # comparability of the main rows
    scopes: dict[str, list[str]] = {}
    for scope, name in zip(main["scope"].tolist(), main["subject_name"].tolist()):
        if isinstance(scope, str):  # an unknown scope (None) is no scope to compare
            scopes.setdefault(scope, []).append(name)
    if len(scopes) > 1:
        parts = [f"{scope}口径：{'、'.join(dict.fromkeys(subjects))}" for scope, subjects in sorted(scopes.items())]
        notices.append("口径不同，不宜直接比较（部门口径含下属单位，单位口径仅本级）：" + "；".join(parts))
    names_years = list(zip(main["subject_name"].tolist(), main["year"].tolist()))
    for (name, row_year), derived, basis in zip(names_years, main["derived"].tolist(), main["basis"].tolist()):
        if derived == "是":
            notices.append(f"{name} {row_year}年没有本年文件，数字{basis}")
    for (name, row_year), restatement in zip(names_years, main["restatement"].tolist()):
        if restatement:
            notices.append(f"{name} {row_year}年前后文件不一致：{restatement}")
    if dropped:
        notices.append(DROPPED_NOTICE + "；".join(f"{d['subject_name']}（{d['reason']}）" for d in dropped))
    base, base_missing = _staff_base(main, base)
    if base_missing and len(base_missing) < len(main):
        notices.append(f"按{base}数计算人均时，以下单位未披露{base}数，未画出：" +
                       "、".join(d["subject_name"] for d in base_missing))
    result = Comparison(main, history_frame, year=year, kind=kind, notices=notices, dropped=dropped, base=base,
                        base_missing=base_missing, metric=metric, execution=execution,
                        pending={name: texts for name, texts in (("frame", main_texts), ("history", history_texts))
                                 if texts is not None})
    result.summary = summary_sentences(result)
    return result


def _staff_base(main: pd.DataFrame, base: str | None) -> tuple[str, list[dict[str, Any]]]:
    """The per-staff base (编制 or 实有) and the subjects in `main` that do not state it."""
    counts = {name: int(pd.notna(main[STAFF_BASE_METRIC[name]]).sum()) if len(main) else 0
              for name in ("编制", "实有")}
    if base not in STAFF_BASE_METRIC:
        base = "实有" if counts["实有"] > counts["编制"] else "编制"
    if not len(main):
        return base, []
    missing = pd.isna(main[STAFF_BASE_METRIC[base]]).to_numpy()
    keys, names = main["subject_key"].to_numpy()[missing].tolist(), main["subject_name"].to_numpy()[missing].tolist()
    lacking = dict(zip(keys, names))
    return base, [{"subject_key": k, "subject_name": n} for k, n in lacking.items()]


def summary_sentences(result: Comparison) -> list[list[dict[str, Any]]]:
    """The 要点, generated from the main frame (no free text): the highest and lowest subject on the metric, the
    median, the per-staff leader on the chosen base, the largest changes against last year with their stated
    reasons, and the comparability caveats. Each sentence is a list of parts {"text": …}; a part that is a number
    from a document also carries {"subject_key", "metric", "disclosure_id", "figure_id", "page"} so the page can
    link it to its source."""
    frame, metric = result.bare("frame")[0], result.metric  # the texts (notes, peer signal) are not read
    sentences: list[list[dict[str, Any]]] = []
    if frame.empty or metric not in frame.columns:
        return sentences
    spec = METRICS.get(metric)
    label, unit = (spec.label, spec.unit) if spec else (COLUMN_LABELS.get(metric, metric), "")

    def number(row: _Row, key: str, text: str) -> dict[str, Any]:
        source = key if key in BASE_METRICS else DERIVED.get(key, (key,))[0]
        # a value derived from the next year's document opens the derived-value panel, as its table cell does
        derived = key in BASE_METRICS and row.get(f"{key}_origin") in ("prior_year", "from_change")
        return {"text": text, "subject_key": row["subject_key"], "metric": key,
                "disclosure_id": _int(row.get(f"{source}_disclosure_id")),
                "figure_id": _int(row.get(f"{source}_figure_id")), "page": _int(row.get(f"{source}_page")),
                "derived": derived}

    def shown(key: str, value: Any) -> str:
        from .columns import cell_text
        return cell_text(key, {key: value})

    def when(row: _Row) -> str:
        return f"（{row['year']}年{row['kind']}）" if result.year is None else ""

    values = pd.Series([np.nan if v is None else float(v) for v in frame[metric]], index=frame.index)
    stated = values.dropna()
    if len(stated) >= 2:
        high, low = _Row(frame, stated.idxmax()), _Row(frame, stated.idxmin())
        sentences.append([
            {"text": f"{len(stated)}个单位中，{label}最高的是{high['subject_name']}{when(high)}，为"},
            number(high, metric, f"{shown(metric, high[metric])}{unit}"),
            {"text": f"，最低的是{low['subject_name']}{when(low)}，为"},
            number(low, metric, f"{shown(metric, low[metric])}{unit}"),
            {"text": f"；中位数为{shown(metric, Decimal(repr(float(stated.median()))))}{unit}。"},
        ])
    elif len(stated) == 1:
        only = _Row(frame, stated.index[0])
        sentences.append([{"text": f"{label}：{only['subject_name']}{when(only)}为"},
                          number(only, metric, f"{shown(metric, only[metric])}{unit}"), {"text": "。"}])
    for key in PER_STAFF[result.base]:
        per = pd.Series([np.nan if v is None else float(v) for v in frame[key]], index=frame.index).dropna()
        if len(per) >= 2:
            top = _Row(frame, per.idxmax())
            numerator = DERIVED[key][0]
            sentences.append([
                {"text": f"按{result.base}数计算，人均{METRICS[numerator].label}最高的是{top['subject_name']}，为"},
                {"text": f"{shown(key, top[key])}万元/人"},
                {"text": "（"}, number(top, numerator, f"{shown(numerator, top[numerator])}万元"),
                {"text": "÷"}, number(top, STAFF_BASE_METRIC[result.base],
                                      f"{shown(STAFF_BASE_METRIC[result.base], top[STAFF_BASE_METRIC[result.base]])}人"),
                {"text": "）。"},
            ])
    change_key = metric if metric in CHANGE_METRICS else "sangong_total"
    changes = pd.Series([np.nan if v is None else abs(float(v)) for v in frame[f"{change_key}_change"]],
                        index=frame.index).dropna()
    for index in changes[changes > 0].sort_values(ascending=False, kind="stable").index[:3]:
        row = _Row(frame, index)
        change = row[f"{change_key}_change"]
        pct = row[f"{change_key}_change_pct"]
        parts = [{"text": f"{row['subject_name']}{when(row)}{METRICS[change_key].label}比上年"
                          f"{'增加' if change > 0 else '减少'}"},
                 number(row, change_key, f"{shown(change_key, abs(change))}万元")]
        if pct is not None:
            parts.append({"text": f"（{format_percent(abs(pct))}%）"})
        reason = row[f"{change_key}_reason"]
        parts.append({"text": f"，文件所述原因：{reason}。" if reason else "，文件未说明原因。"})
        sentences.append(parts)
    for notice in result.notices:
        sentences.append([{"text": notice + ("" if notice.endswith("。") else "。"), "caveat": True}])
    return sentences


class _Row:
    """One row of a frame read column by column (``frame.loc[i]`` builds a Series of all ~250 columns)."""

    def __init__(self, frame: pd.DataFrame, label: Any) -> None:
        self.frame, self.position = frame, frame.index.get_loc(label)

    def __getitem__(self, key: str) -> Any:
        return self.frame[key].iat[self.position]

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self.frame.columns else default


def _int(value: Any) -> int | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return int(value)


def _stated(wide: dict[str, np.ndarray]) -> dict[str, Any] | None:
    """Per row of `wide` (the arrays of `extend_years`) that states any compared figure: the stated columns, derived
    ratios, changes, execution rates and the provenance of each value."""
    if not len(wide.get("year", ())):
        return None
    has_figure = np.zeros(len(wide["year"]), dtype=bool)
    for key in BASE_METRICS:  # a disclosure without any compared figure is not a row
        has_figure |= wide[f"na:{key}"].astype(bool) | wide[f"given:{key}"]
    positions = np.flatnonzero(has_figure)
    if not len(positions):
        return None

    every_row = len(positions) == len(has_figure)  # then no copy: the columns are only read from here on

    def column(name: str, dtype: Any = object, default: Any = None) -> np.ndarray:
        if name not in wide:
            return np.full(len(positions), default, dtype=dtype)
        return (wide[name] if every_row else wide[name][positions]).astype(dtype, copy=False)

    out: dict[str, Any] = {key: column(key) for key in META_COLUMNS}
    out["year"] = column("year", "int64")
    derived = column("derived", bool, False)
    out["derived"] = np.where(derived, "是", "").astype(object)
    out["basis"] = column("basis", object, "")
    out["basis"] = np.array(["" if v is None else v for v in out["basis"]], dtype=object)
    out["source_file"] = column("source_file", object, "")
    out["sha256"] = column("sha256", object, "")
    out.update({key: np.full(len(positions), None, dtype=object) for key in CHECK_KEYS})  # selectors.attach_checks
    numbers: dict[str, np.ndarray] = {}
    not_applicable: dict[str, np.ndarray] = {}
    restatements = [[] for _ in positions]
    for key in BASE_METRICS:
        values = column(f"value:{key}")
        numbers[key] = column(f"number:{key}", float) if f"number:{key}" in wide else _floats(values)
        not_applicable[key] = column(f"na:{key}", bool, False)
        out[key] = _ints(values) if key in COUNT_METRICS else values
        out[f"{key}_origin"] = column(f"origin:{key}", object, "")
        out[f"{key}_basis"] = column(f"basis:{key}", object, "")
        out[f"{key}_restated"] = column(f"restated:{key}")
        out[f"{key}_page"] = column(f"page:{key}")
        out[f"{key}_text"] = column(f"text:{key}", object, "")
        out[f"{key}_figure_id"] = column(f"id:{key}")
        out[f"{key}_disclosure_id"] = column(f"src:{key}")
        restated_basis = column(f"restated_basis:{key}", object, "")
        shown = format_wan if METRICS[key].unit == "万元" else format_count
        for row in np.flatnonzero(_given(out[f"{key}_restated"])):
            restatements[row].append(
                f"{METRICS[key].label}本年文件为{shown(values[row])}，"
                f"{restated_basis[row].removeprefix('据')}为{shown(out[f'{key}_restated'][row])}")
    out["restatement"] = np.array(["；".join(r) for r in restatements], dtype=object)
    out["corrections"] = np.full(len(positions), "", dtype=object)  # filled from the audit trail: corrections.py
    derived_reasons = {}
    for key, (numerator, denominator, scale, _label, _unit) in DERIVED.items():
        num, den = numbers[numerator], numbers[denominator]
        with np.errstate(divide="ignore", invalid="ignore"):
            value = np.round(np.where(den > 0, num / den * scale, np.nan), 4)
        out[key] = _objects(value)
        numbers[key] = value
        out[f"{key}_reason"] = derived_reasons[key] = np.select(
            [not_applicable[numerator], np.isnan(num), np.isnan(den), den <= 0],
            [f"{METRICS[numerator].label}不适用", f"未披露{METRICS[numerator].label}",
             MISSING_DENOMINATOR[denominator], f"{METRICS[denominator].label}为0"],
            default="",
        ).astype(object)
    for key in CHANGE_METRICS:
        change = column(f"change:{key}")
        out[f"{key}_change"] = change
        prior = numbers[key] - _floats(change)
        with np.errstate(divide="ignore", invalid="ignore"):
            pct = np.round(np.where(prior != 0, (numbers[key] - prior) / prior * 100, np.nan), 2)
        out[f"{key}_change_pct"] = _objects(pct)
        out[f"{key}_reason"] = np.array(["" if v is None else v for v in column(f"reason:{key}", object, "")],
                                        dtype=object)
    # “三公”经费合计 rarely gives its own reason: the parts' reasons, each named, stand in
    total_reason = out["sangong_total_reason"]
    for row in np.flatnonzero(total_reason == ""):
        parts = [f"{METRICS[part].label}：{out[f'{part}_reason'][row]}" for part in SANGONG_PARTS
                 if out[f"{part}_reason"][row]]
        total_reason[row] = "；".join(parts)
    _execution(out, column, numbers)
    notes_by_metric = {key: column(f"note:{key}", object, "") for key in ("operating_costs", "sangong_total")}
    return {"out": out, "numbers": numbers, "na": not_applicable, "reasons": derived_reasons,
            "notes": notes_by_metric}


def _execution(out: dict[str, Any], column: Any, numbers: dict[str, np.ndarray]) -> None:
    """决算 ÷ 预算 per metric on 决算 rows: the 预算数 the 决算 states beside its actual (``budget:m``), else the
    same subject's 预算 for the same year."""
    final = out["kind"] == "决算"
    final_rows = np.flatnonzero(final)  # only these rows have a rate (none when the frame holds 预算 only)
    if len(final_rows):
        budget_rows = {(s, y): i for i, (s, y, k) in enumerate(zip(out["subject_key"], out["year"].tolist(),
                                                                     out["kind"])) if k == "预算"}
        partner = [budget_rows.get((s, y), -1) for s, y in zip(out["subject_key"][final_rows],
                                                               out["year"][final_rows].tolist())]
    for key in EXECUTION_METRICS:
        budget = np.full(len(final), None, dtype=object)
        budget_number = np.full(len(final), np.nan)
        if len(final_rows):
            stated_budget, own = column(f"budget:{key}")[final_rows].tolist(), out[key]
            budget[final_rows] = [stated if stated is not None else own[other] if other >= 0 else None
                                  for stated, other in zip(stated_budget, partner)]
            budget_number = _floats(budget)
        out[f"{key}_budget"] = budget
        with np.errstate(divide="ignore", invalid="ignore"):
            rate = np.round(np.where(budget_number > 0, numbers[key] / budget_number * 100, np.nan), 2)
        out[f"{key}_execution"] = _objects(rate)
        out[f"{key}_execution_reason"] = np.select(
            [~final, np.isnan(budget_number), budget_number <= 0, np.isnan(numbers[key])],
            ["", "未见同年预算数", "预算数为0", f"未披露{METRICS[key].label}"], default="").astype(object)


def _select(stated: dict[str, Any], *, latest: bool, wanted_years: list[int]) -> np.ndarray:
    out = stated["out"]
    if wanted_years:
        return np.isin(out["year"], wanted_years)
    own = out["derived"] != "是"
    if latest:
        keys = pd.DataFrame({"subject_key": out["subject_key"], "kind": out["kind"], "year": out["year"]})[own]
        newest = keys.groupby(["subject_key", "kind"])["year"].transform("max")
        mask = np.zeros(len(own), dtype=bool)
        mask[newest.index[keys["year"] == newest]] = True
        return mask
    return own


def _empty() -> pd.DataFrame:
    """A frame of the output columns without rows."""
    return frame_of({key: np.empty(0, dtype=object) for key in OUTPUT_COLUMNS})


def _subset(stated: dict[str, Any], mask: np.ndarray) -> dict[str, Any]:
    """The rows of `stated` where `mask` holds; `stated` itself when it holds everywhere (the arrays are only read
    from here on: a copy of ~170 columns of 6,000 rows costs more than the rest of the step)."""
    if mask.all():
        return stated
    return {part: {key: np.asarray(values)[mask] for key, values in arrays.items()}
            for part, arrays in stated.items()}


DECORATED = ("peer_signal", "notes")  # the per-row texts `Decorations` computes for the rows asked for


def _finish(stated: dict[str, Any], *, wanted_years: list[int], order: str, min_peers: int) -> pd.DataFrame:
    """Rank, peer signal, notes and order for the chosen rows."""
    frame, decorations = _finish_lazily(stated, wanted_years=wanted_years, order=order, min_peers=min_peers)
    return decorations.complete(frame) if decorations is not None else frame


def _finish_lazily(stated: dict[str, Any], *, wanted_years: list[int], order: str,
                   min_peers: int) -> tuple[pd.DataFrame, "Decorations | None"]:
    """`_finish` without the per-row texts: the frame's ``peer_signal`` and ``notes`` are None, and the returned
    `Decorations` computes them for any of its rows (None when the frame is empty)."""
    out, numbers = dict(stated["out"]), stated["numbers"]
    if not len(out["year"]):
        return _empty(), None
    keys = frame_of({key: out[key] for key in ("subject_key", "subject_name", "department_type", "kind", "year",
                                               "scope", "member_count")})
    # groupers as plain arrays: a Series makes pandas try it as a column label first (and format it in the error)
    groups = [out["kind"], np.asarray(out["year"])] if wanted_years else [out["kind"]]
    ranks = pd.Series(numbers["sangong_total"]).groupby(groups).rank(ascending=False, method="min").to_numpy()
    out["rank"] = _objects(ranks, integer=True)
    if order == "subject":
        keys["subject_name"] = keys["subject_name"].astype(str)
        sort, ascending = ["subject_name", "subject_key", "year", "kind"], [True] * 4
    else:
        keys["rank"] = ranks
        sort = ["kind", "year", "rank", "subject_name"] if wanted_years else ["kind", "rank", "subject_name"]
        ascending = [key != "year" for key in sort]
    position = keys.sort_values(sort, ascending=ascending, na_position="last", kind="stable").index.to_numpy()
    decorations = Decorations(keys, out, stated, groups, position, wanted_years=wanted_years, min_peers=min_peers)
    pending = np.full(len(position), None, dtype=object)
    # each column is a fresh array (fancy indexing copies): the frame may hold them as they are
    return frame_of({key: pending.copy() if key in DECORATED else np.asarray(out[key])[position]
                     for key in OUTPUT_COLUMNS}), decorations


class Decorations:
    """The per-row texts of a finished frame — 同类比较提示 (``peer_signal``) and 说明 (``notes``) — for the rows
    asked for: the compare page shows 50 of the ~6,000 历年 rows. Every statistic over all rows (the peer groups'
    medians and MADs, each subject's years, the newest year per kind) is computed once here; only the texts are
    left for `rows`. Row ``p`` of the frame is row ``position[p]`` of the stated arrays."""

    def __init__(self, keys: pd.DataFrame, out: dict[str, Any], stated: dict[str, Any], groups: list[np.ndarray],
                 position: np.ndarray, *, wanted_years: list[int], min_peers: int) -> None:
        self.position = position
        self.signals = _PeerSignals(keys, stated["numbers"], groups, min_peers=min_peers)
        self.notes = _Notes(keys, out, stated["na"], stated["notes"], stated["reasons"], wanted_years=wanted_years)

    def __len__(self) -> int:
        return len(self.position)

    def rows(self, rows: Any) -> dict[str, np.ndarray]:
        """{"peer_signal": …, "notes": …} for the frame's rows at positions `rows` (in that order)."""
        source = self.position[np.asarray(rows, dtype=np.intp)]
        return {"peer_signal": self.signals.texts(source), "notes": self.notes.texts(source)}

    def complete(self, frame: pd.DataFrame) -> pd.DataFrame:
        """`frame` with the texts of every row."""
        if not len(frame):
            return frame
        return frame.assign(**self.rows(np.arange(len(frame))))


class _PeerSignals:
    """Modified z-score |x − median| / (1.4826·MAD) > 3.5 among rows of the same department type (and kind/year)."""

    def __init__(self, frame: pd.DataFrame, numbers: dict[str, np.ndarray], groups: list[np.ndarray], *,
                 min_peers: int) -> None:
        self.flagged = self.higher = None
        types = _object_column(frame["department_type"].to_numpy(), "")
        codes = np.zeros(len(types), dtype=np.int64)  # one code per (type, *groups): factorized column by column
        for column in (types, *groups):
            column_codes, uniques = pd.factorize(np.asarray(column))
            codes = codes * len(uniques) + column_codes
        codes = pd.factorize(codes)[0]
        if len(frame) < min_peers or np.bincount(codes).max() < min_peers:
            return
        values = pd.DataFrame({metric: numbers[metric] for metric in PEER_SIGNAL_METRICS})
        # grouped by a Series, not the bare array: pandas first tries an array as a column label and formats all
        # of it into the error it catches (~2 ms for 5,000 rows)
        groups = pd.Series(codes, index=values.index)
        grouped = values.groupby(groups)
        count, median = grouped.transform("count").to_numpy(), grouped.transform("median")
        deviation = (values - median).abs()
        mad = deviation.groupby(groups).transform("median").to_numpy()
        with np.errstate(divide="ignore", invalid="ignore"):
            score = deviation.to_numpy() / (MAD_SCALE * mad)
        has_type = (types != "")[:, None]
        flagged = has_type & (count >= min_peers) & (mad > 0) & (score > MAD_THRESHOLD)
        if flagged.any():
            self.flagged, self.higher = flagged, values.to_numpy() > median.to_numpy()

    def texts(self, rows: np.ndarray) -> np.ndarray:
        if self.flagged is None:
            return np.full(len(rows), "", dtype=object)
        found = []
        for number, metric in enumerate(PEER_SIGNAL_METRICS):
            label = COLUMN_LABELS[metric].split("（")[0] if metric in DERIVED else METRICS[metric].label
            found.append(np.where(self.flagged[rows, number], np.where(
                self.higher[rows, number], f"{label}明显高于同类单位中位数，差异较大，建议核实",
                f"{label}明显低于同类单位中位数，差异较大，建议核实"), ""))
        return np.array(["；".join(p for p in parts if p) for parts in zip(*found)], dtype=object)


class _Notes:
    """The 说明 of each row: scope, kind, missing or older years, derived figures, restatements, 不适用, 未披露."""

    def __init__(self, frame: pd.DataFrame, out: dict[str, Any], not_applicable: dict[str, np.ndarray],
                 notes_by_metric: dict[str, np.ndarray], derived_reasons: dict[str, np.ndarray], *,
                 wanted_years: list[int]) -> None:
        self.wanted_years = wanted_years
        kinds, years = frame["kind"].tolist(), frame["year"].tolist()
        self.mixed_kinds = len(set(kinds)) > 1
        self.mixed_scopes = len(set(frame["scope"].tolist())) > 1
        self.newest_by_kind: dict[str, int] = {}
        for row_kind, year in zip(kinds, years):
            self.newest_by_kind[row_kind] = max(year, self.newest_by_kind.get(row_kind, year))
        self.frame = frame
        self._years_by_subject: dict[tuple[str, str], set[int]] | None = None
        # read for the rows asked for only (`texts`)
        self.columns = [*[frame[c].to_numpy() for c in ("scope", "member_count", "subject_key", "kind", "year")],
                        out["operating_costs"], out["sangong_total"]]
        self.reasons = [derived_reasons[key] for key in DERIVED]
        self.flags = {key: not_applicable[key] for key in ("operating_costs", "sangong_total")}
        self.notes_by_metric = notes_by_metric
        self.derived, self.basis, self.restatement = out["derived"] == "是", out["basis"], out["restatement"]
        self.undisclosed: dict[tuple, list[str]] = {}  # reasons tuple → its distinct 未披露… notes (few distinct)
        self.missing_years: dict[tuple[str, str], str] = {}

    @property
    def years_by_subject(self) -> dict[tuple[str, str], set[int]]:
        if self._years_by_subject is None:
            self._years_by_subject = {}
            frame = self.frame
            for subject, kind, year in zip(frame["subject_key"].tolist(), frame["kind"].tolist(),
                                           frame["year"].tolist()):
                self._years_by_subject.setdefault((subject, kind), set()).add(year)
        return self._years_by_subject

    def texts(self, rows: np.ndarray) -> np.ndarray:
        wanted_years, newest_by_kind = self.wanted_years, self.newest_by_kind
        derived, basis, restatement, flags = self.derived, self.basis, self.restatement, self.flags
        texts = []
        columns = [np.asarray(column)[rows].tolist() for column in self.columns]
        for index, scope, members, subject, kind, year, operating, sangong in zip(rows.tolist(), *columns):
            notes = []
            if scope == "部门":
                count = int(members or 0)
                notes.append(f"部门口径（含{count}个单位）" if count else "部门口径")
            elif str(subject).startswith("d"):
                notes.append("单位口径：仅部门本级（未见部门汇总），" +
                             ("与部门口径不宜直接比较" if self.mixed_scopes else "不含下属单位"))
            else:
                notes.append("单位口径")
            if self.mixed_kinds:
                notes.append(f"{kind}数：预算与决算不宜直接比较")
            if wanted_years:
                if (subject, kind) not in self.missing_years:
                    present = self.years_by_subject[(subject, kind)]
                    missing = [y for y in wanted_years if y not in present]
                    self.missing_years[(subject, kind)] = (
                        "缺" + "、".join(f"{y}年" for y in missing) + kind) if missing else ""
                if self.missing_years[(subject, kind)]:
                    notes.append(self.missing_years[(subject, kind)])
            elif year < newest_by_kind[kind]:
                notes.append(f"未见{newest_by_kind[kind]}年{kind}，采用{year}年")
            if derived[index]:
                notes.append(f"推算：{basis[index]}")
            elif basis[index]:
                notes.append(basis[index])
            if restatement[index]:
                notes.append(f"前后文件不一致：{restatement[index]}")
            for key, value in (("operating_costs", operating), ("sangong_total", sangong)):
                if flags[key][index]:
                    why = self.notes_by_metric[key][index] or ""
                    notes.append(f"{METRICS[key].label}：" + ("事业单位不适用" if "事业单位" in why else "不适用") + "（不是0）")
                elif value is None:
                    notes.append(f"未披露{METRICS[key].label}")
            row_reasons = tuple(reasons[index] for reasons in self.reasons)
            if row_reasons not in self.undisclosed:
                self.undisclosed[row_reasons] = [r for r in dict.fromkeys(row_reasons) if r and r.startswith("未披露")]
            for reason in self.undisclosed[row_reasons]:
                if reason not in notes:
                    notes.append(reason)
            texts.append("；".join(notes))
        return np.array(texts, dtype=object)


def records(frame: pd.DataFrame, keys: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """JSON-ready rows: every number (Decimal, float, int) as the string of its exact decimal, absent as None,
    text as str. `keys` limits and orders the columns."""
    keys = list(keys) if keys is not None else list(frame.columns)
    from .columns import COLUMNS, plain_number
    numeric = {key for key in keys if key in COLUMNS and COLUMNS[key].numeric} | {
        key for key in keys if key.endswith(("_page", "_figure_id", "_disclosure_id", "_restated"))}
    if not keys:
        return [{} for _ in range(len(frame))]
    # column by column (one converter per column), then zipped into rows
    columns = [[plain_number(value) or None for value in frame[key].tolist()] if key in numeric
               else [_plain(value) for value in frame[key].tolist()] for key in keys]
    return [dict(zip(keys, values)) for values in zip(*columns)]


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        from .columns import plain_number
        return plain_number(value)
    return value


def _object_column(values: np.ndarray, default: Any) -> np.ndarray:
    """An object array with `default` where a value is absent (None or NaN)."""
    values = np.asarray(values, dtype=object)
    missing = pd.isna(values)
    if not missing.any():
        return values
    values = values.copy()
    values[missing] = default
    return values


def _floats(values: np.ndarray) -> np.ndarray:
    """Decimals (None when absent) → floats (NaN when absent); numpy calls float() on each given value."""
    values = np.asarray(values, dtype=object)
    given = _given(values)
    result = np.full(len(values), np.nan)
    if given.any():
        result[given] = values[given].astype(float)
    return result


def _ints(values: np.ndarray) -> np.ndarray:
    """Counts as Decimals → Python ints (None when absent)."""
    values = np.asarray(values, dtype=object)
    given = _given(values)
    result = np.full(len(values), None, dtype=object)
    if given.any():
        result[given] = values[given].astype(np.int64).astype(object)
    return result


def _objects(values: np.ndarray, *, integer: bool = False) -> np.ndarray:
    """float array → object array with None for NaN (int when `integer`), as the frame's derived columns hold."""
    values = np.asarray(values, dtype=float)
    missing = np.isnan(values)
    result = np.where(missing, 0, values).astype(np.int64).astype(object) if integer else values.astype(object)
    result[missing] = None
    return result
