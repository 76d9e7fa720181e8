"""Chart builders: DataFrame → plotly figure (no Django). Chinese labels; hover shows exact 万元 to two decimals.

The compare page's charts are built as plain plotly JSON dicts (`*_spec`) and rendered by `comparison_charts` as
HTML chart boxes carrying that JSON, without plotly.js (base.html loads it once from static/vendor/plotly.min.js and
static/js/app.js draws the boxes). Building `go.Figure` objects validates every property and cost more than the
rest of the page for 1,000 units; the `plot_*` functions wrap the same specs in `go.Figure` for callers that want
the object. Bar charts show at most `MAX_BARS` units (the largest by the chosen metric) and say so.
"""
from __future__ import annotations

import html
import json
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from disclosures.parsing.metrics import METRICS, SANGONG_PARTS

FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"
MAX_BARS = 30  # more subjects than this would be unreadable; the table and downloads hold them all
MAX_LINES = 20
PER_STAFF_SERIES = [
    ("sangong_per_actual", "人均“三公”经费（按实有人数）"),
    ("sangong_per_authorized", "人均“三公”经费（按编制数）"),
    ("operating_per_actual", "人均机关运行经费（按实有人数）"),
    ("operating_per_authorized", "人均机关运行经费（按编制数）"),
]


def _layout(title: str, *, y_title: str, note: str = "", **extra: Any) -> dict[str, Any]:
    text = f"{title}<br><sup>{html.escape(note)}</sup>" if note else title
    return dict(
        title={"text": text, "x": 0, "xanchor": "left"}, font={"family": FONT, "size": 13},
        yaxis={"title": {"text": y_title}, "tickformat": ",.2f", "separatethousands": True, "gridcolor": "#e5e7eb"},
        legend={"orientation": "h", "y": -0.25}, margin={"l": 60, "r": 20, "t": 60 if note else 50, "b": 40},
        hoverlabel={"font": {"family": FONT}}, plot_bgcolor="white", paper_bgcolor="white",
        # no named template: copying and validating "plotly_white" cost more than the whole table
        **extra,
    )


def _numbers(series: pd.Series) -> list[float | None]:
    return [None if v is None or pd.isna(v) else float(v) for v in series]


def _labels(frame: pd.DataFrame) -> list[str]:
    """Three short lines under each bar (地区 / 部门 / 年度类型): long slanted names crowd the plot on a phone."""
    regions = frame["region"] if "region" in frame.columns else [""] * len(frame)
    return [f"{region}<br>{_short_name(name, region)}<br>{year}年{kind}" if region else f"{name}<br>{year}年{kind}"
            for region, name, year, kind in zip(regions, frame["subject_name"], frame["year"], frame["kind"])]


_BAR_XAXIS = {"tickangle": 0, "automargin": True, "tickfont": {"size": 11}}


def _top(frame: pd.DataFrame, metric: str = "sangong_total") -> tuple[pd.DataFrame, str]:
    """At most MAX_BARS rows, the largest by `metric` (“三公”经费 when the frame has no such column), and a note."""
    if len(frame) <= MAX_BARS:
        return frame, ""
    key = metric if metric in frame.columns else "sangong_total"
    size = pd.Series(_numbers(frame[key]), index=frame.index, dtype=float)
    keep = size.sort_values(ascending=False, na_position="last", kind="stable").index[:MAX_BARS]
    label = METRICS[key].label if key in METRICS else key
    return frame.loc[keep], f"显示{label}前{MAX_BARS}个单位，完整数据见表格和下载"


def sangong_composition_spec(frame: pd.DataFrame, *, metric: str = "sangong_total") -> dict[str, Any]:
    """Stacked bars per subject-year: the four parts of “三公”经费, 万元."""
    frame, note = _top(frame, metric)
    labels = _labels(frame)
    data = []
    for part in SANGONG_PARTS:
        label = METRICS[part].label
        data.append({"type": "bar", "name": label, "x": labels, "y": _numbers(frame[part]),
                     "hovertemplate": f"%{{x}}<br>{label}：%{{y:,.2f}} 万元<extra></extra>"})
    return {"data": data, "layout": _layout("“三公”经费构成", y_title="万元", note=note, barmode="stack",
                                            xaxis=_BAR_XAXIS)}


def metric_over_years_spec(data: pd.DataFrame, metric: str) -> dict[str, Any]:
    """One line per subject (and kind) across years for `metric`; takes the long frame, the wide frame
    (`value:<metric>` columns) or a comparison frame."""
    if "metric" in data.columns:
        data = data[data["metric"] == metric][["subject_name", "kind", "year", "value"]]
    elif f"value:{metric}" in data.columns:
        data = data[["subject_name", "kind", "year", f"value:{metric}"]].rename(columns={f"value:{metric}": "value"})
    else:
        data = data[["subject_name", "kind", "year", metric]].rename(columns={metric: "value"})
    data = data.assign(value=_numbers(data["value"]))
    unit = METRICS[metric].unit
    number_format = ",.2f" if unit == "万元" else ",.0f"
    mixed_kinds = data["kind"].nunique() > 1
    note = ""
    largest = data.groupby(["subject_name", "kind"])["value"].max()
    if len(largest) > MAX_LINES:
        keep = largest.sort_values(ascending=False, kind="stable").head(MAX_LINES).index
        data = data[pd.MultiIndex.from_frame(data[["subject_name", "kind"]]).isin(keep)]
        note = f"显示{METRICS[metric].label}最大的{MAX_LINES}个单位，完整数据见表格和下载"
    groups = list(data.groupby(["subject_name", "kind"], sort=True))
    traces = []
    for (name, kind), rows in groups:
        rows = rows.sort_values("year")
        trace_name = f"{name}（{kind}）" if mixed_kinds else name
        traces.append({
            "type": "scatter", "name": trace_name, "x": [int(y) for y in rows["year"]],
            "y": [None if v != v else v for v in rows["value"]], "mode": "lines+markers",
            "hovertemplate": f"{trace_name}<br>%{{x}}年：%{{y:{number_format}}} {unit}<extra></extra>",
        })
    layout = _layout(f"{METRICS[metric].label}（{unit}）历年变化", y_title=unit, note=note)
    layout["xaxis"] = {"title": {"text": "年度"}, "dtick": 1, "tickformat": "d"}
    if unit != "万元":
        layout["yaxis"]["tickformat"] = ",d"
    return {"data": traces, "layout": layout}


def per_staff_spec(frame: pd.DataFrame, *, metric: str = "sangong_total") -> dict[str, Any]:
    """Grouped bars: “三公” and 机关运行经费 per staff member, on 实有人数 and on 编制数 (labelled), 万元/人."""
    frame, note = _top(frame, metric)
    labels = _labels(frame)
    data = [{"type": "bar", "name": label, "x": labels, "y": _numbers(frame[column]),
             "hovertemplate": f"%{{x}}<br>{label}：%{{y:,.2f}} 万元/人<extra></extra>"}
            for column, label in PER_STAFF_SERIES]
    return {"data": data, "layout": _layout("人均经费比较", y_title="万元/人", note=note, barmode="group",
                                            xaxis=_BAR_XAXIS)}


def plot_sangong_composition(frame: pd.DataFrame) -> go.Figure:
    return go.Figure(sangong_composition_spec(frame))


def plot_metric_over_years(long_or_frame: pd.DataFrame, metric: str) -> go.Figure:
    return go.Figure(metric_over_years_spec(long_or_frame, metric))


def plot_per_staff(frame: pd.DataFrame) -> go.Figure:
    return go.Figure(per_staff_spec(frame))


def to_div(figure: go.Figure | dict[str, Any], *, div_id: str, title: str = "") -> str:
    """A chart box plus its figure JSON; static/js/app.js draws it once plotly.js (loaded by base.html) is there.

    The same markup as templates/partials/chart.html. No inline JavaScript and no plotly.js in the page body
    (the equivalent of ``to_html(include_plotlyjs=False)`` without its inline script, which would run before
    base.html loads plotly.js at the end of the body).
    """
    if isinstance(figure, dict):
        spec = json.dumps(figure, ensure_ascii=False, separators=(",", ":"))
    else:
        spec = pio.to_json(figure, validate=False, engine="json")
    for raw, escaped in (("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026")):
        spec = spec.replace(raw, escaped)
    label = html.escape(title or div_id)
    return (
        f'<div class="chart-box" id="{div_id}" data-plotly-spec="{div_id}-spec" role="img" aria-label="{label}">'
        f'</div><script type="application/json" id="{div_id}-spec">{spec}</script>'
    )


def comparison_charts(frame: pd.DataFrame, *, metric: str = "sangong_total",
                      history: pd.DataFrame | None = None) -> dict[str, str]:
    """HTML divs for the compare page. `history` (long or wide frame over all years) feeds the line chart."""
    if frame.empty:
        return {}
    return {
        "composition": to_div(sangong_composition_spec(frame, metric=metric), div_id="chart-composition",
                              title="“三公”经费构成"),
        "trend": to_div(metric_over_years_spec(history if history is not None else frame, metric),
                        div_id="chart-trend", title=f"{METRICS[metric].label}历年变化"),
        "per_staff": to_div(per_staff_spec(frame, metric=metric), div_id="chart-per-staff", title="人均经费比较"),
    }


# --- browse-page charts (home, department and unit pages) ------------------------------------------------------

BROWSE_FONT = ('"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", '
               "sans-serif")
HEADLINE_LIMIT = 40  # the home chart shows the largest 40 departments; the table beside it lists all


def _browse_layout(**extra: Any) -> dict[str, Any]:
    layout: dict[str, Any] = {
        "font": {"family": BROWSE_FONT, "size": 13},
        "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "xanchor": "left"},
        "plot_bgcolor": "#ffffff",
        "paper_bgcolor": "#ffffff",
        "separators": ".,",
    }
    layout.update(extra)
    return layout


def plot_headline(frame: pd.DataFrame) -> go.Figure | None:
    """Latest 三公 total per department, one colour per region (horizontal bars, largest first).

    `frame` has columns region, department, year, kind, sangong_total (Decimal or None). None when nothing to draw.
    """
    if frame.empty or "sangong_total" not in frame:
        return None
    data = frame[frame["sangong_total"].notna()].copy()
    if data.empty:
        return None
    data["amount"] = data["sangong_total"].map(float)
    data = data.sort_values("amount", ascending=False).head(HEADLINE_LIMIT).iloc[::-1]
    # Two short lines per bar ("大足区<br>人民政府办公室 2023预算") so a phone keeps room for the bars.
    data["label"] = [f"{region}<br>{_short_name(dep, region)} {year}{kind}" for region, dep, year, kind in
                     zip(data["region"], data["department"], data["year"], data["kind"])]
    figure = go.Figure()
    for region, part in data.groupby("region", sort=True):
        figure.add_trace(go.Bar(
            x=part["amount"], y=part["label"], name=str(region), orientation="h",
            text=[f"{v:,.2f}" for v in part["amount"]], textposition="auto",
            hovertemplate="%{y}<br>“三公”经费 %{x:,.2f} 万元<extra>%{fullData.name}</extra>",
        ))
    figure.update_layout(**_browse_layout(
        height=max(240, 80 + 44 * len(data)), barmode="overlay",
        yaxis={"categoryorder": "array", "categoryarray": list(data["label"]), "automargin": True},
        xaxis={"tickformat": ",.0f", "automargin": True, "gridcolor": "#e5e8ec", "rangemode": "tozero"},
    ))
    return figure


def plot_trend_sangong(frame: pd.DataFrame) -> go.Figure | None:
    """三公 parts stacked per year and kind, with the stated total as a label above each bar.

    `frame` is long: columns year, kind, metric, value (Decimal or None), one disclosure per (year, kind).
    """
    if frame.empty:
        return None
    wide = _trend_wide(frame)
    if wide is None or "sangong_total" not in wide and not any(p in wide for p in SANGONG_PART_LABELS):
        return None
    figure = go.Figure()
    for metric, label in SANGONG_PART_LABELS.items():
        if metric in wide and wide[metric].notna().any():
            figure.add_trace(go.Bar(
                x=wide["label"], y=wide[metric], name=label,
                hovertemplate="%{x}<br>" + label + " %{y:,.2f} 万元<extra></extra>",
            ))
    if "sangong_total" in wide and wide["sangong_total"].notna().any():
        figure.add_trace(go.Scatter(
            x=wide["label"], y=wide["sangong_total"], name="“三公”经费合计", mode="markers+text",
            text=[f"{v:,.2f}" if v == v else "" for v in wide["sangong_total"]], textposition="top center",
            marker={"symbol": "line-ew-open", "size": 18, "color": "#1f2933"},
            hovertemplate="%{x}<br>合计 %{y:,.2f} 万元<extra></extra>",
        ))
    if not figure.data:
        return None
    parts = wide[[c for c in SANGONG_PART_LABELS if c in wide]].sum(axis=1)
    total = wide["sangong_total"] if "sangong_total" in wide else parts
    top = float(max(parts.max(), total.max()))
    figure.update_layout(**_browse_layout(
        barmode="stack", height=380,
        xaxis={"type": "category", "automargin": True},
        # headroom for the total printed above the tallest bar
        yaxis={"tickformat": ",.0f", "automargin": True, "gridcolor": "#e5e8ec", "range": [0, top * 1.18 or 1]},
    ))
    return figure


def plot_trend_metric(frame: pd.DataFrame, *, metric: str, label: str) -> go.Figure | None:
    """One amount over the years, one line per kind (预算, 决算)."""
    data = frame[(frame["metric"] == metric) & frame["value"].notna()] if not frame.empty else frame
    if data.empty:
        return None
    data = data.assign(amount=data["value"].map(float)).sort_values("year")
    figure = go.Figure()
    for kind, part in data.groupby("kind", sort=True):
        figure.add_trace(go.Scatter(
            x=[f"{y}年" for y in part["year"]], y=part["amount"], name=f"{label}（{kind}）", mode="lines+markers+text",
            text=[f"{v:,.2f}" for v in part["amount"]], textposition="top center",
            hovertemplate="%{x}" + kind + "<br>" + label + " %{y:,.2f} 万元<extra></extra>",
        ))
    years = sorted({f"{y}年" for y in data["year"]})
    figure.update_layout(**_browse_layout(
        height=340,
        # half a category of padding on each side keeps the end labels inside the plot on a phone
        xaxis={"type": "category", "automargin": True, "categoryorder": "array", "categoryarray": years,
               "range": [-0.5, len(years) - 0.5]},
        yaxis={"tickformat": ",.0f", "automargin": True, "gridcolor": "#e5e8ec",
               "range": [0, float(data["amount"].max()) * 1.18 or 1]},
    ))
    return figure


SANGONG_PART_LABELS = {
    "outbound_travel": "因公出国（境）费",
    "reception": "公务接待费",
    "vehicle_operation": "公务用车运行维护费",
    "vehicle_purchase": "公务用车购置费",
}


def _short_name(name: str, region: str) -> str:
    """垫江县人民政府办公室 → 人民政府办公室 (the region is on the line above)."""
    short = name
    if region and region in short:
        short = short.split(region, 1)[1]
    return short or name


def _trend_wide(frame: pd.DataFrame) -> pd.DataFrame | None:
    data = frame[frame["value"].notna()]
    if data.empty:
        return None
    data = data.assign(amount=data["value"].map(float))
    wide = data.pivot_table(index=["year", "kind"], columns="metric", values="amount", aggfunc="first")
    wide = wide.reset_index().sort_values(["year", "kind"])
    wide["label"] = [f"{year}年{kind}" for year, kind in zip(wide["year"], wide["kind"])]
    return wide
