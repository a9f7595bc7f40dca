-- smtpbounce.scan.state -- `scan --state FILE`: what a run of scan
-- leaves for the next, so that a rerun reads only what is new and its
-- summary covers everything seen so far.
--
--   local st, err = state.open(path)     -- a missing file: a first run
--   st.files                             -- smtpbounce.scan.resume
--   state.restore(st, summary, pending)  -- into the run's tables
--   local decide = state.decider(st)     -- decide(rec, r) -> decision
--   state.view(st, summary, counts)      -- the summary's state part
--   state.save(st, summary, pending, counts)   -- true | nil, err
--   (open_or_say, save_or_say: the same, the message written to 'err')
--
-- `mail --state` (smtpbounce.mailbox) keeps a state of its own kind,
-- state.open(path, "mail"): "format" "smtpbounce-mail-state", the
-- summary, and "seen": [[key, run], ...], the messages and whole files
-- read (state.seen, state.done); no files, queue ids or tracker.
--
-- The file is one JSON object (lua-cjson; read without running code):
--
--   { "format": "smtpbounce-scan-state", "version": 1,
--     "runs": n, "now": newest log time (seconds since the epoch),
--     "totals": { "lines": n, "attempts": n },
--     "files":   [ entries, smtpbounce.scan.resume ],
--     "pending": [ [queue_id, [[recipient, domain, relay, relay_ip], ...]],
--                  ... ]  (false: absent; scan.attempts' queue ids with
--                  deferred recipients, the older generation first),
--     "summary": { the summary's tables and counters, as
--                  smtpbounce.scan.summary keeps them; scan's also those
--                  --report draws: "replies" (the last replies of the
--                  addresses to suppress, by template) and "timeline"
--                  (smtpbounce.report.timeline.dump's) },
--     "tracker": { "r": [[address, record], ...], "t": [[key, record], ...] } }
--
-- The tracker (smtpbounce.tracker: its built-in rules, and the tracker
-- rules of the --rules files, state.open's topts) lives in this file
-- alone: a memory store filled from the "tracker" section and written
-- back to it.  scan gives it every classification with the log's time
-- (decider); its records age out as its own rules say (a sweep at the
-- newest log time less SLACK before each save), and its store's caps
-- hold.  The other sections are bounded by scan's limits (PENDING,
-- GROUPS, ADDRESSES, TEMPLATES) and FILES here.  The file is written to
-- FILE.tmp, then renamed over FILE (atomic: a reader, or the next run,
-- sees the old state or the new, whole).  Two runs over one state at the
-- same time: the last to finish wins.
--
-- The summary's aggregates are never aged: they count everything read
-- with this state (delete the file to start again).  A state file of
-- another version is refused, never overwritten.  The bounded tables
-- (queue ids, the tracker's store) are filled again in their order, the
-- older generation first, but as one generation: once a cap is reached,
-- what is dropped first may differ a little from what one long run
-- would have dropped.

local cjson = require("cjson").new()
local tracker = require "smtpbounce.tracker"
local tstore = require "smtpbounce.tracker.store"
local resume = require "smtpbounce.scan.resume"
local timeline = require "smtpbounce.report.timeline"
local common = require "smtpbounce.log.common"
local fleet = require "smtpbounce.scan.fleet"
local typed = require("smtpbounce.json").typed

local type, pairs, ipairs, pcall, tostring, next, rawget, tonumber =
    type, pairs, ipairs, pcall, tostring, next, rawget, tonumber
local io_open = io.open
local fmt, find, sub, byte, gsub = string.format, string.find, string.sub,
    string.byte, string.gsub
local concat, sort = table.concat, table.sort
local tointeger = rawget(math, "tointeger")   -- (nil before Lua 5.3: no floats to mend)
local epoch = common.epoch

local encode, decode = cjson.encode, cjson.decode
pcall(cjson.encode_number_precision, 14)   -- (epoch seconds exactly)

local _M = { _VERSION = "0.1.0" }

_M.FORMAT = "smtpbounce-scan-state"
_M.MAIL_FORMAT = "smtpbounce-mail-state"
_M.VERSION = 1
_M.SEEN = 200000          -- messages `mail --state` remembers (the latest)
_M.FILES = 1000           -- file entries kept (the most recently read)
_M.MAX_BYTES = 512 * 1024 * 1024   -- the largest state file read
_M.SLACK = 3600           -- seconds of log time kept behind the newest
                          -- (a log's lines may be a little out of order)


-- {======================================================================
-- Reading
-- =======================================================================

-- lua-cjson reads every number as a float: whole ones back to integers
-- (Lua 5.3+), so that counts print as "3", never "3.0"
local function mend (v)
    if type(v) == "table" then
        for k, x in pairs(v) do
            if type(x) == "number" or type(x) == "table" then v[k] = mend(x) end
        end
        return v
    end
    return tointeger and tointeger(v) or v
end

local function fail (path, msg)
    return nil, path .. ": " .. msg
end

-- a count: a whole number from 0, written as one ("%d")
local function count (v)
    return type(v) == "number" and v >= 0 and v % 1 == 0 and v <= 2 ^ 53
end

-- the counts each kind of state adds up over its runs
local TOTALS = { scan = { "lines", "attempts" }, mail = { "messages", "records" } }

--[[
Open the state in 'path' of 'kind' ("scan", the default, or "mail":
smtpbounce.mailbox's, see seen()); 'topts': { rule_files = the
classifier's rule files, whose 'tracker' rules the tracker applies before
the built-in ones }.  A missing file is an empty state (the
first run); a file that is no state of this kind and version gives nil
and a message.
]]
function _M.open (path, kind, topts)
    kind = kind or "scan"
    if fleet.is_url(path) then return fleet.open(path, kind, _M.open) end
    local format = kind == "scan" and _M.FORMAT or _M.MAIL_FORMAT
    local saved = {}
    local f = io_open(path, "rb")
    if f then
        local data, rerr, code = f:read(_M.MAX_BYTES + 1)
        f:close()
        if data == nil and rerr then  -- (a directory opens, and fails on the first read)
            return fail(path, code == 21 and "is a directory" or gsub(tostring(rerr), "^%u", string.lower))
        end
        data = data or ""
        if #data > _M.MAX_BYTES then return fail(path, "state file too big") end
        local ok, v = pcall(decode, data)
        if not ok or type(v) ~= "table" or v.format ~= format then
            return fail(path, "not a " .. kind .. " state file (format '" .. format .. "')")
        end
        if v.version ~= _M.VERSION then
            local okj, j = pcall(encode, v.version)   -- (its JSON, not a Lua address)
            local n = type(v.version) == "number" and fmt("%.14g", v.version) or okj and j
            return fail(path, fmt("a %s state of version %s; this smtpbounce reads "
                                  .. "version %d", kind, n or type(v.version), _M.VERSION))
        end
        saved = mend(v)
    else
        -- a first run: the file is written at the end, through path.tmp
        -- (tracker.store.replace); a place where it cannot be is said now,
        -- before the input is read, not after
        local t, e = io_open(path .. ".tmp", "wb")
        if not t then return fail(path, "cannot be written: " .. tostring(e)) end
        t:close()
        os.remove(path .. ".tmp")
    end
    local runs = (count(saved.runs) and saved.runs or 0) + 1
    local totals = type(saved.totals) == "table" and saved.totals or {}
    local st = { path = path, kind = kind, format = format, saved = saved, runs = runs,
                 now = count(saved.now) and saved.now or nil, totals = {} }
    for _, k in ipairs(TOTALS[kind]) do
        st.totals[k] = count(totals[k]) and totals[k] or 0
    end
    if kind == "mail" then
        st.seen = {}
        for _, kv in ipairs(type(saved.seen) == "table" and saved.seen or {}) do
            if type(kv) == "table" and type(kv[1]) == "string" and type(kv[2]) == "number" then
                st.seen[kv[1]] = kv[2]
            end
        end
        return st
    end
    st.files, st.store = resume.new(saved.files, runs), tstore.memory()
    st.tracker = tracker.new{ store = st.store, rule_files = topts and topts.rule_files }
    local tr = type(saved.tracker) == "table" and saved.tracker or {}
    for _, ns in ipairs{ "r", "t" } do
        for _, kv in ipairs(type(tr[ns]) == "table" and tr[ns] or {}) do
            if type(kv) == "table" and type(kv[1]) == "string" and tstore.well_formed(ns, kv[2]) then
                st.store:set(ns, kv[1], kv[2])
            end
        end
    end
    return st
end

local SUMMARY_TABLES = { "groups", "throttle", "suppress", "templates", "replies" }
local SUMMARY_COUNTS = { "ngroups", "groups_over", "nthrottle", "throttle_over",
                         "nsuppress", "suppress_over", "ntemplates", "templates_over",
                         "nreplies", "replies_over" }
-- the fields of an entry of each table, by type ("T": a table of counts);
-- an entry with another shape (a file edited by hand) is left out
local SHAPES = {
    groups = { provider = "string", domain = "string", n = "number", outcome = "T",
               reason = "T", action = "T" },
    throttle = { who = "string", provider = "boolean", n = "number", reasons = "T" },
    suppress = { address = "string", reason = "string", basis = "string" },
    templates = { template = "string", n = "number", rule = "string", example = "string" },
    replies = { i = "number", template = "string", example = "string" },
}
-- the fields an entry may lack, by type: one of another type leaves it out too
local OPTIONAL = {
    throttle = { first = "string", last = "string" },
    suppress = { reply = "number" },
    templates = { reason = "string", basis = "string", provider = "string", phase = "string" },
}

local NONE = {}

local function counts_table (t)
    if type(t) ~= "table" then return false end
    for k, v in pairs(t) do
        if type(k) ~= "string" or not count(v) then return false end
    end
    return true
end

-- the entries of summary table 'k' in 't' that have its shape, and their number
local function checked (k, t)
    local out, n = {}, 0
    for key, e in pairs(t) do
        local ok = type(key) == "string" and type(e) == "table"
        for f, ty in pairs(SHAPES[k]) do
            if not ok then break end
            if ty == "T" then ok = counts_table(e[f])
            elseif ty == "number" then ok = count(e[f])
            else ok = type(e[f]) == ty end
        end
        if ok and typed(e, OPTIONAL[k] or NONE) then out[key], n = e, n + 1 end
    end
    return out, n
end

--[[
Put the saved summary into 'sm' (smtpbounce.scan.summary, new) and the
saved queue ids into 'pend' (scan.attempts' cache of them).
]]
function _M.restore (st, sm, pend)
    local s = st.saved.summary
    if sm and type(s) == "table" then
        for _, k in ipairs(SUMMARY_COUNTS) do
            if count(s[k]) then sm[k] = s[k] end
        end
        for i, k in ipairs(SUMMARY_TABLES) do
            -- (the report's tables: only into a summary that keeps them)
            if type(s[k]) == "table" and (k ~= "replies" or sm.replies) then
                local n
                sm[k], n = checked(k, s[k])
                -- (the "(others)" group is no group of the limit's)
                if k == "groups" and sm.groups["\1"] then n = n - 1 end
                sm[SUMMARY_COUNTS[2 * i - 1]] = n
            end
        end
        -- a reply's index is its place: a new one goes past the last
        for _, x in pairs(sm.replies or {}) do
            if x.i > sm.nreplies then sm.nreplies = x.i end
        end
        if sm.timeline then sm.timeline = timeline.load(s.timeline) or sm.timeline end
    end
    local p = st.saved.pending
    for _, q in ipairs(type(p) == "table" and p or {}) do
        if type(q) == "table" and type(q[1]) == "string" and type(q[2]) == "table" then
            local rcpts = {}
            for _, x in ipairs(q[2]) do
                if type(x) == "table" and type(x[1]) == "string" then
                    rcpts[x[1]] = { x[2] or nil, x[3] or nil, x[4] or nil }
                end
            end
            if next(rcpts) then pend:set(q[1], rcpts) end
        end
    end
    st.saved = nil     -- (read once)
end

-- }======================================================================


-- {======================================================================
-- The tracker, fed by scan
-- =======================================================================

--[[
A reader of log time stamps: seconds(s) is common.epoch(s), for a
stamp of scan's "YYYY-MM-DDTHH:MM:SS" (a fraction and a zone may
follow) from the epoch of its minute (and zone), kept: os.time is slow,
and a log's stamps change every second.
]]
function _M.clock ()
    local minute, base
    return function (s)
        if byte(s, 17) ~= 58 or not find(s, "^%d%d", 18) then return epoch(s) end
        local zone = sub(s, 20)
        if zone ~= "" then zone = gsub(zone, "^%.%d+", "", 1) end
        local m = sub(s, 1, 16) .. zone
        if m ~= minute then
            base = epoch(sub(s, 1, 16) .. ":00" .. zone)
            if not base then return epoch(s) end
            minute = m
        end
        local sec = tonumber(sub(s, 18, 19))
        if sec > 60 then return nil end
        return base + sec
    end
end

--[[
decide(rec, r): the tracker's decision for attempt 'rec' classified as
'r' (r itself, or a copy escalated to suppress, basis history), at the
log's time: rec.time, or when it has none or cannot be read, the last
time read before it (none yet: the tracker is not asked).
]]
function _M.decider (st)
    local t = st.tracker
    local last_s, last_e = nil, nil
    local ctx = {}
    local seconds = _M.clock()
    return function (rec, r)
        local s = rec.time
        if s ~= last_s then
            last_s = s
            local e = s and seconds(s)
            if e then
                last_e = e
                if not st.now or e > st.now then st.now = e end
            end
        end
        if not last_e then return r end
        ctx.time, ctx.recipient, ctx.domain = last_e, rec.recipient, rec.domain
        return t:observe(r, ctx)
    end
end

--[[
What the summary shows of the state ('counts': this run's): { file,
runs, lines, attempts (all runs, this one included), now (the newest log time, or nil), advice = { per provider (or
recipient domain where none is known) the tracker does not leave at
normal: { who, state, ["until"], rate, per, rule, events } }, history =
{ the addresses suppressed by history: tracker.suppressed's entries } }.
'sm': the summary, whose groups name the providers and domains asked.
]]
function _M.view (st, sm, counts)
    local v = { file = st.url or st.path, runs = st.runs, lines = st.totals.lines + counts.lines,
                attempts = st.totals.attempts + counts.attempts, now = st.now,
                advice = {}, history = {} }
    if not st.now then return v end
    local asked = {}
    for _, g in pairs(sm and sm.groups or {}) do
        local who = g.provider
        if who == "-" then who = g.domain end
        if who ~= "-" and who ~= "(others)" and not asked[who] then
            asked[who] = true
            local a = st.tracker:advice(who, nil, st.now)
            if a.state ~= "normal" then
                v.advice[#v.advice + 1] = { who = who, state = a.state, ["until"] = a["until"],
                                            rate = a.rate, per = a.per, rule = a.rule,
                                            events = #a.events }
            end
        end
    end
    sort(v.advice, function (a, b) return a.who < b.who end)
    for _, s in ipairs(st.tracker:suppressed(st.now)) do
        if s.basis == "history" then v.history[#v.history + 1] = s end
    end
    return v
end

-- }======================================================================


-- {======================================================================
-- Writing
-- =======================================================================

local function pending_list (pend)
    local out = {}
    for _, gen in ipairs{ pend.old, pend.new } do
        local qids = {}
        for q in pairs(gen) do qids[#qids + 1] = q end
        sort(qids)
        for _, q in ipairs(qids) do
            local rcpts, list = gen[q], {}
            for a, x in pairs(rcpts) do
                list[#list + 1] = { a, x[1] or false, x[2] or false, x[3] or false }
            end
            sort(list, function (a, b) return a[1] < b[1] end)
            if #list > 0 then out[#out + 1] = { q, list } end
        end
    end
    return out
end

local function tracker_list (store, ns)
    local out = {}
    for k, rec in store:each(ns) do out[#out + 1] = { k, rec } end
    return out
end

-- the messages `mail --state` read: the SEEN read most recently
local function seen_list (st)
    local out = {}
    for k, run in pairs(st.seen) do out[#out + 1] = { k, run } end
    sort(out, function (a, b)
        if a[2] ~= b[2] then return a[2] > b[2] end
        return a[1] < b[1]
    end)
    for i = #out, _M.SEEN + 1, -1 do out[i] = nil end
    return out
end

-- JSON text of 'v', an array even when empty (lua-cjson writes {} then)
local function array (v)
    if #v == 0 then return "[]" end
    return encode(v)
end

--[[
Write the state: 'sm' the summary (or nil), 'pend' the queue ids, 'run'
the counts of this run (lines, attempts).  Returns true, or nil and a
message.
]]
function _M.save (st, sm, pend, counts)
    local t = {}
    for _, k in ipairs(TOTALS[st.kind]) do
        st.totals[k] = st.totals[k] + counts[k]
        t[#t + 1] = fmt('"%s":%d', k, st.totals[k])
    end
    local s = {}
    if sm then
        for _, k in ipairs(SUMMARY_TABLES) do
            if sm[k] then s[#s + 1] = encode(k) .. ":" .. encode(sm[k]) end
        end
        for _, k in ipairs(SUMMARY_COUNTS) do s[#s + 1] = encode(k) .. ":" .. sm[k] end
        if sm.timeline then s[#s + 1] = '"timeline":' .. encode(timeline.dump(sm.timeline)) end
    end
    local parts = {
        fmt('{"format":"%s","version":%d,"runs":%d,"now":%s,', st.format, _M.VERSION,
            st.runs, st.now and encode(st.now) or "null"),
        '"totals":{' .. concat(t, ",") .. "}",
        ',\n"summary":{' .. concat(s, ",") .. "}",
    }
    if st.kind == "mail" then
        parts[#parts + 1] = ',\n"seen":' .. array(seen_list(st)) .. "}\n"
    else
        local ok, serr = st.store:save()  -- (the fleet's tracker: sent, or spooled)
        if not ok then return nil, serr end
        local kept = st.url and tstore.memory() or st.store  -- (none here for the fleet's)
        if st.now and not st.url then st.tracker:sweep(st.now - _M.SLACK) end
        parts[#parts + 1] = ',\n"files":' .. array(st.files:entries(_M.FILES))
            .. ',\n"pending":' .. array(pending_list(pend))
            .. ',\n"tracker":{"r":' .. array(tracker_list(kept, "r"))
            .. ',"t":' .. array(tracker_list(kept, "t")) .. "}}\n"
    end
    return tstore.replace(st.path, concat(parts))
end

-- open(), its message to 'err' ("smtpbounce: ..."): the state, or nil
function _M.open_or_say (path, kind, err, topts)
    local st, e = _M.open(path, kind, topts)
    if not st then err:write("smtpbounce: ", e, "\n") end
    return st
end

-- save(), its message to 'err': whether it was written
function _M.save_or_say (st, sm, pend, counts, err)
    local ok, e = _M.save(st, sm, pend, counts)
    if not ok then err:write("smtpbounce: ", st.url or st.path, ": ", tostring(e), "\n") end
    local note = st.url and fleet.note(st)
    if note then err:write("smtpbounce: ", note, "\n") end
    return ok == true
end

-- }======================================================================


-- `mail --state`: the bounce mails read already (smtpbounce.scan.resume,
-- beside the files read already)
_M.seen, _M.done = resume.seen, resume.done

return _M
