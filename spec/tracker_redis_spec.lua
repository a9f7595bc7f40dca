-- smtpbounce.tracker.redis and smtpbounce.tracker.resp: the fleet's
-- store.  The protocol parts need nothing; the rest starts its own
-- redis-server on a free port of 127.0.0.1 (no persistence) and stops it,
-- and is pending only where redis-server (make test installs it) or
-- LuaSocket is missing.
require "spec.helper"
local smtpbounce = require "smtpbounce"
local tracker = require "smtpbounce.tracker"
local tstore = require "smtpbounce.tracker.store"
local redis = require "smtpbounce.tracker.redis"
local resp = require "smtpbounce.tracker.resp"

local T0 = 1764892800  -- 2025-12-05T00:00:00Z
local MINUTE = 60

-- real replies (the provider files and the seed guide, as in tracker_spec)
local YMX = "mta5.am0.yahoodns.net"
-- lua/smtpbounce/providers/yahoo.lua (senders.yahooinc.com/smtp-error-codes)
local tss04 = smtpbounce.classify("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred "
    .. "due to unexpected volume or user complaints - 4.16.55.1; see "
    .. "https://postmaster.yahooinc.com/error-codes", { mx = YMX })
-- seed/000_55ba397b7b469416.txt
local full = smtpbounce.classify("452 4.2.2 Over Quota")
local sent = smtpbounce.classify("250 2.0.0 OK queued")

describe("smtpbounce.tracker.resp", function ()
    it("encodes a command as RESP arrays of bulk strings", function ()
        assert.equal("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$2\r\n42\r\n", resp.encode{ "SET", "k", 42 })
        assert.equal("*1\r\n$0\r\n\r\n", resp.encode{ "" })
    end)

    it("raises on unknown options", function ()
        assert.has_error(function () resp.new{ hots = "x" } end,
                         "bad argument #1 to 'new' (unknown option 'hots')")
    end)
end)

describe("smtpbounce.tracker.redis", function ()
    describe("parse_url()", function ()
        it("reads host, port, db and the query", function ()
            assert.same({ host = "10.0.0.5", port = 6380, db = 2, prefix = "eu",
                          host_id = "mta1", file = "/tmp/x.state", spool = "/tmp/s",
                          timeout = 0.5, url = "redis://10.0.0.5:6380/2?prefix=eu&host=mta1"
                          .. "&file=/tmp/x.state&spool=/tmp/s&timeout=500" },
                        redis.parse_url("redis://10.0.0.5:6380/2?prefix=eu&host=mta1"
                                        .. "&file=/tmp/x.state&spool=/tmp/s&timeout=500"))
        end)

        it("defaults the port to 6379 and the db to 0", function ()
            local o = redis.parse_url("redis://cache.internal")
            assert.same({ "cache.internal", 6379, 0 }, { o.host, o.port, o.db })
        end)

        it("refuses what it cannot read", function ()
            assert.same({ nil, "http://x: not a redis://HOST:PORT/DB URL" },
                        { redis.parse_url("http://x") })
            assert.same({ nil, "redis://x/0?colour=red: unknown parameter 'colour'" },
                        { redis.parse_url("redis://x/0?colour=red") })
            assert.same({ nil, "redis://x:99999/0: bad port" }, { redis.parse_url("redis://x:99999/0") })
            -- (what new() would refuse: an answer, not an error)
            assert.same({ nil, "redis://x/0?timeout=0: bad timeout" },
                        { redis.parse_url("redis://x/0?timeout=0") })
            assert.same({ nil, "redis://x/0?batch=-5: bad batch" },
                        { redis.parse_url("redis://x/0?batch=-5") })
            assert.same({ nil, "redis://x/0?batch=1.5: bad batch" },
                        { redis.parse_url("redis://x/0?batch=1.5") })
        end)
    end)

    it("raises on unknown options", function ()
        assert.has_error(function () redis.new{ prefx = "x" } end,
                         "bad argument #1 to 'new' (unknown option 'prefx')")
    end)

    it("raises on numbers out of range, at the caller's line", function ()
        local cases = {
            { function () redis.new{ batch = -1 } end, "option 'batch' must be a positive whole number" },
            { function () redis.new{ batch = 0 / 0 } end, "option 'batch' must be a positive whole number" },
            { function () redis.new{ queue = 2.5 } end, "option 'queue' must be a positive whole number" },
            { function () redis.new{ port = 99999 } end, "option 'port' must be a port number, 1 to 65535" },
            { function () redis.new{ db = -1 } end, "option 'db' must be a whole number, 0 or more" },
            { function () redis.new{ timeout = 0 } end, "option 'timeout' must be a positive number of seconds" },
            { function () redis.new{ horizon = math.huge } end,
              "option 'horizon' must be a positive number of seconds" },
            { function () redis.new{ delay = -0.5 } end, "option 'delay' must be a number of seconds, 0 or more" },
            { function () redis.new{ port = "6379" } end, "option 'port' must be a port number, 1 to 65535" },
            { function () redis.new{ node = 1 } end, "option 'node' must be a string" },
            { function () resp.new{ pool = 0 } end, "option 'pool' must be a positive whole number" },
        }
        for _, case in ipairs(cases) do
            local ok, e = pcall(case[1])
            assert.is_false(ok, case[2])
            assert.equal(("spec/tracker_redis_spec.lua:%d: bad argument #1 to 'new' (%s)"):format(
                debug.getinfo(case[1], "S").linedefined, case[2]), e)
        end
        -- in range: taken
        assert.equal(0, redis.new{ delay = 0, lag = 0, db = 0, batch = 1 }.delay)
    end)
end)

-- {== with a real server ====================================================

local has_socket, socket = pcall(require, "socket")
local function have_server ()
    return has_socket and os.execute("command -v redis-server >/dev/null 2>&1")
end
local why = not has_socket and "LuaSocket (lua-socket) is not installed"
            or "redis-server is not installed (make test installs it)"

local dir = os.tmpname()
os.remove(dir)

local function free_port ()
    local s = assert(socket.bind("127.0.0.1", 0))
    local _, port = s:getsockname()
    s:close()
    return tonumber(port)
end

local function sh (cmd)
    local r = os.execute(cmd)
    return r == true or r == 0
end

local Server = {}
Server.__index = Server

local function start (port)
    local s = setmetatable({ port = port or free_port(), pidfile = dir .. "/redis.pid" }, Server)
    assert(sh(string.format("mkdir -p %s && redis-server --bind 127.0.0.1 --port %d --save '' "
                            .. "--appendonly no --dir %s --pidfile %s --logfile %s/redis.log "
                            .. "--daemonize yes >/dev/null 2>&1", dir, s.port, dir, s.pidfile, dir)))
    local c = resp.new{ port = s.port, timeout = 0.5 }
    for _ = 1, 100 do
        if c:call("PING") == "PONG" then c:close(); s.c = resp.new{ port = s.port }; return s end
        socket.sleep(0.05)
    end
    error("redis-server did not start on port " .. s.port)
end

function Server:stop ()
    sh("kill -9 $(cat " .. self.pidfile .. ") 2>/dev/null")
    for _ = 1, 100 do
        if not resp.new{ port = self.port, timeout = 0.1 }:call("PING") then break end
        socket.sleep(0.05)
    end
    os.remove(self.pidfile)
end

local function node (s, name, extra)
    local o = { port = s.port, prefix = "spec", node = name, timeout = 0.2, retry = 0.2 }
    for k, v in pairs(extra or {}) do o[k] = v end
    local st = redis.new(o)
    return tracker.new{ store = st }, st
end

local function show (a)
    local ev = {}
    for _, e in ipairs(a.events or {}) do ev[#ev + 1] = e.time end
    return { a.state, a["until"], a.rule, ev }
end

describe("smtpbounce.tracker.redis, with a redis-server", function ()
    if not have_server() then
        pending(why)
        return
    end
    local srv
    setup(function () srv = start() end)
    teardown(function ()
        if srv then srv:stop() end
        sh("rm -rf " .. dir)
    end)
    before_each(function () srv.c:call("FLUSHALL") end)

    it("shares one provider's events: three hosts' deferrals pause it for all", function ()
        local a, sa = node(srv, "a")
        local b, sb = node(srv, "b")
        local c, sc = node(srv, "c")
        a:observe(tss04, { time = T0, recipient = "x@yahoo.com" })
        b:observe(tss04, { time = T0 + MINUTE, recipient = "y@yahoo.com" })
        assert.equal("normal", c:advice("yahoo", nil, T0 + 2 * MINUTE).state)  -- (not sent yet)
        assert.is_true(sa:flush())
        assert.is_true(sb:flush())
        c:observe(tss04, { time = T0 + 2 * MINUTE, recipient = "z@yahoo.com" })
        assert.equal("pause", c:advice("yahoo", nil, T0 + 3 * MINUTE).state)  -- (flushes c's)
        assert.equal(0, sc:stats().queued)
        local one = tracker.new()
        for i, who in ipairs{ "x", "y", "z" } do
            one:observe(tss04, { time = T0 + (i - 1) * MINUTE, recipient = who .. "@yahoo.com" })
        end
        for _, t in ipairs{ a, b, c } do
            local adv = t:advice("yahoo", nil, T0 + 3 * MINUTE)
            assert.equal("pause", adv.state)
            assert.equal("ok", adv.store)
            assert.same(show(one:advice("yahoo", nil, T0 + 3 * MINUTE)), show(adv))
        end
    end)

    it("gives the same records whatever order the events arrive in", function ()
        local times = { 5, 1, 4, 2, 3 }
        local a, sa = node(srv, "a")
        local b, sb = node(srv, "b")
        for i, k in ipairs(times) do
            local t, st = a, sa
            if i % 2 == 0 then t, st = b, sb end
            t:observe(full, { time = T0 + k * 86400 / 4, recipient = "Box@Example.org" })
            st:flush()
        end
        local one = tracker.new()
        for k = 1, 5 do one:observe(full, { time = T0 + k * 86400 / 4, recipient = "box@example.org" }) end
        local c = node(srv, "c")
        assert.same(one:suppressed(T0 + 2 * 86400), c:suppressed(T0 + 2 * 86400))
        assert.equal(1, #c:suppressed(T0 + 2 * 86400))
    end)

    it("lets a delivery on one host end the soft bounces another holds", function ()
        local a, sa = node(srv, "a")
        local b, sb = node(srv, "b")
        a:observe(full, { time = T0, recipient = "box@example.org" })
        a:observe(full, { time = T0 + 1, recipient = "box@example.org" })
        sa:flush()
        b:observe(sent, { time = T0 + 2, recipient = "box@example.org" })
        sb:flush()
        a:observe(full, { time = T0 + 3, recipient = "box@example.org" })
        sa:flush()
        assert.same({}, node(srv, "c"):suppressed(T0 + 4))
    end)

    it("hashes addresses in key names, sets TTLs and keeps keys under the prefix", function ()
        local a, sa = node(srv, "a", { prefix = "fleet:eu", ttl = 1000 })
        a:observe(full, { time = T0, recipient = "secret@example.org" })
        sa:flush()
        local keys = srv.c:call("KEYS", "*")
        table.sort(keys)
        assert.equal(2, #keys)
        assert.equal("fleet:eu:e:r:", keys[1]:sub(1, 13))
        assert.equal(13 + 40, #keys[1])
        assert.equal("fleet:eu:epoch", keys[2])
        assert.is_nil(keys[1]:find("secret", 1, true))
        local ttl = srv.c:call("TTL", keys[1])
        assert.is_true(ttl > 900 and ttl <= 1000)
    end)

    it("drops members older than the horizon (event times, not the server's clock)", function ()
        local a, sa = node(srv, "a", { horizon = 3 * 86400 })
        for d = 0, 6 do a:observe(full, { time = T0 + d * 86400, recipient = "box@example.org" }) end
        sa:flush()
        local key = srv.c:call("KEYS", "spec:e:r:*")[1]
        assert.equal(4, srv.c:call("ZCARD", key))  -- days 3, 4, 5, 6
    end)

    it("sends a batch in one round trip and flushes at 'batch' events", function ()
        local a, sa = node(srv, "a", { batch = 3, delay = 3600 })
        for i = 1, 7 do a:observe(full, { time = T0 + i, recipient = i .. "@example.org" }) end
        local x = sa:stats()  -- (the last event is queued at the next call)
        assert.same({ 6, 6, 2, 0 }, { x.events, x.sent, x.batches, x.queued })
        assert.is_true(sa:save())
        assert.same({ 7, 3 }, { sa:stats().sent, sa:stats().batches })
    end)

    it("loads its scripts again after SCRIPT FLUSH (NOSCRIPT)", function ()
        local a, sa = node(srv, "a")
        a:observe(full, { time = T0, recipient = "a@example.org" })
        assert.is_true(sa:flush())
        srv.c:call("SCRIPT", "FLUSH")
        a:observe(full, { time = T0 + 1, recipient = "b@example.org" })
        assert.is_true(sa:flush())
        assert.same({ 2, 0, 2 }, { sa:stats().loads, sa:stats().errors, sa:stats().sent })
    end)

    it("sends its journal again to a server that lost its data", function ()
        local a, sa = node(srv, "a")
        a:observe(tss04, { time = T0, recipient = "x@yahoo.com" })
        a:observe(tss04, { time = T0 + 60, recipient = "y@yahoo.com" })
        sa:flush()
        srv.c:call("FLUSHALL")  -- (a restart without persistence)
        local b, sb = node(srv, "b")
        b:observe(tss04, { time = T0 + 120, recipient = "z@yahoo.com" })
        sb:flush()
        assert.equal("pause", a:advice("yahoo", nil, T0 + 180).state)  -- a sees the new epoch
        assert.equal(2, sa:stats().resent)
        assert.equal("pause", node(srv, "c"):advice("yahoo", nil, T0 + 180).state)
    end)
end)

describe("smtpbounce.tracker.redis, when the server fails", function ()
    if not have_server() then
        pending(why)
        return
    end
    after_each(function () sh("rm -rf " .. dir) end)

    it("down: answers at once from what it knows, says so, spools, catches up", function ()
        local srv = start()
        local spool = dir .. "/events.spool"
        local a, sa = node(srv, "a", { spool = spool })
        srv:stop()
        local t0 = socket.gettime()
        for i = 1, 3 do a:observe(tss04, { time = T0 + i, recipient = i .. "@yahoo.com" }) end
        local adv = a:advice("yahoo", nil, T0 + 10)
        assert.is_true(socket.gettime() - t0 < 1)
        assert.same({ "pause", "unreachable" }, { adv.state, adv.store })  -- (its own events)
        assert.is_true(sa:stats().errors >= 1)
        assert.is_true(sa:save())
        local f = assert(io.open(spool))
        local n = 0
        for _ in f:lines() do n = n + 1 end
        f:close()
        assert.equal(3, n)
        srv = start(srv.port)
        socket.sleep(0.25)  -- (past 'retry')
        local b = node(srv, "b")
        assert.equal("normal", b:advice("yahoo", nil, T0 + 10).state)
        assert.equal("ok", a:advice("yahoo", nil, T0 + 10).store)
        assert.is_nil(io.open(spool))
        assert.equal(3, sa:stats().replayed)
        assert.equal("pause", b:advice("yahoo", nil, T0 + 10).state)
        srv:stop()
    end)

    it("down without a spool: keeps at most 'queue' events and counts the dropped", function ()
        local port = free_port()
        local a, sa = node({ port = port }, "a", { queue = 2 })
        for i = 1, 5 do
            a:observe(full, { time = T0 + i, recipient = i .. "@example.org" })
            sa:flush()
        end
        local x = sa:stats()
        assert.same({ 2, 3 }, { x.queued, x.dropped })
        assert.same({ nil, "redis://127.0.0.1:" .. port .. "/0: 2 tracker events not sent (connection refused)" },
                    { sa:save() })
    end)

    it("slow: a server that never answers costs one timeout, then nothing for 'retry'", function ()
        local listener = assert(socket.bind("127.0.0.1", 0))  -- accepts (backlog), never answers
        local _, port = listener:getsockname()
        local a, sa = node({ port = tonumber(port) }, "a", { timeout = 0.2, retry = 5 })
        local t0 = socket.gettime()
        for i = 1, 200 do a:observe(full, { time = T0 + i, recipient = i .. "@example.org" }) end
        local adv = a:advice("yahoo", nil, T0 + 300)
        local took = socket.gettime() - t0
        listener:close()
        assert.equal("unreachable", adv.store)
        assert.equal(1, sa:stats().errors)
        assert.is_true(took >= 0.19 and took < 1, "took " .. took .. " s")
        assert.equal(200, sa:stats().queued)
    end)

    it("reachable from one node only: the other's events arrive once it reaches the server", function ()
        local srv = start()
        local spool = dir .. "/b.spool"
        local a = node(srv, "a")
        local b, sb = node({ port = free_port() }, "b", { spool = spool })  -- cut off
        a:observe(tss04, { time = T0, recipient = "x@yahoo.com" })
        b:observe(tss04, { time = T0 + 60, recipient = "y@yahoo.com" })
        b:observe(tss04, { time = T0 + 90, recipient = "w@yahoo.com" })
        assert.is_true(sb:save())
        assert.equal("normal", a:advice("yahoo", nil, T0 + 120).state)
        -- the link comes back: b's store again, the same spool
        local b2, sb2 = node(srv, "b", { spool = spool })
        assert.is_true(sb2:flush())
        assert.equal(2, sb2:stats().replayed)
        assert.equal("pause", a:advice("yahoo", nil, T0 + 120).state)
        assert.equal("pause", b2:advice("yahoo", nil, T0 + 120).state)
        assert.is_truthy(b)
        srv:stop()
    end)
end)

describe("scan --state redis://", function ()
    local state = require "smtpbounce.scan.state"

    it("refuses mail --state with a URL (the mail reader keeps no tracker)", function ()
        assert.same({ nil, "redis://127.0.0.1:1/0: mail --state takes a file (the mail reader "
                           .. "keeps no tracker)" }, { state.open("redis://127.0.0.1:1/0", "mail") })
    end)

    it("keeps this host's part in a local file and the tracker in Redis", function ()
        local file = os.tmpname()
        os.remove(file)
        local st = assert(state.open("redis://127.0.0.1:1/0?prefix=eu&host=mta7&file=" .. file))
        assert.equal("mta7/1", st.store.node)
        assert.equal(file .. ".spool", st.store.spool)
        assert.equal("eu", st.store.prefix)
        assert.equal(st.store, st.tracker.store)
        os.remove(file)
    end)
end)

-- the memory store stays what tracker_spec checks; the Redis store's
-- mirror is one (its caps from the options)
describe("smtpbounce.tracker.redis mirror", function ()
    it("is a memory store with the given caps", function ()
        local s = redis.new{ port = 1, addresses = 10, targets = 4 }
        assert.equal(getmetatable(tstore.memory()), getmetatable(s.mirror))
        assert.equal(5, s.mirror.r.limit)
    end)
end)
