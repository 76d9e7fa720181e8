"""check_disclosures recomputes stored checks; a corrected figure is checked again at once."""
from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.forms.models import model_to_dict
from django.urls import reverse

from disclosures.models import Disclosure, Figure

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", stdout=StringIO())


def _rule(disclosure: Disclosure, rule: str) -> list[dict]:
    disclosure.refresh_from_db()
    return [c for c in disclosure.checks if c["rule"] == rule]


def test_it_rechecks_every_stored_disclosure_and_prints_a_summary(demo):
    out = StringIO()
    call_command("check_disclosures", "--all", stdout=out)
    text = out.getvalue()
    assert "共5份" in text
    tongliang = Disclosure.objects.get(title_name="重庆市铜梁区人民政府办公室")
    assert [c["outcome"] for c in _rule(tongliang, "SG-SUM")] == ["pass"]
    changes = _rule(tongliang, "IE-CHG-BAL")
    assert [(c["outcome"], c["severity"]) for c in changes] == [("fail", "error")]
    assert {f["value"] for f in changes[0]["figures"]} == {"-253.82", "-611.29"}


def test_it_asks_for_ids_or_all():
    with pytest.raises(CommandError):
        call_command("check_disclosures", stdout=StringIO())


def test_a_corrected_figure_is_checked_again_at_once(admin_client, demo):
    figure = Figure.objects.get(disclosure__title_name="重庆市铜梁区人民政府办公室", metric="reception")
    data = {k: ("" if v is None else v) for k, v in model_to_dict(figure).items() if k not in {"id", "corrected"}}
    data["value"] = "11.50"
    response = admin_client.post(reverse("admin:disclosures_figure_change", args=[figure.pk]), data)
    assert response.status_code == 302
    checks = _rule(figure.disclosure, "SG-SUM")
    assert [(c["outcome"], c["severity"]) for c in checks] == [("fail", "error")]
    assert "11.5" in checks[0]["message"]


def test_the_disclosure_page_lists_errors_first_with_their_page(client, demo):
    call_command("check_disclosures", "--all", stdout=StringIO())
    tongliang = Disclosure.objects.get(title_name="重庆市铜梁区人民政府办公室")
    html = client.get(reverse("disclosures:disclosure", args=[tongliang.pk])).content.decode()
    table = html[html.index('id="checks"'):]
    first_row = table[table.index("<tr data-state="):table.index("</tr>", table.index("<tr data-state="))]
    assert 'data-state="error"' in first_row and "IE-CHG-BAL" in first_row and "错误" in first_row
    assert table.index('data-state="error"') < table.index('data-state="pass"')
