/* Page behaviour without any network: draw plotly figures embedded as JSON, sort plain tables, open a number's
   source in a panel, and show or hide the compare table's column groups. No inline scripts anywhere (CSP-ready). */
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

  // Every number links to its source page (a[data-source]); with JS the same page opens in a panel instead.
  function openSource(link) {
    var panel = document.getElementById("source-panel");
    if (!panel || typeof panel.showModal !== "function" || !window.fetch) return false;
    var content = panel.querySelector(".source-panel-content");
    content.textContent = "正在读取原文…";
    panel.setAttribute("data-loading", "");
    if (!panel.open) panel.showModal();
    fetch(link.href, { headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var body = doc.querySelector(".source-body");
        content.textContent = "";
        if (body) content.appendChild(document.importNode(body, true));
        else content.textContent = "没有找到这项数字的原文。";
        var more = document.createElement("p");
        more.className = "small";
        var a = document.createElement("a");
        a.href = link.href;
        a.textContent = "在新页面打开";
        more.appendChild(a);
        content.appendChild(more);
      })
      .catch(function () { content.textContent = "读取原文失败，请点击数字在新页面打开。"; })
      .finally(function () { panel.removeAttribute("data-loading"); });
    return true;
  }

  function wireSourcePanel() {
    document.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a[data-source]") : null;
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      if (openSource(link)) event.preventDefault();
    });
    var panel = document.getElementById("source-panel");
    if (!panel) return;
    panel.addEventListener("click", function (event) {
      if (event.target === panel || event.target.hasAttribute("data-close-panel")) panel.close();
    });
  }

  // The compare table's column groups (三公 / 运行经费 / 人员 / 人均 / 变化): checkboxes in [data-column-groups]
  // hide the columns whose header carries that data-group (cells found by position, so rows stay light).
  // The choice is kept for the session.
  function applyGroups(table, hidden) {
    var heads = table.querySelectorAll("thead tr:last-child th");
    var hide = [];
    heads.forEach(function (th, i) {
      hide[i] = hidden.indexOf(th.getAttribute("data-group")) >= 0;
      th.hidden = hide[i];
    });
    table.querySelectorAll("thead tr.groups th").forEach(function (th) {
      th.hidden = hidden.indexOf(th.getAttribute("data-group")) >= 0;
    });
    Array.prototype.forEach.call(table.tBodies[0] ? table.tBodies[0].rows : [], function (row) {
      if (row.cells.length !== heads.length) return;  // the empty-table row
      for (var i = 0; i < row.cells.length; i++) row.cells[i].hidden = hide[i];
    });
  }

  function wireColumnGroups() {
    document.querySelectorAll("[data-column-groups]").forEach(function (box) {
      var tables = box.getAttribute("data-column-groups").split(" ").map(function (id) {
        return document.getElementById(id);
      }).filter(Boolean);
      if (!tables.length) return;
      box.hidden = false;
      var inputs = box.querySelectorAll("input[type=checkbox][value]");
      function apply() {
        var hidden = [];
        inputs.forEach(function (input) {
          if (!input.checked) hidden.push(input.value);
          try { sessionStorage.setItem("cols:" + input.value, input.checked ? "1" : "0"); } catch (e) { /* private */ }
        });
        tables.forEach(function (table) { applyGroups(table, hidden); });
      }
      inputs.forEach(function (input) {
        try { if (sessionStorage.getItem("cols:" + input.value) === "0") input.checked = false; } catch (e) { /* private */ }
        input.addEventListener("change", apply);
      });
      apply();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts();
    document.querySelectorAll("table[data-sortable]").forEach(makeSortable);
    wireSourcePanel();
    wireColumnGroups();
    // The 编制/实有 switch applies at once: changing it resubmits the compare form.
    document.querySelectorAll("[data-autosubmit] select").forEach(function (select) {
      select.addEventListener("change", function () { if (select.form) select.form.submit(); });
    });
  });
})();
