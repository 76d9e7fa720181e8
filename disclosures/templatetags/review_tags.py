"""The audit trail of a disclosure (corrections, identity completions), for the disclosure page."""
from __future__ import annotations

from django import template

from ..review import disclosure_history

register = template.Library()


@register.inclusion_tag("review/history.html")
def audit_trail(disclosure_id) -> dict:
    return {"history": disclosure_history(int(disclosure_id)) if disclosure_id else []}
