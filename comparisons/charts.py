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
from disclosures.templatetags.budget_format import DASH, format_count, format_percent, format_wan

from .columns import COLUMNS, DERIVED, EXECUTION_METRICS, PER_STAFF, STAFF_BASE_METRIC, metric_colour

FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"
MAX_BARS = 30  # more subjects than this would be unreadable; the table and downloads hold them all
MAX_LINES = 20
CHART_COLUMNS = ["subject_name", "region", "year", "kind", "derived", "sangong_total", *SANGONG_PARTS,
                 *STAFF_BASE_METRIC.values(), *[key for keys in PER_STAFF.values() for key in keys],
                 *[f"{key}_execution" for key in EXECUTION_METRICS]]


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
    return [None if v is None or v is pd.NA or v != v else float(v) for v in series.tolist()]


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
    """Stacked bars per subject-year: the four parts of “三公”经费, 万元, each in its registry colour."""
    frame, note = _top(frame, metric)
    labels = _labels(frame)
    data = []
    for part in SANGONG_PARTS:
        label = METRICS[part].label
        data.append({"type": "bar", "name": label, "x": labels, "y": _numbers(frame[part]),
                     "marker": {"color": metric_colour(part)}, "customdata": _corrected_notes(frame, part),
                     "hovertemplate": f"%{{x}}<br>{label}：%{{y:,.2f}} 万元%{{customdata}}<extra></extra>"})
    return {"data": data, "layout": _layout("“三公”经费构成", y_title="万元", note=_join(note, _years_note(frame)),
                                            barmode="stack", xaxis=_BAR_XAXIS)}


def _corrected_notes(frame: pd.DataFrame, metric: str) -> list[str]:
    """Per row, the hover line of a value a person corrected ("<br>已人工更正：…", comparisons/corrections.py)."""
    marks = frame[f"{metric}_corrected"].tolist() if f"{metric}_corrected" in frame.columns else [None] * len(frame)
    return [f"<br>{html.escape(m['text'])}" if isinstance(m, dict) else "" for m in marks]


def _ratio_corrected_notes(frame: pd.DataFrame, key: str) -> list[str]:
    """Per row, the hover lines of the corrected values a per-staff ratio is computed from (its amount, its count)."""
    numerator, denominator = DERIVED[key][:2]
    return [a + b for a, b in zip(_corrected_notes(frame, numerator), _corrected_notes(frame, denominator))]


def _join(*notes: str) -> str:
    return "；".join(n for n in notes if n)


def _years_note(frame: pd.DataFrame) -> str:
    """Said on the chart when its bars are not all of one year (and one kind)."""
    if frame.empty:
        return ""
    years = sorted({int(y) for y in frame["year"]})
    kinds = sorted(set(frame["kind"]))
    parts = []
    if len(years) > 1:
        parts.append(f"年度不同（{'、'.join(f'{y}年' for y in years)}），见各柱下方")
    if len(kinds) > 1:
        parts.append("预算与决算并列，不宜直接比较")
    if "derived" in frame.columns and (frame["derived"] == "是").any():
        parts.append("含由下一年文件推得的数字")
    return "；".join(parts)


def metric_over_years_spec(data: pd.DataFrame, metric: str) -> dict[str, Any]:
    """One line per subject (and kind) across years for `metric`. Takes a comparison frame with the 历年 rows
    (`Comparison.history`: derived years marked by ``<metric>_origin``), the long frame or the wide frame.

    A year without a figure is a gap (``connectgaps`` off): the line never runs straight across a missing year.
    Points not read from the year's own document (from the next year's 上年数 or its stated change) are drawn
    as open markers, and their hover says where they come from."""
    origin = f"{metric}_origin"
    basis = f"{metric}_basis"
    if "metric" in data.columns:
        data = data[data["metric"] == metric][["subject_name", "kind", "year", "value"]]
    elif f"value:{metric}" in data.columns:
        data = data[["subject_name", "kind", "year", f"value:{metric}"]].rename(columns={f"value:{metric}": "value"})
    else:
        keep = ["subject_name", "kind", "year", metric,
                *[c for c in (origin, basis, f"{metric}_corrected") if c in data.columns]]
        data = data[keep].rename(columns={metric: "value"})
    if origin not in data.columns:
        data = data.assign(**{origin: "stated", basis: ""})
    data = data.assign(value=_numbers(data["value"]))
    spec = METRICS.get(metric)
    unit = spec.unit if spec else "万元"
    label = spec.label if spec else metric
    number_format = ",.2f" if unit == "万元" else ",.0f"
    mixed_kinds = data["kind"].nunique() > 1
    note = ""
    largest = data.groupby(["subject_name", "kind"])["value"].max()
    if len(largest) > MAX_LINES:
        keep_index = largest.sort_values(ascending=False, kind="stable").head(MAX_LINES).index
        drawn = set(keep_index.tolist())
        data = data[[pair in drawn for pair in zip(data["subject_name"].tolist(), data["kind"].tolist())]]
        note = f"显示{label}最大的{MAX_LINES}个单位，完整数据见表格和下载"
    # the hover lines of corrected values, for the rows drawn only
    data = data.assign(corrected_note=_corrected_notes(data, metric))
    years = sorted({int(y) for y in data["year"]}) if len(data) else []
    every_year = list(range(years[0], years[-1] + 1)) if years else []
    traces = []
    derived_any = False
    for number, ((name, kind), rows) in enumerate(data.groupby(["subject_name", "kind"], sort=True)):
        by_year = {int(y): (v, o, b, c) for y, v, o, b, c in zip(rows["year"], rows["value"], rows[origin],
                                                                 rows[basis], rows["corrected_note"])}
        trace_name = f"{name}（{kind}）" if mixed_kinds else name
        ys = [by_year.get(y, (None, "", "", ""))[0] for y in every_year]
        ys = [None if v is None or v != v else v for v in ys]
        derived = [by_year.get(y, (None, "", "", ""))[1] in ("prior_year", "from_change") for y in every_year]
        derived_any |= any(d and v is not None for d, v in zip(derived, ys))
        notes = ["；".join(n for n in (("推算：" + by_year[y][2]) if d else "",
                                      by_year.get(y, (None, "", "", ""))[3].removeprefix("<br>")) if n)
                 for y, d in zip(every_year, derived)]
        colour = SERIES_COLOURS[number % len(SERIES_COLOURS)]
        traces.append({
            "type": "scatter", "name": trace_name, "x": every_year, "y": ys, "mode": "lines+markers",
            "connectgaps": False, "customdata": notes,
            "line": {"color": colour},
            "marker": {"color": colour, "size": 8, "symbol": ["circle-open" if d else "circle" for d in derived]},
            "hovertemplate": f"{trace_name}<br>%{{x}}年：%{{y:{number_format}}} {unit}<br>%{{customdata}}"
                             "<extra></extra>",
        })
    layout = _layout(f"{label}（{unit}）历年变化", y_title=unit,
                     note=_join(note, "空心点为由下一年文件推得的数字；缺年份处断开" if derived_any else
                                ("缺年份处断开" if any(v is None for t in traces for v in t["y"]) else "")))
    layout["xaxis"] = {"title": {"text": "年度"}, "dtick": 1, "tickformat": "d"}
    layout["yaxis"]["rangemode"] = "tozero"
    if unit != "万元":
        layout["yaxis"]["tickformat"] = ",d"
    return {"data": traces, "layout": layout}


# line colours for subjects (not metrics): colour-blind-safe, distinct from one another
SERIES_COLOURS = ["#0b5394", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7c3aed", "#a16207",
                  "#374151", "#0891b2"]


def per_staff_spec(frame: pd.DataFrame, *, metric: str = "sangong_total", base: str | None = None) -> dict[str, Any]:
    """Grouped bars: “三公” and 机关运行经费 per staff member on one base (编制 or 实有; both when `base` is None),
    万元/人. Subjects that do not state the base are left out and named on the chart, not drawn as empty slots."""
    keys = PER_STAFF[base] if base in PER_STAFF else [*PER_STAFF["实有"][:1], *PER_STAFF["编制"][:1],
                                                      *PER_STAFF["实有"][1:], *PER_STAFF["编制"][1:]]
    missing_note = ""
    if base in STAFF_BASE_METRIC and len(frame):
        has_base = pd.notna(frame[STAFF_BASE_METRIC[base]]).to_numpy()
        lacking = list(dict.fromkeys(frame.loc[~has_base, "subject_name"]))
        frame = frame[has_base]
        if lacking:
            missing_note = f"未披露{base}数（未画出）：{'、'.join(lacking)}"
    frame, note = _top(frame, metric)
    labels = _labels(frame)
    data = [{"type": "bar", "name": COLUMNS[key].label, "x": labels, "y": _numbers(frame[key]),
             "marker": {"color": COLUMNS[key].colour}, "customdata": _ratio_corrected_notes(frame, key),
             "hovertemplate": f"%{{x}}<br>{COLUMNS[key].label}：%{{y:,.2f}} 万元/人%{{customdata}}<extra></extra>"}
            for key in keys]
    title = f"人均经费比较（按{base}数）" if base in PER_STAFF else "人均经费比较"
    return {"data": data, "layout": _layout(title, y_title="万元/人", note=_join(note, missing_note),
                                            barmode="group", xaxis=_BAR_XAXIS)}


def execution_spec(frame: pd.DataFrame) -> dict[str, Any] | None:
    """决算 ÷ 预算 (%) per subject-year and metric, on the 决算 rows that have both; None when none has."""
    rows = frame[frame["kind"] == "决算"] if len(frame) else frame
    keys = [key for key in EXECUTION_METRICS if f"{key}_execution" in rows.columns
            and pd.notna(rows[f"{key}_execution"]).any()]
    if not len(rows) or not keys:
        return None
    rows = rows[pd.notna(rows[[f"{k}_execution" for k in keys]]).any(axis=1)]
    labels = _labels(rows)
    data = [{"type": "bar", "name": METRICS[key].label, "x": labels, "y": _numbers(rows[f"{key}_execution"]),
             "marker": {"color": metric_colour(key)}, "customdata": _corrected_notes(rows, key),
             "hovertemplate": f"%{{x}}<br>{METRICS[key].label}执行率：%{{y:,.2f}}%%{{customdata}}<extra></extra>"}
            for key in keys]
    layout = _layout("预算执行率（决算数÷预算数）", y_title="%", barmode="group", xaxis=_BAR_XAXIS)
    layout["shapes"] = [{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": 100, "y1": 100,
                         "line": {"color": "#6b7280", "dash": "dash", "width": 1}}]
    return {"data": data, "layout": layout}


def plot_sangong_composition(frame: pd.DataFrame) -> go.Figure:
    return go.Figure(sangong_composition_spec(frame))


def plot_metric_over_years(long_or_frame: pd.DataFrame, metric: str) -> go.Figure:
    return go.Figure(metric_over_years_spec(long_or_frame, metric))


def plot_per_staff(frame: pd.DataFrame, base: str | None = None) -> go.Figure:
    return go.Figure(per_staff_spec(frame, base=base))


def to_div(figure: go.Figure | dict[str, Any], *, div_id: str, title: str = "") -> str:
    """A chart box plus its figure JSON; static/js/app.js draws it once plotly.js is there.

    The same markup as templates/partials/chart.html. No inline JavaScript and no plotly.js in the page body.
    The box's aria-label is the chart's title and note, so it has a text alternative.
    """
    if isinstance(figure, dict):
        spec = json.dumps(figure, ensure_ascii=False, separators=(",", ":"))
        layout_title = figure.get("layout", {}).get("title", {}).get("text", "")
    else:
        spec = pio.to_json(figure, validate=False, engine="json")
        layout_title = ""
    for raw, escaped in (("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026")):
        spec = spec.replace(raw, escaped)
    note = layout_title.split("<sup>", 1)[1].removesuffix("</sup>") if "<sup>" in layout_title else ""
    table = data_table(figure, title=title or div_id, note=html.unescape(note)) if isinstance(figure, dict) else ""
    label = html.escape(_join(title or div_id, html.unescape(note)) + ("（数字见下方“图表数据”）" if table else ""))
    return (
        f'<div class="chart-box" id="{div_id}" data-plotly-spec="{div_id}-spec" role="img" aria-label="{label}">'
        f'</div><script type="application/json" id="{div_id}-spec">{spec}</script>{table}'
    )


def data_table(spec: dict[str, Any], *, title: str, note: str = "") -> str:
    """The chart's numbers as a table in a <details> under it (its text alternative), read from the same spec:
    bars one row per bar label and one column per series; lines one row per series and one column per year,
    a point derived from the next year's document marked （推算）, a gap as —."""
    traces = [trace for trace in spec.get("data", []) if trace.get("x") is not None and trace.get("y") is not None]
    if not traces:
        return ""
    unit = spec.get("layout", {}).get("yaxis", {}).get("title", {}).get("text", "")
    shown = format_percent if unit == "%" else format_wan if unit.startswith("万元") else format_count

    def text(value: Any) -> str:
        return html.escape(str(value).replace("<br>", " "))

    if all(trace.get("type") == "bar" for trace in traces):
        columns = [trace.get("name", "") for trace in traces]
        rows = [(label, [shown(trace["y"][number]) if number < len(trace["y"]) else DASH for trace in traces])
                for number, label in enumerate(traces[0]["x"])]
    else:
        columns = [f"{year}年" for year in traces[0]["x"]]
        rows = []
        for trace in traces:
            notes = trace.get("customdata") or [""] * len(trace["y"])
            rows.append((trace.get("name", ""), [shown(value) + ("（推算）" if value is not None and note else "")
                                                 for value, note in zip(trace["y"], notes)]))
    head = "".join(f'<th scope="col" class="num">{text(c)}</th>' for c in columns)
    body = "".join(f'<tr><th scope="row">{text(label)}</th>' + "".join(f'<td class="num">{v}</td>' for v in cells)
                   + "</tr>" for label, cells in rows)
    caption = text(_join(f"{title}（{unit}）" if unit else title, note))
    return (f'<details class="chart-data"><summary>图表数据（文字版）</summary><table>'
            f'<caption class="visually-hidden">{caption}</caption><thead><tr><th scope="col">单位</th>{head}</tr>'
            f'</thead><tbody>{body}</tbody></table></details>')


def comparison_charts(comparison: Any, *, metric: str | None = None, history: pd.DataFrame | None = None,
                      base: str | None = None) -> dict[str, str]:
    """HTML chart boxes for the compare page from an `analysis.Comparison` (or, for older callers, a comparison
    frame): composition, trend (the 历年 rows, gaps as gaps, derived points marked), per staff on the chosen base,
    and execution rates when some 决算 has a 预算 beside it."""
    if isinstance(comparison, pd.DataFrame):
        frame, rows, metric, chosen_base = comparison, history, metric or "sangong_total", base
    else:
        # the charts read no per-row text (notes, peer signal): the frames as they are, completed or not
        (frame, _texts), (rows, _history_texts) = comparison.bare("frame"), comparison.bare("history")
        metric, chosen_base = metric or comparison.metric, base or comparison.base
    if frame.empty:
        return {}
    # the columns the bar charts read (the frame has ~250: selecting rows copies only these)
    # and the hover notes of the values a person corrected (comparisons/corrections.py)
    corrected = ("sangong_total", *SANGONG_PARTS, "operating_costs", *STAFF_BASE_METRIC.values(), metric)
    wanted = [*CHART_COLUMNS, metric, *[f"{key}_corrected" for key in corrected]]
    frame = frame[[key for key in dict.fromkeys(wanted) if key in frame.columns]]
    label = METRICS[metric].label if metric in METRICS else metric
    charts = {
        "composition": to_div(sangong_composition_spec(frame, metric=metric), div_id="chart-composition",
                              title="“三公”经费构成"),
        "trend": to_div(metric_over_years_spec(rows if rows is not None else frame, metric),
                        div_id="chart-trend", title=f"{label}历年变化"),
        "per_staff": to_div(per_staff_spec(frame, metric=metric, base=chosen_base), div_id="chart-per-staff",
                            title="人均经费比较"),
    }
    rated = getattr(comparison, "execution", None)
    execution = execution_spec(rated if rated is not None and len(rated) else frame)
    if execution is not None:
        charts["execution"] = to_div(execution, div_id="chart-execution", title="预算执行率")
    return charts


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
