-- smtpbounce.tracker.store -- where a tracker keeps what it remembers.
-- Three stores with one interface:
--
--   local store = require "smtpbounce.tracker.store"
--   store.memory{ addresses = 100000, targets = 10000 }   -- in-process
--   store.file(path, { addresses =, targets =, max_bytes = })  -- a file
--   store.shared_dict(ngx.shared.x [, { owner =, sleep =, ... }])  -- OpenResty
--
--   s:get(ns, key)            --> record (a table) or nil
--   s:set(ns, key, rec, ttl)  keep 'rec'; 'ttl' seconds is a hint for
--                             stores that reclaim memory by themselves
--   s:delete(ns, key)
--   s:each(ns)                --> iterator of key, rec (no order promised)
--   s:count(ns)               --> records kept (nil when unknown)
--   s:evicted()               --> records dropped to stay within the caps
--   s:save()                  --> true | nil, err (the file store; the
--                             others: true)
--
-- 'ns' is "r" (per recipient address) or "t" (per provider, domain or
-- sending IP).  A record is a plain table of strings, numbers and such
-- tables; its field 'e' is the time (the caller's clock) after which the
-- tracker forgets it.  The tracker checks 'e' itself: a store never reads
-- the clock.
--
-- The memory store keeps each namespace in two generations (as
-- smtpbounce.cache does): when the new one holds half the cap it becomes
-- the old one and the old one is dropped whole, so at most 'cap' records
-- are kept and what was written least recently goes first.  The file store
-- is a memory store that save() writes to disk, and that is read back when
-- it is made.  The shared-dict store leaves eviction to nginx (the dict
-- drops its least recently used keys when full) and encodes records as
-- JSON; its atomic(fn, ...) runs fn holding a lock kept in the dict, so
-- that workers' get-then-set updates do not interleave, and keys(ns)
-- lists a namespace's keys.

local cjson = require("cjson").new()
local typed = require("smtpbounce.json").typed

local error, type, ipairs, pairs, next, tostring, pcall, floor, setmetatable =
      error, type, ipairs, pairs, next, tostring, pcall, math.floor, setmetatable

local open, rename, remove = io.open, os.rename, os.remove
local fmt, find, sub, match = string.format, string.find, string.sub, string.match
local concat = table.concat

local encode, decode = cjson.encode, cjson.decode
pcall(cjson.encode_number_precision, 14)   -- (epoch seconds with ms)

local _M = { _VERSION = "0.1.0" }

-- the file format: this first line, then one JSON array per line:
-- [ns, key, record]
_M.FORMAT = "smtpbounce-tracker 1"

-- defaults of the caps (records), and of the largest file read back
_M.ADDRESSES = 100000
_M.TARGETS = 10000
_M.MAX_BYTES = 64 * 1024 * 1024


-- {======================================================================
-- In-process tables
-- =======================================================================

local Memory = {}
Memory.__index = Memory

local function space (cap)
    -- a generation holds at most half the cap (at least 1)
    local half = floor(cap / 2)
    return { new = {}, old = {}, n = 0, nold = 0, limit = half > 0 and half or 1 }
end

function Memory:get (ns, key)
    local s = self[ns]
    local v = s.new[key]
    if v ~= nil then return v end
    v = s.old[key]
    if v == nil then return nil end
    -- used again: into the new generation
    s.old[key], s.nold = nil, s.nold - 1
    self:set(ns, key, v)
    return v
end

function Memory:set (ns, key, v)
    local s = self[ns]
    if s.new[key] ~= nil then s.new[key] = v; return end
    if s.old[key] ~= nil then s.old[key], s.nold = nil, s.nold - 1 end
    s.new[key], s.n = v, s.n + 1
    if s.n >= s.limit then
        self.dropped = self.dropped + s.nold
        s.old, s.nold, s.new, s.n = s.new, s.n, {}, 0
    end
end

function Memory:delete (ns, key)
    local s = self[ns]
    if s.new[key] ~= nil then s.new[key], s.n = nil, s.n - 1
    elseif s.old[key] ~= nil then s.old[key], s.nold = nil, s.nold - 1 end
end

-- the old generation first, then the new (oldest first, roughly)
function Memory:each (ns)
    local s = self[ns]
    local gen, k = s.old, nil
    return function ()
        local v
        k, v = next(gen, k)
        if k == nil and gen == s.old then
            gen = s.new
            k, v = next(gen, nil)
        end
        return k, v
    end
end

function Memory:count (ns)
    return self[ns].n + self[ns].nold
end

function Memory:evicted ()
    return self.dropped
end

function Memory.save ()
    return true
end

-- (the options are memory's argument #1, file's #2; 'level': that of
-- the public function's caller, seen from check_cap's caller)
local function check_cap (fname, opts, field, default, level)
    local v = opts[field]
    if v == nil then return default end
    if type(v) ~= "number" or v < 1 or v % 1 ~= 0 then
        error(fmt("bad argument #%d to '%s' (field '%s' must be a positive whole number)",
                  fname == "file" and 2 or 1, fname, field), level + 1)
    end
    return v
end

-- the options of memory() and file()
local CAPS = { addresses = true, targets = true }
local FILE_CAPS = { addresses = true, targets = true, max_bytes = true }

local function new_memory (opts, fname)
    local n = fname == "file" and 2 or 1
    if opts ~= nil and type(opts) ~= "table" then
        error(fmt("bad argument #%d to '%s' (table expected, got %s)", n, fname, type(opts)), 3)
    end
    opts = opts or {}
    for k in pairs(opts) do
        if not (n == 2 and FILE_CAPS or CAPS)[k] then
            error(fmt("bad argument #%d to '%s' (unknown option '%s')", n, fname, tostring(k)), 3)
        end
    end
    return setmetatable({ r = space(check_cap(fname, opts, "addresses", _M.ADDRESSES, 3)),
                          t = space(check_cap(fname, opts, "targets", _M.TARGETS, 3)),
                          dropped = 0 }, Memory)
end

--[[
store.memory{ addresses = n, targets = n }: records in Lua tables, at
most 'addresses' records per recipient and 'targets' per provider,
domain or IP (defaults _M.ADDRESSES, _M.TARGETS).
]]
function _M.memory (opts)
    local self = new_memory(opts, "memory")
    return self  -- (no tail call: new_memory's errors count this frame)
end

-- }======================================================================


-- {======================================================================
-- A file: a memory store written whole by save()
-- =======================================================================

local File = setmetatable({}, { __index = Memory })
File.__index = File

local function lines_of (self, ns, out)
    local n = #out
    for k, v in self:each(ns) do
        n = n + 1
        out[n] = encode({ ns, k, v })
    end
end

--[[
store.replace(path, data): write 'data' to a temporary file beside
'path' (path .. ".tmp"), then rename it over 'path': rename replaces a
file atomically (POSIX), so the file read back is always one written
whole, whenever the process is stopped (kill -9 included).  (No fsync:
Lua cannot ask for it; a crash of the machine itself may lose the last
write.)  true, or nil and the error; the temporary file is removed on
failure.  The file store's save() and the scan state's save() write
with it.
]]
function _M.replace (path, data)
    local tmp = path .. ".tmp"
    local f, err = open(tmp, "wb")
    if not f then return nil, err end
    local ok, werr = f:write(data)
    local cok, cerr = f:close()
    if not ok or not cok then
        remove(tmp)
        return nil, tostring(werr or cerr)
    end
    local rok, rerr = rename(tmp, path)
    if not rok then remove(tmp); return nil, rerr end
    return true
end

-- every record, through store.replace
function File:save ()
    local out = { _M.FORMAT }
    lines_of(self, "r", out)
    lines_of(self, "t", out)
    out[#out + 1] = ""
    return _M.replace(self.path, concat(out, "\n"))
end

-- the types of a record's fields as the tracker writes them (c, e
-- required; s a number for an address, a table for a target)
local REC = { f = "number", l = "number", n = "number", w = "number", r = "string", b = "string" }

--[[
Whether 'rec', read back from a file (this store's, or scan's state), is
a record of namespace 'ns' as the tracker writes them: one of another
shape (a file edited by hand) is left out, not met later as a wrong type.
]]
function _M.well_formed (ns, rec)
    if type(rec) ~= "table" or type(rec.c) ~= "table" or type(rec.e) ~= "number" then
        return false
    end
    if rec.s ~= nil and type(rec.s) ~= (ns == "t" and "table" or "number") then return false end
    return typed(rec, REC)
end

-- read the file back (no code is run: JSON lines); a missing file is an
-- empty store
local function load (self, max_bytes)
    local f = open(self.path, "rb")
    if not f then return end
    local data = f:read(max_bytes + 1) or ""
    f:close()
    local first = find(data, "\n", 1, true)
    if sub(data, 1, (first or 0) - 1) ~= _M.FORMAT then
        error(fmt("%s: not a tracker state file of format '%s'", self.path, _M.FORMAT), 0)
    end
    if #data > max_bytes then
        -- only whole lines, up to the limit
        data = sub(data, 1, max_bytes)
        self.truncated = true
    end
    local pos = first + 1
    while true do
        local nl = find(data, "\n", pos, true)
        if not nl then break end
        local ok, e = pcall(decode, sub(data, pos, nl - 1))
        if ok and type(e) == "table" and (e[1] == "r" or e[1] == "t")
           and type(e[2]) == "string" and _M.well_formed(e[1], e[3]) then
            self:set(e[1], e[2], e[3])
        else
            self.skipped = self.skipped + 1
        end
        pos = nl + 1
    end
end

--[[
store.file(path [, { addresses =, targets =, max_bytes = }]): a memory
store (same caps) read from 'path' when it exists, written back by
save().  At most 'max_bytes' (default _M.MAX_BYTES) of the file are
read; a file of another format raises an error naming it.  Fields
'truncated' (true when the file was longer) and 'skipped' (lines that
were no record) tell what was left out.
]]
function _M.file (path, opts)
    if type(path) ~= "string" then
        error("bad argument #1 to 'file' (string expected, got " .. type(path) .. ")", 2)
    elseif path == "" then
        error("bad argument #1 to 'file' (a path expected, got an empty string)", 2)
    end
    if opts ~= nil and type(opts) ~= "table" then
        error("bad argument #2 to 'file' (table expected, got " .. type(opts) .. ")", 2)
    end
    local self = new_memory(opts, "file")
    self.path, self.skipped, self.truncated = path, 0, false
    setmetatable(self, File)
    load(self, check_cap("file", opts or {}, "max_bytes", _M.MAX_BYTES, 2))
    return self
end

-- }======================================================================


-- {======================================================================
-- An OpenResty shared dict (ngx.shared.NAME: get, set, delete, incr,
-- get_keys; add for atomic()): records as JSON strings under "ns:key"
-- =======================================================================

local Dict = {}
Dict.__index = Dict

-- the key of the lock of atomic(): no record's ("r:", "t:"), nor a counter's
local LOCK = "l:lock"

function Dict:get (ns, key)
    local s = self.dict:get(ns .. ":" .. key)
    if type(s) ~= "string" then return nil end
    local ok, v = pcall(decode, s)
    return ok and type(v) == "table" and v or nil
end

-- a ttl below one second would mean "never expires" to the dict
function Dict:set (ns, key, v, ttl)
    ttl = ttl and ttl >= 1 and floor(ttl) or 1
    local ok, _, forcible = self.dict:set(ns .. ":" .. key, encode(v), ttl)
    if not ok or forcible then self.dict:incr("n:evicted", 1, 0) end
end

function Dict:delete (ns, key)
    self.dict:delete(ns .. ":" .. key)
end

-- the keys of namespace 'ns' (get_keys(0) lists every key of the dict:
-- for reviews and metrics, not hot paths)
function Dict:keys (ns)
    local out, prefix = {}, ns .. ":"
    for _, k in ipairs(self.dict:get_keys(0)) do
        if sub(k, 1, 2) == prefix then out[#out + 1] = sub(k, 3) end
    end
    return out
end

function Dict:each (ns)
    local keys, i = self:keys(ns), 0
    return function ()
        while true do
            i = i + 1
            local k = keys[i]
            if k == nil then return nil end
            local v = self:get(ns, k)
            if v then return k, v end
        end
    end
end

function Dict.count ()
    return nil
end

function Dict:evicted ()
    return self.dict:get("n:evicted") or 0
end

function Dict.save ()
    return true
end

local function release (self, token)
    -- (only our own: after lock_ttl another holder may have it)
    if self.dict:get(LOCK) == token then self.dict:delete(LOCK) end
end

--[[
s:atomic(fn, ...) -> true, the first two results of fn(...) | false,
"timeout".  Runs fn(...) while this store holds the dict's lock, so
that a tracker's get-then-set
of a record (observe()) is not interleaved with another worker's: every
worker's events count.  The lock is an add() of a key that only one
caller at a time can add, held at most 'lock_ttl' seconds (a worker that
dies holding it blocks no one for longer).  While another holds it, the
store retries: after sleep(step) where the caller gave a 'sleep' that
can sleep now (it returns true), else at once, at most 'spins' times.
After 'wait' seconds of sleeps (or the spins) it gives up: false,
"timeout", and fn was not run.  fn must not yield (no I/O, no sleep):
the lock is held across it.  An error in fn releases the lock and is
raised again.
]]
function Dict:atomic (fn, ...)
    local dict, o = self.dict, self.opts
    if not dict.add then error("shared dict store: the dict has no method 'add'", 2) end
    self.serial = self.serial + 1
    local token = self.owner .. "#" .. self.serial
    local waited, spins = 0, 0
    while not dict:add(LOCK, token, o.lock_ttl) do
        if o.sleep and o.sleep(o.step) then
            waited = waited + o.step
            if waited >= o.wait then return false, "timeout" end
        else
            spins = spins + 1
            if spins >= o.spins then return false, "timeout" end
        end
    end
    local ok, a, b = pcall(fn, ...)
    release(self, token)
    if not ok then error(a, 0) end
    return true, a, b
end

local DICT_OPTS = { sleep = "function", owner = "string", lock_ttl = "number",
                    wait = "number", step = "number", spins = "number" }

--[[
store.shared_dict(dict [, { owner =, sleep =, lock_ttl =, wait =, step =,
spins = }]): 'dict' is an ngx.shared.NAME object (this module never reads
the global ngx: the caller hands the dict in, and the sleep function of
atomic()).  Records of every worker meet there.  A single get or set is
atomic; a tracker's update is a get then a set, which atomic() makes
whole across workers (smtpbounce.openresty runs observe() in it).
'owner' names the lock's holder (a worker's pid, say); lock_ttl (1 s),
wait (2 s), step (0.001 s) and spins (100000): see atomic().
]]
function _M.shared_dict (dict, opts)
    if type(dict) ~= "table" and type(dict) ~= "userdata" then
        error("bad argument #1 to 'shared_dict' (ngx.shared dict expected, got "
              .. type(dict) .. ")", 2)
    end
    for _, m in ipairs{ "get", "set", "delete", "incr", "get_keys" } do
        if dict[m] == nil then
            error("bad argument #1 to 'shared_dict' (no method '" .. m .. "')", 2)
        end
    end
    if opts ~= nil and type(opts) ~= "table" then
        error("bad argument #2 to 'shared_dict' (table expected, got " .. type(opts) .. ")", 2)
    end
    local o = { lock_ttl = 1, wait = 2, step = 0.001, spins = 100000 }
    for k, v in pairs(opts or {}) do
        local want = DICT_OPTS[k]
        if not want then
            error("bad argument #2 to 'shared_dict' (unknown option '" .. tostring(k) .. "')", 2)
        end
        if type(v) ~= want or (want == "number" and (v ~= v or v <= 0)) then
            error(fmt("bad argument #2 to 'shared_dict' (option '%s' must be a %s%s)", k,
                      want == "number" and "positive " or "", want), 2)
        end
        o[k] = v
    end
    local self = setmetatable({ dict = dict, opts = o, serial = 0 }, Dict)
    self.owner = o.owner or tostring(self):gsub("^table: ", "")
    return self
end

-- }======================================================================

--[[
store.targets(st) -> { { who, ip }, ... }: the provider (or recipient
domain) and sending IP ("" for none) of each of the tracker's per-target
records in store 'st' (keys "p=<provider>[|ip=<ip>]" or
"d=<domain>[|ip=<ip>]", as smtpbounce.tracker writes them; a store with
keys(): smtpbounce.openresty's metrics)
]]
function _M.targets (st)
    local out, seen = {}, {}
    for _, k in ipairs(st:keys("t")) do
        local who, ip = match(k, "^[pd]=(.-)|ip=(.*)$")
        if not who then who, ip = match(k, "^[pd]=(.*)$"), "" end
        if who and not seen[who .. "\0" .. ip] then
            seen[who .. "\0" .. ip] = true
            out[#out + 1] = { who, ip }
        end
    end
    return out
end

return _M
