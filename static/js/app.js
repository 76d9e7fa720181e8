/* Page behaviour without any network: draw plotly figures embedded as JSON, and sort plain tables. */
(function () {
  "use strict";

  function drawCharts() {
    if (typeof Plotly === "undefined") return;
    document.querySelectorAll("[data-plotly-spec]").forEach(function (box) {
      var holder = document.getElementById(box.getAttribute("data-plotly-spec"));
      if (!holder) return;
      var spec = JSON.parse(holder.textContent);
      var layout = Object.assign({}, spec.layout || {}, { autosize: true });
      delete layout.width;
      // A figure without its own height would shrink to the box's CSS min-height; give it room instead.
      if (!layout.height) layout.height = box.clientWidth < 560 ? 400 : 460;
      Plotly.newPlot(box, spec.data || [], layout, {
        responsive: true,
        displaylogo: false,
        displayModeBar: false,  // its tooltips are English only; the tables hold the exact numbers anyway
      });
    });
  }

  // Tables marked data-sortable: click a header to sort by that column (numbers as numbers, "—" last).
  function cellKey(cell) {
    var raw = cell.getAttribute("data-sort");
    if (raw === null) raw = cell.textContent.trim();
    var text = raw.replace(/,/g, "").replace("−", "-");
    if (text === "" || text === "—" || text === "不适用") return { empty: true };
    var num = Number(text);
    return isNaN(num) ? { text: raw } : { num: num };
  }

  function compareKeys(a, b) {
    if (a.empty || b.empty) return a.empty === b.empty ? 0 : a.empty ? 1 : -1;
    if (a.num !== undefined && b.num !== undefined) return a.num - b.num;
    return String(a.text !== undefined ? a.text : a.num).localeCompare(String(b.text !== undefined ? b.text : b.num), "zh-CN");
  }

  function makeSortable(table) {
    var headers = table.querySelectorAll("thead th");
    headers.forEach(function (th, index) {
      th.setAttribute("tabindex", "0");
      th.classList.add("sortable");
      function sort() {
        var body = table.tBodies[0];
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var a = cellKey(r1.cells[index]), b = cellKey(r2.cells[index]);
          if (a.empty || b.empty) return compareKeys(a, b);  // absent values stay last either way
          var order = compareKeys(a, b);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts();
    document.querySelectorAll("table[data-sortable]").forEach(makeSortable);
  });
})();
