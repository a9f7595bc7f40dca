-- smtpbounce.scan.summary -- what `scan --summary` says, and the
-- addresses --suppress-out writes: per provider and recipient domain,
-- counts by outcome, reason and action; who throttles or blocks (first
-- and last seen); the addresses to suppress (each with the basis of the
-- decision, so that those resting on the reply code alone can be
-- reviewed); the biggest groups of
-- replies no rule explained, by template.  Every table is bounded (the
-- limits are smtpbounce.scan's); what does not fit is counted, and the
-- summary says so.
--
--   local sm = summary.new(limits [, { report = true }])
--   summary.add(sm, rec, r)          -- per attempt (r: outcome, reason,
--                                    -- action, provider, rule, basis, text,
--                                    -- template)
--   summary.text(sm, run, out); summary.json(sm, run, out)
--   summary.write_suppress(sm, f)
--   summary.lists(sm)                -- its tables as sorted lists
--
-- With 'report' (scan --report, smtpbounce.report; and scan --state,
-- whose file keeps these tables for a later --report), the same pass also
-- counts outcomes over time per provider (smtpbounce.report.timeline)
-- and keeps each address's last reply to suppress, by template: one
-- copy of each template (sm.replies, at most TEMPLATES), the address
-- its index.  The report is drawn from these tables and nothing else.
--
-- With scan --state, run.tracker (smtpbounce.scan.state's view) adds
-- what was read in all runs, the tracker's advice per provider and the
-- addresses its history suppressed.

local json = require "smtpbounce.json"
local timeline = require "smtpbounce.report.timeline"

local ipairs, pairs = ipairs, pairs
local concat, sort = table.concat, table.sort
local fmt, sub, lower, rep = string.format, string.sub, string.lower, string.rep

local _M = { _VERSION = "0.1.0" }

-- reasons that mean "this provider is blocking us"
local BLOCKING = { blocked = true, badreputation = true, ratelimited = true }


-- {======================================================================
-- Counting
-- =======================================================================

local function inc (t, k)
    t[k] = (t[k] or 0) + 1
end

-- keys of 't' by count, largest first (ties by name)
local function by_count (t)
    local keys = {}
    for k in pairs(t) do keys[#keys + 1] = k end
    sort(keys, function (a, b)
        if t[a] ~= t[b] then return t[a] > t[b] end
        return a < b
    end)
    return keys
end
_M.by_count = by_count

-- 's' padded with spaces to 'n' bytes, as "%-Ns" would (which raises for
-- a string with a zero byte in it, and a log line may have one: text
-- from the log is written as it is, never through string.format)
local function left (s, n)
    if #s >= n then return s end
    return s .. rep(" ", n - #s)
end

local function counts_text (t)
    local parts = {}
    for _, k in ipairs(by_count(t)) do parts[#parts + 1] = k .. " " .. t[k] end
    return concat(parts, ", ")
end


--[[
A summary, empty.  'limits': GROUPS (provider/domain groups, and
throttling providers), ADDRESSES, TEMPLATES.
]]
function _M.new (limits, opts)
    local report = opts and opts.report
    return { groups = {}, ngroups = 0, groups_over = 0,
             throttle = {}, nthrottle = 0, throttle_over = 0,
             suppress = {}, nsuppress = 0, suppress_over = 0,
             templates = {}, ntemplates = 0, templates_over = 0,
             timeline = report and timeline.new() or nil,
             replies = report and {} or nil, nreplies = 0, replies_over = 0,
             GROUPS = limits.GROUPS, ADDRESSES = limits.ADDRESSES,
             TEMPLATES = limits.TEMPLATES }
end

-- how the text summary marks an address suppressed on what is not the
-- reply's words or status (result.basis_of), or by the tracker's history
-- (scan --state)
local WEAK = { code = " (code only)", none = " (nothing recognised)", history = " (history)" }

local function unexplained (rule)
    return rule == "none" or sub(rule, 1, 5) == "smtp." or sub(rule, 1, 7) == "status."
end

-- the index of the template of reply 'r' (of attempt 'rec') among the
-- replies kept, or nil when TEMPLATES are kept already
local function reply_index (sm, rec, r)
    local tpl = r.template or r.text or ""
    local x = sm.replies[tpl]
    if x then return x.i end
    if sm.nreplies >= sm.TEMPLATES then
        sm.replies_over = sm.replies_over + 1
        return nil
    end
    sm.nreplies = sm.nreplies + 1
    sm.replies[tpl] = { i = sm.nreplies, template = tpl,
                        example = rec.reply ~= "" and rec.reply or rec.text or r.text or "" }
    return sm.nreplies
end

-- count one attempt
function _M.add (sm, rec, r)
    local prov, dom = r.provider or "-", rec.domain or "-"
    local key = prov .. "\0" .. dom
    local g = sm.groups[key]
    if not g then
        if sm.ngroups >= sm.GROUPS then
            sm.groups_over = sm.groups_over + 1
            key = "\1"
            g = sm.groups[key]
            if not g then
                g = { provider = "(others)", domain = "-", n = 0, outcome = {},
                      reason = {}, action = {} }
                sm.groups[key] = g
            end
        else
            g = { provider = prov, domain = dom, n = 0, outcome = {}, reason = {}, action = {} }
            sm.groups[key] = g
            sm.ngroups = sm.ngroups + 1
        end
    end
    g.n = g.n + 1
    inc(g.outcome, r.outcome); inc(g.reason, r.reason); inc(g.action, r.action)

    local throttling = r.action == "throttle" or BLOCKING[r.reason]
    local tl = sm.timeline
    if tl then
        -- (a throttle: slow down; a block: a refusal of our IP or name)
        timeline.add(tl, rec.time, prov, r.outcome, throttling
                     and ((r.action == "throttle" or r.reason == "ratelimited")
                          and timeline.THROTTLE or timeline.BLOCK))
    end
    if throttling then
        local who = r.provider or dom
        local t = sm.throttle[who]
        if not t and sm.nthrottle < sm.GROUPS then
            t = { who = who, provider = r.provider ~= nil, n = 0, reasons = {} }
            sm.throttle[who] = t
            sm.nthrottle = sm.nthrottle + 1
        end
        if t then
            t.n = t.n + 1
            inc(t.reasons, r.reason)
            if rec.time then
                if not t.first then t.first = rec.time end
                t.last = rec.time
            end
        else
            sm.throttle_over = sm.throttle_over + 1
        end
    end

    local rcpt = rec.recipient
    if rcpt and rcpt ~= "" then
        local a = lower(rcpt)
        if r.action == "suppress" then
            local s = sm.suppress[a]
            if s then
                s.reason, s.basis = r.reason, r.basis
            elseif sm.nsuppress < sm.ADDRESSES then
                s = { address = rcpt, reason = r.reason, basis = r.basis }
                sm.suppress[a] = s
                sm.nsuppress = sm.nsuppress + 1
            end
            if s then
                if sm.replies then s.reply = reply_index(sm, rec, r) end
            else
                sm.suppress_over = sm.suppress_over + 1
            end
        elseif rec.mta_status == "sent" and sm.suppress[a] then
            -- delivered since: not a bad address after all
            sm.suppress[a] = nil
            sm.nsuppress = sm.nsuppress - 1
        end
    end

    -- 2xx replies need no explaining
    if r.outcome ~= "delivered" and unexplained(r.rule) then
        local tpl = r.template or r.text or ""
        local u = sm.templates[tpl]
        if not u then
            if sm.ntemplates < sm.TEMPLATES then
                u = { template = tpl, n = 0, rule = r.rule,
                      example = rec.reply ~= "" and rec.reply or rec.text or "",
                      reason = r.reason, basis = r.basis, provider = r.provider,
                      phase = rec.phase }
                sm.templates[tpl] = u
                sm.ntemplates = sm.ntemplates + 1
            else
                sm.templates_over = sm.templates_over + 1
            end
        end
        if u then u.n = u.n + 1 end
    end
end

-- }======================================================================


-- {======================================================================
-- Writing
-- =======================================================================

-- the summary as sorted lists: groups, throttling, suppress, templates
local function lists (sm)
    local groups, throttle, suppress, templates = {}, {}, {}, {}
    for _, g in pairs(sm.groups) do groups[#groups + 1] = g end
    sort(groups, function (a, b)
        if a.n ~= b.n then return a.n > b.n end
        if a.provider ~= b.provider then return a.provider < b.provider end
        return a.domain < b.domain
    end)
    for _, t in pairs(sm.throttle) do throttle[#throttle + 1] = t end
    sort(throttle, function (a, b)
        if a.n ~= b.n then return a.n > b.n end
        return a.who < b.who
    end)
    for _, s in pairs(sm.suppress) do suppress[#suppress + 1] = s end
    sort(suppress, function (a, b) return lower(a.address) < lower(b.address) end)
    for _, u in pairs(sm.templates) do templates[#templates + 1] = u end
    sort(templates, function (a, b)
        if a.n ~= b.n then return a.n > b.n end
        return a.template < b.template
    end)
    return groups, throttle, suppress, templates
end
_M.lists = lists

-- scan's first line: what was read
local function scan_headline (run)
    local c = run.counts
    local formats = {}
    for name in pairs(run.formats_seen) do formats[#formats + 1] = name end
    sort(formats)
    return fmt("Scanned %d input%s (%s): %d lines, %d delivery attempts, %d other lines skipped, "
               .. "%d unreadable, %d too long%s",
               c.inputs, c.inputs == 1 and "" or "s",
               #formats > 0 and concat(formats, ", ") or "no format",
               c.lines, c.attempts, c.skipped, c.unreadable, c.too_long,
               run.since and fmt(", %d before --since", c.before) or "")
end

-- the time 't' (seconds since the epoch) as the logs write it
local function when (t)
    return t and os.date("%Y-%m-%dT%H:%M:%S", t) or "-"
end

-- the state's part of the text summary ('v': run.tracker)
local function tracker_text (v, w, first)
    w(fmt("\nWith the state in %s: %d lines, %d delivery attempts read in all\n",
          v.file, v.lines, v.attempts))
    w("\nTracker advice at ", when(v.now), " (the newest log time):\n")
    if #v.advice == 0 then w("  (none)\n") end
    first(v.advice, 20, "", function (a)
        w("  ", left(a.who, 28), " ", a.state,
          a.state == "slow" and fmt(" to %s/%s", a.rate, a.per) or "",
          " until ", when(a["until"]), fmt(" (rule %s, %d events)\n", a.rule, a.events))
    end)
    w(fmt("\nAddresses suppressed by history: %d\n", #v.history))
    first(v.history, 20, "", function (h)
        w("  ", left(h.address, 40), fmt(" %d times, ", h.count), when(h.first_seen), " to ",
          when(h.last_seen), " (rule ", h.rule, "), until ", when(h["until"]), "\n")
    end)
end

-- the state's part of the JSON summary
local function tracker_json (v)
    local val = json.value
    local a, h = {}, {}
    for i, x in ipairs(v.advice) do
        a[i] = fmt('{"provider":%s,"state":%s,"until":%s,"rate":%s,"per":%s,"rule":%s,'
                   .. '"events":%d}', val(x.who), val(x.state), val(x["until"]), val(x.rate),
                   val(x.per), val(x.rule), x.events)
    end
    for i, x in ipairs(v.history) do
        h[i] = fmt('{"address":%s,"basis":%s,"count":%s,"window":%s,"first_seen":%s,'
                   .. '"last_seen":%s,"rule":%s,"until":%s}', val(x.address), val(x.basis),
                   val(x.count), val(x.window), val(x.first_seen), val(x.last_seen),
                   val(x.rule), val(x["until"]))
    end
    return fmt(',"state":{"file":%s,"runs":%d,"lines":%d,"attempts":%d,"now":%s,'
               .. '"advice":[%s],"history":[%s]}', val(v.file), v.runs, v.lines, v.attempts,
               val(v.now), concat(a, ","), concat(h, ","))
end

-- scan's counts, as the JSON summary's first members
local function scan_counts (run)
    local c = run.counts
    return fmt('"inputs":%d,"lines":%d,"attempts":%d,"skipped":%d,"unreadable":%d,'
               .. '"too_long":%d,"before_since":%d', c.inputs, c.lines, c.attempts,
               c.skipped, c.unreadable, c.too_long, c.before)
end

-- what the bounded tables could not keep, one sentence each (the text
-- summary names the addresses to suppress here, the report beside its
-- list, which alone keeps last replies)
function _M.overflows (sm, with_suppress, with_replies)
    local over = {}
    local function say (n, ...)
        if n > 0 then over[#over + 1] = fmt(...) end
    end
    say(sm.groups_over, "%d attempts past the %d provider/domain groups counted as (others)",
        sm.groups_over, sm.GROUPS)
    say(sm.throttle_over, "%d throttling attempts past %d providers not listed",
        sm.throttle_over, sm.GROUPS)
    if with_suppress then
        say(sm.suppress_over, "%d addresses to suppress past %d not kept",
            sm.suppress_over, sm.ADDRESSES)
    end
    say(sm.templates_over, "%d unexplained replies past %d templates not grouped",
        sm.templates_over, sm.TEMPLATES)
    if with_replies then
        say(sm.replies_over or 0, "%d last replies past %d templates not kept",
            sm.replies_over, sm.TEMPLATES)
    end
    return over
end

--[[
The summary as text.  'run': headline (the first line: what was read),
or for scan's: counts (the run's counters), formats_seen (the set of
formats read), since (--since's epoch, or nil).
]]
function _M.text (sm, run, out)
    local groups, throttle, suppress, templates = lists(sm)
    local w = function (...) out:write(...) end
    w(run.headline or scan_headline(run), "\n")

    -- the first 'max' of 'items' through 'row', then how many more ('what')
    local function first (items, max, what, row)
        for i, item in ipairs(items) do
            if i > max then
                w(fmt("  ... %d more%s\n", #items - max, what))
                break
            end
            row(item)
        end
    end

    w("\nBy provider and recipient domain:\n")
    if #groups == 0 then
        w("  (no delivery attempts)\n")
    else
        w(fmt("  %-12s %-28s %8s %9s %8s %7s %7s\n", "provider", "domain", "attempts",
              "delivered", "deferred", "bounced", "unknown"))
    end
    first(groups, 25, " groups", function (g)
        w("  ", left(g.provider, 12), " ", left(g.domain, 28),
          fmt(" %8d %9d %8d %7d %7d\n", g.n, g.outcome.delivered or 0, g.outcome.deferred or 0,
              g.outcome.bounced or 0, g.outcome.unknown or 0))
        w(fmt("  %-41s reasons: %s\n", "", counts_text(g.reason)))
        w(fmt("  %-41s actions: %s\n", "", counts_text(g.action)))
    end)

    w("\nProviders throttling or blocking:\n")
    if #throttle == 0 then w("  (none)\n") end
    first(throttle, 20, "", function (t)
        w("  ", left(t.provider and t.who or ("domain " .. t.who), 28),
          fmt(" %6d time%s (", t.n, t.n == 1 and "" or "s"), counts_text(t.reasons),
          "), first ", t.first or "-", ", last ", t.last or "-", "\n")
    end)

    w(fmt("\nAddresses to suppress: %d\n", #suppress))
    first(suppress, 20, " (--suppress-out FILE writes them all)", function (a)
        w("  ", left(a.address, 40), " ", a.reason, WEAK[a.basis] or "", "\n")
    end)
    if run.tracker then tracker_text(run.tracker, w, first) end

    w("\nReplies no rule explained (defaults layer only), biggest groups by template:\n")
    if #templates == 0 then w("  (none)\n") end
    first(templates, 10, " templates", function (u)
        w(fmt("  %6d  ", u.n), u.template, "\n          rule ", u.rule, "; e.g. ", u.example, "\n")
    end)

    local over = _M.overflows(sm, true, false)
    if #over > 0 then
        w("\nTables full (memory stays bounded): " .. concat(over, "; ") .. "\n")
    end
end

-- the summary as one JSON object ('run': counts_json, the members that
-- say what was read, or scan's counts as for text)
function _M.json (sm, run, out)
    local v = json.value
    local function map (t)
        local parts = {}
        for _, k in ipairs(by_count(t)) do parts[#parts + 1] = v(k) .. ":" .. t[k] end
        return "{" .. concat(parts, ",") .. "}"
    end
    local groups, throttle, suppress, templates = lists(sm)
    local g, t, s, u = {}, {}, {}, {}
    for i, x in ipairs(groups) do
        g[i] = fmt('{"provider":%s,"domain":%s,"attempts":%d,"outcome":%s,"reason":%s,"action":%s}',
                   x.provider == "-" and "null" or v(x.provider),
                   x.domain == "-" and "null" or v(x.domain), x.n, map(x.outcome),
                   map(x.reason), map(x.action))
    end
    for i, x in ipairs(throttle) do
        t[i] = fmt('{"%s":%s,"count":%d,"reason":%s,"first":%s,"last":%s}',
                   x.provider and "provider" or "domain", v(x.who), x.n, map(x.reasons),
                   v(x.first), v(x.last))
    end
    for i, x in ipairs(suppress) do
        s[i] = fmt('{"address":%s,"reason":%s,"basis":%s}', v(x.address), v(x.reason),
                   v(x.basis))
    end
    for i, x in ipairs(templates) do
        u[i] = fmt('{"template":%s,"count":%d,"rule":%s,"example":%s}', v(x.template), x.n,
                   v(x.rule), v(x.example))
    end
    out:write('{"summary":{', run.counts_json or scan_counts(run),
              fmt(',"groups":[%s],"throttling":[%s],"suppress":[%s],"unexplained":[%s],'
                  .. '"not_kept":{"groups":%d,"throttling":%d,"suppress":%d,"templates":%d}%s}}\n',
                  concat(g, ","), concat(t, ","), concat(s, ","), concat(u, ","),
                  sm.groups_over, sm.throttle_over, sm.suppress_over, sm.templates_over,
                  run.tracker and tracker_json(run.tracker) or ""))
end

-- the addresses to suppress, TAB, the reason, TAB, the basis (code: the
-- reply code alone decided, to review), one a line, to 'f'
function _M.write_suppress (sm, f)
    local _, _, list = lists(sm)
    for _, s in ipairs(list) do
        local ok, e = f:write(s.address, "\t", s.reason, "\t", s.basis, "\n")
        if not ok then return nil, e end    -- (a full disk, say)
    end
    return true
end

--[[
Close 'f', the output file 'name' written with the result (ok, e) of its
writes; a failure of either is named on 'err'.  Returns whether all went well.
]]
function _M.close_output (f, name, err, ok, e)
    local okc, ec = f:close()
    if ok and okc then return true end
    err:write("smtpbounce: ", name, ": ", tostring(e or ec), "\n")
    return false
end

-- }======================================================================

return _M
