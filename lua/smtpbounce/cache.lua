-- smtpbounce.cache -- a bounded map in two generations: the one shape of
-- every table that must stay small whatever the input (scan's
-- classification cache and JSON memo, the queue ids waiting for their
-- expiry, --since's epochs, the log grammars' memos).
--
--   local cache = require "smtpbounce.cache"
--   local c = cache.new(4096)
--   c:set(k, v)
--   c:get(k)      --> v, or nil
--   c:delete(k)   --> v, taken out (or nil)
--   c:count()     --> entries kept
--
-- Entries go into the new generation.  When it holds 'limit' entries it
-- becomes the old one, and the old one is dropped whole: no per-entry
-- bookkeeping, at most 2 * limit entries kept.  An entry found in the
-- old generation is moved to the new one, so what is used again stays
-- (an LRU of sorts, at the cost of one table write per move).
--
-- Hot paths may probe inline, without a call: c.new and c.old are the
-- generations, plain tables keyed as set() keys them, and
--
--   local v = c.new[k] or c:get(k)
--
-- is get() with the usual hit made inline.  get, set, added and flush
-- may swap the generations: read c.new again after any of them (a
-- cache used by one function alone may keep c.new in an upvalue, read
-- again after each such call: one upvalue, no field, per probe).  A
-- caller whose key is several values keeps nested tables in c.new
-- itself, so that no key string is made per lookup (scan's
-- classification cache: c.new[relay][domain][phase][text]), and counts
-- each entry it adds with c:added().

local type, error, floor = type, error, math.floor

local _M = { _VERSION = "0.1.0" }

-- the new generation is full: it becomes the old one
local function rotate (c)
    c.old, c.new, c.nold, c.n = c.new, {}, c.n, 0
end

--[[
Count one entry the caller has put into c.new itself ('moved': it was
taken out of c.old to go there).  The generations may be swapped.
]]
local function added (c, moved)
    if moved then c.nold = c.nold - 1 end
    local n = c.n + 1
    c.n = n
    if n >= c.limit then rotate(c) end
end

-- (values may be false: 'v or v == false' is 'v ~= nil' without an
-- equality test for the usual, true values)

-- the value of 'k', or nil; an entry of the old generation moves to the new
local function get (c, k)
    local new = c.new
    local v = new[k]
    if v or v == false then return v end
    local old = c.old
    v = old[k]
    if v == nil then return nil end
    old[k] = nil
    new[k] = v
    local n = c.n + 1
    c.n, c.nold = n, c.nold - 1
    if n >= c.limit then rotate(c) end
    return v
end

-- take 'k' out; returns its value, or nil
local function delete (c, k)
    local new = c.new
    local v = new[k]
    if v or v == false then
        new[k] = nil
        c.n = c.n - 1
        return v
    end
    local old = c.old
    v = old[k]
    if v or v == false then
        old[k] = nil
        c.nold = c.nold - 1
    end
    return v
end

-- keep 'v' under 'k' (in the new generation); a nil 'v' deletes 'k'
local function set (c, k, v)
    if not v and v == nil then
        delete(c, k)
        return
    end
    local new = c.new
    local cur = new[k]
    if cur or cur == false then
        new[k] = v
        return
    end
    local old = c.old
    cur = old[k]
    if cur or cur == false then
        old[k] = nil
        c.nold = c.nold - 1
    end
    new[k] = v
    local n = c.n + 1
    c.n = n
    if n >= c.limit then rotate(c) end
end

-- entries kept, in both generations
local function count (c)
    return c.n + c.nold
end

-- forget everything
local function flush (c)
    c.new, c.old, c.n, c.nold = {}, {}, 0, 0
end

--[[
A cache of at most 'limit' entries a generation (a positive integer).
Fields, to be read only: new, old (the generations), n, nold (entries
in each), limit.  The methods are fields of the cache itself (no
metatable: a call finds them at once).
]]
function _M.new (limit)
    if type(limit) ~= "number" or limit < 1 or floor(limit) ~= limit then
        error("bad argument #1 to 'new' (positive integer expected, got "
              .. (type(limit) == "number" and limit or type(limit)) .. ")", 2)
    end
    return { new = {}, old = {}, n = 0, nold = 0, limit = limit,
             get = get, set = set, delete = delete, count = count, flush = flush,
             added = added }
end

return _M
