/**
 * The report's browser script, as text for an inline `<script>`: it draws the charts from the
 * page's JSON data (`#report-data`, see charts.ts) with the global `Chart`, makes the tables'
 * columns sortable, and shows the findings filter. Everything it improves is already on the page
 * without it (the tables are rendered on the server side), so it only adds, never fills in.
 *
 * Plain ES2020 for any current browser; no template literals or `${` (it is a String.raw
 * literal), no `</script` or `<!--` (escape.ts inlineScript refuses those).
 */
/** The script's source (see the module comment); it expects Chart.js to have run first. */
export const CLIENT_SCRIPT = String.raw`(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);

  function shortLabel(label) {
    return label.length > 32 ? label.slice(0, 31) + "\u2026" : label;
  }

  function drawCharts() {
    if (typeof Chart === "undefined") return;
    var body = getComputedStyle(document.body);
    Chart.defaults.font.family = body.fontFamily;
    Chart.defaults.color = "#1f2328";
    data.charts.forEach(function (spec) {
      var canvas = document.getElementById(spec.id);
      if (!canvas) return;
      var valueAxis = { stacked: spec.stacked, beginAtZero: true, ticks: { precision: 0 }, grid: { color: "#eaeef2" } };
      var labelAxis = {
        stacked: spec.stacked,
        grid: { display: false },
        ticks: { autoSkip: false, callback: function (value) { return shortLabel(String(this.getLabelForValue(value))); } }
      };
      new Chart(canvas, {
        type: "bar",
        data: {
          labels: spec.labels,
          datasets: spec.series.map(function (s) {
            return { label: s.label, data: s.data, backgroundColor: s.colour, borderWidth: 0, maxBarThickness: 26 };
          })
        },
        options: {
          indexAxis: spec.horizontal ? "y" : "x",
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          scales: spec.horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
          plugins: {
            legend: { display: spec.series.length > 1, position: "bottom", labels: { boxWidth: 12 } },
            tooltip: {
              callbacks: {
                title: function (items) {
                  var i = items[0].dataIndex;
                  return spec.tooltips ? spec.labels[i] + ": " + spec.tooltips[i] : spec.labels[i];
                }
              }
            }
          }
        }
      });
    });
  }

  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  function sortKey(row, column, numeric) {
    var cell = row.cells[column];
    var text = cell ? (cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim()) : "";
    if (!numeric) return text;
    var n = Number(text);
    return text === "" || isNaN(n) ? -Infinity : n;
  }

  function sortBy(table, th) {
    var column = th.cellIndex;
    var numeric = th.getAttribute("data-type") === "number";
    var was = th.getAttribute("aria-sort");
    var direction = was === "ascending" ? "descending" : was === "descending" ? "ascending" : numeric ? "descending" : "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", direction);
    var sign = direction === "ascending" ? 1 : -1;
    var body = table.tBodies[0];
    var rows = Array.prototype.filter.call(body.rows, function (r) { return !r.classList.contains("empty"); });
    var keyed = rows.map(function (row, index) { return { row: row, key: sortKey(row, column, numeric), index: index }; });
    keyed.sort(function (a, b) {
      var c = numeric ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : collator.compare(a.key, b.key);
      return c * sign || a.index - b.index;
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (k) { fragment.appendChild(k.row); });
    body.appendChild(fragment);
  }

  function makeSortable(table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      button.title = "Sort by " + th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, th); });
    });
  }

  function setUpFilters() {
    var form = document.getElementById("filters");
    var table = document.getElementById("findings");
    if (!form || !table) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].querySelectorAll("tr[data-rule]"));
    var texts = new Map(rows.map(function (r) { return [r, r.textContent.toLowerCase()]; }));
    var count = document.getElementById("finding-count");
    var fields = ["repository", "rule", "level", "family", "state"].map(function (name) {
      return { name: name, element: form.elements.namedItem(name) };
    }).filter(function (f) { return f.element; });
    var search = form.elements.namedItem("q");

    function matches(row, terms) {
      for (var i = 0; i < fields.length; i++) {
        var wanted = fields[i].element.value;
        if (!wanted) continue;
        var have = row.getAttribute("data-" + fields[i].name);
        // "active" stands for every finding that is not suppressed (new and open ones alike).
        var ok = fields[i].name === "state" && wanted === "active" ? have !== "suppressed" : have === wanted;
        if (!ok) return false;
      }
      var text = texts.get(row);
      return terms.every(function (t) { return text.indexOf(t) >= 0; });
    }

    function findings(n) {
      return n.toLocaleString("en") + (n === 1 ? " finding" : " findings");
    }

    function apply() {
      var terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var ok = matches(row, terms);
        row.hidden = !ok;
        if (ok) shown++;
      });
      var total = Number(table.getAttribute("data-total") || rows.length);
      count.textContent = (shown === rows.length ? findings(rows.length) : "Showing " + shown + " of " + findings(rows.length)) +
        (total > rows.length ? " listed (the " + rows.length.toLocaleString("en") + " most severe of " + total.toLocaleString("en") + ")" : "");
    }

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.hidden = false;
    apply();
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeSortable);
  setUpFilters();
  drawCharts();
})();
`;
