"""Corrected figures on the comparison: every value a person corrected carries what they did, so the table (a mark
beside the number), the chart hover, the sheets and the CSV (the 人工更正 column) and the JSON (``corrected`` per
value) say it the same way (`columns.correction_text`). No Django: it reads the wide frame the comparison is built
from (`selectors.wide_figures_df`: ``corrected:m`` / ``prior_corrected:m`` beside ``id:m`` / ``prior_id:m``).

`mark` adds to a comparison frame (a new frame), per metric ``m`` of `BASE_METRICS`, ``m_corrected`` (the correction — original
value, new value, who, when, why — or None) found through the figure the value was read from (``m_figure_id``), and
fills the row's ``corrections`` text. A value derived from a corrected figure (本年数 − 增减额) is not marked: the
number shown is not the one the person wrote.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .columns import BASE_METRICS, correction_text

MARKED_ORIGINS = ("stated", "prior_year")


def corrections_by_figure(wide: pd.DataFrame | None) -> dict[int, dict[str, Any]]:
    """Figure id → its correction, for every corrected figure in `wide` (this year's and the year before's)."""
    found: dict[int, dict[str, Any]] = {}
    if wide is None or not len(wide):
        return found
    for key in BASE_METRICS:
        for ids, infos in ((f"id:{key}", f"corrected:{key}"), (f"prior_id:{key}", f"prior_corrected:{key}")):
            if infos not in wide.columns or ids not in wide.columns:
                continue
            marks = wide[infos].to_numpy()
            rows = np.flatnonzero(pd.notna(marks))  # corrected figures are few: only their rows are read
            for pk, info in zip(wide[ids].to_numpy()[rows].tolist(), marks[rows].tolist()):
                if pk is not None and pk == pk:
                    found[int(pk)] = {**info, "metric": key}
    return found


def mark(frame: pd.DataFrame, found: dict[int, dict[str, Any]]) -> pd.DataFrame:
    """`frame` with ``m_corrected`` per metric (new columns: a new frame, since inserting into the comparison's ~250
    single-column blocks one by one copies them) and its ``corrections`` text filled."""
    if not found and "corrections" in frame.columns:
        return frame  # nothing corrected: the analysis's empty 人工更正 stands, no mark is read (``.get`` → None)
    size = len(frame)
    texts: list[list[str]] = [[] for _ in range(size)]
    added: dict[str, np.ndarray] = {}
    # only the metrics something was corrected in are scanned ("": a correction of unknown metric, scan all)
    corrected_metrics = {info.get("metric", "") for info in found.values()}
    for key in BASE_METRICS:
        marks = np.full(size, None, dtype=object)
        if ("" in corrected_metrics or key in corrected_metrics) and f"{key}_figure_id" in frame.columns:
            ids = frame[f"{key}_figure_id"].tolist()
            origins = frame[f"{key}_origin"].tolist() if f"{key}_origin" in frame.columns else ["stated"] * size
            for row in [row for row, pk in enumerate(ids) if pk in found]:  # ids are ints or None
                if origins[row] not in MARKED_ORIGINS:
                    continue
                info = found[int(ids[row])]
                value = frame[key].iat[row] if key in frame.columns else None
                marks[row] = {**info, "text": correction_text(key, info, value)}
                texts[row].append(marks[row]["text"])
        added[f"{key}_corrected"] = marks
    corrections = np.array(["；".join(t) for t in texts] if found else [""] * size, dtype=object)
    added["corrections"] = corrections  # replaces the placeholder the analysis leaves
    for name in [name for name in added if name in frame.columns]:  # replaced in place, as object columns
        frame[name] = pd.Series(added.pop(name), index=frame.index, dtype=object, copy=False)
    if not added:
        return frame
    return pd.concat([frame, pd.DataFrame(added, index=frame.index, dtype=object, copy=False)], axis=1)


def mark_comparison(result: Any, wide: pd.DataFrame | None) -> Any:
    """Mark the main rows, the 历年 rows and the 执行 rows of an `analysis.Comparison` from its wide frame."""
    found = corrections_by_figure(wide)
    result.frame = mark(result.bare("frame")[0], found)  # same rows: the pending texts stay pending
    result.history = mark(result.bare("history")[0], found)
    if result.execution is not None:
        result.execution = mark(result.execution, found)
    return result
