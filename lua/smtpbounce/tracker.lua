-- smtpbounce.tracker -- decisions over time (DESIGN.md "Decisions over
-- time"): what a run of replies decides where one reply cannot.
--
--   local tracker = require "smtpbounce.tracker"
--   local t = tracker.new{ store = tracker.file("state.json"), rules = {...} }
--   local d = t:observe(result, { recipient = "a@example.com", ip = "192.0.2.1",
--                                 time = 1764892800 })
--   d.action, d.basis, d.history  --> "suppress", "history", { count = 3, ... }
--   t:advice("yahoo", "192.0.2.1", now)  --> { state = "pause", ["until"] = ..., ... }
--   t:suppressed(now)                    --> { { address =, first_seen =, ... }, ... }
--
-- Two kinds of rule (smtpbounce.tracker.check; the built-in ones in
-- smtpbounce.tracker.rules).  As with the classifier's rules, the
-- operator's come first: a result that one of them counts is not counted
-- by the built-in ones.
--   recipient  soft bounces of one address (scope recipient: a 4xx
--              mailboxfull, and what the operator adds) -> suppress, basis
--              history; a later delivery to the address ends it, and it
--              ends by itself after the rule's 'expire'
--   provider   throttle and block events per provider (or recipient
--              domain) and sending IP -> pause until a time, slow to a
--              rate, back to normal after a quiet period
-- Time is always the caller's, never the clock's: replaying a log gives
-- the same answers.  Memory is bounded: records age out, and the store's
-- caps (smtpbounce.tracker.store) drop the least recently written first.

local store = require "smtpbounce.tracker.store"
local check = require "smtpbounce.tracker.check"

local error, type, pairs, ipairs, tostring, setmetatable, getmetatable =
      error, type, pairs, ipairs, tostring, setmetatable, getmetatable
local fmt, match, lower, byte = string.format, string.match, string.lower, string.byte
local sort = table.sort
local huge = math.huge

local _M = { _VERSION = "0.1.0" }

_M.memory, _M.file, _M.shared_dict = store.memory, store.file, store.shared_dict
-- the longest address tracked (RFC 5321: a path is at most 256 octets)
_M.KEY_BYTES = 320
-- how long a suppression from one reply (action suppress) is listed
_M.KEEP = 30 * 86400


-- {======================================================================
-- Argument checks (standard wording, raised at the caller's level)
-- =======================================================================

local function typename (v)
    return v == nil and "no value" or type(v)
end

-- 'level': that of the public function's caller, seen from the function
-- that calls argerror (2: its own caller's)
local function argerror (n, fname, msg, level)
    error(fmt("bad argument #%d to '%s' (%s)", n, fname, msg), level + 1)
end

local function check_time (v, n, fname, what, level)
    if type(v) ~= "number" or v ~= v or v == huge or v == -huge then
        argerror(n, fname, fmt("%s must be a number of seconds since the epoch, got %s",
                               what, v == v and typename(v) or "nan"), level + 1)
    end
    return v
end

local CTX = { recipient = true, provider = true, ip = true, domain = true, time = true }

local function check_ctx (ctx)
    if type(ctx) ~= "table" then argerror(2, "observe", "table expected, got " .. typename(ctx), 3) end
    for k, v in pairs(ctx) do
        if not CTX[k] then argerror(2, "observe", "unknown field '" .. tostring(k) .. "'", 3) end
        if k ~= "time" and type(v) ~= "string" then
            argerror(2, "observe", fmt("field '%s' must be a string", k), 3)
        end
    end
    local now = check_time(ctx.time, 2, "observe", "field 'time'", 3)
    return now  -- (no tail call: the error's level counts this function)
end

-- }======================================================================


-- {======================================================================
-- Rules against results
-- =======================================================================

-- whether the conditions of rule 'c' hold for result 'r' of provider 'prov'
local matches = check.matches

--[[
Add the event at time 'now' (of the classifier's rule 'crule') to 'ring'
= { t = { times, ascending }, r = { rule ids } }, keep only what falls in
the 'window' seconds up to the newest event and at most 'count' events.
]]
local function push (ring, now, crule, count, window)
    local t, r = ring.t, ring.r
    local n = #t + 1
    while n > 1 and t[n - 1] > now do  -- (a log's lines may come a little out of order)
        t[n], r[n] = t[n - 1], r[n - 1]
        n = n - 1
    end
    t[n], r[n] = now, crule or ""
    local newest, drop = t[#t], 0
    while drop < #t and (t[drop + 1] < newest - window or #t - drop > count) do
        drop = drop + 1
    end
    if drop > 0 then
        local m = #t
        for i = 1, m do
            t[i], r[i] = t[i + drop], r[i + drop]
        end
    end
    return #t
end

-- a record as the tracker writes them (others, hand-made, count as none)
local function valid (rec)
    return type(rec.c) == "table" and type(rec.e) == "number"
end

local function copy (list)
    local out = {}
    for i = 1, #list do out[i] = list[i] end
    return out
end

-- }======================================================================


-- {======================================================================
-- Per recipient: soft bounces -> suppress
-- =======================================================================

local Tracker = {}
Tracker.__index = Tracker

-- the decision 'r' escalated by the suppression of record 'rec'
local function escalate (r, rec)
    local o = {}
    for k, v in pairs(r) do o[k] = v end
    if type(r.tags) == "table" then o.tags = copy(r.tags) end
    o.action, o.basis = "suppress", "history"
    o.history = { count = rec.n, window = rec.w, first_seen = rec.f,
                  last_seen = rec.l, rule = rec.r }
    return setmetatable(o, getmetatable(r))
end

-- when record 'rec' may be forgotten
local function rec_expiry (self, rec)
    local e = rec.s or -huge
    for id, ring in pairs(rec.c) do
        local c = self.by_id[id]
        local t = ring.t[#ring.t]
        if c and t and t + c.window > e then e = t + c.window end
    end
    return e
end

-- a delivery at 'now': what came before it no longer counts
local function delivered (self, addr, now)
    local st = self.store
    local rec = st:get("r", addr)
    if not rec then return end
    if not valid(rec) then st:delete("r", addr); return end
    if rec.s and (rec.l or -huge) <= now then
        rec.s, rec.b, rec.r, rec.n, rec.f, rec.l, rec.w = nil, nil, nil, nil, nil, nil, nil
    end
    for id, ring in pairs(rec.c) do
        local t, r, k = ring.t, ring.r, 0
        for i = 1, #t do
            if t[i] > now then k = k + 1; t[k], r[k] = t[i], r[i] end
        end
        for i = #t, k + 1, -1 do t[i], r[i] = nil, nil end
        if k == 0 then rec.c[id] = nil end
    end
    if rec.s == nil and next(rec.c) == nil then
        st:delete("r", addr)
    else
        rec.e = rec_expiry(self, rec)
        st:set("r", addr, rec, rec.e - now)
    end
end

-- result 'r' for address 'addr' at 'now' -> the decision
local function recipient (self, r, addr, prov, now)
    if r.outcome == "delivered" then delivered(self, addr, now); return r end
    if r.scope ~= "recipient" then return r end  -- it blames someone else
    local st = self.store
    local rec = st:get("r", addr)
    if rec and not (valid(rec) and rec.e >= now) then st:delete("r", addr); rec = nil end
    if r.action == "suppress" then  -- one reply decided: listed for review
        rec = rec or { c = {} }
        rec.s, rec.b, rec.r, rec.n, rec.f, rec.l, rec.w =
            now + self.keep, r.basis, r.rule, 1, now, now, nil
        rec.e = rec_expiry(self, rec)
        st:set("r", addr, rec, rec.e - now)
        return r
    end
    local counted = false
    local top  -- the layer of the first rule that counts (operator: built-ins do not)
    for _, c in ipairs(self.rrules) do
        if (top == nil or c.layer == top) and matches(c, r, prov) then
            top = c.layer
            rec = rec or { c = {} }
            local ring = rec.c[c.id]
            if not ring then ring = { t = {}, r = {} }; rec.c[c.id] = ring end
            if push(ring, now, r.rule, c.count, c.window) >= c.count then
                local t = ring.t
                rec.s, rec.b, rec.r, rec.n, rec.f, rec.l, rec.w =
                    t[#t] + c.expire, "history", c.id, #t, t[1], t[#t], c.window
            end
            counted = true
        end
    end
    if not counted then return r end
    rec.e = rec_expiry(self, rec)
    st:set("r", addr, rec, rec.e - now)
    if rec.b == "history" and rec.s > now then return escalate(r, rec) end
    return r
end

-- }======================================================================


-- {======================================================================
-- Per provider, domain and sending IP: throttle and block events
-- =======================================================================

-- the key of the events of rule 'c' towards provider 'prov' / domain
-- 'domain' from sending IP 'ip' (nil when neither is known)
local function target_key (c, prov, domain, ip)
    local who
    if c.per == "domain" or not prov then
        who = domain and "d=" .. domain
    else
        who = "p=" .. prov
    end
    if who and c.by_ip then return who .. "|ip=" .. (ip or "") end
    return who
end

-- the end of what rule 'c' decided when it fired ('f'), or nil
-- (the quiet period starts after the pause: nothing is sent during it)
local function state_end (c, f)
    local e = c.pause and f.a + c.pause or f.a
    if c.rate then e = (f.l > e and f.l or e) + c.quiet end
    return e
end

local function target_expiry (self, rec)
    local e = -huge
    for id, ring in pairs(rec.c) do
        local c = self.by_id[id]
        local t = ring.t[#ring.t]
        if c and t and t + c.window > e then e = t + c.window end
        local f = c and rec.s[id]
        if f and state_end(c, f) > e then e = state_end(c, f) end
    end
    return e
end

local function events (self, r, prov, domain, ip, now)
    local st = self.store
    local top  -- as in recipient()
    for _, c in ipairs(self.prules) do
        local key = (top == nil or c.layer == top) and matches(c, r, prov)
                    and target_key(c, prov, domain, ip)
        if key then
            top = c.layer
            local rec = st:get("t", key)
            if rec and not (valid(rec) and type(rec.s) == "table" and rec.e >= now) then
                rec = nil
            end
            rec = rec or { c = {}, s = {} }
            local ring = rec.c[c.id]
            if not ring then ring = { t = {}, r = {} }; rec.c[c.id] = ring end
            local f = rec.s[c.id]
            if f and now > f.l then f.l = now end  -- no quiet period yet
            if push(ring, now, r.rule, c.count, c.window) >= c.count then
                rec.s[c.id] = { a = now, l = now, t = copy(ring.t), r = copy(ring.r) }
            end
            rec.e = target_expiry(self, rec)
            st:set("t", key, rec, rec.e - now)
        end
    end
end

--[[
What rule 'c', fired as 'f', asks for at 'now': "pause" or "slow" and
until when, or nil (normal again, or not yet fired at 'now').
]]
local function state_at (c, f, now)
    if now < f.a then return nil end
    if c.pause and now < f.a + c.pause then return "pause", f.a + c.pause end
    if c.rate then
        local u = state_end(c, f)
        if now < u then return "slow", u end
    end
    return nil
end

local PER_HOUR = { minute = 60, hour = 1 }

-- whether advice 'a' is more restrictive than 'b'
local function stricter (a, b)
    if b.state == "normal" then return true end
    if a.state ~= b.state then return a.state == "pause" end
    if a.state == "slow" and a.per_hour ~= b.per_hour then return a.per_hour < b.per_hour end
    return a["until"] > b["until"]
end

-- }======================================================================


-- {======================================================================
-- The tracker's methods
-- =======================================================================

--[[
t:observe(result, { time =, recipient =, provider =, ip =, domain = })
'time' (seconds since the epoch, the caller's or the log's) is required.
Returns the decision: 'result' itself, or a copy with action "suppress",
basis "history" and 'history' = { count, window, first_seen, last_seen,
rule } when the address's soft bounces crossed a recipient rule.  The
provider is ctx.provider, else result.provider; the domain ctx.domain,
else the recipient's.
]]
function Tracker:observe (r, ctx)
    if type(r) ~= "table" then argerror(1, "observe", "table expected, got " .. typename(r), 2) end
    local now = check_ctx(ctx)
    local prov, addr = ctx.provider or r.provider, ctx.recipient
    local out = r
    if addr then
        if byte(addr, 1) == 60 then addr = match(addr, "^<(.-)>?%s*$") end  -- "<a@b>"
        addr = lower(addr)
        if #addr > 0 and #addr <= self.key_bytes then out = recipient(self, r, addr, prov, now) end
    end
    if self.prules[1] then
        local domain = ctx.domain or (addr and match(addr, "@([^@]+)$"))
        events(self, r, prov, domain and lower(domain), ctx.ip, now)
    end
    return out
end

--[[
t:advice(provider, ip, now) -> { state = "pause" | "slow" | "normal",
["until"] = time, rate = n, per = "minute" | "hour", rule = id, events =
{ { time =, rule = }, ... } } -- the most restrictive of what the provider
rules decided for 'provider' (an id, or a recipient domain where no
provider is known; or a table { provider =, domain = }) from sending IP
'ip' (nil: the events that named none) at time 'now'.  'events' are those
that made the rule fire.
]]
function Tracker:advice (who, ip, now)
    local prov, domain
    if type(who) == "table" then prov, domain = check.who(who)
    elseif type(who) == "string" then prov, domain = who, lower(who)
    else argerror(1, "advice", "string or table expected, got " .. typename(who), 2) end
    if ip ~= nil and type(ip) ~= "string" then
        argerror(2, "advice", "string expected, got " .. typename(ip), 2)
    end
    check_time(now, 3, "advice", "'now'", 2)
    local best = { state = "normal" }
    for _, c in ipairs(self.prules) do
        local keys = { target_key(c, prov, nil, ip), target_key(c, nil, domain, ip) }
        for i = 1, 2 do
            local rec = keys[i] and self.store:get("t", keys[i])
            local f = rec and type(rec.s) == "table" and rec.s[c.id]
            local state, u
            if f then state, u = state_at(c, f, now) end
            if state then
                local a = { state = state, ["until"] = u, rule = c.id, events = {} }
                if state == "slow" then
                    a.rate, a.per, a.per_hour = c.rate, c.per_unit, c.rate * PER_HOUR[c.per_unit]
                end
                for j = 1, #f.t do a.events[j] = { time = f.t[j], rule = f.r[j] } end
                if stricter(a, best) then best = a end
            end
        end
    end
    best.per_hour = nil
    return best
end

--[[
t:suppressed(now) -> the addresses suppressed at 'now', by address: {
address, first_seen, last_seen, basis ("history", or the basis of the
one reply that decided), count, rule, window (history only), ["until"] }
]]
function Tracker:suppressed (now)
    check_time(now, 1, "suppressed", "'now'", 2)
    local out = {}
    for addr, rec in self.store:each("r") do
        if valid(rec) and rec.s and rec.s > now and (rec.f or now) <= now then
            out[#out + 1] = { address = addr, first_seen = rec.f, last_seen = rec.l,
                              basis = rec.b, count = rec.n, rule = rec.r, window = rec.w,
                              ["until"] = rec.s }
        end
    end
    sort(out, function (a, b) return a.address < b.address end)
    return out
end

-- forget what has aged out at 'now' (the store drops it too, lazily)
function Tracker:sweep (now)
    check_time(now, 1, "sweep", "'now'", 2)
    local st, n = self.store, 0
    for _, ns in ipairs{ "r", "t" } do
        local old = {}
        for k, rec in st:each(ns) do
            if (rec.e or -huge) < now then old[#old + 1] = k end
        end
        for _, k in ipairs(old) do st:delete(ns, k) end
        n = n + #old
    end
    return n
end

-- write the store out (the file store; others have nothing to do)
function Tracker:save ()
    return self.store:save()
end

-- records kept and dropped
function Tracker:stats ()
    local st = self.store
    return { addresses = st:count("r"), targets = st:count("t"), evicted = st:evicted() }
end

-- the rules applied, in order (read-only)
function Tracker:rule_list ()
    return self.rules
end

-- t:counting(result [, provider]): the rules that would count 'result'
-- (explain's; smtpbounce.tracker.lint.counting)
function Tracker:counting (r, prov)
    if type(r) ~= "table" then argerror(1, "counting", "table expected, got " .. typename(r), 2) end
    if prov ~= nil and type(prov) ~= "string" then argerror(2, "counting", "string expected, got " .. type(prov), 2) end
    return require("smtpbounce.tracker.lint").counting(self, r, prov or r.provider)
end

-- }======================================================================

local OPTS = { store = true, rules = true, file = true, files = true, disable = true,
               builtin = true, limits = true, rule_files = true }
local LIMITS = { addresses = true, targets = true, key_bytes = true, keep = true }


--[[
tracker.new{ store = a store (default: store.memory with the limits),
             rules = {...}, file = "rules.lua", files = {...},
             rule_files = { the classifier's rule files: their 'tracker' field },
             disable = { ids }, builtin = true,
             limits = { addresses =, targets =, key_bytes =, keep = } }
The operator's rules (rule_files, files, then the table) come before the built-in
ones; a malformed rule raises an error naming its id and file:line.
]]
function _M.new (opts)
    if opts == nil then opts = {} end
    if type(opts) ~= "table" then argerror(1, "new", "table expected, got " .. type(opts), 2) end
    for k in pairs(opts) do
        if not OPTS[k] then argerror(1, "new", "unknown option '" .. tostring(k) .. "'", 2) end
    end
    check.options(opts)
    local limits = check.limits(opts.limits, LIMITS)
    local files = { opts.file }
    for _, f in ipairs(type(opts.files) == "table" and opts.files or { opts.files }) do
        files[#files + 1] = f
    end
    for _, f in ipairs(files) do
        if type(f) ~= "string" or f == "" then argerror(1, "new", "'file' must be a path string", 2) end
    end
    local rule_files = opts.rule_files
    if rule_files ~= nil and type(rule_files) ~= "table" then rule_files = { rule_files } end
    for _, f in ipairs(rule_files or {}) do
        if type(f) ~= "string" or f == "" then argerror(1, "new", "'rule_files' must be path strings", 2) end
    end
    local file, lines, line = check.caller(1)
    local set = { builtin = opts.builtin, files = files, rules = opts.rules, disable = opts.disable,
                  rule_files = rule_files }
    local rules = check.load(set, { file = file, lines = lines, line = line })
    local self = setmetatable({ rules = rules, rrules = {}, prules = {}, by_id = {},
                                key_bytes = limits.key_bytes or _M.KEY_BYTES,
                                keep = limits.keep or _M.KEEP }, Tracker)
    for _, c in ipairs(rules) do
        local list = c.on == "recipient" and self.rrules or self.prules
        list[#list + 1] = c
        self.by_id[c.id] = c
    end
    self.store = opts.store or store.memory{ addresses = limits.addresses, targets = limits.targets }
    if self.store.bind then self.store:bind(self) end  -- (smtpbounce.tracker.redis)
    return self
end

_M.Tracker = Tracker
_M.check = function (...) return require("smtpbounce.tracker.lint").check(...) end

return _M
