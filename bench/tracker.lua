-- bench/tracker.lua [N ...] -- the cost of smtpbounce.tracker's observe()
-- per observation, and the Lua memory it holds, after each N observations
-- (default 1M, 2M, 5M and 10M) over many distinct addresses (5 million:
-- far more than the 100000 records the memory store keeps by default), so
-- that memory is seen to stay flat.  `make bench-tracker`.
--
-- The mix: 80% deliveries, 10% mailbox-full deferrals, 5% Yahoo TSS04
-- deferrals from 8 sending IPs, 3% unknown users, 2% Gmail rate limits;
-- 20 observations a second of the caller's time.  The replies are
-- classified once: what is timed is observe() alone, with the cost of
-- making each address string (a loop that only makes them, timed the same
-- way) taken off.

local tracker = require "smtpbounce.tracker"

local clock, fmt = os.clock, string.format

local marks = {}
for i = 1, #arg do marks[i] = assert(tonumber(arg[i]), "N must be a number") end
if #marks == 0 then marks = { 1e6, 2e6, 5e6, 1e7 } end

local DISTINCT = 5000000
local mix = require "tracker_mix"
local T0, by_slot, ips = mix.T0, mix.by_slot, mix.ips

-- observation i: its address number (spread over DISTINCT)
local function addr_of (i)
    local k = (i * 7919) % DISTINCT
    return "u" .. k .. "@d" .. (k % 1000) .. ".example"
end

local function run (t, from, to, ctx)
    for i = from, to do
        local res = by_slot[i % 100]
        ctx.recipient = addr_of(i)
        ctx.ip = ips[i % 8]
        ctx.time = T0 + i * 0.05
        t:observe(res, ctx)
    end
end

local function baseline (from, to, ctx)
    for i = from, to do
        local res = by_slot[i % 100]
        ctx.recipient = addr_of(i)
        ctx.ip = ips[i % 8]
        ctx.time = T0 + i * 0.05
        if res == nil then error("unreachable") end
    end
end

local t = tracker.new()
local ctx, bctx = {}, {}
local done, spent, base = 0, 0, 0
print(fmt("%-12s %10s %10s %12s %10s %10s", "observations", "us/obs", "us/obs", "Lua memory",
          "addresses", "evicted"))
print(fmt("%-12s %10s %10s %12s %10s %10s", "", "(observe)", "(+address)", "(KB)", "kept", ""))
for _, n in ipairs(marks) do
    local c0 = clock()
    run(t, done + 1, n, ctx)
    local c1 = clock()
    baseline(done + 1, n, bctx)
    local c2 = clock()
    spent, base = spent + (c1 - c0), base + (c2 - c1)
    done = n
    collectgarbage(); collectgarbage()
    local s = t:stats()
    print(fmt("%-12d %10.2f %10.2f %12.0f %10d %10d", n, (spent - base) / n * 1e6,
              spent / n * 1e6, collectgarbage("count"), s.addresses, s.evicted))
end
local jit = rawget(_G, "jit")
print(fmt("(%s; cumulative averages; memory after a full collection)",
          jit and jit.version or _VERSION))
