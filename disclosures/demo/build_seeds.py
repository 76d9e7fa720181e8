"""Write seeds.json, the demo data, from the hand-checked figures in ../shared/seeds/truth.

Run once from the repository root: `.venv/bin/python -m disclosures.demo.build_seeds`. Only facts travel
(names, years, amounts, changes, member units, headcounts); no sentence of the documents is copied, and the
truth files' English review notes stay behind. Pages come from the parser reading the seed's PDF rendition
(the text files carry no page breaks) when it agrees with the truth value; otherwise a figure has no page.
"""
from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TRUTH = REPO.parent / "shared" / "seeds" / "truth"
PDF = REPO.parent / "shared" / "seeds" / "pdf"
OUTPUT = Path(__file__).with_name("seeds.json")

# 《政府收支分类科目》 function-category (类) codes: public standard, not taken from the documents.
FUNCTION_CODES = {
    "一般公共服务支出": "201", "外交支出": "202", "国防支出": "203", "公共安全支出": "204", "教育支出": "205",
    "科学技术支出": "206", "文化旅游体育与传媒支出": "207", "社会保障和就业支出": "208", "卫生健康支出": "210",
    "节能环保支出": "211", "城乡社区支出": "212", "农林水支出": "213", "交通运输支出": "214",
    "住房保障支出": "221", "灾害防治及应急管理支出": "224",
}
NOT_APPLICABLE_NOTE = "事业单位，不在机关运行经费统计范围"


def build() -> list[dict]:
    entries = []
    for path in sorted(TRUTH.glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
        pages = _parser_pages(PDF / f"{path.stem}.pdf")
        entries.append(
            {
                "seed": path.stem,
                "unit": truth["unit"], "region": truth["region"], "province": truth["province"],
                "year": truth["year"], "kind": truth["kind"], "scope": truth["scope"],
                "parent": truth.get("parent"), "member_units": truth.get("member_units", []),
                "figures": {key: _figure(key, fig, pages) for key, fig in truth["figures"].items()},
                "expenditure_by_function": [
                    {"code": FUNCTION_CODES.get(name), "name": name, "value": _text(value)}
                    for name, value in truth.get("expenditure_by_function", {}).items()
                ],
                "unit_headcount": [_headcount(h) for h in truth.get("unit_headcount", [])],
            }
        )
    return entries


def _figure(key: str, fig: dict, pages: dict[str, tuple[Decimal | None, int | None]]) -> dict:
    value = fig.get("value")
    data: dict = {"value": _text(value), "change": _text(fig.get("change"))}
    if value is None:
        data.update(not_applicable=True, note=NOT_APPLICABLE_NOTE)
    parsed_value, page = pages.get(key, (None, None))
    if page and value is not None and parsed_value == Decimal(str(value)):
        data["page"] = page
    return data


def _headcount(head: dict) -> dict:
    authorized = head.get("authorized")
    numeric = isinstance(authorized, int)
    return {
        "unit": head["unit"], "authorized": authorized if numeric else None,
        "authorized_text": None if numeric else authorized,
        "actual": head.get("actual"), "contracted": head.get("contracted"),
    }


def _parser_pages(text_path: Path) -> dict[str, tuple[Decimal | None, int | None]]:
    try:
        sys.path.insert(0, str(REPO))
        from disclosures.parsing import ParseError, parse_disclosure

        result = parse_disclosure(text_path)
    except (ImportError, ParseError, OSError):
        return {}
    return {key: (fig.value, fig.page) for key, fig in result.figures.items()}


def _text(value) -> str | None:
    return None if value is None else format(Decimal(str(value)), "f")


if __name__ == "__main__":
    if not TRUTH.is_dir():
        sys.exit(f"找不到 {TRUTH}")
    OUTPUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"已写入 {OUTPUT}")
