"""The compare page computes the per-row texts (peer signal, notes) only for the rows it shows: those rows are
the same as in the complete frame, whichever page and sort (no database: a request factory drives the tables)."""
from __future__ import annotations

import pytest
from django.test import RequestFactory
from django_tables2 import RequestConfig

from comparisons import analysis, tables
from tests.comparisons.frames import many_offices

SORT = "-operating_per_authorized"


@pytest.fixture(scope="module")
def wide():
    return analysis.widen(many_offices(1000))


def _table(frame, query, *, texts=None, **kwargs):
    request = RequestFactory().get("/compare/", query)
    table = tables.ComparisonTable.from_frame(frame, sort=query.get("sort"), texts=texts, **kwargs)
    RequestConfig(request, paginate={"per_page": tables.PER_PAGE}).configure(table)
    return table


def _records(table):
    return [row.record for row in table.paginated_rows]


@pytest.mark.parametrize("options", [{}, {"years": [2023, 2024]}, {"latest_per_subject": True}])
def test_page_seven_of_a_sorted_comparison_equals_the_rows_of_the_complete_frame(wide, options):
    fast_result = analysis.compare(wide, **options)
    bare, texts = fast_result.bare("frame")
    assert texts is not None and set(bare["notes"]) == {None}  # nothing computed yet
    fast = _table(bare, {"sort": SORT, "page": "7"}, texts=texts)
    slow = _table(analysis.compare(wide, **options).frame, {"sort": SORT, "page": "7"})
    assert fast.page.number == slow.page.number == 7
    assert _records(fast) == _records(slow)
    assert fast.body_html() == slow.body_html()
    shown = _records(fast)
    assert len(shown) == 50 and all(row["notes"] for row in shown)
    # the page itself holds the varied texts, so the comparison above can fail
    assert any(row["peer_signal"] for row in shown) or any(row["peer_signal"] for row in _records(
        _table(bare, {"sort": "-sangong_total"}, texts=texts)))
    assert len({row["notes"] for row in shown}) > 1


@pytest.mark.parametrize("options", [{}, {"years": [2023, 2024]}])
def test_the_texts_of_any_rows_equal_the_complete_frame_columns(wide, options):
    result = analysis.compare(wide, **options)
    complete = analysis.compare(wide, **options)
    for name in ("frame", "history"):
        bare, texts = result.bare(name)
        full = getattr(complete, name)
        rows = [len(bare) - 1, 0, 7, 7, len(bare) // 2]
        found = texts.rows(rows)
        assert list(found["notes"]) == [full["notes"].iat[i] for i in rows]
        assert list(found["peer_signal"]) == [full["peer_signal"].iat[i] for i in rows]
        every = texts.rows(range(len(bare)))
        assert list(every["notes"]) == full["notes"].tolist()
        assert list(every["peer_signal"]) == full["peer_signal"].tolist()
        assert sum(1 for text in every["peer_signal"] if text) >= 5
        assert any("不适用（不是0）" in text for text in every["notes"])
        assert any(text.startswith("单位口径") for text in every["notes"])
        # every other column is final already
        others = [c for c in full.columns if c not in analysis.DECORATED]
        assert bare[others].equals(full[others])


def test_the_history_section_pages_the_same_rows_either_way(wide):
    result = analysis.compare(wide)
    bare, texts = result.bare("history")
    query = {"history_page": "9"}
    fast = _table(bare, query, texts=texts, prefix="history_", orderable=False)
    slow = _table(analysis.compare(wide).history, query, prefix="history_", orderable=False)
    assert fast.page.number == 9
    assert fast.body_html() == slow.body_html()


def test_the_frames_are_complete_once_read_and_the_pending_texts_are_dropped(wide):
    result = analysis.compare(wide)
    assert set(result.pending) == {"frame", "history"}
    frame = result.frame
    bare, texts = result.bare("frame")
    assert bare is frame and texts is None and set(result.pending) == {"history"}
    assert frame["notes"].map(bool).all()
    assert result.frame is frame  # computed once
