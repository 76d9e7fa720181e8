"""The speed-ups of the downloads give the same output as the straightforward code they replaced (no database)."""
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from comparisons import analysis, exports
from comparisons.columns import COLUMNS, plain_number
from tests.comparisons.frames import three_offices


def _reference_records(frame, keys):
    """analysis.records as it was written before: row by row, one value at a time."""
    numeric = {key for key in keys if key in COLUMNS and COLUMNS[key].numeric} | {
        key for key in keys if key.endswith(("_page", "_figure_id", "_disclosure_id", "_restated"))}
    rows = []
    for values in zip(*[frame[key].tolist() for key in keys]):
        rows.append({key: (plain_number(value) or None) if key in numeric else analysis._plain(value)
                     for key, value in zip(keys, values)})
    return rows


def _reference_json_rows(frame):
    """exports.json_rows as it was written before: the provenance columns through DataFrame.to_dict."""
    keys = [key for key in exports.ROW_KEYS if key in frame.columns]
    provenance = [f"{key}_{part}" for key in analysis.BASE_METRICS for part in analysis.PROVENANCE_PARTS]
    rows = _reference_records(frame, keys)
    extra = frame[[c for c in provenance if c in frame.columns]].to_dict("records")
    for row, record in zip(rows, extra):
        row["derived"] = row.get("derived") == "是"
        row["sources"] = exports._sources(record)
        if "check_rules" in row:
            row["check_rules"] = [rule for rule in (row["check_rules"] or "").split("、") if rule]
    return rows


def test_it_builds_the_json_rows_exactly_as_the_row_by_row_code_did():
    result = analysis.compare(analysis.widen(three_offices()))
    for frame in (result.frame, result.history):
        rows = exports.json_rows(frame)
        assert rows == _reference_json_rows(frame)
    first = exports.json_rows(result.frame)[0]
    assert (first["subject_name"], first["year"], first["sangong_total"]) == ("垫江县人民政府办公室", "2023", "91.7")
    assert first["sources"]["sangong_total"] == {
        "origin": "from_change", "basis": "据2024年预算说明所列本年数和增减额推算", "disclosure_id": "1",
        "figure_id": None, "page": "2", "text": "sangong_total的原文", "restated": None, "corrected": None}


def test_it_gives_one_empty_record_per_row_when_no_column_is_asked_for():
    frame = pd.DataFrame({"year": [2023, 2024]})
    assert analysis.records(frame, []) == [{}, {}]


def test_it_writes_plain_numbers_exactly_whatever_their_type():
    assert plain_number(Decimal("115.400")) == "115.4"
    assert plain_number(Decimal("-0.00")) == "0"
    assert plain_number(Decimal("1E+2")) == "100"
    assert plain_number(None) == ""
    assert plain_number(float("nan")) == ""
    assert plain_number(np.int64(98)) == "98"
    assert plain_number(True) == "1"
    assert plain_number(12.25) == "12.25"


def test_it_writes_every_kind_of_cell_as_the_splice_always_did():
    values = [Decimal("1.50"), None, "", "a<b&c", " 前后有空格", 3, True, 2.5, np.str_(""), np.int64(7)]
    cells = exports._column_cells("C", values, ' s="1"', ' s="2"', ' s="3"')
    assert cells == [
        '<c r="C2" s="1" t="n"><v>1.50</v></c>',
        "",
        "",
        '<c r="C5" s="3" t="inlineStr"><is><t>a&lt;b&amp;c</t></is></c>',
        '<c r="C6" s="3" t="inlineStr"><is><t xml:space="preserve"> 前后有空格</t></is></c>',
        '<c r="C7" s="2" t="n"><v>3</v></c>',
        '<c r="C8" s="2" t="n"><v>1</v></c>',
        '<c r="C9" s="1" t="n"><v>2.5</v></c>',
        "",
        '<c r="C11" s="1" t="n"><v>7.0</v></c>',
    ]


def test_it_pauses_the_collector_only_while_the_computation_runs_even_when_it_fails():
    import gc

    import pytest

    from comparisons.speed import without_gc

    seen = []

    @without_gc
    def inner():
        seen.append(("inner", gc.isenabled()))

    @without_gc
    def outer(fail):
        seen.append(("outer", gc.isenabled()))
        inner()
        seen.append(("after inner", gc.isenabled()))
        if fail:
            raise ValueError("坏")

    assert gc.isenabled()
    outer(False)
    assert seen == [("outer", False), ("inner", False), ("after inner", False)] and gc.isenabled()
    with pytest.raises(ValueError):
        outer(True)
    assert gc.isenabled()
    gc.disable()
    try:
        outer(False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_it_names_the_file_without_computing_the_texts_of_every_row():
    result = analysis.compare(analysis.widen(three_offices()))
    assert "frame" in result.pending
    stem = exports.file_stem(result)
    assert "frame" in result.pending  # region and year are final in the bare frame
    regions = "-".join(dict.fromkeys(result.frame["region"]))
    years = sorted(set(result.frame["year"]))
    span = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
    assert stem == f"三公经费比较_{regions}_{span}"


def test_it_builds_a_frame_from_arrays_as_pandas_would_but_keeps_text_as_objects():
    from comparisons.speed import frame_of

    columns = {"name": np.array(["垫江县", "铜梁区"], dtype=object), "year": np.array([2024, 2025]),
               "value": np.array([Decimal("115.40"), None], dtype=object), "share": np.array([0.5, np.nan]),
               "flag": np.array([True, False])}
    frame = frame_of(columns)
    plain = pd.DataFrame(columns)
    assert list(frame.columns) == list(plain.columns) == list(columns)
    assert frame.index.equals(pd.RangeIndex(2))
    assert [str(t) for t in frame.dtypes] == ["object", "int64", "object", "float64", "bool"]
    assert str(plain["name"].dtype) != "object"  # what pandas 3 infers from a dict (a string dtype)
    for name in columns:
        assert frame[name].tolist()[:1] == plain[name].tolist()[:1]
    assert frame["value"].tolist() == [Decimal("115.40"), None]
    assert len(frame_of({"a": np.array([], dtype=object)})) == 0
    with pytest.raises(ValueError):
        frame_of({"a": np.array([1, 2]), "b": np.array([1])})


def test_it_reads_the_columns_of_short_and_long_frames_as_the_frame_holds_them():
    from comparisons.speed import SMALL_FRAME_ROWS, column_arrays

    for rows in (3, SMALL_FRAME_ROWS + 1):
        frame = pd.DataFrame({"name": np.array([f"单位{i}" for i in range(rows)], dtype=object),
                              "year": np.arange(rows) + 2020, "value": np.array([Decimal(i) for i in range(rows)]),
                              "share": np.linspace(0, 1, rows)})
        read = column_arrays(frame, ["share", "name", "year"])
        assert list(read) == ["share", "name", "year"]
        for name, values in read.items():
            assert values.tolist() == frame[name].tolist()
        assert column_arrays(frame)["value"].tolist() == [Decimal(i) for i in range(rows)]
