"""Issue 7's acceptance case: the demo data plus the real seed disclosures, through /api/compare/."""
import io
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command

from disclosures.models import Department

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the repository"),
]


@pytest.fixture
def dianjiang():
    call_command("load_demo", stdout=io.StringIO())
    call_command("import_disclosures", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())
    return Department.objects.get(name="垫江县人民政府办公室")


def test_it_lists_every_year_the_documents_speak_for(client, dianjiang):
    data = client.get(f"/api/compare/?metric=sangong_total&subjects=d{dianjiang.pk}").json()
    years = {row["year"]: row for row in data["history"]}
    assert sorted(years) == ["2023", "2024", "2025", "2026"]
    assert Decimal(years["2024"]["sangong_total"]) == Decimal("115.40")
    assert years["2024"]["derived"] is False and years["2024"]["sources"]["sangong_total"]["origin"] == "stated"
    assert Decimal(years["2025"]["sangong_total"]) == Decimal("59.30")
    assert years["2025"]["derived"] is True
    source = years["2025"]["sources"]["sangong_total"]
    assert source["origin"] == "prior_year" and source["basis"] == "据2026年预算说明所列上年数"
    assert source["disclosure_id"] == years["2026"]["disclosure_id"] and source["page"] is not None
    assert Decimal(years["2026"]["sangong_total"]) == Decimal("43.80")
    assert Decimal(years["2025"]["operating_costs"]) == Decimal("198.11")  # 278.71 − 80.60
    operating = years["2025"]["sources"]["operating_costs"]
    assert operating["origin"] == "from_change" and operating["basis"] == "据2026年预算说明所列本年数和增减额推算"
    assert years["2026"]["sangong_total_change"] == "-15.5"


def test_its_trend_chart_draws_the_derived_year_as_a_marked_point(client, dianjiang):
    import json

    page = client.get(f"/compare/?metric=sangong_total&subjects=d{dianjiang.pk}").content.decode()
    spec = json.loads(page.split('<script type="application/json" id="chart-trend-spec">')[1].split("</script>")[0])
    trace = spec["data"][0]
    assert trace["x"] == [2023, 2024, 2025, 2026] and trace["connectgaps"] is False
    assert trace["y"][1:] == [115.4, 59.3, 43.8]
    assert trace["marker"]["symbol"] == ["circle-open", "circle", "circle-open", "circle"]
    assert trace["customdata"][2] == "推算：据2026年预算说明所列上年数"
    assert "空心点为由下一年文件推得的数字" in spec["layout"]["title"]["text"]
