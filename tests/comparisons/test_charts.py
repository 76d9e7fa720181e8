"""Chart builders: plotly figures with Chinese labels and exact 万元 in the hover (no database)."""
import json

from comparisons import analysis, charts
from tests.comparisons.frames import long_frame, three_offices


def test_it_stacks_the_four_parts_of_sangong_per_unit():
    figure = charts.plot_sangong_composition(analysis.comparison(three_offices()))
    assert figure.layout.barmode == "stack"
    assert [trace.name for trace in figure.data] == ["因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]
    reception = figure.data[3]
    assert list(reception.x) == ["垫江县<br>人民政府办公室<br>2024年预算", "大足区<br>人民政府办公室<br>2023年预算",
                                 "铜梁区<br>人民政府办公室<br>2024年预算"]  # by rank; region, department kind, year
    assert list(reception.y) == [26.9, 9.3, 10.0]
    assert "%{y:,.2f} 万元" in reception.hovertemplate


def test_it_draws_one_line_per_unit_over_years_from_the_long_frame():
    long_df = long_frame(
        {"key": "d1", "name": "甲县办公室", "year": 2023, "figures": {"sangong_total": "91.7"}, "disclosure_id": 1},
        {"key": "d1", "name": "甲县办公室", "year": 2024, "figures": {"sangong_total": "115.4"}, "disclosure_id": 2},
        {"key": "d2", "name": "乙区办公室", "year": 2024, "figures": {"sangong_total": "14.9"}, "disclosure_id": 3},
    )
    figure = charts.plot_metric_over_years(long_df, "sangong_total")
    assert [(t.name, list(t.x), list(t.y)) for t in figure.data] == [
        ("乙区办公室", [2023, 2024], [None, 14.9]), ("甲县办公室", [2023, 2024], [91.7, 115.4]),
    ]  # every year on one axis: a missing year is a gap, not skipped
    assert all(t.connectgaps is False for t in figure.data)
    assert figure.layout.title.text.startswith("“三公”经费合计（万元）历年变化")


def test_it_labels_per_staff_bars_by_their_basis():
    figure = charts.plot_per_staff(analysis.comparison(three_offices()))  # no base chosen: both, labelled
    names = [trace.name for trace in figure.data]
    assert names[0] == "人均“三公”经费（按实有人数）" and names[1] == "人均“三公”经费（按编制数）"
    per_actual, per_authorized = list(figure.data[0].y), list(figure.data[1].y)
    assert per_actual[0] == round(115.4 / 98, 4) and per_actual[1:] == [None, None]
    assert per_authorized[1:] == [round(66.3 / 55, 4), round(14.9 / 29, 4)]


def test_comparison_charts_embed_figure_json_without_plotly_js():
    divs = charts.comparison_charts(analysis.comparison(three_offices()), metric="operating_costs")
    assert set(divs) == {"composition", "trend", "per_staff"}
    html = divs["trend"]
    assert 'data-plotly-spec="chart-trend-spec"' in html
    assert "Plotly.newPlot" not in html and "plotly.min.js" not in html
    spec = json.loads(html.split('<script type="application/json" id="chart-trend-spec">')[1].split("</script>")[0])
    assert spec["layout"]["title"]["text"].startswith("机关运行经费（万元）历年变化")
    assert sorted(v for trace in spec["data"] for v in trace["y"] if v is not None) == [157.21, 311.79, 400.04]


def test_comparison_charts_are_empty_without_rows():
    assert charts.comparison_charts(analysis.comparison(long_frame())) == {}


def test_bar_charts_show_the_top_thirty_by_the_chosen_metric_and_say_so():
    long_df = long_frame(*[
        {"key": f"d{i}", "name": f"{i:02d}县办公室", "year": 2024, "disclosure_id": i,
         "figures": {"sangong_total": str(i), "operating_costs": str(100 - i), "reception": "1"}}
        for i in range(1, 41)
    ])
    frame = analysis.comparison(long_df)
    spec = charts.sangong_composition_spec(frame, metric="operating_costs")
    labels = spec["data"][0]["x"]
    assert len(labels) == 30 and labels[0] == "01县<br>办公室<br>2024年预算" and "40县<br>办公室<br>2024年预算" not in labels
    assert "显示机关运行经费前30个单位，完整数据见表格和下载" in spec["layout"]["title"]["text"]
    assert "前30" not in charts.sangong_composition_spec(frame.head(30))["layout"]["title"]["text"]
    json.dumps(spec)  # plain JSON, no plotly objects


def _data_table(html_text, chart_id):
    """(header cells, rows of cells) of the data table under one chart box."""
    import re
    part = html_text[chart_id].split('<details class="chart-data">', 1)[1].split("</details>", 1)[0]
    head = re.findall(r'<th scope="col"[^>]*>([^<]*)</th>', part)
    rows = [re.findall(r"<t[hd][^>]*>([^<]*)</t[hd]>", row) for row in re.findall(r"<tr>(.*?)</tr>", part)[1:]]
    return head, rows


def test_each_chart_has_its_numbers_as_a_table_beside_it():
    result = analysis.compare(analysis.widen(three_offices()))
    divs = charts.comparison_charts(result)
    for key in ("composition", "per_staff", "trend"):
        assert "（数字见下方“图表数据”）" in divs[key].split("</div>", 1)[0]
    head, rows = _data_table(divs, "composition")
    assert head == ["单位", "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]
    spec = charts.sangong_composition_spec(result.frame)
    assert [row[0] for row in rows] == [label.replace("<br>", " ") for label in spec["data"][0]["x"]]
    by_label = {row[0]: row[1:] for row in rows}
    dianjiang = next(label for label in by_label if "垫江县" in label)
    # 2023 (the latest year all three share) for 垫江县 comes from its 2024 document: 2.50 − (−2.50) = 5.00 …
    assert by_label[dianjiang] == ["5.00", "0.00", "70.00", "16.70"]
    head, rows = _data_table(divs, "trend")
    assert head == ["单位", "2022年", "2023年", "2024年"]
    assert rows == [["垫江县人民政府办公室", "—", "91.70（推算）", "115.40"],  # 115.40 less its stated change
                    ["重庆市大足区人民政府办公室", "82.00（推算）", "66.30", "—"],
                    ["重庆市铜梁区人民政府办公室", "—", "15.40（推算）", "14.90"]]
