-- smtpbounce.report -- the HTML report (`scan --report FILE.html`,
-- `smtpbounce report JSONL... -o FILE.html`): one self-contained page
-- (inline style, script and SVG; its Content-Security-Policy forbids
-- any request), whole without its script, drawn from the summary of a
-- scan (smtpbounce.scan.summary, made with { report = true }: the same
-- tables as --summary, and its timeline) and nothing else.
--
--   report.write(sm, run, f, opts)
--       sm: the summary; run: { counts, formats_seen, files };
--       opts: redact (local parts of addresses hashed), suppress_out
--       (the file --suppress-out wrote, if any), advice (see below)
--   report.read_jsonl(files, opts)  --> sm, run   (report's input: the
--       lines of `scan --json`, each counted by summary.add as scan does)
--   report.redactor(on)  --> function (text) hiding the local parts
--   report.command(o, input, err, version)  -- `smtpbounce report`
--
-- The page: totals; outcomes over time per provider (stacked bars per
-- bucket, throttle and block events marked above them); who throttles
-- or blocks; reasons and actions per provider and domain (sortable);
-- the addresses to suppress with reason, basis and last reply (each
-- reply once, by template, the rows pointing to it), filterable and
-- downloadable as CSV; the biggest groups of replies no rule explained,
-- each with a rule stub (smtpbounce.report.stub).  Rows are capped
-- (ROWS); past a cap the page says how many more there are.
--
-- Advice (the tracker's: smtpbounce.tracker, t:advice(provider, ip,
-- now) per provider and sending IP) has its own section, drawn only when
-- opts.advice is given: { note = "text", columns = { "header", ... },
-- rows = { { "cell", ... }, ... } }, the caller's rows as they are.
-- scan --report with --state passes the tracker's advice from its state
-- (smtpbounce.scan); the report makes no advice of its own.

local summary = require "smtpbounce.scan.summary"
local timeline = require "smtpbounce.report.timeline"
local svg = require "smtpbounce.report.svg"
local page = require "smtpbounce.report.page"
local json = require "smtpbounce.json"
local html = require "smtpbounce.report.html"
local sections = require "smtpbounce.report.sections"
local scan_input = require "smtpbounce.scan.input"

local ipairs, pairs, type = ipairs, pairs, type
local concat, sort = table.concat, table.sort
local fmt, os_date = string.format, os.date

local _M = { _VERSION = "0.1.0" }

_M.ROWS = { groups = 300, throttle = 50 }   -- (the others: report.sections)
_M.CHARTS = 10          -- providers drawn apart (the rest as one chart)
_M.REASONS = 4          -- reasons and actions listed per group

local OUTCOMES = timeline.OUTCOMES
local OCLASS = { "o-delivered", "o-deferred", "o-bounced", "o-unknown" }


local h, num, more, by_count = html.escape, html.num, html.more, html.by_count
_M.redactor = html.redactor


-- {======================================================================
-- Sections
-- =======================================================================

local function totals_section (w, sm, run)
    local o = { delivered = 0, deferred = 0, bounced = 0, unknown = 0 }
    for _, g in pairs(sm.groups) do
        for k, n in pairs(g.outcome) do o[k] = (o[k] or 0) + n end
    end
    local c = run.counts
    w('<section id="totals"><h2>Totals</h2><dl class="totals">')
    local function item (dt, dd) w("<div><dt>", dt, "</dt><dd>", dd, "</dd></div>") end
    item(run.lines_read or "lines read", num(c.lines))
    w("\n")
    item("delivery attempts", num(c.attempts))
    for _, k in ipairs(OUTCOMES) do item(k, num(o[k] or 0)) end
    item("addresses to suppress", num(sm.nsuppress + sm.suppress_over))
    item("providers throttling or blocking", num(sm.nthrottle))
    w("</dl></section>\n")
end

-- the label of bucket k: its start, local time (the log's clock)
local function bucket_label (tl, k)
    local t = k * tl.width
    if tl.width >= 86400 then return os_date("%Y-%m-%d", t) end
    if tl.width < 60 then return os_date("%Y-%m-%d %H:%M:%S", t) end
    return os_date("%Y-%m-%d %H:%M", t)
end

local function width_text (s)
    if s % 86400 == 0 then return fmt("%d day%s", s / 86400, s == 86400 and "" or "s") end
    if s % 3600 == 0 then return fmt("%d hour%s", s / 3600, s == 3600 and "" or "s") end
    if s % 60 == 0 then return fmt("%d minute%s", s / 60, s == 60 and "" or "s") end
    return fmt("%d second%s", s, s == 1 and "" or "s")
end

local function legend (w)
    w('<ul class="legend">')
    for i, k in ipairs(OUTCOMES) do
        w('<li><span class="swatch ', OCLASS[i], '"></span>', k, "</li>")
    end
    w('<li><span class="swatch tri m-throttle"></span>throttle event (rate or volume; '
      .. 'marked above the bar)</li><li><span class="swatch m-block"></span>block event '
      .. '(refused: blocklist, reputation)</li></ul>')
end

local function time_section (w, sm)
    local tl = sm.timeline
    w('<section id="time"><h2>Outcomes over time, by provider</h2>\n')
    if not tl or not tl.lo then
        w('<p class="note">No attempt with a time.</p></section>\n')
        return
    end
    local n = tl.hi - tl.lo + 1
    w(fmt('<p class="meta">%s to %s, %d bucket%s of %s; each chart on its own scale '
          .. '(its largest bar at the top left).%s</p>', h(bucket_label(tl, tl.lo)),
          h(bucket_label(tl, tl.hi + 1)), n, n == 1 and "" or "s", width_text(tl.width),
          tl.untimed > 0 and fmt(" %d attempts without a time are not drawn.", tl.untimed) or ""))
    legend(w)
    local ticks = {}
    local step = n > 4 and math.ceil(n / 4) or 1
    for i = 1, n, step do ticks[#ticks + 1] = { i, bucket_label(tl, tl.lo + i - 1) } end
    w('<div class="charts">')
    for _, s in ipairs(timeline.series(tl, _M.CHARTS)) do
        local values, labels = {}, {}
        for i = 1, n do
            local k = tl.lo + i - 1
            local b = s.buckets[k] or { 0, 0, 0, 0, 0, 0 }
            values[i] = b
            local parts = {}
            for j, name in ipairs(OUTCOMES) do
                if b[j] > 0 then parts[#parts + 1] = b[j] .. " " .. name end
            end
            if b[5] > 0 then parts[#parts + 1] = b[5] .. " throttled" end
            if b[6] > 0 then parts[#parts + 1] = b[6] .. " blocked" end
            labels[i] = bucket_label(tl, k) .. ": " .. concat(parts, ", ")
        end
        local name = s.name == "-" and "(no provider recognised)" or s.name
        w("<figure><figcaption>", h(name), " — ", num(s.n), s.n == 1 and " attempt" or " attempts", "</figcaption>",
          svg.stacked{ values = values, labels = labels, classes = OCLASS, ticks = ticks,
                       marks = { [5] = "m-throttle", [6] = "m-block" }, mark_order = { 5, 6 },
                       title = "Outcomes over time for " .. name },
          "</figure>\n")
    end
    w("</div></section>\n")
end

local function throttle_section (w, throttle)
    w('<section id="blocking"><h2>Providers throttling or blocking</h2>\n')
    if #throttle == 0 then
        w('<p class="note">None.</p></section>\n')
        return
    end
    w('<table class="sortable"><thead><tr><th scope="col">provider or domain</th>'
      .. '<th scope="col" class="num">attempts</th><th scope="col">reasons</th>'
      .. '<th scope="col">first seen</th><th scope="col">last seen</th></tr></thead><tbody>\n')
    for i, t in ipairs(throttle) do
        if i > _M.ROWS.throttle then break end
        local parts = {}
        for _, k in ipairs(by_count(t.reasons)) do parts[#parts + 1] = h(k) .. " " .. t.reasons[k] end
        w("<tr><td>", t.provider and h(t.who) or ("domain " .. h(t.who)), '</td><td class="num">',
          num(t.n), "</td><td>", concat(parts, ", "), "</td><td>", h(t.first or "-"),
          "</td><td>", h(t.last or "-"), "</td></tr>\n")
    end
    w("</tbody></table>", more(_M.ROWS.throttle, #throttle, "providers"), "</section>\n")
end

-- a cell listing the biggest counts of 't' (of 'n' in all) with bars
local function kv_cell (t, n)
    local keys = by_count(t)
    local out = { '<td data-v="', h(keys[1] or ""), '">' }
    for i, k in ipairs(keys) do
        if i > _M.REASONS then
            out[#out + 1] = fmt('<div class="note">+ %d more</div>', #keys - _M.REASONS)
            break
        end
        out[#out + 1] = '<div class="kv"><span>' .. h(k) .. '</span><span class="num">'
                        .. t[k] .. "</span>" .. svg.bar({ t[k] }, { "share" }, n) .. "</div>"
    end
    out[#out + 1] = "</td>"
    return concat(out)
end

local function groups_section (w, groups)
    w('<section id="groups"><h2>Reasons and actions by provider and domain</h2>\n')
    if #groups == 0 then
        w('<p class="note">No delivery attempts.</p></section>\n')
        return
    end
    w('<table class="sortable"><caption>Each bar is the group\'s own attempts; '
      .. '"trouble" is the share deferred or bounced.</caption><thead><tr>'
      .. '<th scope="col">provider</th><th scope="col">domain</th>'
      .. '<th scope="col" class="num">attempts</th><th scope="col">outcomes</th>'
      .. '<th scope="col" class="num">trouble</th><th scope="col">reasons</th>'
      .. '<th scope="col">actions</th></tr></thead><tbody>\n')
    for i, g in ipairs(groups) do
        if i > _M.ROWS.groups then break end
        local o = g.outcome
        local v = { o.delivered or 0, o.deferred or 0, o.bounced or 0, o.unknown or 0 }
        local trouble = (v[2] + v[3]) / g.n
        w("<tr><td>", h(g.provider), "</td><td>", h(g.domain), '</td><td class="num">', num(g.n),
          '</td><td data-v="', fmt("%.4f", v[1] / g.n), '">', svg.bar(v, OCLASS, g.n),
          fmt('<span class="note">%d delivered, %d deferred, %d bounced, %d unknown</span>',
              v[1], v[2], v[3], v[4]),
          '</td><td class="num" data-v="', fmt("%.4f", trouble), '">',
          fmt("%.1f%%", trouble * 100), "</td>", kv_cell(g.reason, g.n),
          kv_cell(g.action, g.n), "</tr>\n")
    end
    w("</tbody></table>", more(_M.ROWS.groups, #groups, "groups"), "</section>\n")
end

-- }======================================================================

--[[
Write the report of summary 'sm' (of run 'run') to the file 'f'; returns what f:write returns.
]]
function _M.write (sm, run, f, opts)
    opts = opts or {}
    local redact = _M.redactor(opts.redact)
    local parts = {}
    local function w (...)
        local t = { ... }
        for i = 1, #t do parts[#parts + 1] = t[i] end
    end
    local groups, throttle, suppress, templates = summary.lists(sm)
    local files = {}
    for i, name in ipairs(run.files or {}) do files[i] = h(name) end
    local formats = {}
    for name in pairs(run.formats_seen or {}) do formats[#formats + 1] = name end
    sort(formats)
    w('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n',
      '<meta http-equiv="Content-Security-Policy" content="', page.CSP, '">\n',
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
      '<meta name="color-scheme" content="light dark"><link rel="icon" href="data:,">\n',
      "<title>smtpbounce report</title>\n<style>", page.CSS, "</style></head><body>\n",
      "<header><h1>Delivery report</h1>",
      fmt('<p class="meta">smtpbounce %s; %s (%s)%s.</p>', h(opts.version or _M._VERSION),
          #files > 0 and concat(files, ", ") or "standard input",
          #formats > 0 and h(concat(formats, ", ")) or "no format",
          opts.redact and "; addresses redacted (local parts hashed)" or ""),
      '<nav aria-label="sections"><ul><li><a href="#totals">Totals</a></li>',
      '<li><a href="#time">Over time</a></li><li><a href="#blocking">Throttling and blocking</a>',
      '</li><li><a href="#groups">By provider and domain</a></li>',
      '<li><a href="#suppress">Addresses to suppress</a></li>',
      '<li><a href="#unexplained">Unexplained replies</a></li>',
      opts.advice and '<li><a href="#advice">Advice</a></li>' or "",
      "</ul></nav></header>\n<main>\n")
    totals_section(w, sm, run)
    time_section(w, sm)
    throttle_section(w, throttle)
    groups_section(w, groups)
    sections.suppress(w, sm, suppress, redact, opts)
    sections.unexplained(w, sm, templates, redact, run)
    if opts.advice then sections.advice(w, opts.advice) end
    sections.limits(w, sm)
    w("</main>\n<script>", page.JS, "</script>\n</body></html>\n")
    return f:write(concat(parts))   -- (the file, or nil and the error)
end


-- {======================================================================
-- Reading saved `scan --json` lines
-- =======================================================================

local RESULT = { "outcome", "reason", "action", "provider", "rule", "basis", "text",
                 "template" }
local RECORD = { "time", "recipient", "domain", "phase", "mta_status", "reply" }
-- the result's fields every attempt scan writes has, and summary.add counts by
local NEEDED = { "outcome", "reason", "action", "rule" }

-- the strings of object 'o' named in 'names' (JSON null and other types: nil)
local function strings (o, names)
    local t = {}
    for _, k in ipairs(names) do
        local v = o[k]
        if type(v) == "string" then t[k] = v end
    end
    return t
end

-- whether the decoded line 'o' is an attempt object: NEEDED all strings
local function attempt (o)
    if type(o) ~= "table" then return false end
    for _, k in ipairs(NEEDED) do
        if type(o[k]) ~= "string" then return false end
    end
    return true
end

--[[
Count the attempts of saved `scan --json` output ('files': names, "-"
standard input; gzip'd or not, opened as scan opens its inputs; opts:
input (standard input), err, limits (scan's GROUPS, ADDRESSES,
TEMPLATES)) into a summary made for the report, as scan counts them
(summary.add).  The summary object --summary --json adds at the end is
skipped; a line that is no attempt object is counted unreadable and the
first REPORTED are named on opts.err.  Returns sm, run, and the exit
status (1 when a file could not be read, or had lines and not one of
them an attempt or the summary).
]]
_M.REPORTED = 20
function _M.read_jsonl (files, opts)
    local sm = summary.new(opts.limits, { report = true })
    local counts = { inputs = 0, lines = 0, attempts = 0, skipped = 0, unreadable = 0,
                     too_long = 0, before = 0 }
    local run = { counts = counts, formats_seen = {}, files = files,
                  lines_read = "JSON lines read" }
    local status = 0
    if #files == 0 then files = { "-" } end
    for _, name in ipairs(files) do
        local f, label, _, close = scan_input.open(name, opts.input)
        if not f then
            opts.err:write("smtpbounce: ", label, "\n")     -- (the message)
            status = 1
        else
            counts.inputs = counts.inputs + 1
            local n, reported, read = 0, 0, counts.attempts + counts.skipped
            for line in f:lines() do
                n = n + 1
                local o = json.decode(line)
                if attempt(o) then
                    local rec, r = strings(o, RECORD), strings(o, RESULT)
                    rec.reply = rec.reply or ""
                    if type(o.format) == "string" then run.formats_seen[o.format] = true end
                    summary.add(sm, rec, r)
                    counts.attempts = counts.attempts + 1
                elseif type(o) == "table" and o.summary then
                    counts.skipped = counts.skipped + 1
                elseif line ~= "" then
                    counts.unreadable = counts.unreadable + 1
                    if reported < _M.REPORTED then
                        reported = reported + 1
                        opts.err:write(fmt("smtpbounce: %s:%d: not an attempt of scan --json\n",
                                           label, n))
                    end
                end
            end
            counts.lines = counts.lines + n
            if reported > 0 and read == counts.attempts + counts.skipped then
                -- not one line of scan --json's: the wrong file (a log?),
                -- an error as scan's forced format that reads none is
                opts.err:write("smtpbounce: ", label, ": no line read as scan --json output\n")
                status = 1
            end
            if close and f:close() == nil then
                opts.err:write("smtpbounce: ", label, ": could not be read (gzip -dc failed?)\n")
                status = 1
            end
        end
    end
    return sm, run, status
end

--[[
The `report` command: opts o (args: the JSONL files, output, redact),
standard input, standard error, the version.  Returns the exit status;
raises (a message) when the output cannot be written.
]]
function _M.command (o, input, err, version)
    -- (the page's file first: one that cannot be written fails before
    -- any input is read, as scan's --report does)
    local f, e = io.open(o.output, "wb")
    if not f then error(e, 0) end
    local sm, run, status = _M.read_jsonl(o.args, {
        input = input, err = err, limits = require("smtpbounce.scan") })
    local ok, we = _M.write(sm, run, f, { redact = o.redact, version = version })
    if not summary.close_output(f, o.output, err, ok, we) then return 1 end
    return status
end

-- }======================================================================

return _M
