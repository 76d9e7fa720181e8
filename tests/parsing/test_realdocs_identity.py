"""Identity of the real published PDFs in ../shared/realdocs against their hand-checked truth (read at run time;
nothing of theirs is copied here): unit as the cover prints it, region, province, year, kind, scope."""
from __future__ import annotations

import io
import json

import pytest

from disclosures.parsing import NotADisclosure, parse_disclosure, parse_disclosures
from tests.conftest import SHARED

REALDOCS = SHARED / "realdocs"
needs_realdocs = pytest.mark.skipif(
    not (REALDOCS / "truth").is_dir(),
    reason="../shared/realdocs is not beside the repository; real documents are never copied into it",
)
IDENTITY = ("unit", "region", "province", "year", "kind", "scope")
TEMPLATE = "bb5707f5e6"


def truth_names() -> list[str]:
    if not (REALDOCS / "truth").is_dir():
        return []
    return sorted(p.stem for p in (REALDOCS / "truth").glob("*.json") if p.stem != TEMPLATE)


def truth(name: str) -> dict:
    return json.loads((REALDOCS / "truth" / f"{name}.json").read_text(encoding="utf-8"))


@needs_realdocs
@pytest.mark.parametrize("name", truth_names())
def test_it_reads_the_identity_of_a_real_pdf_as_its_truth_gives_it(name):
    # The file name (a hash) says nothing: every field comes from the document itself.
    results = parse_disclosures((REALDOCS / "pdf" / f"{name}.pdf").read_bytes(), filename=f"{name}.pdf")
    expected = truth(name)
    assert len(results) == 1
    result = results[0]
    assert {f: getattr(result, f) for f in IDENTITY} == {f: expected[f] for f in IDENTITY}
    assert result.missing == []
    assert result.clues["unit"].origin in ("cover:主管部门", "cover:单位", "cover")
    assert result.clues["unit"].page == 1


@needs_realdocs
def test_the_blank_template_is_refused_as_a_template():
    with pytest.raises(NotADisclosure, match="模板，不含数字"):
        parse_disclosure((REALDOCS / "pdf" / f"{TEMPLATE}.pdf").read_bytes(), filename="template.pdf")


@needs_realdocs
def test_a_department_pdf_followed_by_its_unit_budget_becomes_two_disclosures():
    import pypdfium2 as pdfium

    # One file holding the 部门 budget and then the member unit's 单位 budget, as some departments publish it.
    merged = pdfium.PdfDocument.new()
    for name in ("8e9231231e", "b884c8efa8"):
        merged.import_pages(pdfium.PdfDocument((REALDOCS / "pdf" / f"{name}.pdf").read_bytes()))
    buffer = io.BytesIO()
    merged.save(buffer)
    results = parse_disclosures(buffer.getvalue(), filename="merged.pdf")
    assert [(r.unit, r.scope, r.year, r.kind) for r in results] == [
        ("上海市普陀区人民政府办公室", "部门", 2025, "预算"), ("上海市普陀区人民政府办公室", "单位", 2025, "预算")]
    assert [r.pages for r in results] == [22, 21]
    single = parse_disclosure(buffer.getvalue(), filename="merged.pdf")
    assert single.scope == "部门" and any("共有2份" in w for w in single.warnings)
