"""Bad query input answers 400 with Chinese messages, never a 5xx, never an internal key; links keep only known
parameters."""
import pytest
from django.urls import reverse

from comparisons.forms import link_query, query_errors
from tests import factories

pytestmark = pytest.mark.django_db

LONG = "长" * 5000
HOSTILE = [
    "region=99999999999999999999", "department_type=99999999999999999999", "region=-1", "region=0",
    "region=1e9", "region=abc", "region=1&region=2&region=99999", "department_type=%00", "subjects=u13",
    "subjects=d99999999999", "subjects=x1", "subjects=d1'--", "subjects=" + LONG, "years=1900",
    "years=99999999999999999999", "years=2024.5", "years=二〇二四", "kind=决算决算", "kind=a&kind=b",
    "metric=__class__", "metric=sangong_total&metric=reception", "metric=" + LONG, "base=全部", "base=编制&base=实有",
    "sort=" + LONG, "sort=;DROP TABLE", "page=-1", "page=99999999999999999999", "history_page=abc",
    "format=xml", "format=json&format=json", "subjects=d1&" + "&".join(f"subjects=d{i}" for i in range(6000)),
    "region=1%20OR%201=1", "years=2024&years=" + "9" * 300, "kind=%E9%A2%84", "subjects=%F0%9F%92%A5",
]


@pytest.fixture(autouse=True)
def offices():
    return factories.make_three_offices()


@pytest.mark.parametrize("query", HOSTILE)
@pytest.mark.parametrize("path", ["/compare/", "/api/compare/", "/compare/export.xlsx", "/compare/export.csv"])
def test_it_answers_hostile_queries_without_a_server_error(client, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        text = response.content.decode()
        assert "Traceback" not in text and "不在可用的选项中" not in text
        if path != "/compare/":
            errors = response.json()["errors"]
            assert errors and all(any("\u4e00" <= ch <= "\u9fff" for ch in e) for e in errors)
            assert not any("u13" in e or "99999" in e for e in errors)


@pytest.mark.parametrize("query, message", [
    ("region=99999999999999999999", "所选地区不存在，请重新选择"),
    ("subjects=u13", "所选比较对象不存在或已删除，请重新选择"),
    ("kind=预算&kind=决算", "参数“类型”只能给一个值"),
    ("metric=" + LONG, "参数“指标”的值过长"),
    ("years=1900", "所选年度没有数据，请重新选择"),
    ("region=424242", "所选地区不存在，请重新选择"),
])
def test_it_says_what_is_wrong_in_one_chinese_line(client, query, message):
    response = client.get(f"/api/compare/?{query}")
    assert response.status_code == 400
    assert message in response.json()["errors"]
    page = client.get(f"/compare/?{query}")
    assert page.status_code == 400 and message in page.content.decode()


def test_links_carry_only_the_parameters_the_page_knows(client, offices):
    key = f"d{offices['垫江县'].department_id}"
    response = client.get(f"{reverse('comparisons:compare')}?subjects={key}&q={LONG}&utm=x")
    assert response.status_code == 200
    page = response.content.decode()
    assert "utm=" not in page and "长长长" not in page
    assert f"export.xlsx?subjects={key}" in page


def test_query_errors_and_link_query_work_on_the_raw_query_string():
    from django.http import QueryDict

    assert query_errors(QueryDict("subjects=d1&subjects=u2&years=2024&kind=预算")) == []
    assert query_errors(QueryDict("page=1&page=2")) == ["参数“页码”只能给一个值"]
    assert link_query(QueryDict("subjects=d1&junk=1&kind=预算&kind=决算")).urlencode() == \
        "subjects=d1&kind=%E9%A2%84%E7%AE%97"
