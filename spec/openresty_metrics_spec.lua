-- smtpbounce.openresty without nginx: the Prometheus text it writes
-- (exposition(), metrics()), its counters and the tracker over a
-- shared-dict store, against a fake ngx (shared dicts included); and the
-- store's lock (smtpbounce.tracker.store.shared_dict: atomic()).  The real
-- nginx with two workers: make test-openresty (tools/openresty_checks.lua).
local helper = require "spec.helper"
local store = require "smtpbounce.tracker.store"
local prometheus = require "smtpbounce.prometheus"
local expo = dofile("tools/exposition.lua")

local T0 = 1764892800  -- 2025-12-05T00:00:00Z
local HOUR = 3600

-- real replies (the provider file or guide each is from beside it)
local YMX = "mta5.am0.yahoodns.net"
-- lua/smtpbounce/providers/yahoo.lua (senders.yahooinc.com/smtp-error-codes)
local TSS04 = "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected "
              .. "volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"
-- the seed guide (seed/000_55ba397b7b469416.txt)
local FULL = "452 4.2.2 Over Quota"
local NOUSER = "550 5.1.1 user unknown"

local fake_dict = helper.fake_dict

-- a fake ngx over 'dicts' (name -> fake dict) for worker 'pid'
local function fake_ngx (dicts, pid)
    local n = { shared = dicts, ERR = 4, header = {}, printed = {}, logged = {},
                phase = "content", clock = T0 + 999 }
    function n.log (...) n.logged[#n.logged + 1] = table.concat({ ... }, "", 2) end
    function n.time () return n.clock end
    function n.get_phase () return n.phase end
    function n.sleep () end
    function n.print (s) n.printed[#n.printed + 1] = s end
    n.worker = { pid = function () return pid end }
    return n
end

-- a fresh copy of smtpbounce.openresty (a "worker") seeing 'ngx'
local function load_worker (ngx)
    local saved = rawget(_G, "ngx")
    rawset(_G, "ngx", ngx)
    package.loaded["smtpbounce.openresty"] = nil
    local m = require "smtpbounce.openresty"
    package.loaded["smtpbounce.openresty"] = nil
    rawset(_G, "ngx", saved)
    return m
end

-- two workers over the same dicts, each init'ed with 'opts'
local function two_workers (opts)
    local dicts = { smtpbounce = fake_dict(), smtpbounce_tracker = fake_dict() }
    local w1, w2 = load_worker(fake_ngx(dicts, 101)), load_worker(fake_ngx(dicts, 102))
    w1.init(opts); w2.init(opts)
    return w1, w2, dicts
end

local DEFAULT = { dict = "smtpbounce", tracker = { dict = "smtpbounce_tracker" } }

describe("smtpbounce.openresty metrics", function ()
    local sbo = load_worker(fake_ngx({}, 1))

    describe("smtpbounce.prometheus exposition()", function ()
        it("is openresty's exposition()", function ()
            assert.equal(prometheus.exposition, sbo.exposition)
        end)

        it("writes HELP and TYPE before each family's samples", function ()
            assert.equal(table.concat({
                "# HELP x_total Things done.",
                "# TYPE x_total counter",
                'x_total{kind="a",where="here"} 3',
                'x_total{kind="b",where="there"} 0',
                "# HELP y Level.",
                "# TYPE y gauge",
                "y 1.5",
                "# HELP z Nothing yet.",
                "# TYPE z untyped",
                "" }, "\n"),
                sbo.exposition{
                    { name = "x_total", type = "counter", help = "Things done.",
                      samples = { { labels = { { "kind", "a" }, { "where", "here" } }, value = 3 },
                                  { labels = { { "kind", "b" }, { "where", "there" } }, value = 0 } } },
                    { name = "y", type = "gauge", help = "Level.", samples = { { value = 1.5 } } },
                    { name = "z", type = "untyped", help = "Nothing yet.", samples = {} } })
        end)

        it("escapes label values (\\ \" line feed) and help (\\ line feed)", function ()
            local text = sbo.exposition{ { name = "e", type = "gauge",
                help = 'a \\ back\nslash "quoted"',
                samples = { { labels = { { "v", 'say "hi"\\there\nnext' } }, value = 1 } } } }
            assert.equal('# HELP e a \\\\ back\\nslash "quoted"\n# TYPE e gauge\n'
                         .. 'e{v="say \\"hi\\"\\\\there\\nnext"} 1\n', text)
            -- and a reader of the format gets the values back
            local fams = assert(expo.parse(text))
            assert.equal('say "hi"\\there\nnext', fams.e.samples[1].labels.v)
            assert.equal('a \\ back\nslash "quoted"', fams.e.help)
        end)

        it("writes whole numbers without a fraction, others exactly, NaN and infinities", function ()
            local text = sbo.exposition{ { name = "n", type = "gauge", help = "h", samples = {
                { labels = { { "i", "1" } }, value = 1764892800 },
                { labels = { { "i", "2" } }, value = 0.1 },
                { labels = { { "i", "3" } }, value = -2.5 },
                { labels = { { "i", "4" } }, value = 0 / 0 },
                { labels = { { "i", "5" } }, value = math.huge },
                { labels = { { "i", "6" } }, value = -math.huge },
                { labels = { { "i", "7" } }, value = 1 / 3 } } } }
            local values = {}
            for v in text:gmatch('n{i="%d"} (%S+)\n') do values[#values + 1] = v end
            assert.equal(1 / 3, tonumber(table.remove(values)))  -- (every digit it needs)
            assert.same({ "1764892800", "0.1", "-2.5", "NaN", "+Inf", "-Inf" }, values)
            assert.truthy(expo.parse(text))
        end)

        it("refuses what the format cannot carry", function ()
            assert.has_error(function ()
                sbo.exposition{ { name = "done", type = "counter", help = "h" } }
            end, "bad argument #1 to 'exposition' (counter done must end in _total)")
            assert.has_error(function ()
                sbo.exposition{ { name = "bad-name", type = "gauge", help = "h" } }
            end, "bad argument #1 to 'exposition' (bad metric name 'bad-name')")
            assert.has_error(function ()
                sbo.exposition{ { name = "g", type = "meter", help = "h" } }
            end, "bad argument #1 to 'exposition' (g: bad type 'meter')")
            assert.has_error(function ()
                sbo.exposition{ { name = "g", type = "gauge", help = "h",
                                  samples = { { labels = { { "a-b", "x" } }, value = 1 } } } }
            end, "bad argument #1 to 'exposition' (g: bad label name 'a-b')")
            assert.has_error(function ()
                sbo.exposition{ { name = "g", type = "gauge", help = "h",
                                  samples = { { labels = { { "__name", "x" } }, value = 1 } } } }
            end, "bad argument #1 to 'exposition' (g: bad label name '__name')")
            assert.has_error(function ()
                sbo.exposition{ { name = "g", type = "gauge", help = "h", samples = { { value = "1" } } } }
            end, "bad argument #1 to 'exposition' (g: value must be a number)")
            assert.has_error(function () sbo.exposition("x") end,
                             "bad argument #1 to 'exposition' (table expected, got string)")
        end)

        it("names the argument and points at the caller for families that are none", function ()
            local cases = {
                { function () sbo.exposition{ 5 } end, "item 1: table expected, got number" },
                { function () sbo.exposition{ { name = "g", type = "gauge", help = 5 } } end,
                  "g: help must be a string" },
                { function () sbo.exposition{ { name = "g", type = "gauge", samples = 5 } } end,
                  "g: samples must be a table" },
                { function () sbo.exposition{ { name = "g", type = "gauge", samples = { 5 } } } end,
                  "g: a sample must be a table" },
                { function () sbo.exposition{ { name = "g", type = "gauge",
                                                samples = { { value = 1, labels = { "a" } } } } } end,
                  "g: bad label name 'a'" },
                { function () sbo.exposition{ { name = "done", type = "counter" } } end,
                  "counter done must end in _total" },
                { function () sbo.exposition() end, "table expected, got no value" },
            }
            for _, case in ipairs(cases) do
                local ok, e = pcall(case[1])
                assert.is_false(ok, case[2])
                assert.equal(("spec/openresty_metrics_spec.lua:%d: bad argument #1 to 'exposition' (%s)")
                             :format(debug.getinfo(case[1], "S").linedefined, case[2]), e)
            end
        end)
    end)

    -- the reader of the format the checks use: it must refuse what is wrong
    describe("tools/exposition.lua", function ()
        local wrong = {
            { "# TYPE a counter\na 1\n", "does not end in _total" },
            { "a_total 1", "does not end in a line feed" },
            { '# TYPE a gauge\na{x="1\\t"} 1\n', "bad escape" },
            { '# TYPE a gauge\na{x="1",x="2"} 1\n', "twice" },
            { "# TYPE a gauge\na 1\na 2\n", "series twice" },
            { "# TYPE a gauge\na 1\n# TYPE a gauge\n", "second TYPE" },
            { "a 1\n# TYPE a gauge\n", "TYPE after the samples" },
            { "# TYPE a gauge\na 1\nb 1\na{x=\"1\"} 2\n", "split" },
            { "# TYPE a_total counter\na_total -1\n", "below zero" },
            { "# TYPE a gauge\na one\n", "bad value" },
            { "# TYPE a gauge\n2a 1\n", "bad metric name" },
        }
        for _, w in ipairs(wrong) do
            it("refuses: " .. w[2], function ()
                local fams, err = expo.parse(w[1])
                assert.is_nil(fams)
                assert.truthy(err:find(w[2], 1, true), err)
            end)
        end
    end)

    describe("metrics()", function ()
        it("counts classifications by outcome, reason, action and provider over the workers", function ()
            local w1, w2 = two_workers(DEFAULT)
            w1.classify(NOUSER); w2.classify(NOUSER); w2.classify(NOUSER)
            w1.classify(TSS04, { mx = YMX })
            local text = w2.metrics(T0)
            local fams = assert(expo.parse(text))
            assert.equal(3, expo.value(fams, "smtpbounce_classifications_total",
                { outcome = "bounced", reason = "userunknown", action = "suppress", provider = "none" }))
            assert.equal(1, expo.value(fams, "smtpbounce_classifications_total",
                { outcome = "deferred", reason = "badreputation", action = "throttle", provider = "yahoo" }))
            assert.equal(4, expo.sum(fams, "smtpbounce_classifications_total"))
            assert.equal(text, w1.metrics(T0))  -- the same whichever worker writes it
            -- the exact lines of the counter, HELP and TYPE first
            assert.truthy(text:find("# HELP smtpbounce_classifications_total Replies classified, by "
                .. "outcome, reason, action and provider (none: no provider).\n"
                .. "# TYPE smtpbounce_classifications_total counter\n"
                .. 'smtpbounce_classifications_total{outcome="bounced",reason="userunknown",'
                .. 'action="suppress",provider="none"} 3\n'
                .. 'smtpbounce_classifications_total{outcome="deferred",reason="badreputation",'
                .. 'action="throttle",provider="yahoo"} 1\n', 1, true), text)
            assert.same({ total = 4, rules_version = 0, provider = { ["-"] = 3, yahoo = 1 },
                          reason = { userunknown = 3, badreputation = 1 },
                          action = { suppress = 3, throttle = 1 },
                          outcome = { bounced = 3, deferred = 1 } }, w1.stats())
        end)

        it("counts errors by kind, every kind listed", function ()
            local w1, w2 = two_workers(DEFAULT)
            local msg
            local ok, err = pcall(w1.classify, NOUSER, { phase = "bogus" })
            assert.is_false(ok)
            msg = err
            assert.truthy(msg:find("bad argument #2 to 'classify' (unknown phase 'bogus')", 1, true), msg)
            assert.has_error(function () w2.observe({}, { time = "now" }) end)
            w2.count_error("request")
            assert.has_error(function () w2.count_error("oops") end,
                             "bad argument #1 to 'count_error' (unknown kind 'oops')")
            local fams = assert(expo.parse(w1.metrics(T0)))
            local got = {}
            for _, s in ipairs(fams.smtpbounce_errors_total.samples) do got[s.labels.kind] = s.value end
            assert.same({ classify = 1, observe = 1, tracker_lock = 0, reload = 0, request = 1 }, got)
            assert.equal(0, expo.sum(fams, "smtpbounce_classifications_total"))
        end)

        it("gives the tracker's advice per provider and IP from both workers' events", function ()
            local w1, w2 = two_workers(DEFAULT)
            local track = { ip = "192.0.2.1", recipient = "a@yahoo.com" }
            local function event (w, dt)
                local t = { time = T0 + dt }
                for k, v in pairs(track) do t[k] = v end
                return w.classify(TSS04, { mx = YMX }, t)
            end
            event(w1, 0); event(w2, 60)
            local Y = { provider = "yahoo", ip = "192.0.2.1" }
            local function state (w, now)
                local fams = assert(expo.parse(w.metrics(now)))
                local out = {}
                for _, st in ipairs{ "normal", "pause", "slow" } do
                    local l = { state = st }
                    for k, v in pairs(Y) do l[k] = v end
                    out[st] = expo.value(fams, "smtpbounce_tracker_advice_state", l)
                end
                return out, expo.value(fams, "smtpbounce_tracker_advice_until_seconds", Y),
                       expo.value(fams, "smtpbounce_tracker_advice_rate_per_hour", Y), fams
            end
            assert.same({ normal = 1, pause = 0, slow = 0 }, (state(w1, T0 + 61)))
            event(w1, 120)  -- the third in 10 minutes, one of them w2's
            local s, u, rate, fams = state(w2, T0 + 130)
            assert.same({ normal = 0, pause = 1, slow = 0 }, s)
            assert.equal(T0 + 120 + 2 * HOUR, u)
            assert.is_nil(rate)
            assert.equal(T0 + 130, expo.value(fams, "smtpbounce_tracker_advice_time_seconds", {}))
            assert.equal(3, expo.value(fams, "smtpbounce_tracker_observations_total", {}))
            s, u, rate = state(w1, T0 + 120 + 2 * HOUR)
            assert.same({ normal = 0, pause = 0, slow = 1 }, s)
            assert.equal(T0 + 120 + 3 * HOUR, u)
            assert.equal(300, rate)
            s, u, rate = state(w2, T0 + 120 + 3 * HOUR)
            assert.same({ normal = 1, pause = 0, slow = 0 }, s)
            assert.is_nil(u)
            assert.is_nil(rate)
            assert.equal("pause", w2.advice("yahoo", "192.0.2.1", T0 + 130).state)
        end)

        it("the tracker's decision comes back: history escalates, and is counted", function ()
            local w1, w2 = two_workers(DEFAULT)
            local d = {}
            for i, w in ipairs{ w1, w2, w1 } do
                d[i] = w.classify(FULL, nil, { time = T0 + i * HOUR, recipient = "full@example.org" })
            end
            assert.same({ "retry", "retry", "suppress" }, { d[1].action, d[2].action, d[3].action })
            assert.equal("history", d[3].basis)
            assert.equal(1, #w2.suppressed(T0 + 4 * HOUR))
            local fams = assert(expo.parse(w2.metrics(T0)))
            assert.equal(1, expo.value(fams, "smtpbounce_tracker_escalations_total", {}))
            assert.equal(3, expo.value(fams, "smtpbounce_tracker_observations_total", {}))
            assert.equal(0, expo.value(fams, "smtpbounce_tracker_evicted_total", {}))
        end)

        it("reads the clock only for the advice's default time", function ()
            local dicts = { smtpbounce = fake_dict(), smtpbounce_tracker = fake_dict() }
            local ngx = fake_ngx(dicts, 7)
            local w = load_worker(ngx)
            w.init(DEFAULT)
            local fams = assert(expo.parse(w.metrics()))
            assert.equal(ngx.clock, expo.value(fams, "smtpbounce_tracker_advice_time_seconds", {}))
            assert.has_error(function () w.metrics("soon") end,
                             "bad argument #1 to 'metrics' (number expected, got string)")
        end)

        it("without a tracker: the counters only", function ()
            local w = two_workers{ dict = "smtpbounce" }
            local fams = assert(expo.parse(w.metrics(T0)))
            assert.truthy(fams.smtpbounce_classifications_total)
            assert.is_nil(fams.smtpbounce_tracker_advice_state)
            assert.has_error(function () w.observe({}, { time = T0 }) end,
                             "smtpbounce.openresty: no tracker (init{ tracker = ... })")
        end)

        it("serve_metrics() answers in the text format", function ()
            local dicts = { smtpbounce = fake_dict(), smtpbounce_tracker = fake_dict() }
            local ngx = fake_ngx(dicts, 7)
            local w = load_worker(ngx)
            w.init(DEFAULT)
            w.serve_metrics(T0)
            assert.equal("text/plain; version=0.0.4; charset=utf-8", ngx.header["Content-Type"])
            assert.equal(w.metrics(T0), table.concat(ngx.printed))
        end)
    end)

    describe("init{ tracker = }", function ()
        local function init_error (dicts, opts)
            local w = load_worker(fake_ngx(dicts, 1))
            local ok, err = pcall(function () w.init(opts) end)
            assert.is_false(ok)
            return err
        end
        local dicts = { smtpbounce = fake_dict(), smtpbounce_tracker = fake_dict(), other = fake_dict() }
        it("needs the counters' dict", function ()
            local err = init_error(dicts, { tracker = true })
            assert.truthy(err:find("field 'tracker' needs 'dict': the counters' shared dict", 1, true))
            -- (raised at init's caller)
            assert.truthy(err:find("openresty_metrics_spec%.lua:%d+: bad argument #1 to 'init'"), err)
        end)
        it("needs a dict of its own", function ()
            assert.truthy(init_error(dicts, { dict = "smtpbounce", tracker = { dict = "smtpbounce" } })
                :find("the tracker needs a shared dict of its own, not 'smtpbounce'", 1, true))
        end)
        it("names a missing dict", function ()
            assert.truthy(init_error(dicts, { dict = "smtpbounce", tracker = { dict = "nope" } })
                :find("no lua_shared_dict named 'nope'", 1, true))
        end)
        it("refuses unknown fields", function ()
            assert.truthy(init_error(dicts, { dict = "smtpbounce", tracker = { dcit = "x" } })
                :find("unknown field 'tracker.dcit'", 1, true))
        end)
        it("passes rules to the tracker", function ()
            local w = load_worker(fake_ngx(dicts, 1))
            w.init{ dict = "other", tracker = { rules = {
                { id = "ops.full-once", on = "recipient", reason = "mailboxfull", count = 1,
                  window = 60, expire = 60, example = FULL } } } }
            local d = w.classify(FULL, nil, { time = T0, recipient = "b@example.org" })
            assert.same({ "suppress", "history" }, { d.action, d.basis })
            assert.equal("ops.full-once", w.suppressed(T0)[1].rule)
        end)
        it("names a bad option, its own or the tracker's, at init's caller", function ()
            local w = load_worker(fake_ngx(dicts, 1))
            local cases = {
                { function () w.init{ rule = "ops.lua" } end, "unknown field 'rule'" },
                { function () w.init{ cache = -1 } end, "field 'cache' must be a whole number, 0 or more" },
                { function () w.init{ dict = 5 } end, "field 'dict' must be a string" },
                { function () w.init{ rules = true } end, "field 'rules' must be a string" },
                { function () w.init{ dict = "smtpbounce", tracker = { dict = "other", limits = 5 } } end,
                  "field 'tracker': 'limits' must be a table" },
                { function () w.init{ dict = "smtpbounce", tracker = { dict = "other", builtin = 1 } } end,
                  "field 'tracker': 'builtin' must be a boolean" },
                { function () w.init{ dict = "smtpbounce", tracker = { dict = "other", lock = { wait = -1 } } } end,
                  "field 'tracker.lock': option 'wait' must be a positive number" },
            }
            for _, case in ipairs(cases) do
                local ok, err = pcall(case[1])
                assert.is_false(ok, case[2])
                assert.equal(("spec/openresty_metrics_spec.lua:%d: bad argument #1 to 'init' (%s)")
                             :format(debug.getinfo(case[1], "S").linedefined, case[2]), err)
            end
        end)
    end)

    describe("argument errors", function ()
        it("raise at the caller's line, as the classifier's and the tracker's do", function ()
            local w = two_workers(DEFAULT)
            local cases = {
                { function () w.classify(NOUSER, { phase = "bogus" }) end,
                  "bad argument #2 to 'classify' (unknown phase 'bogus')" },
                { function () w.classify({}) end, "bad argument #1 to 'classify' (string expected, got table)" },
                { function () w.observe({}, { time = "now" }) end,
                  "bad argument #2 to 'observe' (field 'time' must be a number of seconds since the epoch, "
                  .. "got string)" },
                { function () w.classify(NOUSER, nil, { time = T0, when = 1 }) end,
                  "bad argument #2 to 'observe' (unknown field 'when')" },
            }
            for _, case in ipairs(cases) do
                local ok, err = pcall(case[1])
                assert.is_false(ok, case[2])
                assert.equal(("spec/openresty_metrics_spec.lua:%d: %s")
                             :format(debug.getinfo(case[1], "S").linedefined, case[2]), err)
            end
        end)
    end)
end)

describe("smtpbounce.tracker.store.shared_dict", function ()
    describe("atomic()", function ()
        it("holds the lock while fn runs, and lets it go", function ()
            local d = fake_dict()
            local s = store.shared_dict(d, { owner = "w1" })
            local ok, a, b = s:atomic(function (x, y)
                assert.equal("w1#1", d:get("l:lock"))
                return x + y, "two"
            end, 1, 2)
            assert.same({ true, 3, "two" }, { ok, a, b })
            assert.is_nil(d:get("l:lock"))
        end)

        it("waits for another holder: sleeps in steps, then gives up without running fn", function ()
            local d = fake_dict()
            local slept = 0
            local s = store.shared_dict(d, { sleep = function (t) slept = slept + t; return true end,
                                             wait = 0.05, step = 0.01 })
            d:add("l:lock", "someone", 0)  -- held, never expiring
            local ran = false
            local ok, err = s:atomic(function () ran = true end)
            assert.same({ false, "timeout", false }, { ok, err, ran })
            assert.near(0.05, slept, 1e-9)
            assert.equal("someone", d:get("l:lock"))
        end)

        it("spins where it cannot sleep, at most 'spins' times", function ()
            local d = fake_dict()
            local adds = 0
            local add = d.add
            d.add = function (...) adds = adds + 1; return add(...) end
            local s = store.shared_dict(d, { sleep = function () return false end, spins = 50 })
            d:set("l:lock", "someone")
            adds = 0
            assert.is_false((s:atomic(function () end)))
            assert.equal(50, adds)
        end)

        it("takes the lock of a holder that died once its time to live ran out", function ()
            local d = fake_dict()
            d:add("l:lock", "dead#1", 0.5)  -- (its holder never lets it go)
            local s = store.shared_dict(d, { owner = "w2",
                sleep = function (t) d.now = d.now + t; return true end, step = 0.1, wait = 2 })
            local ok, v = s:atomic(function () return d:get("l:lock") end)
            assert.is_true(ok)
            assert.equal("w2#1", v)
            assert.truthy(d.now >= 0.45 and d.now < 0.7, d.now)
        end)

        it("a worker waiting on another's lock does not run (two stores, one dict)", function ()
            local d = fake_dict()
            local s1 = store.shared_dict(d, { owner = "w1" })
            local s2 = store.shared_dict(d, { owner = "w2", spins = 3 })
            local inner
            assert.is_true((s1:atomic(function ()
                inner = { s2:atomic(function () return "ran" end) }
            end)))
            assert.same({ false, "timeout" }, inner)
            assert.same({ true, "ran" }, { s2:atomic(function () return "ran" end) })
        end)

        it("an error in fn lets the lock go and is raised again", function ()
            local d = fake_dict()
            local s = store.shared_dict(d)
            assert.has_error(function () s:atomic(function () error("broken", 0) end) end, "broken")
            assert.is_nil(d:get("l:lock"))
        end)

        it("does not release a lock that another took after its time ran out", function ()
            local d = fake_dict()
            local s = store.shared_dict(d, { owner = "slow" })
            s:atomic(function () d:set("l:lock", "other#1") end)  -- (as if it had expired and been taken)
            assert.equal("other#1", d:get("l:lock"))
        end)

        it("needs add(), and checks its options", function ()
            local d = fake_dict()
            d.add = nil
            assert.has_error(function () store.shared_dict(d):atomic(print) end,
                             "shared dict store: the dict has no method 'add'")
            assert.has_error(function () store.shared_dict(fake_dict(), { wait = 0 }) end,
                             "bad argument #2 to 'shared_dict' (option 'wait' must be a positive number)")
            assert.has_error(function () store.shared_dict(fake_dict(), { sleep = 1 }) end,
                             "bad argument #2 to 'shared_dict' (option 'sleep' must be a function)")
            assert.has_error(function () store.shared_dict(fake_dict(), { lcok = 1 }) end,
                             "bad argument #2 to 'shared_dict' (unknown option 'lcok')")
            assert.has_error(function () store.shared_dict(fake_dict(), 5) end,
                             "bad argument #2 to 'shared_dict' (table expected, got number)")
        end)
    end)

    it("keys(ns): the keys of one namespace", function ()
        local d = fake_dict()
        local s = store.shared_dict(d)
        s:set("t", "p=yahoo|ip=192.0.2.1", { c = {}, s = {}, e = 10 }, 10)
        s:set("r", "a@example.org", { c = {}, e = 10 }, 10)
        d:incr("n:evicted", 1, 0)
        assert.same({ "p=yahoo|ip=192.0.2.1" }, s:keys("t"))
        assert.same({ "a@example.org" }, s:keys("r"))
    end)
end)
