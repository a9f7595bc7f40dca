-- smtpbounce.report.page -- the report page's style sheet and script,
-- written inline into every report (the page loads nothing: its
-- Content-Security-Policy forbids any request).
--
-- Style: light and dark schemes by prefers-color-scheme, every text
-- colour at least 4.5:1 against its background in both (make
-- test-report measures it), tables that wrap long replies rather than
-- scroll sideways.  Script: it only adds to a page that is whole
-- without it: sorting the tables marked "sortable" (a button in each
-- header), the suppress list's filter, and its CSV download (a data:
-- link built from the rows shown; the reply of each row read from the
-- list of replies it points to).  Both controls are hidden until the
-- script shows them.

local _M = { _VERSION = "0.1.0" }

_M.CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
         .. "img-src data:"

_M.CSS = [[
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#4d4d4d;--link:#0b57d0;
--line:#c9ced6;--head:#eef0f3;--code:#f4f5f7;--weak:#8a4b00;
--o-delivered:#2e7d32;--o-deferred:#d49b00;--o-bounced:#c62828;--o-unknown:#8d8d8d;
--m-throttle:#e65100;--m-block:#6a1b9a;--bar:#5b6b82}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e8e8e8;--muted:#b4b4b4;
--link:#8ab4f8;--line:#3a3f47;--head:#23262b;--code:#1e2125;--weak:#f0b46c;
--o-delivered:#5cb860;--o-deferred:#e6c34d;--o-bounced:#ef6b6b;--o-unknown:#9a9a9a;
--m-throttle:#ff9e40;--m-block:#d59cf0;--bar:#8fa3c0}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg)}
body{margin:0 auto;max-width:1280px;padding:0 16px 48px;
font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
background:var(--bg);color:var(--fg)}
a{color:var(--link)}
h1{font-size:1.6em;margin:.8em 0 .2em}h2{font-size:1.25em;margin:1.6em 0 .4em;
border-bottom:1px solid var(--line);padding-bottom:.2em}
.meta,.note,figcaption,.tick-label{color:var(--muted)}
nav ul{list-style:none;padding:0;margin:.4em 0;display:flex;flex-wrap:wrap;gap:.4em 1.2em}
dl.totals{display:flex;flex-wrap:wrap;gap:.6em 2em;margin:.6em 0}
dl.totals div{min-width:8em}dl.totals dt{color:var(--muted);font-size:.9em}
dl.totals dd{margin:0;font-size:1.3em;font-variant-numeric:tabular-nums}
table{border-collapse:collapse;width:100%;margin:.4em 0}
caption{text-align:left;color:var(--muted);padding:.2em 0}
th,td{border-bottom:1px solid var(--line);padding:.3em .5em;text-align:left;vertical-align:top;
overflow-wrap:anywhere;word-break:break-word}
th{background:var(--head);color:var(--fg);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th button.sort{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;
text-align:inherit}
th[aria-sort=ascending] button.sort::after{content:" \25B2"}
th[aria-sort=descending] button.sort::after{content:" \25BC"}
svg.chart{width:100%;height:auto;display:block}
svg.cellbar{width:100%;height:8px;display:block;margin:.2em 0}
.axis{stroke:var(--muted);stroke-width:1}
.tick{fill:var(--muted);font-size:11px}
.o-delivered{fill:var(--o-delivered);background:var(--o-delivered)}
.o-deferred{fill:var(--o-deferred);background:var(--o-deferred)}
.o-bounced{fill:var(--o-bounced);background:var(--o-bounced)}
.o-unknown{fill:var(--o-unknown);background:var(--o-unknown)}
.m-throttle{fill:var(--m-throttle);background:var(--m-throttle)}
.m-block{fill:var(--m-block);background:var(--m-block)}
.share{fill:var(--bar)}
.legend{display:flex;flex-wrap:wrap;gap:.3em 1.2em;margin:.3em 0;padding:0;list-style:none}
.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em}
.swatch.tri{clip-path:polygon(0 0,100% 0,50% 100%)}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:0 28px}
figure{margin:.6em 0}article h3{font-size:1em;margin:1.2em 0 .3em}figcaption{font-size:.95em}
.kv{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:0 .5em;font-size:.92em}
.kv svg{grid-column:1/3}
.weak{color:var(--weak)}
code,pre{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em}
pre{background:var(--code);color:var(--fg);padding:.6em;white-space:pre-wrap;
overflow-wrap:anywhere;margin:.4em 0}
.tpl{background:var(--code);color:var(--fg);padding:.1em .3em}
.controls{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:center;margin:.4em 0}
input[type=search]{font:inherit;color:var(--fg);background:var(--bg);
border:1px solid var(--muted);padding:.2em .4em;min-width:18em}
ol.replies li{margin:.3em 0}
.advice{border:1px dashed var(--line);padding:0 .8em}
]]

_M.JS = [[
(function () {
  "use strict";
  function key(td) {
    var v = td.getAttribute("data-v");
    if (v === null) v = td.textContent.trim().toLowerCase();
    var n = Number(v);
    return v !== "" && !isNaN(n) ? n : v;
  }
  function sortBy(table, col, th) {
    var desc = th.getAttribute("aria-sort") !== "descending";
    var heads = table.tHead.rows[0].cells;
    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute("aria-sort");
    th.setAttribute("aria-sort", desc ? "descending" : "ascending");
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a.cells[col]), y = key(b.cells[col]);
      if (x === y) return 0;
      var lt = typeof x === typeof y ? x < y : String(x) < String(y);
      return (lt ? -1 : 1) * (desc ? -1 : 1);
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var b = document.createElement("button");
      b.type = "button"; b.className = "sort";
      b.textContent = th.textContent;
      th.textContent = ""; th.appendChild(b);
      b.addEventListener("click", function () { sortBy(table, col, th); });
    });
  });

  var table = document.getElementById("suppress-table");
  if (!table) return;
  var filter = document.getElementById("suppress-filter");
  var shown = document.getElementById("suppress-shown");
  var csv = document.getElementById("suppress-csv");
  function replyOf(row) {
    var a = row.querySelector("a[data-r]");
    var li = a && document.getElementById("r" + a.getAttribute("data-r"));
    var t = li && li.querySelector(".tpl");
    return t ? t.textContent : "";
  }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var texts = rows.map(function (r) {
    return (r.textContent + " " + replyOf(r)).toLowerCase();
  });
  function field(s) { return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
  function update() {
    var q = filter.value.trim().toLowerCase(), n = 0;
    var out = ["address,reason,basis,reply"];
    rows.forEach(function (r, i) {
      var on = q === "" || texts[i].indexOf(q) >= 0;
      r.hidden = !on;
      if (!on) return;
      n++;
      out.push([r.cells[0].textContent, r.cells[1].textContent,
                r.cells[2].getAttribute("data-v"), replyOf(r)].map(field).join(","));
    });
    shown.textContent = n + " of " + rows.length + " rows shown";
    csv.href = "data:text/csv;charset=utf-8," + encodeURIComponent(out.join("\r\n") + "\r\n");
  }
  filter.addEventListener("input", update);
  document.getElementById("suppress-controls").hidden = false;
  update();
})();
]]

return _M
