-- smtpbounce.report.timeline -- outcomes over time per provider, counted
-- while a log is read, in bounded memory whatever its size and span.
--
--   local tl = timeline.new()
--   timeline.add(tl, time, provider, outcome [, event])
--        -- time: the attempt's RFC 3339 time (nil: counted as untimed);
--        -- event: timeline.THROTTLE or timeline.BLOCK, or nil
--   timeline.series(tl, max)  --> the buckets of the 'max' busiest
--        -- providers, the others together (see below)
--   timeline.dump(tl), timeline.load(t)  -- as plain data and back (the
--        -- summary kept by scan --state: smtpbounce.scan.state)
--
-- The bucket width is chosen from the span seen so far: it starts at a
-- second and moves up a ladder (each width a multiple of the one before,
-- so a bucket of a wider width is a whole number of narrower ones) as
-- soon as the span needs more than BUCKETS buckets; the buckets counted
-- so far are merged then.  So at the end the width is the narrowest of
-- the ladder that spans the whole log in BUCKETS buckets, and memory is
-- at most SERIES x BUCKETS small arrays.  Providers past SERIES go to one
-- series, "(others)".  Buckets are aligned on the epoch (UTC).

local common = require "smtpbounce.log.common"

local pairs, ipairs, type, floor = pairs, ipairs, type, math.floor
local sub, byte, tonumber, sort = string.sub, string.byte, tonumber, table.sort
local epoch = common.epoch

local _M = { _VERSION = "0.1.0" }

-- a bucket: { delivered, deferred, bounced, unknown, throttle, block }
local OUTCOME = { delivered = 1, deferred = 2, bounced = 3, unknown = 4 }
_M.OUTCOMES = { "delivered", "deferred", "bounced", "unknown" }
_M.THROTTLE, _M.BLOCK = 5, 6

_M.BUCKETS = 96
_M.SERIES = 64
-- bucket widths in seconds: a second ... four weeks, then doubling
_M.WIDTHS = { 1, 5, 15, 60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400,
              7 * 86400, 28 * 86400 }

function _M.new ()
    return { step = 1, width = _M.WIDTHS[1], lo = nil, hi = nil, series = {},
             nseries = 0, untimed = 0, n = 0,
             minute = nil, minute_e = nil, last = nil, last_e = nil }
end

-- seconds since the epoch of an attempt's time, memoised by minute (the
-- usual "YYYY-MM-DDTHH:MM:SS", local time) or by the last string seen
local COLON = byte(":")
local function seconds (tl, t)
    if #t == 19 and byte(t, 17) == COLON then
        local m = sub(t, 1, 16)
        local s = tonumber(sub(t, 18, 19))
        if m ~= tl.minute then
            tl.minute, tl.minute_e = m, epoch(m .. ":00")
        end
        return tl.minute_e and s and tl.minute_e + s
    end
    if t ~= tl.last then tl.last, tl.last_e = t, epoch(t) end
    return tl.last_e
end

-- the next width of the ladder: the buckets merged into wider ones
local function coarsen (tl)
    local w = tl.width
    local step = tl.step + 1
    local w2 = _M.WIDTHS[step] or w * 2
    tl.step, tl.width = step, w2
    for _, s in pairs(tl.series) do
        local merged = {}
        for k, b in pairs(s.buckets) do
            local k2 = floor(k * w / w2)
            local m = merged[k2]
            if not m then merged[k2] = b
            else for i = 1, 6 do m[i] = m[i] + b[i] end end
        end
        s.buckets = merged
    end
    tl.lo, tl.hi = floor(tl.lo * w / w2), floor(tl.hi * w / w2)
end

-- count one attempt
function _M.add (tl, time, provider, outcome, event)
    local e = time and seconds(tl, time)
    if not e then
        tl.untimed = tl.untimed + 1
        return
    end
    local k = floor(e / tl.width)
    if not tl.lo then tl.lo, tl.hi = k, k
    elseif k < tl.lo then tl.lo = k
    elseif k > tl.hi then tl.hi = k end
    while tl.hi - tl.lo + 1 > _M.BUCKETS do
        coarsen(tl)
        k = floor(e / tl.width)
    end
    local s = tl.series[provider]
    if not s then
        if tl.nseries >= _M.SERIES then
            provider = "\1"
            s = tl.series[provider]
        end
        if not s then
            s = { name = provider == "\1" and "(others)" or provider, n = 0, buckets = {} }
            tl.series[provider] = s
            tl.nseries = tl.nseries + 1
        end
    end
    local b = s.buckets[k]
    if not b then
        b = { 0, 0, 0, 0, 0, 0 }
        s.buckets[k] = b
    end
    local i = OUTCOME[outcome] or 4
    b[i] = b[i] + 1
    if event then b[event] = b[event] + 1 end
    s.n = s.n + 1
    tl.n = tl.n + 1
end

--[[
The series to draw: the 'max' providers with the most attempts (largest
first, ties by name), then the rest summed as one, "(others)" (when
there is any).  Each: { name, n, buckets = { [k] = bucket } }, k from
tl.lo to tl.hi, bucket k starting at k * tl.width seconds.
]]
function _M.series (tl, max)
    local all = {}
    for _, s in pairs(tl.series) do all[#all + 1] = s end
    sort(all, function (a, b)
        if a.n ~= b.n then return a.n > b.n end
        return a.name < b.name
    end)
    if #all <= max then return all end
    local out = {}
    for i = 1, max - 1 do out[i] = all[i] end
    local rest = { name = "(others)", n = 0, buckets = {} }
    for i = max, #all do
        local s = all[i]
        rest.n = rest.n + s.n
        for k, b in pairs(s.buckets) do
            local m = rest.buckets[k]
            if not m then
                m = { 0, 0, 0, 0, 0, 0 }
                rest.buckets[k] = m
            end
            for j = 1, 6 do m[j] = m[j] + b[j] end
        end
    end
    out[max] = rest
    return out
end


--[[
The timeline as plain data (for JSON): { step, width, lo, hi, untimed,
n, series = { { key, n, { { k, b1, ..., b6 }, ... } }, ... } }, in the
order of the keys (the "(others)" series: key "\1").
]]
function _M.dump (tl)
    local series = {}
    for key, s in pairs(tl.series) do
        local b = {}
        for k, x in pairs(s.buckets) do b[#b + 1] = { k, x[1], x[2], x[3], x[4], x[5], x[6] } end
        sort(b, function (x, y) return x[1] < y[1] end)
        series[#series + 1] = { key, s.n, b }
    end
    sort(series, function (x, y) return x[1] < y[1] end)
    return { step = tl.step, width = tl.width, lo = tl.lo, hi = tl.hi, untimed = tl.untimed,
             n = tl.n, series = series }
end

local function numbers (t, from, to)
    for i = from, to do
        if type(t[i]) ~= "number" then return false end
    end
    return true
end

--[[
A timeline from dump()'s data 't' (numbers whole again), or nil when 't'
has not its shape; a series or bucket of another shape is left out.
]]
function _M.load (t)
    if type(t) ~= "table" or type(t.series) ~= "table"
        or not numbers({ t.step, t.width, t.untimed, t.n }, 1, 4)
        or t.step < 1 or t.width < 1 or (t.lo ~= nil or t.hi ~= nil)
        and not (numbers({ t.lo, t.hi }, 1, 2) and t.lo <= t.hi) then
        return nil
    end
    local tl = _M.new()
    tl.step, tl.width, tl.lo, tl.hi, tl.untimed, tl.n = t.step, t.width, t.lo, t.hi,
        t.untimed, t.n
    for _, x in ipairs(t.series) do
        if type(x) == "table" and type(x[1]) == "string" and type(x[2]) == "number"
            and type(x[3]) == "table" and not tl.series[x[1]] and tl.nseries < _M.SERIES then
            local s = { name = x[1] == "\1" and "(others)" or x[1], n = x[2], buckets = {} }
            for _, b in ipairs(x[3]) do
                if type(b) == "table" and numbers(b, 1, 7) then
                    s.buckets[b[1]] = { b[2], b[3], b[4], b[5], b[6], b[7] }
                end
            end
            tl.series[x[1]] = s
            tl.nseries = tl.nseries + 1
        end
    end
    return tl
end

return _M
