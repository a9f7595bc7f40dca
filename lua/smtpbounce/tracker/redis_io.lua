-- smtpbounce.tracker.redis_io -- the server side of smtpbounce.tracker.redis:
-- its two scripts, sending queued events in batches (EVALSHA, NOSCRIPT
-- handled), the journal sent again to a server that lost its data, and
-- the spool file.  Functions take the store ('self'); see redis.lua for
-- what each field means.

local cjson = require("cjson").new()

local type, ipairs, tostring, pcall = type, ipairs, tostring, pcall
local fmt, find = string.format, string.find
local concat = table.concat
local open, remove = io.open, os.remove
local random = math.random

local encode, decode = cjson.encode, cjson.decode
pcall(cjson.encode_number_precision, 14)

local _M = { _VERSION = "0.1.0" }

-- {======================================================================
-- The server's scripts (loaded once with SCRIPT LOAD, run with EVALSHA)
-- =======================================================================

-- ARGV: prefix, horizon (addresses), horizon (targets), cap (members
-- kept per set, the newest), ttl, lag, a new epoch; then per event: time,
-- member, n, and n times (ns, key, flag "d" for a delivery or "-").
-- Returns { epoch, sets written }.
_M.ADD = [[
local p, hr, ht, cap = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local ttl, lag = tonumber(ARGV[5]), tonumber(ARGV[6])
local ep = redis.call('GET', p .. ':epoch')
if not ep then ep = ARGV[7]; redis.call('SET', p .. ':epoch', ep) end
local i, n = 8, 0
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
    local horizon = ns == 'r' and hr or ht
    redis.call('ZREMRANGEBYSCORE', z, '-inf', '(' .. string.format('%.17g', tonumber(top[2]) - horizon))
    if redis.call('ZCARD', z) > cap then redis.call('ZREMRANGEBYRANK', z, 0, -cap - 1) end
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
        local args = { self.prefix, self.horizon, self.horizon_t, self.cap, self.ttl, self.lag,
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
function _M.flush (self)
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

_M.down, _M.eval, _M.check_epoch = down, eval, check_epoch

return _M
