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
-- is get() with the usual hit made inline.  (Read the field each time:
-- set() may swap the generations, so a table kept in a local goes stale.)
-- A caller whose key is several values keeps nested tables in c.new
-- itself, so that no key string is made per lookup (scan's classification
-- cache: c.new[relay][domain][phase][text]), and counts each entry it
-- adds with c:added().

local setmetatable, type, error, floor = setmetatable, type, error, math.floor

local _M = { _VERSION = "0.1.0" }

local Cache = {}
Cache.__index = Cache

--[[
A cache of at most 'limit' entries a generation (a positive integer).
Fields, to be read only: new, old (the generations), n, nold (entries
in each), limit.
]]
function _M.new (limit)
    if type(limit) ~= "number" or limit < 1 or floor(limit) ~= limit then
        error("bad argument #1 to 'new' (positive integer expected, got "
              .. (type(limit) == "number" and limit or type(limit)) .. ")", 2)
    end
    return setmetatable({ new = {}, old = {}, n = 0, nold = 0, limit = limit }, Cache)
end

-- the new generation is full: it becomes the old one
local function rotate (c)
    c.old, c.new, c.nold, c.n = c.new, {}, c.n, 0
end

--[[
Count one entry the caller has put into c.new itself ('moved': it was
taken out of c.old to go there).  The generations may be swapped.
]]
function Cache:added (moved)
    if moved then self.nold = self.nold - 1 end
    local n = self.n + 1
    self.n = n
    if n >= self.limit then rotate(self) end
end

-- the value of 'k', or nil; an entry of the old generation moves to the new
function Cache:get (k)
    local v = self.new[k]
    if v ~= nil then return v end
    local old = self.old
    v = old[k]
    if v == nil then return nil end
    old[k] = nil
    self.new[k] = v
    self:added(true)
    return v
end

-- keep 'v' under 'k' (in the new generation); a nil 'v' deletes 'k'
function Cache:set (k, v)
    if v == nil then
        self:delete(k)
        return
    end
    local new = self.new
    if new[k] ~= nil then
        new[k] = v
        return
    end
    local old = self.old
    local moved = old[k] ~= nil
    if moved then old[k] = nil end
    new[k] = v
    self:added(moved)
end

-- take 'k' out; returns its value, or nil
function Cache:delete (k)
    local v = self.new[k]
    if v ~= nil then
        self.new[k] = nil
        self.n = self.n - 1
        return v
    end
    local old = self.old
    v = old[k]
    if v ~= nil then
        old[k] = nil
        self.nold = self.nold - 1
    end
    return v
end

-- entries kept, in both generations
function Cache:count ()
    return self.n + self.nold
end

-- forget everything
function Cache:flush ()
    self.new, self.old, self.n, self.nold = {}, {}, 0, 0
end

return _M
