// report-check.js REPORT.html SHOTS_PREFIX -- open an HTML report of
// smtpbounce in headless Chromium (CDP over --remote-debugging-pipe:
// node and chromium, no other package) and check it, in the light and
// the dark scheme, at 1366x768:
//   no console error, no uncaught exception, no network request (any
//   request but the file itself); charts (svg with bars), tables (rows)
//   and the suppress list present; every text colour at least 4.5:1
//   against its background (computed styles; SVG text by its fill); no
//   horizontal scroll; the sort buttons sort, the filter filters, the
//   CSV link is a data: URL with the rows shown; and with JavaScript
//   off, the tables and charts are still there.
// Screenshots: SHOTS_PREFIX-light.png, -dark.png (the first screen),
// -light-groups.png, -light-suppress.png, -light-unexplained.png (those
// sections' first screen) and -full-light.png (the whole page).  Prints "ok ..." / "FAIL ..." per
// check, then "N passed, N failed"; exits 1 on a failure.
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const os = require("os");

const file = path.resolve(process.argv[2]);
const shots = process.argv[3];
const url = "file://" + file;
const CHROME = process.env.CHROMIUM || "chromium";
let passed = 0, failed = 0;
function check(name, ok, detail) {
  if (ok) { passed++; console.log("ok " + name); }
  else { failed++; console.log("FAIL " + name + (detail ? ": " + detail : "")); }
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), "smtpbounce-chromium-"));
const chrome = spawn(CHROME, [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
  "--no-default-browser-check", "--disable-extensions", "--disable-sync",
  "--disable-background-networking", "--disable-component-update",
  "--user-data-dir=" + profile, "--remote-debugging-pipe", "about:blank",
], { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] });
let stderr = "";
chrome.stderr.on("data", (d) => { stderr += d; });
const toChrome = chrome.stdio[3], fromChrome = chrome.stdio[4];

let nextId = 1, buf = "";
const pending = new Map(), listeners = [];
fromChrome.on("data", (d) => {
  buf += d.toString("utf8");
  let i;
  while ((i = buf.indexOf("\0")) >= 0) {
    const msg = JSON.parse(buf.slice(0, i));
    buf = buf.slice(i + 1);
    if (msg.id && pending.has(msg.id)) {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) p.reject(new Error(JSON.stringify(msg.error))); else p.resolve(msg.result);
    } else if (msg.method) {
      listeners.forEach((l) => l(msg));
    }
  }
});
function send(method, params, sessionId) {
  const id = nextId++;
  const msg = { id, method, params: params || {} };
  if (sessionId) msg.sessionId = sessionId;
  toChrome.write(JSON.stringify(msg) + "\0");
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
function once(method, sessionId, timeout) {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error("timeout waiting for " + method)), timeout || 60000);
    const l = (m) => {
      if (m.method === method && m.sessionId === sessionId) {
        clearTimeout(t); listeners.splice(listeners.indexOf(l), 1); resolve(m.params);
      }
    };
    listeners.push(l);
  });
}

// in the page: what the checks read (one evaluation, a JSON value)
const INSPECT = `(() => {
  function rgba(s) {
    const m = s.match(/rgba?\\(([^)]*)\\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  function lum(c) {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  }
  function over(top, under) {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat([1]);
  }
  function background(el) {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let bg = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
    return bg;
  }
  const bad = [];
  let texts = 0, worst = 99;
  const all = document.querySelectorAll("body *");
  for (const el of all) {
    if (el.closest("[hidden]") || el.closest("script,style,title")) continue;
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim() !== "");
    if (!own) continue;
    const st = getComputedStyle(el);
    if (st.visibility === "hidden" || st.display === "none") continue;
    const inSvg = el instanceof SVGElement;
    let fg = rgba(inSvg ? st.fill : st.color);
    if (!fg) continue;
    const bg = background(el);
    fg = over(fg, bg);
    const l1 = lum(fg), l2 = lum(bg);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    texts++;
    if (ratio < worst) worst = ratio;
    if (ratio < 4.5) bad.push(el.tagName.toLowerCase() + "." + (el.getAttribute("class") || "") +
                              " '" + el.textContent.trim().slice(0, 30) + "' " + ratio.toFixed(2));
  }
  const charts = Array.from(document.querySelectorAll("svg.chart"));
  const tables = Array.from(document.querySelectorAll("table"));
  return {
    charts: charts.length,
    chartBars: charts.filter((s) => s.querySelector("rect")).length,
    bars: document.querySelectorAll("svg.chart rect").length,
    tables: tables.length,
    rows: tables.map((t) => t.tBodies[0] ? t.tBodies[0].rows.length : 0),
    groupsRows: document.querySelectorAll("#groups tbody tr").length,
    suppressRows: document.querySelectorAll("#suppress-table tbody tr").length,
    replies: document.querySelectorAll("ol.replies li").length,
    suppressNone: !!document.querySelector("#suppress p.note"),
    stubs: document.querySelectorAll("#unexplained details pre").length,
    texts, worst, bad: bad.slice(0, 10), nbad: bad.length,
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  };
})()`;

// in the page, with the script on: sort, filter, CSV
const INTERACT = `(() => {
  const out = {};
  const th = document.querySelector("#groups thead th:nth-child(3) button.sort");
  out.sortButton = !!th;
  if (th) {
    th.click();
    const v = Array.from(document.querySelectorAll("#groups tbody tr td:nth-child(3)"))
      .map((td) => Number(td.getAttribute("data-v") || td.textContent));
    out.sortedDesc = v.every((x, i) => i === 0 || v[i - 1] >= x);
    th.click();
    const w = Array.from(document.querySelectorAll("#groups tbody tr td:nth-child(3)"))
      .map((td) => Number(td.textContent));
    out.sortedAsc = w.every((x, i) => i === 0 || w[i - 1] <= x);
  }
  const f = document.getElementById("suppress-filter");
  const rows = document.querySelectorAll("#suppress-table tbody tr");
  out.filterShown = !!f && !document.getElementById("suppress-controls").hidden;
  if (f && rows.length) {
    const first = rows[0].cells[0].textContent;
    f.value = first;
    f.dispatchEvent(new Event("input"));
    out.filtered = Array.from(rows).filter((r) => !r.hidden).length;
    out.total = rows.length;
    const href = document.getElementById("suppress-csv").getAttribute("href");
    out.csvData = href.startsWith("data:text/csv");
    const csv = decodeURIComponent(href.slice(href.indexOf(",") + 1));
    out.csvLines = csv.trim().split("\\r\\n").length;
    out.csvHasFirst = csv.indexOf(first) >= 0;
    out.csvHasReply = rows[0].querySelector("a[data-r]") ? /,[^,]+\\r\\n$/.test(csv) : true;
    f.value = ""; f.dispatchEvent(new Event("input"));
  }
  return out;
})()`;

async function main() {
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
  const s = (m, p) => send(m, p, sessionId);
  const errors = [], requests = [];
  listeners.push((m) => {
    if (m.sessionId !== sessionId) return;
    if (m.method === "Runtime.consoleAPICalled" && (m.params.type === "error" || m.params.type === "assert"))
      errors.push("console: " + m.params.args.map((a) => a.value || a.description).join(" "));
    if (m.method === "Runtime.exceptionThrown")
      errors.push("exception: " + (m.params.exceptionDetails.exception || {}).description);
    if (m.method === "Log.entryAdded" && m.params.entry.level === "error")
      errors.push("log: " + m.params.entry.text);
    if (m.method === "Network.requestWillBeSent" && m.params.request.url !== url)
      requests.push(m.params.request.url.slice(0, 120));
  });
  for (const d of ["Page", "Runtime", "Log", "Network"]) await s(d + ".enable");
  await s("Emulation.setDeviceMetricsOverride", { width: 1366, height: 768, deviceScaleFactor: 1, mobile: false });
  const evaluate = async (expr) => (await s("Runtime.evaluate", { expression: expr, returnByValue: true })).result.value;
  const load = async () => { const l = once("Page.loadEventFired", sessionId); await s("Page.navigate", { url }); await l; };
  const shot = async (name, full) => {
    let clip;
    if (full) {
      const m = await s("Page.getLayoutMetrics");
      clip = { x: 0, y: 0, width: 1366, height: Math.min(m.cssContentSize.height, 16000), scale: 1 };
    }
    const r = await s("Page.captureScreenshot", { format: "png", clip, captureBeyondViewport: !!full });
    fs.writeFileSync(shots + "-" + name + ".png", Buffer.from(r.data, "base64"));
  };

  for (const scheme of ["light", "dark"]) {
    await s("Emulation.setEmulatedMedia", { features: [{ name: "prefers-color-scheme", value: scheme }] });
    await load();
    const r = await evaluate(INSPECT);
    const tag = " (" + scheme + ")";
    check("charts: svg elements with bars" + tag, r.charts > 0 && r.chartBars === r.charts && r.bars > 0,
          r.charts + " charts, " + r.chartBars + " with bars");
    check("tables with rows" + tag, r.tables >= 2 && r.groupsRows > 0, JSON.stringify(r.rows));
    check("suppress list" + tag, (r.suppressRows > 0 && r.replies > 0) || r.suppressNone,
          r.suppressRows + " rows, " + r.replies + " replies");
    check("text contrast >= 4.5:1" + tag, r.texts > 0 && r.nbad === 0,
          r.nbad + " of " + r.texts + " below: " + r.bad.join("; "));
    check("no horizontal scroll at 1366x768" + tag, r.scrollWidth <= r.innerWidth,
          "scrollWidth " + r.scrollWidth + " > " + r.innerWidth);
    console.log("  " + scheme + ": " + r.charts + " charts, " + r.bars + " bars, tables " +
                JSON.stringify(r.rows) + ", " + r.suppressRows + " suppress rows, " + r.stubs +
                " rule stubs, " + r.texts + " texts, lowest contrast " + r.worst.toFixed(2));
    await shot(scheme);
    if (scheme === "light") {
      await shot("full-light", true);
      for (const id of ["groups", "suppress", "unexplained"]) {
        await evaluate("document.getElementById('" + id + "').scrollIntoView(), 1");
        await shot("light-" + id);
      }
      await evaluate("window.scrollTo(0, 0), 1");
      const i = await evaluate(INTERACT);
      check("sort buttons sort (both ways)", i.sortButton && i.sortedDesc && i.sortedAsc, JSON.stringify(i));
      if (r.suppressRows > 0) {
        check("filter shown and filters", i.filterShown && i.filtered >= 1 && i.filtered <= i.total,
              JSON.stringify(i));
        check("CSV: a data: link with the rows shown and their replies",
              i.csvData && i.csvLines === i.filtered + 1 && i.csvHasFirst && i.csvHasReply, JSON.stringify(i));
      }
    }
  }
  // without JavaScript: all there, the controls hidden
  await s("Emulation.setScriptExecutionDisabled", { value: true });
  await s("Emulation.setEmulatedMedia", { features: [{ name: "prefers-color-scheme", value: "light" }] });
  await load();
  const n = await evaluate(INSPECT);
  check("without JavaScript: charts, tables and suppress list", n.chartBars > 0 && n.groupsRows > 0 &&
        (n.suppressRows > 0 || n.suppressNone), JSON.stringify(n.rows));
  check("no console error or exception", errors.length === 0, errors.slice(0, 5).join(" | "));
  check("no network request", requests.length === 0, requests.slice(0, 5).join(" "));
}

main().catch((e) => { check("run", false, e.message + " " + stderr.slice(-500)); })
  .finally(async () => {
    // Browser.close lets Chromium stop its helper processes, which would
    // otherwise write into the profile after it is removed
    const gone = new Promise((resolve) => { chrome.on("exit", resolve); setTimeout(resolve, 5000); });
    if (chrome.exitCode === null) {
      await Promise.race([send("Browser.close", {}).catch(() => {}),
                          new Promise((resolve) => setTimeout(resolve, 2000))]);
      setTimeout(() => { if (chrome.exitCode === null) chrome.kill(); }, 2000);
    }
    await gone;
    for (let i = 0; i < 5 && fs.existsSync(profile); i++) {
      try { fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 }); } catch (e) { /* retried */ }
      if (fs.existsSync(profile)) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    console.log(passed + " passed, " + failed + " failed");
    process.exit(failed ? 1 : 0);
  });
