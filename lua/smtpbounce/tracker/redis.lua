-- smtpbounce.tracker.redis -- a tracker store shared by a fleet of
-- senders through one Redis server (README "A fleet of senders").
--
--   local redis = require "smtpbounce.tracker.redis"
--   local s = redis.new{ host = "127.0.0.1", port = 6379, db = 0, prefix = "mx",
--                        spool = "/var/spool/smtpbounce/events" }
--   local t = tracker.new{ store = s }       -- (or redis.new(redis.parse_url(url)))
--   t:observe(r, ctx)          -- decided from the local mirror, queued for Redis
--   t:advice("yahoo", ip, now) -- the fleet's events, one round trip; .store = "ok"
--
-- What the server keeps is the events, not the records: each observation
-- that changed a record (the tracker's store interface sees which) is an
-- event { i = node:seq, t = its time, r = the result's fields the rules
-- read, c = recipient, provider, domain, ip }, a member of one sorted set
-- (score: the event's time) per record it touched:
--
--   PREFIX:e:r:SHA1(address)   PREFIX:e:t:SHA1(provider/domain/ip key)
--   PREFIX:epoch               a random id made by the first write after
--                              the server started empty
--
-- A record is what the tracker's own rules make of the events of its key
-- replayed in time order (a scratch tracker over a memory store): the
-- same answer whatever order the events reached the server in, so four
-- scanners that each read one MTA's log agree with one scan of the four
-- logs merged by time.  Each node keeps a memory store (the mirror) that
-- its tracker reads and writes at once; advice() and suppressed() first
-- fetch their keys' events (advice: one EVALSHA) and put the replayed
-- records into the mirror.  A classification never waits on the server
-- except for a flush, bounded by 'timeout'.
--
-- Writes: events are queued and sent 'batch' at a time in one EVALSHA
-- (one round trip; atomic on the server): when 'batch' are queued,
-- when the oldest queued is 'delay' seconds old (checked at the next
-- call: the CLI has no timer), and before advice(), suppressed() and
-- save().  The script adds each event to its sets (ZADD: an event sent
-- twice is kept once), drops members older than the newest less
-- 'horizon' seconds (an address's; 'horizon_t' for a provider's, domain's
-- or IP's; event times: never the server's clock) and all but the newest
-- 'cap', and sets
-- the key's TTL to 'ttl' seconds (the server's clock; collection only,
-- with a margin well past any rule's window, so that replaying a year-old
-- log works).  A key that holds only a delivery lives 'lag' seconds.
--
-- Failures (doc/tracker.md's table): a connect, send or read that fails or takes
-- longer than 'timeout' marks the store unreachable for 'retry' seconds:
-- the tracker answers from the mirror, advice carries store =
-- "unreachable", errors are counted (stats()), and the queued events go
-- to the 'spool' file (JSON lines) or, without one, stay queued (at most
-- 'queue'; beyond that the oldest are dropped and counted: stats().dropped).
-- When the server answers again the spool is sent first, then the queue.
-- A server that lost its data (a new epoch) gets again every event this
-- node sent within the horizon (the journal, at most 'journal' events).
-- A script the server does not know (NOSCRIPT: restarted) is loaded again.
--
-- Where the fleet's records can differ from one tracker's fed in time
-- order: events of the same second from two nodes are replayed by node
-- name; a set keeps 'cap' events and 'horizon(_t)' seconds of them, so a
-- slow state kept alive longer than that by a trickle of events below the
-- rule's count is replayed as over; and a classification's own decision
-- (history escalating to suppress) reads the mirror: the fleet's records
-- as of its last advice() or suppressed(), and this node's events since.

local cjson = require("cjson").new()
local tstore = require "smtpbounce.tracker.store"
local resp = require "smtpbounce.tracker.resp"
local rio = require "smtpbounce.tracker.redis_io"

local type, pairs, ipairs, tostring, tonumber, pcall, error, setmetatable, rawget =
      type, pairs, ipairs, tostring, tonumber, pcall, error, setmetatable, rawget
local fmt, match, sub, gsub, lower = string.format, string.match, string.sub, string.gsub,
      string.lower
local sort = table.sort
local open, getenv = io.open, os.getenv
local random = math.random
local tointeger = rawget(math, "tointeger")  -- (nil before Lua 5.3)

local encode, decode = cjson.encode, cjson.decode
pcall(cjson.encode_number_precision, 14)

local _M = { _VERSION = "0.1.0" }

local DAY = 86400


local Store = {}
Store.__index = Store

local down, eval, check_epoch = rio.down, rio.eval, rio.check_epoch

-- {======================================================================
-- Records from events
-- =======================================================================

local function valid_event (e)
    return type(e) == "table" and type(e.t) == "number" and type(e.i) == "string"
           and type(e.r) == "table" and type(e.c) == "table"
end

--[[
The records the tracker's rules make of the events in 'lists' (lists of
members), replayed in time order (then by node and sequence) into a
scratch tracker over a memory store, which is returned.
]]
local function replay (self, lists)
    local seen, evs = {}, {}
    for _, list in ipairs(lists) do
        for _, m in ipairs(type(list) == "table" and list or {}) do
            if not seen[m] then
                seen[m] = true
                local ok, e = pcall(decode, m)
                if ok and valid_event(e) then
                    -- (cjson reads floats: a whole time back to an integer)
                    if tointeger and tointeger(e.t) then e.t = tointeger(e.t) end
                    evs[#evs + 1] = e
                end
            end
        end
    end
    sort(evs, function (a, b)
        if a.t ~= b.t then return a.t < b.t end
        return a.i < b.i
    end)
    local big = 1e9
    local sc = setmetatable({ store = tstore.memory{ addresses = big, targets = big },
                              observe = self.observe }, { __index = self.tracker })
    for _, e in ipairs(evs) do
        local ctx = { time = e.t }
        for k, v in pairs(e.c) do if type(v) == "string" then ctx[k] = v end end
        pcall(sc.observe, sc, e.r, ctx)
    end
    self.counters.replayed_events = self.counters.replayed_events + #evs
    return sc.store
end

local function usable (self)
    if not self.tracker then return false end
    local ok = self:flush()
    return ok and not self.down_until
end

--[[
s:prefetch(ns, keys): the fleet's records of 'keys' (of namespace 'ns')
into the mirror, in one round trip (after a flush).  When the server is
unreachable the mirror is left as it is.
]]
function Store:prefetch (ns, keys)
    local args, seen = { self.prefix, ns }, {}
    for _, k in ipairs(keys) do
        if not seen[k] then seen[k] = true; args[#args + 1] = k end
    end
    if #args == 2 or not usable(self) then return end
    local r = eval(self, "GET", args)
    if type(r) ~= "table" then return end
    if not self.epoch then self.epoch = r[1] ~= "" and r[1] or nil end
    if r[1] ~= self.epoch then  -- lost: ours again, then once more
        check_epoch(self, r[1])
        if not (self:flush() and not self.down_until) then return end
        r = eval(self, "GET", args)
        if type(r) ~= "table" then return end
    end
    -- a key whose set is as it was (its size and newest member) keeps the
    -- record replayed then: only the others are replayed
    local lists, sigs, cache = {}, {}, self.replayed
    if cache.n > 10000 then cache = { n = 0 }; self.replayed = cache end
    for i = 3, #args do
        local l = type(r[i - 1]) == "table" and r[i - 1] or {}
        sigs[i] = ns .. #l .. "\0" .. (l[#l] or "")
        local c = cache[ns .. args[i]]
        if not (c and c.sig == sigs[i]) then lists[#lists + 1] = l end
    end
    local sc = #lists > 0 and replay(self, lists)
    for i = 3, #args do
        local k, c = args[i], cache[ns .. args[i]]
        local rec
        if c and c.sig == sigs[i] then rec = c.rec else
            rec = sc:get(ns, k) or false
            if not c then cache.n = cache.n + 1 end
            cache[ns .. k] = { sig = sigs[i], rec = rec }
        end
        if rec then self.mirror:set(ns, k, rec) else self.mirror:delete(ns, k) end
    end
end

-- every record of namespace 'ns' the server holds into the mirror (SCAN:
-- for reviews, not hot paths)
local function pull_all (self, ns)
    if not usable(self) then return end
    local c, cursor, lists = self.client, "0", {}
    local pattern = gsub(self.prefix, "[%*%?%[%]\\]", "\\%0") .. ":e:" .. ns .. ":*"
    repeat
        local r, err = c:pipeline{ { "SCAN", cursor, "MATCH", pattern, "COUNT", 1000 } }
        if not r then down(self, err); return end
        r = r[1]
        if type(r) ~= "table" or type(r[2]) ~= "table" then down(self, "scan"); return end
        cursor = r[1]
        if #r[2] > 0 then
            local cmds = {}
            for i, k in ipairs(r[2]) do cmds[i] = { "ZRANGE", k, 0, -1 } end
            local z, zerr = c:pipeline(cmds)
            if not z then down(self, zerr); return end
            for _, l in ipairs(z) do lists[#lists + 1] = l end
        end
    until cursor == "0"
    local sc = replay(self, lists)
    for k, rec in sc:each(ns) do self.mirror:set(ns, k, rec) end
end

-- }======================================================================


-- {======================================================================
-- The store interface (smtpbounce.tracker.store), over the mirror
-- =======================================================================

-- a record the tracker wrote while observing: the event goes to its set
local function touch (self, ns, key)
    local ev = self.ev
    if not ev or ev.touched[ns .. key] then return end
    ev.touched[ns .. key] = true
    local k = ev.k
    k[#k + 1], k[#k + 2], k[#k + 3] = ns, key, "-"
end

local RFIELDS = { "reason", "action", "outcome", "rule", "status", "scope", "basis", "provider" }
local CFIELDS = { "recipient", "provider", "domain", "ip" }

--[[
Event 'ev' into the queue (no I/O).  The records it wrote name the sets
it goes to; a delivery goes to its address's set too, whether this node
held a record of the address or not (it ends soft bounces another node
may hold).  An event that wrote nothing (and is no delivery) goes nowhere.
]]
local function enqueue (self, ev)
    local keys, a = ev.k, ev.c.recipient
    if ev.r.outcome == "delivered" and a then
        a = lower(match(a, "^<(.-)>?%s*$") or a)
        if #a > 0 and #a <= self.tracker.key_bytes and not ev.touched["r" .. a] then
            keys[#keys + 1], keys[#keys + 2], keys[#keys + 3] = "r", a, "d"
        end
    end
    if #keys == 0 then return end
    self.seq = self.seq + 1
    local m = encode({ i = fmt("%s:%012d", self.node, self.seq), t = ev.t, r = ev.r, c = ev.c })
    local q = self.queue
    q[#q + 1] = { t = ev.t, m = m, k = keys }
    self.counters.events = self.counters.events + 1
    if not self.first then self.first = self.clock() end
end

-- observe(r, ctx) starts: what it writes is this event's (the tracker's
-- own checks raise before it writes anything).  An event still open is
-- complete (observe() never yields): it is queued first.
local function open_event (self, r, ctx)
    if self.ev then enqueue(self, self.ev) end
    self.ev = nil
    if type(r) ~= "table" or type(ctx) ~= "table" or type(ctx.time) ~= "number" then return end
    local ev = { r = {}, c = {}, t = ctx.time, touched = {}, k = {} }
    for _, f in ipairs(RFIELDS) do
        if type(r[f]) == "string" then ev.r[f] = r[f] end
    end
    for _, f in ipairs(CFIELDS) do
        if type(ctx[f]) == "string" then ev.c[f] = ctx[f] end
    end
    self.ev = ev
end

-- the event observed last into the queue (at the next observe(), flush(),
-- advice() or save()); a flush when 'batch' are queued or the oldest is
-- 'delay' old
local function close_event (self)
    local ev = self.ev
    if ev then self.ev = nil; enqueue(self, ev) end
    local q = self.queue
    if #q > 0 and not self.first then self.first = self.clock() end
    if #q > 0 and (#q >= self.batch or self.clock() - self.first >= self.delay) then
        rio.flush(self)
    end
end

-- s:flush() -> true | nil, err: send the spool, then what is queued
-- (smtpbounce.tracker.redis_io)
function Store:flush ()
    close_event(self)
    return rio.flush(self)
end

function Store:get (ns, key)
    local rec = self.recording
    if rec then rec[#rec + 1] = key; return nil end  -- (advice's first pass)
    return self.mirror:get(ns, key)
end

-- (a delete goes to no set: the tracker deletes what aged out, which a
-- replay deletes too, and a delivery's record, sent as the delivery)
function Store:set (ns, key, v, ttl) touch(self, ns, key); self.mirror:set(ns, key, v, ttl) end
function Store:delete (ns, key) self.mirror:delete(ns, key) end
function Store:count (ns) return self.mirror:count(ns) end
function Store:evicted () return self.mirror:evicted() end

-- the records of 'ns'; "r" (the review list) first asks the server for
-- every address the fleet holds
function Store:each (ns)
    if ns == "r" then pull_all(self, ns) end
    return self.mirror:each(ns)
end

-- the keys of 'ns' this node holds (smtpbounce.openresty's metrics)
function Store:keys (ns)
    local out = {}
    for k in self.mirror:each(ns) do out[#out + 1] = k end
    return out
end

--[[
s:save() -> true | nil, err: flush; when the server is unreachable the
queue goes to the spool (true), or, without a spool, nil and a message
saying how many events were not sent.
]]
function Store:save ()
    if self:flush() then return true end
    if #self.queue == 0 then return true end
    return nil, fmt("%s: %d tracker events not sent (%s)", self.url, #self.queue,
                    tostring(self.last_error))
end

--[[
s:bind(t): tracker.new hands in the tracker this store serves.  Its
rules make records of the server's events (replay), and its methods
gain the fleet's part: observe() records which sets the event goes to;
advice() runs once with get() noting the keys it asks for, fetches them
all in one round trip, then runs again and adds store = "ok" |
"unreachable" to the advice (an advice whose first run raises is run
again as it is, so that its error names the caller).
]]
function Store:bind (t)
    local observe, advice = t.observe, t.advice
    self.tracker, self.observe, self.advice = t, observe, advice
    t.observe = function (tr, r, ctx)
        close_event(self)
        open_event(self, r, ctx)
        return observe(tr, r, ctx)
    end
    t.advice = function (tr, who, ip, now)
        self.recording = {}
        local ok = pcall(advice, tr, who, ip, now)
        local keys = self.recording
        self.recording = nil
        if not ok then return advice(tr, who, ip, now) end
        self:prefetch("t", keys)
        local best = advice(tr, who, ip, now)
        best.store = self.state
        return best
    end
end

-- "ok" or "unreachable" (the last exchange with the server failed)
function Store:status ()
    return self.state
end

-- counters: events, sent, batches, errors, spooled, replayed (from the
-- spool), resent (after a server lost its data), dropped, queued, ...
function Store:stats ()
    local out = {}
    for k, v in pairs(self.counters) do out[k] = v end
    out.queued, out.state = #self.queue, self.state
    return out
end

-- }======================================================================


-- {======================================================================
-- Making one
-- =======================================================================

local OPTS = { host = "string", port = "port", db = "whole", prefix = "string",
               timeout = "seconds", batch = "count", delay = "pause", retry = "pause",
               spool = "string", node = "string", horizon = "seconds", horizon_t = "seconds",
               cap = "count", ttl = "seconds",
               lag = "pause", queue = "count", journal = "count", clock = "function",
               tcp = "function", cosocket = "boolean", client = "table",
               addresses = "count", targets = "count", url = "string" }

-- this host's name ($HOSTNAME, /etc/hostname, else "node")
function _M.host_name ()
    local h = getenv("HOSTNAME")
    if not h or h == "" then
        local f = open("/etc/hostname", "rb")
        h = f and f:read("*l")
        if f then f:close() end
    end
    return h and h ~= "" and h or "node"
end

local function node_name ()
    return _M.host_name() .. "-" .. fmt("%08x", random(0, 0x7fffffff))
end

local function default_clock ()
    local ok, socket = pcall(require, "socket")
    if ok and type(socket) == "table" and socket.gettime then return socket.gettime end
    return os.time
end

--[[
redis.new{ host = "127.0.0.1", port = 6379, db = 0, prefix = "smtpbounce",
  timeout = 0.2 (s), batch = 100 (events), delay = 0.05 (s), retry = 1 (s),
  spool = path or nil, node = a name unique in the fleet (default: the
  host name and a random number), horizon = 40 days (an address's
  events), horizon_t = 1 day (a provider's, domain's or IP's), cap =
  1000 (events kept per set: the newest), ttl = horizon + 14
  days, lag = 1 day, queue = 100000, journal = 100000, addresses =,
  targets = (the mirror's caps), clock = a wall clock in seconds (flush
  delays and retries only), tcp =, cosocket = (smtpbounce.tracker.resp),
  client = a resp client made already }
]]
function _M.new (opts)
    if type(opts) ~= "table" then
        error("bad argument #1 to 'new' (table expected, got " .. type(opts) .. ")", 2)
    end
    resp.check_options(opts, OPTS)
    local horizon = opts.horizon or 40 * DAY
    local self = setmetatable({
        prefix = opts.prefix or "smtpbounce", batch = opts.batch or 100,
        delay = opts.delay or 0.05, retry = opts.retry or 1, spool = opts.spool,
        node = opts.node or node_name(), horizon = horizon,
        horizon_t = opts.horizon_t or DAY, cap = opts.cap or 1000,
        ttl = opts.ttl or horizon + 14 * DAY, lag = opts.lag or DAY,
        queue_max = opts.queue or 100000, journal_max = opts.journal or 100000,
        clock = opts.clock or default_clock(), state = "ok", sha = {},
        queue = {}, journal = {}, jhead = 1, replayed = { n = 0 }, newest = -math.huge, seq = 0,
        mirror = tstore.memory{ addresses = opts.addresses, targets = opts.targets },
        counters = { events = 0, sent = 0, batches = 0, errors = 0, spooled = 0, replayed = 0,
                     resent = 0, dropped = 0, epochs = 0, loads = 0, replayed_events = 0 },
    }, Store)
    self.client = opts.client or resp.new{ host = opts.host, port = opts.port, db = opts.db,
                                           timeout = opts.timeout, tcp = opts.tcp,
                                           cosocket = opts.cosocket }
    self.url = opts.url or fmt("redis://%s:%d/%d", opts.host or "127.0.0.1", opts.port or 6379,
                               opts.db or 0)
    return self
end

local function unescape (s)
    return (gsub(s, "%%(%x%x)", function (h) return string.char(tonumber(h, 16)) end))
end

--[[
redis.parse_url("redis://HOST:PORT/DB?prefix=P&host=H&file=F&spool=S&timeout=MS")
-> options for new() (and 'host_id', 'file': the query's 'host' and
'file', for smtpbounce.scan.state), or nil, message.  PORT defaults to 6379, DB to 0.
]]
function _M.parse_url (url)
    if type(url) ~= "string" then return nil, "not a redis:// URL" end
    local hostport, db, query = match(url, "^redis://([^/?]*)/?(%d*)%??(.*)$")
    if not hostport then return nil, url .. ": not a redis://HOST:PORT/DB URL" end
    local host, port = match(hostport, "^%[(.+)%]:?(%d*)$")
    if not host then host, port = match(hostport, "^([^:]*):?(%d*)$") end
    if not host then return nil, url .. ": bad host" end
    local o = { host = host ~= "" and host or "127.0.0.1", port = tonumber(port) or 6379,
                db = tonumber(db) or 0, url = url }
    for k, v in string.gmatch(query, "([^&=]+)=([^&]*)") do
        k, v = unescape(k), unescape(v)
        if k == "prefix" or k == "spool" or k == "node" then o[k] = v
        elseif k == "host" then o.host_id = v
        elseif k == "file" then o.file = v
        elseif k == "timeout" and tonumber(v) then
            o.timeout = tonumber(v) / 1000
            if not (o.timeout > 0 and o.timeout < math.huge) then return nil, url .. ": bad timeout" end
        elseif k == "batch" and tonumber(v) then
            o.batch = tonumber(v)
            if not (o.batch >= 1 and o.batch % 1 == 0 and o.batch < math.huge) then
                return nil, url .. ": bad batch"
            end
        else return nil, url .. ": unknown parameter '" .. k .. "'" end
    end
    if o.port < 1 or o.port > 65535 then return nil, url .. ": bad port" end
    return o
end

-- whether 's' is a redis:// URL
function _M.is_url (s)
    return type(s) == "string" and sub(s, 1, 8) == "redis://"
end

_M.Store = Store
_M.replay = replay

return _M
