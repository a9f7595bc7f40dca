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
-- 'horizon' seconds (event times: never the server's clock), and sets
-- the key's TTL to 'ttl' seconds (the server's clock; collection only,
-- with a margin well past any rule's window, so that replaying a year-old
-- log works).  A key that holds only a delivery lives 'lag' seconds.
--
-- Failures (README's table): a connect, send or read that fails or takes
-- longer than 'timeout' marks the store unreachable for 'retry' seconds:
-- the tracker answers from the mirror, advice carries store =
-- "unreachable", errors are counted (stats()), and the queued events go
-- to the 'spool' file (JSON lines) or, without one, stay queued (at most
-- 'queue'; beyond that the oldest are dropped and counted: stats().dropped).
-- When the server answers again the spool is sent first, then the queue.
-- A server that lost its data (a new epoch) gets again every event this
-- node sent within the horizon (the journal, at most 'journal' events).
-- A script the server does not know (NOSCRIPT: restarted) is loaded again.

local cjson = require("cjson").new()
local tstore = require "smtpbounce.tracker.store"
local resp = require "smtpbounce.tracker.resp"

local type, pairs, ipairs, tostring, tonumber, pcall, error, setmetatable, rawget =
      type, pairs, ipairs, tostring, tonumber, pcall, error, setmetatable, rawget
local fmt, match, sub, find, gsub = string.format, string.match, string.sub, string.find,
      string.gsub
local concat, sort = table.concat, table.sort
local open, remove, getenv = io.open, os.remove, os.getenv
local random = math.random
local tointeger = rawget(math, "tointeger")  -- (nil before Lua 5.3)

local encode, decode = cjson.encode, cjson.decode
pcall(cjson.encode_number_precision, 14)

local _M = { _VERSION = "0.1.0" }

local DAY = 86400

-- {======================================================================
-- The server's scripts (loaded once with SCRIPT LOAD, run with EVALSHA)
-- =======================================================================

-- ARGV: prefix, horizon, ttl, lag, a new epoch; then per event: time,
-- member, n, and n times (ns, key, flag "d" for a delivery or "-").
-- Returns { epoch, sets written }.
_M.ADD = [[
local p, horizon, ttl, lag = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local ep = redis.call('GET', p .. ':epoch')
if not ep then ep = ARGV[5]; redis.call('SET', p .. ':epoch', ep) end
local i, n = 6, 0
while i <= #ARGV do
  local t, m, nk = tonumber(ARGV[i]), ARGV[i + 1], tonumber(ARGV[i + 2])
  i = i + 3
  for _ = 1, nk do
    local ns, key, flag = ARGV[i], ARGV[i + 1], ARGV[i + 2]
    i = i + 3
    local z = p .. ':e:' .. ns .. ':' .. redis.sha1hex(key)
    local fresh = redis.call('EXISTS', z) == 0
    redis.call('ZADD', z, t, m)
    local top = redis.call('ZRANGE', z, -1, -1, 'WITHSCORES')
    redis.call('ZREMRANGEBYSCORE', z, '-inf', '(' .. string.format('%.17g', tonumber(top[2]) - horizon))
    if flag ~= 'd' then redis.call('EXPIRE', z, ttl)
    elseif fresh then redis.call('EXPIRE', z, lag) end
    n = n + 1
  end
end
return { ep, n }
]]

-- ARGV: prefix, ns, keys...  Returns { epoch or nil, members of each key }.
_M.GET = [[
local p, ns = ARGV[1], ARGV[2]
local out = { redis.call('GET', p .. ':epoch') or '' }
for i = 3, #ARGV do
  out[#out + 1] = redis.call('ZRANGE', p .. ':e:' .. ns .. ':' .. redis.sha1hex(ARGV[i]), 0, -1)
end
return out
]]

-- }======================================================================


-- {======================================================================
-- Talking to the server
-- =======================================================================

local Store = {}
Store.__index = Store

local function down (self, err)
    self.state, self.last_error = "unreachable", tostring(err)
    self.counters.errors = self.counters.errors + 1
    self.down_until = self.clock() + self.retry
    return nil, self.last_error
end

-- run script 'name' with ARGV 'args': its reply | nil, err (the server
-- unreachable, or an error reply)
local function eval (self, name, args)
    for _ = 1, 2 do
        if not self.sha[name] then
            local r, err = self.client:pipeline{ { "SCRIPT", "LOAD", _M.ADD },
                                                 { "SCRIPT", "LOAD", _M.GET } }
            if not r then return down(self, err) end
            if type(r[1]) ~= "string" or type(r[2]) ~= "string" then
                return down(self, "script load: " .. tostring(type(r[1]) == "table" and r[1].err
                                                              or r[2].err))
            end
            self.sha.ADD, self.sha.GET = r[1], r[2]
            self.counters.loads = self.counters.loads + 1
        end
        local cmd = { "EVALSHA", self.sha[name], 0 }
        for i = 1, #args do cmd[i + 3] = args[i] end
        local r, err = self.client:pipeline{ cmd }
        if not r then return down(self, err) end
        r = r[1]
        if type(r) == "table" and r.err then
            if not find(r.err, "^NOSCRIPT") then return down(self, r.err) end
            self.sha = {}  -- the server forgot it: load again
        else
            self.state = "ok"
            return r
        end
    end
    return down(self, "script not kept")
end

-- the server lost its data (an epoch other than ours): our journal again
local function check_epoch (self, ep)
    if self.epoch and ep ~= self.epoch then
        self.counters.epochs = self.counters.epochs + 1
        local q = {}
        for i = self.jhead, #self.journal do q[#q + 1] = self.journal[i] end
        for _, it in ipairs(self.queue) do q[#q + 1] = it end
        self.counters.resent = self.counters.resent + (#self.journal - self.jhead + 1)
        self.queue, self.journal, self.jhead = q, {}, 1
    end
    self.epoch = ep ~= "" and ep or nil
end

-- keep what was sent for a server that loses it: within the horizon of
-- the newest, at most 'journal'
local function remember (self, items)
    local j = self.journal
    for _, it in ipairs(items) do
        j[#j + 1] = it
        if it.t > self.newest then self.newest = it.t end
    end
    local h = self.jhead
    while h <= #j and (#j - h + 1 > self.journal_max or j[h].t < self.newest - self.horizon) do
        j[h] = false
        h = h + 1
    end
    if h > 1024 and h > #j / 2 then  -- compact
        local k = {}
        for i = h, #j do k[#k + 1] = j[i] end
        self.journal, h = k, 1
    end
    self.jhead = h
end

-- send 'items' (queued events) in batches; true | nil, err (the items
-- not sent are left in 'rest')
local function send (self, items)
    local i = 1
    while i <= #items do
        local args = { self.prefix, self.horizon, self.ttl, self.lag,
                       fmt("%s:%.0f:%d", self.node, self.clock() * 1000, random(1, 1e9)) }
        local chunk = {}
        for k = i, #items do
            if #chunk >= self.batch then break end
            local it = items[k]
            chunk[#chunk + 1] = it
            args[#args + 1] = fmt("%.17g", it.t)
            args[#args + 1] = it.m
            args[#args + 1] = #it.k / 3
            for x = 1, #it.k do args[#args + 1] = it.k[x] end
        end
        local r, err = eval(self, "ADD", args)
        if not r then
            local rest = {}
            for k = i, #items do rest[#rest + 1] = items[k] end
            return nil, err, rest
        end
        self.counters.sent = self.counters.sent + #chunk
        self.counters.batches = self.counters.batches + 1
        remember(self, chunk)
        i = i + #chunk
        if type(r) == "table" and type(r[1]) == "string" and r[1] ~= self.epoch then
            check_epoch(self, r[1])
            if #self.queue > 0 then  -- the journal again, after these
                local q = self.queue
                self.queue = {}
                for k = i, #items do q[#q + 1] = items[k] end
                items, i = q, 1
            end
        end
    end
    return true
end

-- }======================================================================


-- {======================================================================
-- The spool: events the server could not take, kept on disk
-- =======================================================================

local function spool_write (self, items)
    local f, err = open(self.spool, "ab")
    if not f then return nil, err end
    local out = {}
    for i, it in ipairs(items) do out[i] = encode({ it.t, it.m, it.k }) end
    out[#out + 1] = ""
    local ok, werr = f:write(concat(out, "\n"))
    f:close()
    if not ok then return nil, werr end
    self.counters.spooled = self.counters.spooled + #items
    return true
end

local function spool_read (self)
    local f = open(self.spool, "rb")
    if not f then return {} end
    local items = {}
    for line in f:lines() do
        local ok, e = pcall(decode, line)
        if ok and type(e) == "table" and type(e[1]) == "number" and type(e[2]) == "string"
           and type(e[3]) == "table" then
            items[#items + 1] = { t = e[1], m = e[2], k = e[3] }
        end
    end
    f:close()
    return items
end

-- the server is away: the queue to the spool (or kept, at most 'queue')
local function hold (self)
    local q = self.queue
    if #q == 0 then return nil, self.last_error end
    if self.spool and spool_write(self, q) then
        self.queue, self.first = {}, nil
    elseif #q > self.queue_max then
        local over = #q - self.queue_max
        local k = {}
        for i = over + 1, #q do k[#k + 1] = q[i] end
        self.queue = k
        self.counters.dropped = self.counters.dropped + over
    end
    return nil, self.last_error
end

--[[
s:flush() -> true | nil, err: send the spool, then what is queued.  While
the server is unreachable (for 'retry' seconds after a failure) nothing
is tried: the queue goes to the spool.
]]
function Store:flush ()
    if self.down_until then
        if self.clock() < self.down_until then return hold(self) end
        self.down_until = nil
    end
    if self.spool then
        local items = spool_read(self)
        if #items > 0 then
            local ok, err, rest = send(self, items)
            if not ok then
                local f = open(self.spool, "wb")  -- what is left of it
                if f then f:close() end
                self.counters.spooled = self.counters.spooled - #rest
                spool_write(self, rest)
                return hold(self), err
            end
            remove(self.spool)
            self.counters.replayed = self.counters.replayed + #items
        end
    end
    if #self.queue == 0 then return true end
    local q = self.queue
    self.queue, self.first = {}, nil
    local ok, _, rest = send(self, q)
    if not ok then
        for _, it in ipairs(self.queue) do rest[#rest + 1] = it end
        self.queue = rest
        return hold(self)
    end
    return true
end

-- }======================================================================


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
    local sc = setmetatable({ store = tstore.memory{ addresses = big, targets = big } },
                            { __index = self.tracker })
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
    if #keys == 0 or not usable(self) then return end
    local args = { self.prefix, ns }
    for i, k in ipairs(keys) do args[i + 2] = k end
    local r = eval(self, "GET", args)
    if type(r) ~= "table" then return end
    if r[1] ~= self.epoch then  -- lost: ours again, then once more
        check_epoch(self, r[1])
        if not (self:flush() and not self.down_until) then return end
        r = eval(self, "GET", args)
        if type(r) ~= "table" then return end
    end
    local lists = {}
    for i = 2, #r do lists[#lists + 1] = r[i] end
    local sc = replay(self, lists)
    for _, k in ipairs(keys) do
        local rec = sc:get(ns, k)
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

local function touch (self, ns, key)
    if not self.tkeys then return end  -- (outside observe())
    local id = ns .. key
    if not self.touched[id] then
        self.touched[id] = true
        local k = self.tkeys
        k[#k + 1], k[#k + 2], k[#k + 3] = ns, key, "-"
    end
end

function Store:get (ns, key) return self.mirror:get(ns, key) end
function Store:set (ns, key, v, ttl) touch(self, ns, key); self.mirror:set(ns, key, v, ttl) end
function Store:delete (ns, key) touch(self, ns, key); self.mirror:delete(ns, key) end
function Store:count (ns) return self.mirror:count(ns) end
function Store:evicted () return self.mirror:evicted() end

-- the records of 'ns'; "r" (the review list) first asks the server for
-- every address the fleet holds
function Store:each (ns)
    if ns == "r" then pull_all(self, ns) end
    return self.mirror:each(ns)
end

-- the tracker starts an observe(): the records it writes from now on
-- are the event's (what a sweep deleted before is not)
function Store:begin ()
    self.touched, self.tkeys = {}, {}
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

-- the tracker this store serves (tracker.new calls it): its rules make
-- records of the server's events
function Store:bind (t)
    self.tracker = t
end

local RFIELDS = { "reason", "action", "outcome", "rule", "status", "scope", "basis", "provider" }
local CFIELDS = { "recipient", "provider", "domain", "ip" }

--[[
s:observed(result, ctx, address): the tracker observed 'result' in 'ctx'
(address: the recipient as the tracker keys it).  The records it wrote
name the sets the event goes to; a delivery goes to its address's set
too (it ends soft bounces another node may hold).
]]
function Store:observed (r, ctx, addr)
    local keys = self.tkeys or {}
    if r.outcome == "delivered" and addr and not self.touched["r" .. addr] then
        keys[#keys + 1], keys[#keys + 2], keys[#keys + 3] = "r", addr, "d"
    end
    self.touched, self.tkeys = {}, nil
    if #keys == 0 then return end
    local ev = { r = {}, c = {}, t = ctx.time }
    for _, f in ipairs(RFIELDS) do
        if type(r[f]) == "string" then ev.r[f] = r[f] end
    end
    for _, f in ipairs(CFIELDS) do
        if type(ctx[f]) == "string" then ev.c[f] = ctx[f] end
    end
    self.seq = self.seq + 1
    ev.i = fmt("%s:%012d", self.node, self.seq)
    local q = self.queue
    q[#q + 1] = { t = ctx.time, m = encode(ev), k = keys }
    self.counters.events = self.counters.events + 1
    local now = self.clock()
    if not self.first then self.first = now end
    if #q >= self.batch or now - self.first >= self.delay then self:flush() end
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

local OPTS = { host = "string", port = "number", db = "number", prefix = "string",
               timeout = "number", batch = "number", delay = "number", retry = "number",
               spool = "string", node = "string", horizon = "number", ttl = "number",
               lag = "number", queue = "number", journal = "number", clock = "function",
               tcp = "function", cosocket = "boolean", client = "table",
               addresses = "number", targets = "number", url = "string" }

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
  host name and a random number), horizon = 40 days, ttl = horizon + 14
  days, lag = 1 day, queue = 100000, journal = 100000, addresses =,
  targets = (the mirror's caps), clock = a wall clock in seconds (flush
  delays and retries only), tcp =, cosocket = (smtpbounce.tracker.resp),
  client = a resp client made already }
]]
function _M.new (opts)
    if type(opts) ~= "table" then
        error("bad argument #1 to 'new' (table expected, got " .. type(opts) .. ")", 2)
    end
    for k, v in pairs(opts) do
        if not OPTS[k] then error("bad argument #1 to 'new' (unknown option '" .. tostring(k) .. "')", 2) end
        if type(v) ~= OPTS[k] then
            error(fmt("bad argument #1 to 'new' (option '%s' must be a %s)", k, OPTS[k]), 2)
        end
    end
    local horizon = opts.horizon or 40 * DAY
    local self = setmetatable({
        prefix = opts.prefix or "smtpbounce", batch = opts.batch or 100,
        delay = opts.delay or 0.05, retry = opts.retry or 1, spool = opts.spool,
        node = opts.node or node_name(), horizon = horizon,
        ttl = opts.ttl or horizon + 14 * DAY, lag = opts.lag or DAY,
        queue_max = opts.queue or 100000, journal_max = opts.journal or 100000,
        clock = opts.clock or default_clock(), state = "ok", sha = {},
        queue = {}, journal = {}, jhead = 1, newest = -math.huge, seq = 0,
        touched = {}, tkeys = nil,
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
        elseif k == "timeout" and tonumber(v) then o.timeout = tonumber(v) / 1000
        elseif k == "batch" and tonumber(v) then o.batch = tonumber(v)
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
