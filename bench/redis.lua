-- bench/redis.lua [N] -- smtpbounce.tracker over its Redis store
-- (smtpbounce.tracker.redis) beside the in-process memory store, in one
-- run: observations per second from one process and from four at once
-- (each its own node, N observations each, default 200000; the last
-- flush included), what that adds per observation, and what one advice()
-- costs (its round trip and the replay of the fleet's events).  Starts
-- its own redis-server on a free port of 127.0.0.1 (no persistence) and
-- stops it.  `make bench-redis`.
--
-- The mix is bench/tracker.lua's: 80% deliveries, 10% mailbox-full
-- deferrals, 5% Yahoo TSS04 deferrals from 8 sending IPs, 3% unknown
-- users, 2% Gmail rate limits; 20 observations a second of the caller's
-- time, over 50000 addresses.  Only observations that change a record go
-- to the server (and deliveries: one small set each, kept a day).
--   bench/redis.lua --node NAME PORT N  (one of the four: prints its rate)

local tracker = require "smtpbounce.tracker"
local redis = require "smtpbounce.tracker.redis"
local resp = require "smtpbounce.tracker.resp"
local socket = require "socket"

local fmt, now = string.format, socket.gettime

local mix = require "tracker_mix"
local T0, by_slot, ips = mix.T0, mix.by_slot, mix.ips

local function feed (t, n, salt)
    local ctx = {}
    for i = 1, n do
        local k = (i * 7919 + salt) % 50000
        ctx.recipient = "u" .. k .. "@d" .. (k % 1000) .. ".example"
        ctx.ip = ips[i % 8]
        ctx.time = T0 + i * 0.05
        t:observe(by_slot[i % 100], ctx)
    end
end

-- N observations into a tracker over 'store' (nil: memory): seconds
local function timed (store, n, salt)
    local t = tracker.new{ store = store }
    local t0 = now()
    feed(t, n, salt)
    if store then assert(store:save()) end
    return now() - t0, t
end

if arg[1] == "--node" then  -- one of the four processes
    local port, n = tonumber(arg[3]), tonumber(arg[4])
    local st = redis.new{ port = port, prefix = "bench4", node = arg[2], timeout = 2 }
    local s = timed(st, n, #arg[2] * 131)
    print(fmt("%.6f %d %d", s, st:stats().sent, st:stats().errors))
    os.exit(0)
end

local N = tonumber(arg[1]) or 200000
local function free_port ()
    local s = assert(socket.bind("127.0.0.1", 0))
    local _, p = s:getsockname()
    s:close()
    return tonumber(p)
end
local port = free_port()
local dir = os.tmpname()
os.remove(dir)
assert(os.execute(fmt("mkdir -p %s && redis-server --bind 127.0.0.1 --port %d --save '' "
                      .. "--appendonly no --dir %s --pidfile %s/r.pid --logfile %s/r.log "
                      .. "--daemonize yes >/dev/null", dir, port, dir, dir, dir)))
local c = resp.new{ port = port, timeout = 1 }
for _ = 1, 100 do
    if c:call("PING") == "PONG" then break end
    socket.sleep(0.05)
end
local version = (c:call("INFO", "server") or ""):match("redis_version:([%d%.]+)") or "?"
print(fmt("redis-server %s on 127.0.0.1:%d; %d observations per process", version, port, N))

local mem_s = timed(nil, N, 0)
local st = redis.new{ port = port, prefix = "bench1", node = "one" }
local red_s, t = timed(st, N, 0)
local x = st:stats()
print(fmt("  memory store, 1 process:   %9.0f obs/s  (%.2f us per observation)", N / mem_s,
          mem_s / N * 1e6))
print(fmt("  Redis store, 1 process:    %9.0f obs/s  (%.2f us per observation; +%.2f us; "
          .. "%d events sent in %d batches, %d errors)", N / red_s, red_s / N * 1e6,
          (red_s - mem_s) / N * 1e6, x.sent, x.batches, x.errors))

-- four at once, each its own node
local cmd = {}
for k = 1, 4 do
    cmd[k] = fmt("%s bench/redis.lua --node node%d %d %d > %s/n%d.out 2>&1 &",
                 arg[-1] or "lua5.4", k, port, N, dir, k)
end
local t0 = now()
os.execute(table.concat(cmd, " ") .. " wait")
local wall = now() - t0
local sent, errs, slowest = 0, 0, 0
for k = 1, 4 do
    local f = assert(io.open(fmt("%s/n%d.out", dir, k)))
    local s, n, e = f:read("*a"):match("([%d%.]+) (%d+) (%d+)")
    f:close()
    assert(s, "node " .. k .. " failed")
    s, n, e = tonumber(s), tonumber(n), tonumber(e)
    sent, errs = sent + n, errs + e
    if s > slowest then slowest = s end
end
print(fmt("  Redis store, 4 processes:  %9.0f obs/s together  (slowest %.2f s, %.2f s with "
          .. "start-up; %d events sent, %d errors; 2 cores)", 4 * N / slowest, slowest, wall,
          sent, errs))

-- advice(): one round trip, then the replay of the key's events
local mt = tracker.new()
feed(mt, N, 0)
local A = 2000
local t1 = now()
for i = 1, A do mt:advice("yahoo", ips[i % 8], T0 + N * 0.05) end
local mem_a = (now() - t1) / A
t1 = now()
local adv
for i = 1, A do adv = t:advice("yahoo", ips[i % 8], T0 + N * 0.05) end
local red_a = (now() - t1) / A
print(fmt("  advice(): memory %.1f us, Redis %.1f us (+%.1f us: one EVALSHA; the sets unchanged, "
          .. "nothing replayed; state %s, store %s)", mem_a * 1e6, red_a * 1e6, (red_a - mem_a) * 1e6,
          adv.state, tostring(adv.store)))
local cold = tracker.new{ store = redis.new{ port = port, prefix = "bench1", node = "cold" } }
t1 = now()
for i = 0, 7 do cold:advice("yahoo", ips[i], T0 + N * 0.05) end
print(fmt("  advice() of a new node: %.1f us each (one EVALSHA and the replay of the set's "
          .. "%d events)", (now() - t1) / 8 * 1e6,
          c:call("EVAL", "return redis.call('ZCARD', ARGV[1] .. redis.sha1hex(ARGV[2]))", 0,
                 "bench1:e:t:", "p=yahoo|ip=192.0.2.10") or 0))
local info = c:call("INFO", "memory") or ""
print(fmt("  server: %d keys, %s used", c:call("DBSIZE") or -1,
          info:match("used_memory_human:(%S+)") or "?"))
c:call("SHUTDOWN", "NOSAVE")
os.execute("rm -rf " .. dir)
