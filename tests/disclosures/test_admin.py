"""The admin: every model listed in Chinese, and an edit of a figure marks it as corrected."""
from __future__ import annotations

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.forms.models import model_to_dict
from django.urls import reverse

from disclosures.models import Department, Disclosure, Figure

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", stdout=StringIO())


@pytest.mark.parametrize(
    "model", ["region", "departmenttype", "department", "unit", "disclosure", "sourcefile", "figure"]
)
def test_every_changelist_opens(admin_client, demo, model):
    response = admin_client.get(reverse(f"admin:disclosures_{model}_changelist"))
    assert response.status_code == 200


def test_the_disclosure_list_reads_in_chinese(admin_client, demo):
    html = admin_client.get(reverse("admin:disclosures_disclosure_changelist")).content.decode()
    for header in ("标题中的单位名称", "地区", "年度", "类型", "口径", "状态"):
        assert header in html
    assert "重庆市大足区人民政府办公室" in html and "5 个中 0 个被选" in html


def test_the_disclosure_page_shows_its_figures_units_and_lines(admin_client, demo):
    disclosure = Disclosure.objects.get(department__region__name="垫江县", year=2024, scope="部门")
    html = admin_client.get(reverse("admin:disclosures_disclosure_change", args=[disclosure.pk])).content.decode()
    assert "115.4" in html and "一般公共服务支出" in html and "垫江县群众工作服务中心" in html


def test_the_department_page_lists_its_units(admin_client, demo):
    department = Department.objects.get(name="垫江县人民政府办公室")
    html = admin_client.get(reverse("admin:disclosures_department_change", args=[department.pk])).content.decode()
    assert "垫江县人民政府电子政务中心" in html and "部门别名" in html


def test_editing_a_figure_marks_it_corrected(admin_client, demo):
    figure = Figure.objects.get(disclosure__title_name="重庆市铜梁区人民政府办公室", metric="reception")
    data = {k: ("" if v is None else v) for k, v in model_to_dict(figure).items() if k not in {"id", "corrected"}}
    data["value"] = "10.5"
    response = admin_client.post(reverse("admin:disclosures_figure_change", args=[figure.pk]), data)
    assert response.status_code == 302
    figure.refresh_from_db()
    assert (figure.value, figure.corrected) == (Decimal("10.5"), True)


def test_the_figure_list_shows_chinese_metric_labels_and_readable_numbers(admin_client, demo):
    html = admin_client.get(reverse("admin:disclosures_figure_changelist")).content.decode()
    assert "“三公”经费合计" in html and "机关运行经费" in html
    assert "4,683.35" in html  # 垫江县 2024 支出预算合计, not 4683.350000
    assert "000000<" not in html
    filtered = admin_client.get(reverse("admin:disclosures_figure_changelist") + "?metric=sangong_total")
    assert filtered.status_code == 200 and "“三公”经费合计" in filtered.content.decode()


def test_the_figure_form_offers_metrics_by_label_and_trims_storage_zeros(admin_client, demo):
    figure = Figure.objects.get(disclosure__title_name="垫江县人民政府办公室", disclosure__year=2024,
                                disclosure__scope="部门", metric="expenditure_total", period="本年", is_primary=True)
    html = admin_client.get(reverse("admin:disclosures_figure_change", args=[figure.pk])).content.decode()
    assert 'value="4683.35"' in html
    assert "支出预算合计（expenditure_total）" in html or "支出合计（expenditure_total）" in html
