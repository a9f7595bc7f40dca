-- smtpbounce.tracker.store -- where a tracker keeps what it remembers.
-- Three stores with one interface:
--
--   local store = require "smtpbounce.tracker.store"
--   store.memory{ addresses = 100000, targets = 10000 }   -- in-process
--   store.file(path, { addresses =, targets =, max_bytes = })  -- a file
--   store.shared_dict(ngx.shared.x)                      -- OpenResty
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
-- JSON.

local cjson = require("cjson").new()

local error, type, ipairs, next, tostring, pcall, floor, setmetatable =
      error, type, ipairs, next, tostring, pcall, math.floor, setmetatable
local open, rename, remove = io.open, os.rename, os.remove
local fmt, find, sub = string.format, string.find, string.sub
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

local function check_cap (fname, opts, field, default)
    local v = opts[field]
    if v == nil then return default end
    if type(v) ~= "number" or v < 1 or v % 1 ~= 0 then
        error(fmt("bad argument #1 to '%s' (field '%s' must be a positive whole number)",
                  fname, field), 3)
    end
    return v
end

local function new_memory (opts, fname)
    if opts ~= nil and type(opts) ~= "table" then
        error(fmt("bad argument #1 to '%s' (table expected, got %s)", fname, type(opts)), 3)
    end
    opts = opts or {}
    return setmetatable({ r = space(check_cap(fname, opts, "addresses", _M.ADDRESSES)),
                          t = space(check_cap(fname, opts, "targets", _M.TARGETS)),
                          dropped = 0 }, Memory)
end

--[[
store.memory{ addresses = n, targets = n }: records in Lua tables, at
most 'addresses' records per recipient and 'targets' per provider,
domain or IP (defaults _M.ADDRESSES, _M.TARGETS).
]]
function _M.memory (opts)
    return new_memory(opts, "memory")
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
Write every record to a temporary file beside the store's (path ..
".tmp"), then rename it over the store's file: rename replaces a file
atomically (POSIX), so the file read back is always one that save()
wrote whole, whenever the process is stopped (kill -9 included).  (No
fsync: Lua cannot ask for it; a crash of the machine itself may lose the
last save.)
]]
function File:save ()
    local out = { _M.FORMAT }
    lines_of(self, "r", out)
    lines_of(self, "t", out)
    out[#out + 1] = ""
    local tmp = self.path .. ".tmp"
    local f, err = open(tmp, "wb")
    if not f then return nil, err end
    local ok, werr = f:write(concat(out, "\n"))
    local cok, cerr = f:close()
    if not ok or not cok then
        remove(tmp)
        return nil, tostring(werr or cerr)
    end
    local rok, rerr = rename(tmp, self.path)
    if not rok then remove(tmp); return nil, rerr end
    return true
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
           and type(e[2]) == "string" and type(e[3]) == "table" then
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
    end
    if opts ~= nil and type(opts) ~= "table" then
        error("bad argument #2 to 'file' (table expected, got " .. type(opts) .. ")", 2)
    end
    local self = new_memory(opts, "file")
    self.path, self.skipped, self.truncated = path, 0, false
    setmetatable(self, File)
    load(self, check_cap("file", opts or {}, "max_bytes", _M.MAX_BYTES))
    return self
end

-- }======================================================================


-- {======================================================================
-- An OpenResty shared dict (ngx.shared.NAME: get, set, delete, incr,
-- get_keys): records as JSON strings under "ns:key"
-- =======================================================================

local Dict = {}
Dict.__index = Dict

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

-- (get_keys(0) lists every key of the dict: for reviews, not hot paths)
function Dict:each (ns)
    local keys, i, prefix = self.dict:get_keys(0), 0, ns .. ":"
    return function ()
        while true do
            i = i + 1
            local k = keys[i]
            if k == nil then return nil end
            if sub(k, 1, 2) == prefix then
                local v = self:get(ns, sub(k, 3))
                if v then return sub(k, 3), v end
            end
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

--[[
store.shared_dict(dict): 'dict' is an ngx.shared.NAME object (this module
never reads the global ngx: the caller hands the dict in).  Records of
every worker meet there; an update is a get then a set, so two workers
updating one record at once may lose one of the two events.
]]
function _M.shared_dict (dict)
    if type(dict) ~= "table" and type(dict) ~= "userdata" then
        error("bad argument #1 to 'shared_dict' (ngx.shared dict expected, got "
              .. type(dict) .. ")", 2)
    end
    for _, m in ipairs{ "get", "set", "delete", "incr", "get_keys" } do
        if dict[m] == nil then
            error("bad argument #1 to 'shared_dict' (no method '" .. m .. "')", 2)
        end
    end
    return setmetatable({ dict = dict }, Dict)
end

-- }======================================================================

return _M
