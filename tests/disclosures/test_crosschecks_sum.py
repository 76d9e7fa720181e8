"""XD-SUM on stored documents: it waits for every member's own document, then adds them (checks/across.py)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.models import Disclosure
from disclosures.parsing import Figure
from disclosures.services import disclosure_save_parsed

from .helpers import department_result, unit_result

pytestmark = pytest.mark.django_db
D = Decimal


def _sums(disclosure_id: int) -> list[tuple[str, str]]:
    return [(c["outcome"], c["severity"]) for c in Disclosure.objects.get(pk=disclosure_id).checks if c["rule"] == "XD-SUM"]


def _own(unit: str, value: str):
    return unit_result(unit=unit, figures={"sangong_total": Figure("sangong_total", D(value), page=3, display_scale=1)})


def test_it_adds_the_members_documents_once_the_last_one_arrives():
    department = disclosure_save_parsed(parsed=department_result())
    disclosure_save_parsed(parsed=_own("示例县农业技术推广站", "1.2"))
    assert _sums(department.disclosure_id) == []  # the 本级 document is not stored yet
    disclosure_save_parsed(parsed=_own("示例县农业农村委员会", "11.3"))
    assert _sums(department.disclosure_id) == [("pass", "warning")]


def test_it_warns_when_the_members_do_not_add_up_to_the_department():
    department = disclosure_save_parsed(parsed=department_result())
    disclosure_save_parsed(parsed=_own("示例县农业技术推广站", "1.2"))
    disclosure_save_parsed(parsed=_own("示例县农业农村委员会", "10.3"))
    assert _sums(department.disclosure_id) == [("fail", "warning")]
