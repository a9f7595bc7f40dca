-- smtpbounce.scan -- `smtpbounce scan`: read mail logs (Postfix, Exim,
-- Sendmail, JSON lines; plain or gzip'd, or standard input), classify
-- every delivery attempt, and write one result per attempt and/or a
-- summary: per provider and domain, who throttles or blocks, which
-- addresses to suppress, which replies no rule explained.
--
-- Memory stays flat whatever the input size: files are read in blocks
-- (a pipe on standard input line by line, so that each result is written
-- as soon as its line is read), and nothing is kept per line, except in
-- bounded tables (limits below; what did not fit is counted and the
-- summary says so):
--   CACHE    classification results, per (relay, domain, phase, text),
--            two generations of CACHE entries each (an LRU of sorts)
--   GROUPS   provider/domain groups and throttling providers
--   ADDRESSES  addresses to suppress (the summary and --suppress-out
--            only: it grows with the bounced addresses, up to this)
--   TEMPLATES  groups of replies no rule explained
--   PENDING  queue ids with deferred recipients, for logs whose expiry
--            line names the queue id alone (Postfix's qmgr), so that it
--            can name them; two generations, and a queue id leaves when
--            the log says its message left the queue ("removed")
-- Lines longer than MAX_LINE are counted and skipped (never held whole,
-- except from a pipe).
--
-- The hot path, per line: a plain-text search for the grammar's
-- prefilter ("status=" for Postfix, "stat=" for Sendmail) over the read
-- buffer, so that the many lines that are no delivery are passed over
-- without a string being made of them; one LPeg match per delivery line
-- (Postfix's usual layout: one call of logio.postfix_values, which reads
-- what the grammar's LPeg pattern reads, in C);
-- the classification from the cache when (relay, domain, phase, text)
-- was seen before, else from the classifier as values (no result table);
-- the result's JSON built once per cached result, and each line's JSON
-- in one concatenation and one write.

local log = require "smtpbounce.log"
local common = require "smtpbounce.log.common"
local skiplines = require("smtpbounce.logio").skiplines

local ipairs, pairs, type, tostring, pcall, rawget, setmetatable =
      ipairs, pairs, type, tostring, pcall, rawget, setmetatable
local io_open, io_popen, os_execute = io.open, io.popen, os.execute
local concat, sort = table.concat, table.sort
local fmt, find, sub, byte, lower, rep, gsub = string.format, string.find,
    string.sub, string.byte, string.lower, string.rep, string.gsub
local floor = math.floor
local domain_of, epoch = common.domain_of, common.epoch

local _M = { _VERSION = "0.1.0" }

_M.MAX_LINE = 1024 * 1024
_M.CACHE = 8192
_M.GROUPS = 10000
_M.ADDRESSES = 200000
_M.TEMPLATES = 10000
_M.PENDING = 25000
_M.REPORTED = 20        -- unreadable lines reported by number, per file
_M.PROGRESS_EVERY = 65536
local BLOCK = 65536       -- bytes read at a time

-- the fields of each attempt's JSON object before the result's
_M.LOG_FIELDS = { "time", "queue_id", "recipient", "domain", "relay", "phase",
                  "mta_status", "dsn", "reply", "format" }

-- reasons that mean "this provider is blocking us"
local BLOCKING = { blocked = true, badreputation = true, ratelimited = true }


-- {======================================================================
-- Small helpers
-- =======================================================================

-- is file descriptor 'fd' a terminal?  (plain Lua has no isatty)
function _M.isatty (fd)
    local r = os_execute("test -t " .. fd)
    return r == true or r == 0
end

local function shell_quote (s)
    return "'" .. gsub(s, "'", "'\\''") .. "'"
end

-- size of a seekable handle, leaving its position where it was
local function size_of (fh)
    local ok, cur = pcall(fh.seek, fh, "cur")
    if not ok or not cur then return nil end
    local size = fh:seek("end")
    fh:seek("set", cur)
    return size
end

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
JSON string contents, in one pass (an LPeg substitution: spans of plain
characters are copied as they are).  The same text as smtpbounce.json's
(lua-cjson's escapes, "/" left alone): invalid UTF-8 becomes U+FFFD.
]]
local escape, all_plain
do
    local lpeg = require "lpeg"
    local P, R, S, Cs = lpeg.P, lpeg.R, lpeg.S, lpeg.Cs
    local ESC = { ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
                  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }
    for b = 0, 31 do
        local ch = string.char(b)
        if not ESC[ch] then ESC[ch] = fmt("\\u%04x", b) end
    end
    ESC["\127"] = "\\u007f"
    local cont = R"\128\191"
    local utf8 = R"\194\223" * cont
                 + P"\224" * R"\160\191" * cont
                 + (R"\225\236" + R"\238\239") * cont * cont
                 + P"\237" * R"\128\159" * cont
                 + P"\240" * R"\144\191" * cont * cont
                 + R"\241\243" * cont * cont * cont
                 + P"\244" * R"\128\143" * cont * cont
    local plain = (R"\32\126" - S'"\\')^1
    escape = Cs((plain + utf8 + (S'"\\\127' + R"\0\31") / ESC + P(1) / "\239\191\189")^0)
    -- most text needs nothing done: a span, no capture, no copy
    all_plain = plain^-1 * -1
end
_M.json_escape = function (s) return escape:match(s) end

-- }======================================================================


-- {======================================================================
-- The summary (bounded tables)
-- =======================================================================

local function new_summary ()
    return { groups = {}, ngroups = 0, groups_over = 0,
             throttle = {}, nthrottle = 0, throttle_over = 0,
             suppress = {}, nsuppress = 0, suppress_over = 0,
             templates = {}, ntemplates = 0, templates_over = 0 }
end

local function unexplained (rule)
    return rule == "none" or sub(rule, 1, 5) == "smtp." or sub(rule, 1, 7) == "status."
end

local function summary_add (sm, rec, r)
    local prov, dom = r.provider or "-", rec.domain or "-"
    local key = prov .. "\0" .. dom
    local g = sm.groups[key]
    if not g then
        if sm.ngroups >= _M.GROUPS then
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

    if r.action == "throttle" or BLOCKING[r.reason] then
        local who = r.provider or dom
        local t = sm.throttle[who]
        if not t and sm.nthrottle < _M.GROUPS then
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
                s.reason = r.reason
            elseif sm.nsuppress < _M.ADDRESSES then
                sm.suppress[a] = { address = rcpt, reason = r.reason }
                sm.nsuppress = sm.nsuppress + 1
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
            if sm.ntemplates < _M.TEMPLATES then
                u = { template = tpl, n = 0, rule = r.rule,
                      example = rec.reply ~= "" and rec.reply or rec.text or "" }
                sm.templates[tpl] = u
                sm.ntemplates = sm.ntemplates + 1
            else
                sm.templates_over = sm.templates_over + 1
            end
        end
        if u then u.n = u.n + 1 end
    end
end

-- the summary as sorted lists
local function summary_lists (sm)
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

local function summary_text (st, out)
    local c, sm = st.counts, st.summary
    local groups, throttle, suppress, templates = summary_lists(sm)
    local w = function (...) out:write(...) end
    local formats = {}
    for name in pairs(st.formats_seen) do formats[#formats + 1] = name end
    sort(formats)
    w(fmt("Scanned %d input%s (%s): %d lines, %d delivery attempts, %d other lines skipped, "
          .. "%d unreadable, %d too long%s\n",
          c.inputs, c.inputs == 1 and "" or "s",
          #formats > 0 and concat(formats, ", ") or "no format",
          c.lines, c.attempts, c.skipped, c.unreadable, c.too_long,
          st.since and fmt(", %d before --since", c.before) or ""))

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
    if #groups == 0 then w("  (no delivery attempts)\n") end
    w(fmt("  %-12s %-28s %8s %9s %8s %7s %7s\n", "provider", "domain", "attempts",
          "delivered", "deferred", "bounced", "unknown"))
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
        w("  ", left(a.address, 40), " ", a.reason, "\n")
    end)

    w("\nReplies no rule explained (defaults layer only), biggest groups by template:\n")
    if #templates == 0 then w("  (none)\n") end
    first(templates, 10, " templates", function (u)
        w(fmt("  %6d  ", u.n), u.template, "\n          rule ", u.rule, "; e.g. ", u.example, "\n")
    end)

    local over = {}
    if sm.groups_over > 0 then
        over[#over + 1] = fmt("%d attempts past the %d provider/domain groups counted as (others)",
                              sm.groups_over, _M.GROUPS)
    end
    if sm.throttle_over > 0 then
        over[#over + 1] = fmt("%d throttling attempts past %d providers not listed",
                              sm.throttle_over, _M.GROUPS)
    end
    if sm.suppress_over > 0 then
        over[#over + 1] = fmt("%d addresses to suppress past %d not kept",
                              sm.suppress_over, _M.ADDRESSES)
    end
    if sm.templates_over > 0 then
        over[#over + 1] = fmt("%d unexplained replies past %d templates not grouped",
                              sm.templates_over, _M.TEMPLATES)
    end
    if #over > 0 then
        w("\nTables full (memory stays bounded): " .. concat(over, "; ") .. "\n")
    end
end

local function summary_json (st, out)
    local json = require "smtpbounce.json"
    local v = json.value
    local function map (t)
        local parts = {}
        for _, k in ipairs(by_count(t)) do parts[#parts + 1] = v(k) .. ":" .. t[k] end
        return "{" .. concat(parts, ",") .. "}"
    end
    local c, sm = st.counts, st.summary
    local groups, throttle, suppress, templates = summary_lists(sm)
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
        s[i] = fmt('{"address":%s,"reason":%s}', v(x.address), v(x.reason))
    end
    for i, x in ipairs(templates) do
        u[i] = fmt('{"template":%s,"count":%d,"rule":%s,"example":%s}', v(x.template), x.n,
                   v(x.rule), v(x.example))
    end
    out:write(fmt('{"summary":{"inputs":%d,"lines":%d,"attempts":%d,"skipped":%d,'
                  .. '"unreadable":%d,"too_long":%d,"before_since":%d,"groups":[%s],'
                  .. '"throttling":[%s],"suppress":[%s],"unexplained":[%s],'
                  .. '"not_kept":{"groups":%d,"throttling":%d,"suppress":%d,"templates":%d}}}\n',
                  c.inputs, c.lines, c.attempts, c.skipped, c.unreadable, c.too_long, c.before,
                  concat(g, ","), concat(t, ","), concat(s, ","), concat(u, ","),
                  sm.groups_over, sm.throttle_over, sm.suppress_over, sm.templates_over))
end

-- }======================================================================


-- {======================================================================
-- The scanner
-- =======================================================================

--[[
A scanner for one run.  opts: classifier, mode ("json", "lines" or
nil for none), summary (bool), suppress (bool: keep the addresses),
since (epoch seconds or nil), out, err, fields (a jsonl mapping or nil),
format (forced format or nil).
]]
local function new_scanner (opts)
    local c, out, err = opts.classifier, opts.out, opts.err
    local mode, since = opts.mode, opts.since
    local collect = opts.summary or opts.suppress
    local counts = { inputs = 0, lines = 0, attempts = 0, skipped = 0, unreadable = 0,
                     too_long = 0, before = 0 }
    local st = { counts = counts, summary = new_summary(), since = since,
                 formats_seen = {}, status = 0 }
    local sm = st.summary
    local json = mode == "json"

    -- JSON text of a string (or null): quoted, escaped only when needed
    local function jstr (s)
        if s == nil then return "null" end
        if all_plain:match(s) then return '"' .. s .. '"' end
        return '"' .. escape:match(s) .. '"'
    end

    -- values that repeat (vocabulary, rule ids, relays, dsn codes):
    -- escaped once, kept in a bounded table
    local memo_t, memo_n = {}, 0
    local function memo (s)
        if s == nil then return "null" end
        local j = memo_t[s]
        if j then return j end
        j = jstr(s)
        if memo_n >= 4096 then memo_t, memo_n = {}, 0 end
        memo_t[s] = j
        memo_n = memo_n + 1
        return j
    end

    -- the result's fields (json.result's order and rules: nil fields
    -- left out), after the log fields: no "{"
    local function result_json (r)
        -- (rawget: a result's __index is for 'template' alone)
        local code, status = rawget(r, "code"), rawget(r, "status")
        local provider, forward = rawget(r, "provider"), rawget(r, "forward")
        local retry, give_up = rawget(r, "retry_after"), rawget(r, "give_up_after")
        local template = r.template
        local tags = r.tags
        local tags_j = "[]"
        if #tags > 0 then
            local t = {}
            for i, tag in ipairs(tags) do t[i] = memo(tag) end
            tags_j = "[" .. concat(t, ",") .. "]"
        end
        -- one concatenation, one string
        return (code and '"code":' .. code .. "," or "")
               .. (status and '"status":' .. memo(status) .. "," or "")
               .. '"outcome":' .. memo(r.outcome) .. ',"reason":' .. memo(r.reason)
               .. ',"action":' .. memo(r.action) .. ',"scope":' .. memo(r.scope)
               .. (provider and ',"provider":' .. memo(provider) or "")
               .. ',"text":' .. jstr(r.text) .. ',"tags":' .. tags_j
               .. (forward and ',"forward":' .. jstr(forward) or "")
               .. (retry and ',"retry_after":' .. retry or "")
               .. (give_up and ',"give_up_after":' .. give_up or "")
               .. ',"rule":' .. memo(r.rule)
               .. (template and ',"template":' .. jstr(template) or "") .. "}"
    end

    -- the grammar of the input being read says its time and queue id need
    -- no escaping (Postfix, Exim, Sendmail: digits, letters, "-:.T+")
    local plain_ids = false

    --[[
    Classification results, by context (relay, domain, phase; false when
    absent), then by the text classified: cache[relay][domain][phase][text].
    Two generations of CACHE entries each (an entry used again is copied
    into the new one; the old one is dropped whole).  An entry is the
    result's JSON text (--json alone), or { json = ..., r = the fields the
    lines and the summary use }.
    ]]
    local cache_new, cache_old, cache_n = {}, {}, 0
    local CACHE = _M.CACHE
    local keep = mode == "lines" or collect
    local classify_values = c.classify_values

    -- the JSON of an effect's fields around the text: outcome to provider,
    -- tags, retry_after to rule (effects are few and shared: kept)
    local effect_json = {}
    local function effect_parts (e, outcome, provider)
        local p = effect_json[e]
        if p then return p end
        local tags, tj = e.tags, "[]"
        if #tags > 0 then
            local t = {}
            for i, tag in ipairs(tags) do t[i] = memo(tag) end
            tj = "[" .. concat(t, ",") .. "]"
        end
        local retry, give_up = e.retry_after, e.give_up_after
        p = { '"outcome":' .. memo(outcome) .. ',"reason":' .. memo(e.reason)
              .. ',"action":' .. memo(e.action) .. ',"scope":' .. memo(e.scope)
              .. (provider and ',"provider":' .. memo(provider) or ""),
              ',"tags":' .. tj,
              (retry and ',"retry_after":' .. retry or "")
              .. (give_up and ',"give_up_after":' .. give_up or "")
              .. ',"rule":' .. memo(e.rule) }
        effect_json[e] = p
        return p
    end

    -- a cache entry for 'text' classified in its context
    local ctx = {}
    -- '"code":550,' for each code seen (numbers are slow to turn into text)
    local code_j = setmetatable({}, { __index = function (t, code)
        local j = '"code":' .. code .. ","
        t[code] = j
        return j
    end })
    -- 'plain': nothing in 'text' needs escaping in JSON
    local function entry (text, relay, domain, phase, plain)
        if not classify_values then
            -- a classifier with the result-table API only
            ctx.mx, ctx.domain, ctx.phase = relay, domain, phase
            local r = c:classify(text, ctx)
            if not keep then return result_json(r) end
            return { json = json and result_json(r) or nil,
                     r = { outcome = r.outcome, reason = r.reason, action = r.action,
                           provider = rawget(r, "provider"), rule = r.rule, text = r.text,
                           template = collect and r.template or nil } }
        end
        local e, outcome, provider, code, status, rtext, forward, template =
            classify_values(c, text, relay, domain, phase)
        local j
        if json then
            -- json.result's order and rules (nil fields left out), after
            -- the log fields: no "{"
            local p = effect_json[e] or effect_parts(e, outcome, provider)
            -- text and template: plain when the reply is and has no HTML
            -- entity to decode (they are made of its bytes, spaces and
            -- placeholders); plain most often else too (one look at both)
            local fj = forward and ',"forward":' .. jstr(forward) or ""
            if code and status and template
               and ((plain and not find(text, "&", 1, true))
                    or all_plain:match(rtext .. template)) then
                -- (the usual reply: one concatenation)
                j = code_j[code] .. '"status":' .. (memo_t[status] or memo(status)) .. ","
                    .. p[1] .. ',"text":"' .. rtext .. '"' .. p[2] .. fj .. p[3]
                    .. ',"template":"' .. template .. '"}'
            else
                j = (code and code_j[code] or "")
                    .. (status and '"status":' .. (memo_t[status] or memo(status)) .. "," or "")
                    .. p[1] .. ',"text":' .. jstr(rtext) .. p[2] .. fj .. p[3]
                    .. (template and ',"template":' .. jstr(template) or "") .. "}"
            end
        end
        -- a reply that names its message or recipient (an id, a hex
        -- string, an address) does not come again: not kept (numbers
        -- alone are most often a limit, a delay or an RFC's: kept)
        local once = template and (find(template, "{id}", 1, true) or find(template, "{hex}", 1, true)
                                   or find(template, "{email}", 1, true))
        if not keep then return j, once end
        return { json = j, r = { outcome = outcome, reason = e.reason, action = e.action,
                                 provider = provider, rule = e.rule, text = rtext,
                                 template = collect and template or nil } }, once
    end

    local function classify (rec)
        local text = rec.classify or (rec.reply ~= "" and rec.reply) or rec.text or ""
        local relay = rec.relay
        if relay == "none" or relay == "" then relay = nil end
        local kr, kd, kp = relay or false, rec.domain or false, rec.phase or false
        local by_domain = cache_new[kr]
        local by_phase = by_domain and by_domain[kd]
        local by_text = by_phase and by_phase[kp]
        local e = by_text and by_text[text]
        if e then return e end
        e = cache_old[kr]
        e = e and e[kd]
        e = e and e[kp]
        e = e and e[text]
        if not e then
            local once
            e, once = entry(text, relay, rec.domain, rec.phase, rec.plain)
            if once then return e end
        end
        if not by_text then
            if not by_domain then by_domain = {}; cache_new[kr] = by_domain end
            by_phase = by_domain[kd]
            if not by_phase then by_phase = {}; by_domain[kd] = by_phase end
            by_text = {}
            by_phase[kp] = by_text
        end
        by_text[text] = e
        cache_n = cache_n + 1
        if cache_n >= CACHE then
            cache_old, cache_new, cache_n = cache_new, {}, 0
        end
        return e
    end

    -- the JSON line of an attempt: one string, one write
    local last_t, last_tj = nil, "null"
    local function write_json (rec, rj)
        local t, q, rcpt, dom = rec.time, rec.queue_id, rec.recipient, rec.domain
        if t ~= last_t then
            -- (lines of the same second follow each other)
            last_t = t
            if t == nil then last_tj = "null"
            elseif plain_ids then last_tj = '"' .. t .. '"'
            else last_tj = jstr(t) end
        end
        local rl, ph, ms, dsn = rec.relay, rec.phase, rec.mta_status, rec.dsn
        rl = rl and memo_t[rl] or memo(rl)
        ph = ph and memo_t[ph] or memo(ph)
        ms = ms and memo_t[ms] or memo(ms)
        dsn = dsn and memo_t[dsn] or memo(dsn)
        local reply = rec.reply
        if rec.plain and q and rcpt and dom then
            -- (the grammar saw that nothing in the line needs escaping)
            out:write('{"time":' .. last_tj .. ',"queue_id":"' .. q .. '","recipient":"' .. rcpt
                      .. '","domain":"' .. dom .. '","relay":' .. rl .. ',"phase":' .. ph
                      .. ',"mta_status":' .. ms .. ',"dsn":' .. dsn .. ',"reply":"' .. reply
                      .. '","format":"' .. rec.format .. '",' .. rj .. "\n")
            return
        end
        local qj
        if plain_ids and q then qj = '"' .. q .. '"' else qj = jstr(q) end
        -- the recipient and its domain (a part of it, lower case), and the
        -- reply: plain text most often, written between quotes as it is
        local rcj, dj
        if rcpt and all_plain:match(rcpt) then
            rcj, dj = '"' .. rcpt .. '"', dom and ('"' .. dom .. '"') or "null"
        else
            rcj, dj = jstr(rcpt), jstr(dom)
        end
        out:write('{"time":' .. last_tj .. ',"queue_id":' .. qj .. ',"recipient":' .. rcj
                  .. ',"domain":' .. dj .. ',"relay":' .. rl .. ',"phase":' .. ph
                  .. ',"mta_status":' .. ms .. ',"dsn":' .. dsn .. ',"reply":'
                  .. (reply == "" and '""' or jstr(reply)) .. ',"format":"' .. rec.format
                  .. '",' .. rj .. "\n")
    end

    local function emit (rec)
        local e = classify(rec)
        counts.attempts = counts.attempts + 1
        if json then
            write_json(rec, keep and e.json or e)
        elseif mode == "lines" then
            local r = e.r
            out:write(rec.time or "-", " ", rec.mta_status or "-", " ", r.outcome, " ",
                      r.reason, " ", r.action, " ", rec.recipient or "-", " ",
                      r.provider or "-", " ", r.rule, " ", r.text, "\n")
        end
        if collect then summary_add(sm, rec, e.r) end
    end

    --[[
    Queue ids with deferred recipients, for logs whose expiry line names
    the queue id alone (Postfix's qmgr): qid -> { rcpt -> { domain, relay,
    relay_ip } }.  Two generations of PENDING queue ids; a queue id leaves
    when the log says its message left the queue (Postfix's "removed").
    'track': the grammar of the input being read has such lines.
    ]]
    local pend_new, pend_old, n_new, n_old = {}, {}, 0, 0
    local PENDING = _M.PENDING
    local track = false

    local function pending (qid, create)
        local p = pend_new[qid]
        if p then return p end
        p = pend_old[qid]
        if p then
            pend_old[qid] = nil
            n_old = n_old - 1
        elseif not create then
            return nil
        else
            p = {}
        end
        pend_new[qid] = p
        n_new = n_new + 1
        if n_new >= PENDING then pend_old, pend_new, n_old, n_new = pend_new, {}, n_new, 0 end
        return p
    end

    -- the queue id's deferred recipients, taken out
    local function take (qid)
        local p = pend_new[qid]
        if p then
            pend_new[qid] = nil
            n_new = n_new - 1
            return p
        end
        p = pend_old[qid]
        if p then
            pend_old[qid] = nil
            n_old = n_old - 1
        end
        return p
    end

    local function dequeued (qid)
        if qid then take(qid) end
    end

    -- since: seconds of a record's time (cached per distinct second)
    local ep_cache, ep_n = {}, 0
    local function before_since (t)
        if not t then return false end
        local k = gsub(t, "%.%d+", "", 1)
        local e = ep_cache[k]
        if e == nil then
            e = epoch(k) or false
            if ep_n > 4096 then ep_cache, ep_n = {}, 0 end
            ep_cache[k] = e
            ep_n = ep_n + 1
        end
        return e and e < since
    end

    local function attempt (rec, fname)
        rec.format = fname
        if since and before_since(rec.time) then
            counts.before = counts.before + 1
            return
        end
        local st_, qid, rcpt = rec.mta_status, rec.queue_id, rec.recipient
        if track and qid and rcpt then
            if st_ == "deferred" then
                pending(qid, true)[rcpt] = { rec.domain, rec.relay, rec.relay_ip }
            elseif pend_new[qid] or pend_old[qid] then
                local p = pending(qid, false)
                p[rcpt] = nil
            end
        elseif track and qid and st_ == "expired" then
            local p = take(qid)
            local list = {}
            for a in pairs(p or {}) do list[#list + 1] = a end
            if #list > 0 then
                sort(list)
                for _, a in ipairs(list) do
                    local x = p[a]
                    emit{ time = rec.time, queue_id = qid, recipient = a, domain = x[1],
                          relay = x[2], relay_ip = x[3], mta_status = "expired",
                          reply = "", text = rec.text, format = fname }
                end
                return
            end
        end
        emit(rec)
        if rec.more then
            for _, a in ipairs(rec.more) do
                emit{ time = rec.time, queue_id = qid, recipient = a, domain = domain_of(a),
                      relay = rec.relay, relay_ip = rec.relay_ip, phase = rec.phase,
                      mta_status = st_, dsn = rec.dsn, reply = rec.reply, text = rec.text,
                      classify = rec.classify, format = fname }
            end
        end
    end

    --[[
    A line reader for 'fh': returns a function giving the next line, its
    length (a number) for a line longer than MAX_LINE (never held in
    memory whole), or nil at the end.  'block': read in blocks, for files
    and gzip streams; else line by line, so that a pipe's lines are
    answered as they come (logio.readline keeps NUL bytes, which Lua 5.1
    and LuaJIT's own line reading would take for the end of the line).  'rd.buf', 'rd.pos' let the caller skip lines in
    the buffer without making strings of them.
    ]]
    local function reader (fh, block)
        local MAX_LINE = _M.MAX_LINE
        local rd = { buf = "", pos = 1, eof = false }
        if not block then
            local readline = require("smtpbounce.logio").readline
            rd.next = function ()
                local line = readline(fh)
                if line and #line > MAX_LINE then return #line end
                return line
            end
            return rd
        end
        rd.next = function ()
            local buf, pos = rd.buf, rd.pos
            while true do
                local nl = find(buf, "\n", pos, true)
                if nl then
                    rd.pos = nl + 1
                    if nl - pos > MAX_LINE then return nl - pos end
                    return sub(buf, pos, nl - 1)
                end
                local rest = #buf - pos + 1
                if rd.eof then
                    rd.buf, rd.pos = "", 1
                    if rest <= 0 then return nil end
                    if rest > MAX_LINE then return rest end
                    return sub(buf, pos)
                end
                if rest > MAX_LINE then
                    -- too long: skip to its end without keeping it
                    local n = rest
                    while true do
                        local chunk = fh:read(BLOCK)
                        if not chunk then
                            rd.buf, rd.pos, rd.eof = "", 1, true
                            return n
                        end
                        local k = find(chunk, "\n", 1, true)
                        if k then
                            rd.buf, rd.pos = chunk, k + 1
                            return n + k - 1
                        end
                        n = n + #chunk
                    end
                end
                local chunk = fh:read(BLOCK)
                if chunk then
                    buf = (rest > 0 and sub(buf, pos) or "") .. chunk
                else
                    buf = rest > 0 and sub(buf, pos) or ""
                    rd.eof = true
                end
                pos = 1
                rd.buf, rd.pos = buf, 1
                rd.refills = (rd.refills or 0) + 1
            end
        end
        return rd
    end

    --[[
    Read one input: 'fh' a handle, 'name' for messages, 'size' its size
    when known, 'forced' the format when --format says it, 'progress'
    whether to draw a progress bar, 'block' whether to read in blocks.
    Returns false when the input could not be read (its format unknown).
    ]]
    function st.scan (fh, name, size, forced, progress, block)
        counts.inputs = counts.inputs + 1
        local rd = reader(fh, block)
        local next_line = rd.next
        -- lines read to tell the format (a too-long line: its length)
        local first, lineno = {}, 0
        local grammar = forced
        if not grammar then
            -- buffer lines only until one says the format
            local votes, bytes = 0, 0
            while true do
                local line = next_line()
                if not line then break end
                first[#first + 1] = line
                if type(line) == "string" then
                    bytes = bytes + #line
                    if find(line, "%S") then
                        votes = votes + 1
                        local f = log.detect{ line }
                        if f then grammar = f; break end
                    end
                end
                if votes >= log.DETECT_LINES or bytes > 4 * _M.MAX_LINE then break end
            end
            if not grammar and votes == 0 then
                -- blank (or only too long): nothing to read in any format
                grammar = "postfix"
            elseif not grammar then
                local text = {}
                for _, l in ipairs(first) do
                    if type(l) == "string" then text[#text + 1] = l end
                end
                local _, why = log.detect(text)
                if why == "syslog" then
                    err:write("smtpbounce: ", name, ": no MTA's lines among the first ",
                              #first, "; reading it as postfix (use --format)\n")
                    grammar = "postfix"
                else
                    err:write("smtpbounce: ", name, ": cannot tell the log format from its "
                              .. "first lines; use --format (", concat(log.formats, ", "), ")\n")
                    st.status = 1
                    return false
                end
            end
        end
        local g
        if grammar == "jsonl" then
            local jl = log.grammar("jsonl")
            local m = opts.fields
            if not m then
                local preset
                for _, l in ipairs(first) do
                    if type(l) == "string" then preset = jl.guess(jl.decode(l)) end
                    if preset then break end
                end
                if not preset then
                    -- look a little further
                    for _ = 1, 50 do
                        local l = next_line()
                        if not l then break end
                        first[#first + 1] = l
                        if type(l) == "string" then preset = jl.guess(jl.decode(l)) end
                        if preset then break end
                    end
                end
                if not preset then
                    err:write("smtpbounce: ", name, ": JSON lines of a shape no preset knows; "
                              .. "name the fields with --fields\n")
                    st.status = 1
                    return false
                end
                m = jl.mapping(preset)
            end
            g = jl.new(m)
        else
            g = log.grammar(grammar)
        end
        st.formats_seen[g.name] = true
        plain_ids = g.plain_ids or false
        track = g.expiry_by_queue or false
        local parse, pre, fname = g.parse, g.prefilter, g.name
        local scratch = {}
        -- lines without the prefilter that may say a message left the queue
        local deq, deq_id = track and g.dequeued, g.dequeued_id
        local MAX_LINE, reported = _M.MAX_LINE, 0
        local EVERY = _M.PROGRESS_EVERY
        local tick, draw = EVERY, nil
        if size and size > 0 and progress then
            local width = 30
            local drawn = false
            draw = function (done)
                if done then
                    -- take the bar away again
                    if drawn then err:write("\r", rep(" ", width + 30), "\r") end
                    return
                end
                drawn = true
                local pos = fh:seek() or 0
                local frac = pos / size
                if frac > 1 then frac = 1 end
                local n = floor(frac * width)
                err:write(fmt("\r[%s%s] %3d%% %d lines", rep("=", n), rep(" ", width - n),
                              floor(frac * 100), lineno))
            end
        end

        local function report (msg)
            reported = reported + 1
            if reported <= _M.REPORTED then
                err:write("smtpbounce: ", name, ":", lineno, ": ", msg, "\n")
            end
        end

        -- 'checked': the caller saw the prefilter in the line
        local function feed (line, checked)
            lineno = lineno + 1
            if type(line) == "number" then
                counts.too_long = counts.too_long + 1
                report(fmt("line too long (%d bytes, limit %d), skipped", line, MAX_LINE))
                return
            end
            if pre and not checked and not find(line, pre, 1, true) then
                counts.skipped = counts.skipped + 1
                if deq and n_new + n_old > 0 and find(line, deq, 1, true) then
                    dequeued(deq_id(line))
                end
                return
            end
            local n = #line
            if byte(line, n) == 13 then line = sub(line, 1, n - 1) end
            -- (a grammar may fill the same table each time: nothing here
            -- keeps a record past its line)
            local rec = parse(line, scratch)
            if rec then
                attempt(rec, fname)
            elseif rec == false then
                counts.unreadable = counts.unreadable + 1
                report("unreadable " .. fname .. " delivery line, skipped")
            else
                counts.skipped = counts.skipped + 1
            end
        end

        for i = 1, #first do
            local l = first[i]
            first[i] = false        -- let the collector have it
            feed(l)
        end

        if block and pre then
            -- the hot loop: lines in the buffer without the prefilter are
            -- counted and passed over without making strings of them
            -- (buffer and position in locals; the reader's own copies are
            -- synced when it is called for a whole line)
            local skipped, nextpre, nextdeq = 0, 0, deq and 0
            local buf, pos = rd.buf, rd.pos
            while true do
                local nl
                if not draw then
                    -- a run of lines without the prefilter is counted at
                    -- once, with the dequeue lines of queue ids not
                    -- followed (the others stop it)
                    if nextpre and nextpre < pos then
                        nextpre = find(buf, pre, pos, true) or false
                    end
                    local stop = nextpre or #buf + 1
                    local k, after
                    if deq and n_new + n_old > 0 then
                        k, after, nl = skiplines(buf, pos, stop - 1, MAX_LINE, deq,
                                                 pend_new, pend_old)
                    else
                        k, after, nl = skiplines(buf, pos, stop - 1, MAX_LINE)
                    end
                    if k > 0 then skipped, pos = skipped + k, after end
                else
                    nl = find(buf, "\n", pos, true)
                end
                if nl and nl - pos <= MAX_LINE then
                    if nextpre and nextpre < pos then
                        nextpre = find(buf, pre, pos, true) or false
                    end
                    if nextpre and nextpre < nl then
                        -- the line is in the buffer whole
                        rd.pos = nl + 1
                        lineno = lineno + skipped; counts.skipped = counts.skipped + skipped
                        skipped = 0
                        feed(sub(buf, pos, nl - 1), true)
                    else
                        -- (looked for only while some queue id is followed)
                        if nextdeq and n_new + n_old > 0 then
                            if nextdeq < pos then nextdeq = find(buf, deq, pos, true) or false end
                            if nextdeq and nextdeq < nl then
                                dequeued(deq_id(sub(buf, pos, nl - 1)))
                            end
                        end
                        skipped = skipped + 1
                        if draw then
                            lineno = lineno + skipped; counts.skipped = counts.skipped + skipped
                            skipped = 0
                            tick = tick - 1
                            if tick == 0 then tick = EVERY; draw(false) end
                        end
                    end
                    pos = nl + 1
                else
                    -- the end of the buffer, or a line too long: the reader's
                    rd.pos = pos
                    lineno = lineno + skipped; counts.skipped = counts.skipped + skipped
                    skipped = 0
                    local refills = rd.refills
                    local line = next_line()
                    if not line then break end
                    feed(line)
                    buf, pos = rd.buf, rd.pos
                    if rd.refills ~= refills then nextpre, nextdeq = 0, deq and 0 end
                end
            end
        else
            while true do
                local line = next_line()
                if not line then break end
                feed(line)
                if draw then
                    tick = tick - 1
                    if tick == 0 then tick = EVERY; draw(false) end
                end
            end
        end
        counts.lines = counts.lines + lineno
        if reported > _M.REPORTED then
            err:write("smtpbounce: ", name, ": ", reported - _M.REPORTED,
                      " more lines not shown\n")
        end
        if draw then draw(true) end
        return true
    end

    return st
end

-- }======================================================================


--[[
Run a scan.  opts: classifier, json, summary (true, false or nil for
"when stdout is a terminal"), suppress_out (a file name), since (epoch),
format (forced), fields (jsonl mapping), files (list; "-" or none:
standard input), out, err, input.  Returns the exit status.
]]
function _M.run (opts)
    local out, err, input = opts.out, opts.err, opts.input
    local files = opts.files
    if #files == 0 then files = { "-" } end
    local summary = opts.summary
    if summary == nil then
        summary = not opts.json and out == io.stdout and _M.isatty(1)
    end
    local mode = opts.json and "json" or (not summary and "lines") or nil
    local st = new_scanner{
        classifier = opts.classifier, mode = mode, summary = summary,
        suppress = opts.suppress_out ~= nil, since = opts.since, out = out, err = err,
        fields = opts.fields,
    }
    -- a progress bar when standard error is a terminal (asked once)
    local tty
    local function stderr_tty ()
        if tty == nil then tty = err == io.stderr and _M.isatty(2) end
        return tty
    end

    for _, name in ipairs(files) do
        local fh, size, close, label
        if name == "-" then
            fh, label = input, "<stdin>"
            size = size_of(input)
        else
            label = name
            local f, e = io_open(name, "rb")
            if not f then
                err:write("smtpbounce: ", tostring(e), "\n")
                st.status = 1
            else
                local magic = f:read(2)
                if magic == "\31\139" then
                    f:close()
                    fh = io_popen("gzip -dc < " .. shell_quote(name), "r")
                    close = true
                else
                    f:seek("set", 0)
                    fh, size, close = f, size_of(f), true
                end
            end
        end
        if fh then
            -- a pipe: write each result as soon as its line is read
            if out.setvbuf then out:setvbuf(size and "full" or "line") end
            -- blocks, except from a pipe (answer each line as it comes)
            local block = name ~= "-" or size ~= nil
            local ok = st.scan(fh, label, size, opts.format, size and stderr_tty(), block)
            if close then
                local okc = fh:close()
                if okc == nil and ok then
                    err:write("smtpbounce: ", label, ": could not be read (gzip -dc failed?)\n")
                    st.status = 1
                end
            end
            out:flush()
        end
    end
    if out.setvbuf then out:setvbuf("line") end

    if summary then
        if opts.json then summary_json(st, out) else summary_text(st, out) end
    else
        local c = st.counts
        err:write(fmt("smtpbounce scan: %d lines, %d delivery attempts, %d skipped, "
                      .. "%d unreadable, %d too long%s\n", c.lines, c.attempts, c.skipped,
                      c.unreadable, c.too_long,
                      st.since and fmt(", %d before --since", c.before) or ""))
    end
    if opts.suppress_out then
        local f, e = io_open(opts.suppress_out, "wb")
        if not f then
            err:write("smtpbounce: ", tostring(e), "\n")
            return 1
        end
        local _, _, list = summary_lists(st.summary)
        for _, s in ipairs(list) do f:write(s.address, "\t", s.reason, "\n") end
        f:close()
        if st.summary.suppress_over > 0 then
            err:write(fmt("smtpbounce: %s: %d addresses past the limit of %d not written\n",
                          opts.suppress_out, st.summary.suppress_over, _M.ADDRESSES))
        end
    end
    out:flush()
    return st.status
end

return _M
