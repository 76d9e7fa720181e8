"""Speed helpers of the comparison: `without_gc` runs a function with the cyclic garbage collector paused,
`frame_of` builds a DataFrame from numpy arrays without dtype inference, `column_arrays` reads columns back.

`without_gc`: a 1,000-unit comparison allocates about a million short-lived objects (figure rows, Decimals, the
frames' object arrays, the cells of a workbook) and no reference cycles, so the collector's repeated passes over the
young objects find nothing and cost about a quarter of the CPU time. Reference counting still frees everything as
usual; the collector resumes when the outermost paused call returns (nested calls leave it as they found it).
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
    """A DataFrame holding these 1-D numpy arrays (all of one length) with their own dtypes.

    Given a plain dict, pandas 3 checks every column and scans each object column to infer a string dtype: about
    half of building a 170-column comparison frame (10 ms of 6,000 rows), and most of it for a 20-row one. Here an
    object array whose values are all text stays an object column, as every frame of the comparison holds it. This
    uses ``DataFrame._from_arrays`` without its checks, which pandas' own ``from_records`` uses; pandas is pinned,
    and tests/comparisons/test_fast_paths.py fails if it changes."""
    import numpy as np
    import pandas as pd

    arrays = [np.asarray(values) for values in columns.values()]
    size = len(arrays[0]) if arrays else 0
    if any(array.ndim != 1 or len(array) != size for array in arrays):
        raise ValueError("frame_of: every column must be a 1-D array of the same length")
    index = pd.RangeIndex(size) if index is None else pd.Index(index)
    return pd.DataFrame._from_arrays(arrays, columns=pd.Index(list(columns), dtype=object), index=index,
                                     verify_integrity=False)


def column_arrays(frame: Any, names: list[str] | None = None) -> dict[str, Any]:
    """The named columns of `frame` (all by default) as numpy arrays. Asking the frame for a column builds a Series
    (~15 µs), and a page asks for about 800 of them: a frame of a few hundred rows is read one dtype at a time (a
    copy of those rows, then views of it), a longer one column by column (its copy would cost more)."""
    names = list(frame.columns) if names is None else names
    if len(frame) > SMALL_FRAME_ROWS:
        return {name: frame[name].to_numpy() for name in names}
    by_dtype: dict[Any, list[str]] = {}
    for name, dtype in zip(names, frame.dtypes[names].tolist()):
        by_dtype.setdefault(dtype, []).append(name)
    arrays = {}
    for group in by_dtype.values():
        block = frame[group].to_numpy()
        arrays.update({name: block[:, number] for number, name in enumerate(group)})
    return {name: arrays[name] for name in names}


SMALL_FRAME_ROWS = 500
