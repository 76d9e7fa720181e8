"""Speed helpers of the comparison: `without_gc` runs a function with the cyclic garbage collector paused;
`frame_of` builds a DataFrame from arrays without dtype inference.

A 1,000-unit comparison allocates about a million short-lived objects (figure rows, Decimals, the frames' object
arrays, the cells of a workbook) and no reference cycles, so the collector's repeated passes over the young objects
find nothing and cost about a quarter of the CPU time. Reference counting still frees everything as usual; the
collector resumes when the outermost paused call returns (nested calls leave it as they found it).
"""
from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def without_gc(func: F) -> F:
    @functools.wraps(func)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not gc.isenabled():
            return func(*args, **kwargs)
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            gc.enable()

    return wrapped  # type: ignore[return-value]


def frame_of(columns: dict[str, Any], index: Any = None) -> Any:
    """A DataFrame holding these numpy arrays with their own dtypes. Given a plain dict, pandas 3 scans every object
    column to infer a string dtype (about 40% of building a 170-column comparison frame); an object array whose
    values are all text stays an object column here, as every frame of the comparison has it."""
    import pandas as pd

    if index is None:
        index = pd.RangeIndex(len(next(iter(columns.values()))) if columns else 0)
    return pd.DataFrame({name: pd.Series(values, index=index, dtype=getattr(values, "dtype", None), copy=False)
                         for name, values in columns.items()}, index=index, copy=False)
