"""The review page completes whose document it is: the region (an existing one, or a new one with its province)
and the unit (an existing one of that region, or a new one), with a reason kept in the audit trail; the document
leaves 待核实 when nothing is missing and its checks are computed again."""
from __future__ import annotations

import pytest

from disclosures import review, services
from disclosures.models import Department, Disclosure, Region, Unit

from .helpers import department_result, unit_result
from .upload_helpers import editor

pytestmark = pytest.mark.django_db

NAME = "示例县农业农村委员会"


def _unplaced(**overrides) -> Disclosure:
    """A 部门 document whose title names neither the unit nor the region: kept under stand-ins, 待核实."""
    data = dict(unit=None, region=None, province=None, missing=["unit", "region", "province"])
    data.update(overrides)
    outcome = services.disclosure_import_file(data=repr(data).encode(), filename="说明.txt",
                                              parsed=[department_result(**data)])
    return Disclosure.objects.get(pk=outcome.disclosure_id)


def _rules(disclosure: Disclosure) -> set[str]:
    disclosure.refresh_from_db()
    return {check["rule"] for check in disclosure.checks}


def test_an_editor_names_a_new_region_and_unit_and_the_document_leaves_the_queue(client, media):
    disclosure = _unplaced()
    assert (disclosure.department.region.name, disclosure.identified, disclosure.status) == (
        services.UNKNOWN_REGION, False, Disclosure.Status.INCOMPLETE)
    stand_in = disclosure.department
    client.force_login(editor("审核员"))

    page = client.post(f"/review/{disclosure.pk}/", {
        "form": "subject", "new_region": "示例县", "province": "重庆市", "name": NAME,
        "reason": "网页栏目所属单位"}, follow=True).content.decode()

    disclosure.refresh_from_db()
    assert (disclosure.department.name, disclosure.department.region.name, disclosure.department.region.province) \
        == (NAME, "示例县", "重庆市")
    assert (disclosure.title_name, disclosure.missing, disclosure.identified, disclosure.status) == (
        NAME, [], True, Disclosure.Status.OK)
    assert "新建地区“重庆市示例县”；新建部门“示例县农业农村委员会”" in page
    assert not Department.objects.filter(pk=stand_in.pk).exists()
    assert not Region.objects.filter(name=services.UNKNOWN_REGION).exists()
    assert disclosure not in list(review.review_queue())
    [row] = [row for row in review.disclosure_history(disclosure) if row["what"] == "身份信息"]
    assert (row["who"], row["why"]) == ("审核员", "网页栏目所属单位")
    assert row["old"].startswith(f"{services.UNKNOWN_UNIT}（") and "（暂存，已删除） 2024年 部门预算" in row["old"]
    assert row["new"] == f"{NAME}（重庆市示例县） 2024年 部门预算"
    assert "网页栏目所属单位" in client.get(f"/disclosures/{disclosure.pk}/").content.decode()


def test_picking_an_existing_region_and_department_joins_them_and_reruns_the_checks(client, media):
    services.disclosure_import_file(data=b"last year", filename="2023.txt", parsed=[department_result(year=2023)])
    existing = Department.objects.get(name=NAME)
    disclosure = _unplaced()
    assert "YY-GAP" in _rules(disclosure)  # no last year's document found while whose it is is unknown
    departments = Department.objects.count()
    client.force_login(editor())

    client.post(f"/review/{disclosure.pk}/", {"form": "subject", "region": existing.region_id, "name": NAME,
                                              "reason": "与上年文件同一部门"})

    disclosure.refresh_from_db()
    assert disclosure.department_id == existing.pk
    assert Department.objects.count() == departments - 1  # the stand-in is gone, with its units
    assert sorted(Unit.objects.values_list("department__name", "name")) == [
        (NAME, NAME), (NAME, "示例县农业技术推广站")]
    assert "YY-GAP" not in _rules(disclosure)  # checked against 2023 now
    assert disclosure.identified and disclosure.missing == []


def test_a_unit_is_placed_under_the_department_named_as_its_parent(client, media):
    services.disclosure_import_file(data=b"department", filename="d.txt", parsed=[department_result()])
    region = Region.objects.get(name="示例县")
    outcome = services.disclosure_import_file(
        data=b"unit", filename="u.txt",
        parsed=[unit_result(unit=None, missing=["unit"], year=2023)])
    disclosure = Disclosure.objects.get(pk=outcome.disclosure_id)
    client.force_login(editor())

    client.post(f"/review/{disclosure.pk}/", {"form": "subject", "region": region.pk, "name": "示例县畜牧站",
                                              "parent": NAME, "reason": "单位预算封面"})

    disclosure.refresh_from_db()
    assert (disclosure.unit.name, disclosure.unit.department.name, disclosure.department.name) == (
        "示例县畜牧站", NAME, NAME)
    assert disclosure.missing == [] and disclosure.status == Disclosure.Status.OK


@pytest.mark.parametrize("posted, message", [
    ({"new_region": "示例县"}, "新建地区须填写所属省（直辖市）"),
    ({}, "请选择或填写地区，或填写单位名称"),
    ({"name": NAME, "reason": ""}, "这个字段是必填项。"),
])
def test_an_incomplete_request_changes_nothing_and_says_why(client, media, posted, message):
    disclosure = _unplaced()
    before = (disclosure.department_id, disclosure.missing)
    client.force_login(editor())
    page = client.post(f"/review/{disclosure.pk}/", {"form": "subject", "reason": "理由", **posted},
                       follow=True).content.decode()
    assert message in page
    disclosure.refresh_from_db()
    assert (disclosure.department_id, disclosure.missing) == before


def test_placing_a_document_where_the_same_year_and_kind_exist_is_refused(client, media):
    services.disclosure_import_file(data=b"kept", filename="k.txt", parsed=[department_result()])
    existing = Department.objects.get(name=NAME)
    disclosure = _unplaced()
    client.force_login(editor())
    page = client.post(f"/review/{disclosure.pk}/", {"form": "subject", "region": existing.region_id, "name": NAME,
                                                     "reason": "核对"}, follow=True).content.decode()
    assert "该单位已有同一年度、同一类型的公开文件，请核对" in page
    disclosure.refresh_from_db()
    assert disclosure.department.region.name == services.UNKNOWN_REGION


def test_the_review_page_offers_the_regions_and_known_names(client, media):
    services.disclosure_import_file(data=b"known", filename="k.txt", parsed=[department_result(year=2023)])
    disclosure = _unplaced()
    client.force_login(editor())
    page = client.get(f"/review/{disclosure.pk}/").content.decode()
    assert 'name="new_region"' in page and 'name="province"' in page
    assert f'<option value="{Region.objects.get(name="示例县").pk}">重庆市示例县</option>' in page
    names = page.split('<datalist id="known-names">')[1].split("</datalist>")[0]
    assert f'<option value="{NAME}">' in names and services.UNKNOWN_UNIT not in names


def test_an_existing_unit_named_without_its_parent_stays_under_its_department(client, media):
    services.disclosure_import_file(data=b"department", filename="d.txt", parsed=[department_result()])
    listed = Unit.objects.get(name="示例县农业技术推广站")
    outcome = services.disclosure_import_file(data=b"unit", filename="u.txt",
                                              parsed=[unit_result(unit=None, missing=["unit"])])
    disclosure = Disclosure.objects.get(pk=outcome.disclosure_id)
    client.force_login(editor())

    page = client.post(f"/review/{disclosure.pk}/", {"form": "subject", "name": "示例县农业技术推广站",
                                                     "reason": "封面所列单位"}, follow=True).content.decode()

    disclosure.refresh_from_db()
    assert (disclosure.unit_id, disclosure.department.name) == (listed.pk, NAME)
    assert "归入已有单位“示例县农业技术推广站”（示例县农业农村委员会）" in page


def test_the_review_pages_name_what_is_missing_in_chinese(client, media):
    disclosure = _unplaced()
    client.force_login(editor())
    assert "待补全：单位、地区、省份" in client.get(f"/review/{disclosure.pk}/").content.decode()
    row = client.get("/review/").content.decode().split(disclosure.title_name)[1].split("</tr>")[0]
    assert "单位、地区、省份" in row and "unit" not in row
