-- smtpbounce.tracker: decisions over time, replayed from time-stamped
-- sequences (the time is always the caller's), its rules, its stores and
-- their limits.
local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"
local tracker = require "smtpbounce.tracker"
local store = require "smtpbounce.tracker.store"

local DAY, HOUR, MINUTE = 86400, 3600, 60
local T0 = 1764892800  -- 2025-12-05T00:00:00Z

-- real replies (each from the provider file or guide named beside it)
local YMX = "mta5.am0.yahoodns.net"
local replies = {
    -- lua/smtpbounce/providers/yahoo.lua (senders.yahooinc.com/smtp-error-codes)
    tss04 = smtpbounce.classify("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred "
        .. "due to unexpected volume or user complaints - 4.16.55.1; see "
        .. "https://postmaster.yahooinc.com/error-codes", { mx = YMX }),
    -- the seed guide (seed/000_55ba397b7b469416.txt), soft bounces
    full = smtpbounce.classify("452 4.2.2 Over Quota"),
    storage = smtpbounce.classify("452. 4.3.1 Insufficient system storage (throttled)"),
    -- lua/smtpbounce/providers/gmail.lua (support.google.com/a/answer/3726730)
    gmail_rate = smtpbounce.classify("421 4.7.28 Gmail has detected an unusual rate of unsolicited "
        .. "email originating from your SPF domain example.com. To protect our users from spam, "
        .. "email sent from your domain has been temporarily rate limited.",
        { mx = "gmail-smtp-in.l.google.com" }),
    hard_full = smtpbounce.classify("552 5.2.2 Mailbox full"),
    nouser = smtpbounce.classify("550 5.1.1 user unknown"),
    disabled = smtpbounce.classify("450 4.2.1 mailbox disabled, not accepting messages"),
    spamhaus = smtpbounce.classify("554 5.7.1 Service unavailable; Client host [192.0.2.1] "
        .. "blocked using zen.spamhaus.org"),
    ok = smtpbounce.classify("250 2.0.0 OK"),
}

-- observe 'r' for each of 'times' (offsets from T0); the last decision
local function replay (t, r, times, ctx)
    local d
    for _, dt in ipairs(times) do
        local c = { time = T0 + dt }
        for k, v in pairs(ctx or {}) do c[k] = v end
        d = t:observe(r, c)
    end
    return d
end

local function tmpdir ()
    local d = os.tmpname()
    os.remove(d)
    assert(os.execute("mkdir -p " .. helper.shell_quote(d)))
    return d
end

describe("smtpbounce.tracker", function ()
    it("is reachable from the main module", function ()
        assert.equal(tracker, smtpbounce.tracker)
    end)

    describe("observe() per recipient", function ()
        local A = { recipient = "anna@example.com" }

        it("suppresses after 3 mailbox-full bounces in 7 days", function ()
            local t = tracker.new()
            local d = replay(t, replies.full, { 0, 2 * DAY }, A)
            assert.equal("retry", d.action)
            assert.equal(replies.full, d)  -- nothing escalated: the result itself
            d = replay(t, replies.full, { 6 * DAY }, A)
            assert.equal("suppress", d.action)
            assert.equal("history", d.basis)
            assert.equal("mailboxfull", d.reason)
            assert.same({ count = 3, window = 7 * DAY, first_seen = T0, last_seen = T0 + 6 * DAY,
                          rule = "recipient.mailboxfull" }, d.history)
            assert.equal("retry", replies.full.action)  -- a copy: the result is unchanged
            assert.equal("text", replies.full.basis)
            assert.same({ { address = "anna@example.com", first_seen = T0,
                            last_seen = T0 + 6 * DAY, basis = "history", count = 3,
                            rule = "recipient.mailboxfull", window = 7 * DAY,
                            ["until"] = T0 + 36 * DAY } },
                        t:suppressed(T0 + 6 * DAY))
        end)

        it("counts within a sliding window", function ()
            local t = tracker.new()
            -- days 0, 4, 8: never 3 within 7 days
            assert.equal("retry", replay(t, replies.full, { 0, 4 * DAY, 8 * DAY }, A).action)
            -- day 10: 4, 8, 10 are
            local d = replay(t, replies.full, { 10 * DAY }, A)
            assert.equal("suppress", d.action)
            assert.equal(T0 + 4 * DAY, d.history.first_seen)
        end)

        it("keeps escalating later soft bounces while suppressed", function ()
            local t = tracker.new()
            replay(t, replies.full, { 0, HOUR, 2 * HOUR }, A)
            local d = replay(t, replies.full, { 20 * DAY }, A)
            assert.equal("suppress", d.action)
            assert.equal(T0 + 2 * HOUR, d.history.last_seen)  -- the count that decided
        end)

        it("is cleared by a later delivery", function ()
            local t = tracker.new()
            replay(t, replies.full, { 0, HOUR, 2 * HOUR }, A)
            assert.equal(1, #t:suppressed(T0 + 3 * HOUR))
            assert.equal(replies.ok, replay(t, replies.ok, { 3 * HOUR }, A))
            assert.same({}, t:suppressed(T0 + 3 * HOUR))
            -- and counting starts again
            assert.equal("retry", replay(t, replies.full, { 4 * HOUR, 5 * HOUR }, A).action)
            assert.equal("suppress", replay(t, replies.full, { 6 * HOUR }, A).action)
        end)

        it("is not cleared by a delivery logged before the bounces", function ()
            local t = tracker.new()
            replay(t, replies.full, { 0, HOUR, 2 * HOUR }, A)
            replay(t, replies.ok, { HOUR + 1 }, A)
            assert.equal(1, #t:suppressed(T0 + 3 * HOUR))
        end)

        it("ages out after the rule's expiry", function ()
            local t = tracker.new()
            replay(t, replies.full, { 0, HOUR, 2 * HOUR }, A)
            assert.equal(1, #t:suppressed(T0 + 2 * HOUR + 30 * DAY - 1))
            assert.same({}, t:suppressed(T0 + 2 * HOUR + 30 * DAY))
            local d = replay(t, replies.full, { 2 * HOUR + 30 * DAY }, A)
            assert.equal("retry", d.action)
            assert.equal(1, t:sweep(T0 + 40 * DAY))
            assert.equal(0, t:stats().addresses)
        end)

        it("never counts replies that blame the sender or the destination", function ()
            local t = tracker.new()
            for _, r in ipairs{ replies.tss04, replies.storage, replies.spamhaus } do
                assert.equal(r.action, replay(t, r, { 0, MINUTE, 2 * MINUTE, 3 * MINUTE }, A).action)
            end
            assert.same({}, t:suppressed(T0 + HOUR))
        end)

        it("lists a suppress decided by one reply with that reply's basis", function ()
            local t = tracker.new()
            assert.equal(replies.nouser, replay(t, replies.nouser, { 0 }, A))
            assert.same({ { address = "anna@example.com", first_seen = T0, last_seen = T0,
                            basis = "text", count = 1, rule = "phrase.no-user",
                            ["until"] = T0 + 30 * DAY } }, t:suppressed(T0))
        end)

        it("counts the reasons an operator adds", function ()
            local t = tracker.new{ rules = {
                { id = "ops.disabled", on = "recipient", reason = "suspend", count = 2,
                  window = DAY, expire = 10 * DAY },
            } }
            local d = replay(t, replies.disabled, { 0, HOUR }, A)
            assert.equal("suppress", d.action)
            assert.equal("ops.disabled", d.history.rule)
        end)

        it("takes addresses without case or angle brackets", function ()
            local t = tracker.new()
            replay(t, replies.full, { 0 }, { recipient = "<Anna@Example.COM>" })
            replay(t, replies.full, { 1 }, { recipient = "anna@example.com" })
            local d = replay(t, replies.full, { 2 }, { recipient = "ANNA@example.com" })
            assert.equal("suppress", d.action)
        end)
    end)

    describe("advice() per provider and sending IP", function ()
        local Y1 = { recipient = "bob@yahoo.com", ip = "192.0.2.1" }

        it("pauses yahoo for an hour after 3 TSS04 within 10 minutes (an operator's rule)", function ()
            local t = tracker.new{ disable = { "yahoo.ts-pause" }, rules = {
                { id = "ops.yahoo-pause", on = "provider", provider = "yahoo", rule = "yahoo.ts",
                  count = 3, window = 10 * MINUTE, pause = HOUR },
            } }
            replay(t, replies.tss04, { 0, 4 * MINUTE }, Y1)
            assert.same({ state = "normal" }, t:advice("yahoo", "192.0.2.1", T0 + 5 * MINUTE))
            replay(t, replies.tss04, { 9 * MINUTE }, Y1)
            local a = t:advice("yahoo", "192.0.2.1", T0 + 10 * MINUTE)
            assert.same({ state = "pause", ["until"] = T0 + 69 * MINUTE, rule = "ops.yahoo-pause",
                          events = { { time = T0, rule = "yahoo.ts" },
                                     { time = T0 + 4 * MINUTE, rule = "yahoo.ts" },
                                     { time = T0 + 9 * MINUTE, rule = "yahoo.ts" } } }, a)
            assert.equal("normal", t:advice("yahoo", "192.0.2.1", T0 + 69 * MINUTE).state)
        end)

        it("lets an operator's rule take the events from the built-in ones", function ()
            local t = tracker.new{ rules = {
                { id = "ops.yahoo-pause", on = "provider", provider = "yahoo", rule = "yahoo.ts",
                  count = 3, window = 10 * MINUTE, pause = HOUR },
            } }
            replay(t, replies.tss04, { 0, MINUTE, 2 * MINUTE }, Y1)
            local a = t:advice("yahoo", "192.0.2.1", T0 + 3 * MINUTE)
            assert.same({ "pause", T0 + 2 * MINUTE + HOUR, "ops.yahoo-pause" },
                        { a.state, a["until"], a.rule })
            assert.equal("normal", t:advice("yahoo", "192.0.2.1", T0 + 2 * MINUTE + HOUR).state)
        end)

        it("pauses, slows, then goes back to normal (the built-in Yahoo rule)", function ()
            local t = tracker.new()
            replay(t, replies.tss04, { 0, MINUTE, 2 * MINUTE }, Y1)
            local a = t:advice("yahoo", "192.0.2.1", T0 + 3 * MINUTE)
            assert.equal("pause", a.state)
            assert.equal(T0 + 2 * MINUTE + 2 * HOUR, a["until"])
            a = t:advice("yahoo", "192.0.2.1", T0 + 2 * MINUTE + 2 * HOUR)
            assert.same({ "slow", 300, "hour", T0 + 2 * MINUTE + 3 * HOUR },
                        { a.state, a.rate, a.per, a["until"] })
            assert.equal("normal", t:advice("yahoo", "192.0.2.1", T0 + 2 * MINUTE + 3 * HOUR).state)
        end)

        it("lets the window slide", function ()
            local t = tracker.new()
            replay(t, replies.tss04, { 0, 6 * MINUTE, 12 * MINUTE }, Y1)  -- 12 minutes apart
            assert.equal("normal", t:advice("yahoo", "192.0.2.1", T0 + 13 * MINUTE).state)
            replay(t, replies.tss04, { 14 * MINUTE }, Y1)                 -- 6, 12, 14
            assert.equal("pause", t:advice("yahoo", "192.0.2.1", T0 + 14 * MINUTE).state)
        end)

        it("keeps sending IPs apart", function ()
            local t = tracker.new()
            replay(t, replies.tss04, { 0, MINUTE, 2 * MINUTE }, Y1)
            replay(t, replies.tss04, { 0, MINUTE }, { ip = "192.0.2.2" })
            replay(t, replies.tss04, { 0, MINUTE }, {})
            assert.equal("pause", t:advice("yahoo", "192.0.2.1", T0 + 3 * MINUTE).state)
            assert.equal("normal", t:advice("yahoo", "192.0.2.2", T0 + 3 * MINUTE).state)
            assert.equal("normal", t:advice("yahoo", nil, T0 + 3 * MINUTE).state)
            replay(t, replies.tss04, { 2 * MINUTE }, {})
            assert.equal("pause", t:advice("yahoo", nil, T0 + 3 * MINUTE).state)
        end)

        it("counts every IP together with ip = false, per domain with per = 'domain'", function ()
            local t = tracker.new{ builtin = false, rules = {
                { id = "all-ips", on = "provider", provider = "gmail", action = "throttle",
                  ip = false, count = 2, window = HOUR, slow = "10/minute", quiet = HOUR },
                { id = "by-domain", on = "provider", per = "domain", action = "throttle",
                  count = 3, window = HOUR, pause = 600 },
            } }
            replay(t, replies.gmail_rate, { 0 }, { ip = "192.0.2.1", domain = "gmail.com" })
            replay(t, replies.gmail_rate, { 1 }, { ip = "192.0.2.2", domain = "gmail.com" })
            local a = t:advice("gmail", "192.0.2.3", T0 + 2)
            assert.same({ "slow", 10, "minute", "all-ips" }, { a.state, a.rate, a.per, a.rule })
            replay(t, replies.gmail_rate, { 2 }, { ip = "192.0.2.1", recipient = "c@GMAIL.com" })
            assert.equal("normal", t:advice({ domain = "gmail.com" }, "192.0.2.1", T0 + 3).state)
            replay(t, replies.gmail_rate, { 3 }, { ip = "192.0.2.1", domain = "gmail.com" })
            a = t:advice({ domain = "gmail.com" }, "192.0.2.1", T0 + 4)
            assert.same({ "pause", "by-domain" }, { a.state, a.rule })
            -- the strictest of what holds: the pause, not the slow rate
            assert.equal("pause", t:advice({ provider = "gmail", domain = "gmail.com" },
                                           "192.0.2.1", T0 + 4).state)
        end)

        it("slows Gmail until an hour without a rate-limit reply", function ()
            local t = tracker.new()
            local ctx = { domain = "gmail.com", ip = "192.0.2.1" }
            replay(t, replies.gmail_rate, { 0, 1, 2, 3 }, ctx)
            assert.equal("normal", t:advice("gmail", "192.0.2.1", T0 + 4).state)
            replay(t, replies.gmail_rate, { 4, 30 * MINUTE }, ctx)
            local a = t:advice("gmail", "192.0.2.1", T0 + 31 * MINUTE)
            assert.same({ "slow", 600, "hour", T0 + 90 * MINUTE, "gmail.ratelimit-slow" },
                        { a.state, a.rate, a.per, a["until"], a.rule })
            assert.equal("normal", t:advice("gmail", "192.0.2.1", T0 + 90 * MINUTE).state)
        end)

        it("pauses a provider it does not know by the recipient domain", function ()
            local t = tracker.new()
            replay(t, replies.spamhaus, { 0, 1, 2 }, { recipient = "d@small.example", ip = "192.0.2.9" })
            local a = t:advice("small.example", "192.0.2.9", T0 + 3)
            assert.same({ "pause", T0 + 2 + HOUR, "any.blocked-pause" }, { a.state, a["until"], a.rule })
        end)

        it("answers for the time asked, not the clock", function ()
            local t = tracker.new()
            replay(t, replies.tss04, { 0, 1, 2 }, Y1)
            assert.equal("normal", t:advice("yahoo", "192.0.2.1", T0 + 1).state)
            assert.equal("pause", t:advice("yahoo", "192.0.2.1", T0 + 2).state)
        end)
    end)

    describe("rules", function ()
        it("raise errors naming the rule id and its file:line", function ()
            local line = debug.getinfo(1, "l").currentline + 3
            local ok, err = pcall(tracker.new, { rules = {
                { id = "ops.ok", on = "provider", reason = "blocked", count = 1, window = 60, pause = 60 },
                { id = "ops.bad-count", on = "provider", reason = "blocked", count = 0, window = 60, pause = 60 },
            } })
            assert.is_false(ok)
            assert.equal(("spec/tracker_spec.lua:%d: rule 'ops.bad-count': field 'count' must be "
                          .. "a whole number from 1 to 1000"):format(line), err)
        end)

        local bad = {
            { { id = "b1", on = "elsewhere" }, "field 'on' must be 'recipient' or 'provider'" },
            { { id = "b2", on = "provider", reason = "blocked", count = 1, window = 60 },
              "a provider rule needs 'pause' or 'slow'" },
            { { id = "b3", on = "provider", reason = "blocked", count = 1, window = 60, slow = "fast" },
              "field 'slow' must be a rate such as '300/hour' or '5/minute'" },
            { { id = "b4", on = "recipient", reason = "blocked", count = 1, window = 60 },
              "field 'reason': 'blocked' does not blame the recipient (scope sender)" },
            { { id = "b5", on = "recipient", count = 1, window = 60, pause = 5 },
              "field 'pause' is for 'provider' rules, not 'recipient'" },
            { { id = "b6", on = "provider", reason = "nosuch", count = 1, window = 60, pause = 5 },
              "field 'reason': unknown reason 'nosuch'" },
            { { id = "b7", on = "provider", reason = "blocked", count = 1, window = 0, pause = 5 },
              "field 'window' must be at least one second" },
            { { id = "b8", on = "provider", count = 1, window = 60, pause = 5 },
              "a provider rule needs a condition: reason, action, rule or status" },
            { { id = "b9", on = "recipient", count = 1, window = 60, colour = "red" },
              "unknown field 'colour'" },
        }
        for _, case in ipairs(bad) do
            it("refuses " .. case[2], function ()
                local ok, err = pcall(tracker.new, { builtin = false, rules = { case[1] } })
                assert.is_false(ok)
                assert.truthy(err:find("^spec/tracker_spec%.lua:%d+: rule '" .. case[1].id .. "': "
                                       .. case[2]:gsub("%p", "%%%0")), err)
            end)
        end

        it("read from a file name its lines; duplicates and unknown disables are refused", function ()
            local dir = tmpdir()
            local path = dir .. "/ops.lua"
            local f = assert(io.open(path, "w"))
            f:write('return { rules = {\n',
                    '  { id = "f.one", on = "recipient", count = 2, window = 60 },\n',
                    '  { id = "f.two", on = "recipient", count = "x", window = 60 },\n',
                    '} }\n')
            f:close()
            local ok, err = pcall(tracker.new, { file = path })
            assert.is_false(ok)
            assert.equal(path .. ":3: rule 'f.two': field 'count' must be a whole number from 1 to 1000", err)
            ok, err = pcall(tracker.new, { rules = { { id = "recipient.mailboxfull", on = "recipient",
                                                       count = 2, window = 60 } } })
            assert.is_false(ok)
            assert.truthy(err:find("rule 'recipient.mailboxfull': duplicate id (first defined at ", 1, true), err)
            ok, err = pcall(tracker.new, { disable = { "nosuch" } })
            assert.is_false(ok)
            assert.truthy(err:find("disable: no tracker rule with id 'nosuch'", 1, true), err)
            os.execute("rm -rf " .. helper.shell_quote(dir))
        end)

        it("check(): the built-in rules fire on their examples", function ()
            local problems, n, nex = tracker.check(smtpbounce.new())
            assert.same({}, problems)
            assert.equal(6, n)
            assert.equal(6, nex)
        end)

        it("are checked by `smtpbounce rules --check`", function ()
            local out, err = {}, {}
            local function sink (t) return { write = function (self, ...)
                for _, v in ipairs{ ... } do t[#t + 1] = v end
                return self
            end } end
            local status = require("smtpbounce.cli").main({ "rules", "--check" }, sink(out), sink(err))
            assert.equal(0, status)
            assert.equal("", table.concat(err))
            assert.truthy(table.concat(out):find("\n6 tracker rules, 6 examples checked, 0 problems\n$"),
                          table.concat(out))
        end)

        it("check(): names rules whose example does not fire, and unknown ids", function ()
            local problems = tracker.check(smtpbounce.new(), { builtin = false, rules = {
                { id = "c.never", on = "provider", provider = "yahoo", reason = "blocked",
                  count = 2, window = 60, pause = 60, example = { reply = replies.tss04.text, mx = YMX } },
                { id = "c.names", on = "provider", provider = "nosuchprovider", rule = "no.such.rule",
                  count = 2, window = 60, pause = 60 },
            } })
            table.sort(problems)
            assert.equal(3, #problems)
            assert.truthy(problems[1]:find(": tracker rule 'c.names': no classifier rule with id "
                                           .. "'no.such.rule'$"), problems[1])
            assert.truthy(problems[2]:find(": tracker rule 'c.names': unknown provider 'nosuchprovider'$"),
                          problems[2])
            assert.truthy(problems[3]:find(": tracker rule 'c.never': example did not fire after 2 "
                                           .. "replies (decided badreputation/throttle/sender by "
                                           .. "'yahoo.ts')", 1, true), problems[3])
        end)
    end)

    describe("rules in a classifier's rule file (rule_files)", function ()
        local A = { recipient = "anna@example.com" }
        local dir
        before_each(function () dir = tmpdir() end)
        after_each(function () os.execute("rm -rf '" .. dir .. "'") end)

        local function write (name, s)
            local f = assert(io.open(dir .. "/" .. name, "wb"))
            f:write(s)
            f:close()
            return dir .. "/" .. name
        end

        it("reads the file's 'tracker' field, before the built-in rules", function ()
            local t = tracker.new{ rule_files = { "examples/rules/tracker-mailboxfull.lua" } }
            local ids = {}
            for _, c in ipairs(t:rule_list()) do ids[#ids + 1] = c.layer .. " " .. c.id end
            assert.same({ "operator ops.mailboxfull", "operator ops.yahoo-pause",
                          "builtin recipient.mailboxfull", "builtin gmail.ratelimit-slow",
                          "builtin microsoft.ratelimit-slow", "builtin any.blocked-pause",
                          "builtin any.throttle-slow" }, ids)
            -- the operator's 2 in 2 days, not the built-in 3 in 7 days
            local d = replay(t, replies.full, { 0, DAY }, A)
            assert.equal("suppress", d.action)
            assert.same({ count = 2, window = 2 * DAY, first_seen = T0, last_seen = T0 + DAY,
                          rule = "ops.mailboxfull" }, d.history)
        end)

        it("ignores a rule file without a 'tracker' field", function ()
            local t = tracker.new{ rule_files = { "examples/rules/disable-rule.lua" }, builtin = false }
            assert.same({}, t:rule_list())
        end)

        it("refuses a malformed rule, naming file:line", function ()
            local f = write("bad.lua", 'return {\n    rules = {},\n    tracker = { rules = {\n'
                            .. '        { id = "ops.bad", on = "recipient", count = 2 },\n} } }\n')
            local ok, err = pcall(tracker.new, { rule_files = { f } })
            assert.is_false(ok)
            assert.equal(f .. ":4: rule 'ops.bad': field 'window' must be a whole number of "
                         .. "seconds", err)
        end)
    end)

    describe("the suppressions' review list", function ()
        local A = { recipient = "anna@example.com" }
        it("ages out after the operator's 'expire', with first and last seen and basis", function ()
            local t = tracker.new{ builtin = false, rules = {
                { id = "ops.full-2d", on = "recipient", reason = "mailboxfull", count = 2,
                  window = DAY, expire = 2 * DAY },
            } }
            replay(t, replies.full, { 0, HOUR }, A)
            local until_ = T0 + HOUR + 2 * DAY
            assert.same({ { address = "anna@example.com", first_seen = T0, last_seen = T0 + HOUR,
                            basis = "history", count = 2, rule = "ops.full-2d", window = DAY,
                            ["until"] = until_ } }, t:suppressed(until_ - 1))
            assert.same({}, t:suppressed(until_))
        end)

        it("lists a one-reply suppress for limits.keep seconds", function ()
            local t = tracker.new{ limits = { keep = HOUR } }
            replay(t, replies.nouser, { 0 }, A)
            assert.equal(1, #t:suppressed(T0 + HOUR - 1))
            assert.same({}, t:suppressed(T0 + HOUR))
        end)
    end)

    describe("counting()", function ()
        it("names the rules that would count a result, of the first layer only", function ()
            local t = tracker.new()
            local c = t:counting(replies.full)
            assert.equal(1, #c)
            assert.same({ "recipient.mailboxfull", "recipient", "builtin", 3, 7 * DAY, 30 * DAY },
                        { c[1].id, c[1].on, c[1].layer, c[1].count, c[1].window, c[1].expire })
            assert.truthy(c[1].where:find("smtpbounce/tracker/rules%.lua:%d+$"), c[1].where)
            c = t:counting(replies.tss04)
            assert.same({ "yahoo.ts-pause", "provider", 3, 600, 7200, "300/hour", 3600, "provider" },
                        { c[1].id, c[1].on, c[1].count, c[1].window, c[1].pause, c[1].slow,
                          c[1].quiet, c[1].per })
            -- and the other built-in rule its conditions hold for (the same layer)
            assert.same({ 2, "any.throttle-slow" }, { #c, c[2].id })
            -- an operator's rule takes it from the built-in ones
            local o = tracker.new{ rules = {
                { id = "ops.yahoo", on = "provider", provider = "yahoo", count = 2, window = 60,
                  reason = "badreputation", pause = 60 },
            } }
            local oc = o:counting(replies.tss04)
            assert.same({ "ops.yahoo", "operator" }, { oc[1].id, oc[1].layer })
            assert.equal(1, #oc)
        end)

        it("names none for a delivery, a hard bounce or a reply that blames the sender", function ()
            local t = tracker.new()
            assert.same({}, t:counting(replies.ok))
            assert.same({}, t:counting(replies.nouser))
            assert.same({}, t:counting(replies.storage))
        end)
    end)

    describe("bad arguments", function ()
        local t = tracker.new()
        local cases = {
            { function () t:observe(replies.full, { recipient = "a@b" }) end,
              "bad argument #2 to 'observe' (field 'time' must be a number of seconds since the "
              .. "epoch, got no value)" },
            { function () t:observe(replies.full, { time = "yesterday" }) end,
              "bad argument #2 to 'observe' (field 'time' must be a number of seconds since the "
              .. "epoch, got string)" },
            { function () t:observe(replies.full, { time = 0 / 0 }) end,
              "bad argument #2 to 'observe' (field 'time' must be a number of seconds since the "
              .. "epoch, got nan)" },
            { function () t:observe(replies.full) end,
              "bad argument #2 to 'observe' (table expected, got no value)" },
            { function () t:observe("452 4.2.2 Over Quota", { time = 1 }) end,
              "bad argument #1 to 'observe' (table expected, got string)" },
            { function () t:observe(replies.full, { time = 1, when = 2 }) end,
              "bad argument #2 to 'observe' (unknown field 'when')" },
            { function () t:observe(replies.full, { time = 1, ip = 3 }) end,
              "bad argument #2 to 'observe' (field 'ip' must be a string)" },
            { function () t:advice("yahoo", nil) end,
              "bad argument #3 to 'advice' ('now' must be a number of seconds since the epoch, "
              .. "got no value)" },
            { function () t:advice(nil, nil, 1) end,
              "bad argument #1 to 'advice' (string or table expected, got no value)" },
            { function () t:suppressed() end,
              "bad argument #1 to 'suppressed' ('now' must be a number of seconds since the epoch, "
              .. "got no value)" },
            { function () tracker.new{ limit = 3 } end,
              "bad argument #1 to 'new' (unknown option 'limit')" },
            { function () tracker.new{ file = "" } end,
              "bad argument #1 to 'new' ('file' must be a path string)" },
            { function () tracker.new{ rule_files = { "" } } end,
              "bad argument #1 to 'new' ('rule_files' must be path strings)" },
            { function () tracker.new{ store = 1 } end,
              "bad argument #1 to 'new' ('store' must be a store (smtpbounce.tracker.store), got number)" },
            { function () tracker.new{ store = {} } end,
              "bad argument #1 to 'new' ('store' has no method 'get')" },
            { function () tracker.new{ builtin = "no" } end,
              "bad argument #1 to 'new' ('builtin' must be a boolean)" },
            { function () t:advice({ provider = 1 }, nil, 1) end,
              "bad argument #1 to 'advice' (field 'provider' must be a string)" },
            { function () t:advice({ providers = "yahoo" }, nil, 1) end,
              "bad argument #1 to 'advice' (unknown field 'providers')" },
            { function () t:counting(replies.full, 5) end,
              "bad argument #2 to 'counting' (string expected, got number)" },
            { function () tracker.memory(5) end,
              "bad argument #1 to 'memory' (table expected, got number)" },
            { function () tracker.memory{ addresses = 0 } end,
              "bad argument #1 to 'memory' (field 'addresses' must be a positive whole number)" },
            { function () tracker.memory{ adresses = 10 } end,
              "bad argument #1 to 'memory' (unknown option 'adresses')" },
            { function () tracker.file("no-such-dir/state.json", { targets = 0 }) end,
              "bad argument #2 to 'file' (field 'targets' must be a positive whole number)" },
            { function () tracker.file("no-such-dir/state.json", { max_bytes = -1 }) end,
              "bad argument #2 to 'file' (field 'max_bytes' must be a positive whole number)" },
            { function () tracker.file("no-such-dir/state.json", { max_byte = 1 }) end,
              "bad argument #2 to 'file' (unknown option 'max_byte')" },
            { function () tracker.file("") end,
              "bad argument #1 to 'file' (a path expected, got an empty string)" },
        }
        for i, case in ipairs(cases) do
            it("raises " .. case[2], function ()
                local ok, err = pcall(case[1])
                assert.is_false(ok, "case " .. i)
                -- the caller's line: this spec file, the case's line
                assert.equal("spec/tracker_spec.lua:" .. debug.getinfo(case[1], "S").linedefined
                             .. ":", err:match("^[^:]*:%d+:"), err)
                assert.equal(case[2], (err:gsub("^[^:]*:%d+: ", "")))
            end)
        end

        it("names the caller's line for rules given as a table that are none", function ()
            for _, f in ipairs{
                function () tracker.new{ rules = 1 } end,
                function () tracker.new{ rules = { 5 } } end,
                function () tracker.new{ disable = { "nosuch" } } end,
                function () tracker.new{ rules = { id = "ops.x", on = "recipient" } } end,
            } do
                local ok, err = pcall(f)
                assert.is_false(ok)
                assert.equal("spec/tracker_spec.lua:" .. debug.getinfo(f, "S").linedefined .. ":",
                             err:match("^[^:]*:%d+:"), err)
            end
        end)

        it("refuses one rule given where the list of them goes", function ()
            local ok, err = pcall(tracker.new, { rules = { id = "ops.x", on = "recipient" } })
            assert.is_false(ok)
            assert.truthy(err:find("field 'rules' must be a list, not a table with field '", 1, true), err)
        end)

        it("refuses limits that are not positive whole numbers", function ()
            assert.has_error(function () tracker.new{ limits = { addresses = 0 } } end,
                             "bad argument #1 to 'new' (limit 'addresses' must be a positive whole number)")
        end)
    end)

    describe("limits", function ()
        it("keep at most the cap of addresses, dropping the least recently written first", function ()
            local t = tracker.new{ limits = { addresses = 100 } }
            for i = 1, 5000 do
                t:observe(replies.full, { recipient = "u" .. i .. "@example.org", time = T0 + i })
            end
            local s = t:stats()
            assert.is_true(s.addresses <= 100, s.addresses)
            assert.is_true(s.addresses >= 50, s.addresses)
            assert.equal(5000 - s.addresses, s.evicted)
            -- the newest are kept
            replay(t, replies.full, { 5001, 5002 }, { recipient = "u5000@example.org" })
            assert.equal("u5000@example.org", t:suppressed(T0 + 5003)[1].address)
        end)

        it("keep at most the cap of providers, domains and IPs", function ()
            local t = tracker.new{ limits = { targets = 10 } }
            for i = 1, 1000 do
                t:observe(replies.tss04, { ip = "198.51.100." .. i, time = T0 + i })
            end
            -- (and some kept: a tracker that kept none passed "at most")
            local s = t:stats()
            assert.is_true(s.targets <= 10, s.targets)
            assert.is_true(s.targets >= 5, s.targets)
            assert.is_true(s.evicted >= 990, s.evicted)
        end)

        it("ignore addresses longer than key_bytes", function ()
            local t = tracker.new{ limits = { key_bytes = 20 } }
            local long = string.rep("x", 30) .. "@example.org"
            assert.equal("retry", replay(t, replies.full, { 0, 1, 2 }, { recipient = long }).action)
            assert.equal(0, t:stats().addresses)
        end)

        it("stay flat over many distinct addresses", function ()
            local t = tracker.new{ limits = { addresses = 1000 } }
            local function run (from, to)
                for i = from, to do
                    t:observe(i % 3 == 0 and replies.ok or replies.full,
                              { recipient = "m" .. i .. "@example.org", time = T0 + i })
                end
                collectgarbage(); collectgarbage()
                return collectgarbage("count")
            end
            local k1 = run(1, 20000)
            local k2 = run(20001, 100000)
            assert.is_true(k2 < k1 * 1.5 + 200, ("%.0f KB then %.0f KB"):format(k1, k2))
        end)
    end)

    describe("stores", function ()
        -- a scenario, then what it leaves: the suppress list and the advice
        local function scenario (t)
            replay(t, replies.full, { 0, HOUR, 2 * HOUR }, { recipient = "anna@example.com" })
            replay(t, replies.nouser, { 3 * HOUR }, { recipient = "bert@example.com" })
            replay(t, replies.tss04, { 0, MINUTE, 2 * MINUTE }, { ip = "192.0.2.1" })
        end
        local function state (t, now)
            return { t:suppressed(now), t:advice("yahoo", "192.0.2.1", now) }
        end

        it("store.replace: the whole new text or, on failure, the old file and no .tmp", function ()
            local dir = tmpdir()
            local path = dir .. "/state"
            assert.is_true(store.replace(path, "one\n"))
            assert.is_true(store.replace(path, "two\n"))
            local f = assert(io.open(path, "rb"))
            assert.equal("two\n", f:read("*a"))
            f:close()
            assert.is_nil(io.open(path .. ".tmp"))
            -- a directory where the file should be: the rename fails
            assert(os.execute("mkdir '" .. dir .. "/sub'"))
            local ok, err = store.replace(dir .. "/sub", "three\n")
            assert.is_nil(ok)
            assert.is_string(err)
            assert.is_nil(io.open(dir .. "/sub.tmp"))
            -- no directory to write into: the open fails
            ok, err = store.replace(dir .. "/none/state", "four\n")
            assert.is_nil(ok)
            assert.matches("none", err)
        end)

        it("file: saves and reads back the same state", function ()
            local dir = tmpdir()
            local path = dir .. "/state"
            local t = tracker.new{ store = tracker.file(path) }
            scenario(t)
            assert.is_true(t:save())
            local t2 = tracker.new{ store = tracker.file(path) }
            for _, now in ipairs{ T0 + 3 * HOUR, T0 + 3 * HOUR + 2 * DAY } do
                assert.same(state(t, now), state(t2, now))
            end
            -- and goes on from there
            local d = replay(t2, replies.full, { 4 * HOUR }, { recipient = "anna@example.com" })
            assert.equal("history", d.basis)
            assert.equal(replies.ok, replay(t2, replies.ok, { 5 * HOUR }, { recipient = "anna@example.com" }))
            assert.equal(1, #t2:suppressed(T0 + 5 * HOUR))
            os.execute("rm -rf " .. helper.shell_quote(dir))
        end)

        it("file: refuses a file of another format, reads at most max_bytes", function ()
            local dir = tmpdir()
            local path = dir .. "/state"
            local f = assert(io.open(path, "w"))
            f:write("return os.exit(3)\n")
            f:close()
            assert.has_error(function () tracker.file(path) end,
                             path .. ": not a tracker state file of format 'smtpbounce-tracker 1'")
            local t = tracker.new{ store = tracker.file(path .. "2") }
            for i = 1, 50 do
                t:observe(replies.nouser, { recipient = "n" .. i .. "@example.org", time = T0 })
            end
            assert.is_true(t:save())
            local s = tracker.file(path .. "2", { max_bytes = 2000 })
            assert.is_true(s.truncated)
            local n = s:count("r")
            assert.is_true(n > 0 and n < 50, n)
            assert.equal(50, tracker.file(path .. "2"):count("r"))
            os.execute("rm -rf " .. helper.shell_quote(dir))
        end)

        it("file: keeps what was saved when the writer is killed with kill -9", function ()
            local dir = tmpdir()
            local path, progress = dir .. "/state", dir .. "/progress"
            -- the writer: rounds of 50 new suppressions, each saved, then
            -- its number written to 'progress'; it goes on from the file
            local code = ([[
                local tracker = require "smtpbounce.tracker"
                local t = tracker.new{ store = tracker.file(%q), builtin = false,
                    rules = { { id = "k", on = "recipient", count = 1, window = 60 } } }
                local r = { outcome = "deferred", reason = "mailboxfull", action = "retry",
                            scope = "recipient", rule = "x" }
                local f = io.open(%q)
                local i = f and tonumber(f:read("*l")) or 0
                if f then f:close() end
                while true do
                    i = i + 1
                    for j = 1, 50 do
                        t:observe(r, { recipient = "u" .. i .. "-" .. j .. "@example.org", time = 1e9 })
                    end
                    assert(t:save())
                    f = io.open(%q .. ".tmp", "w"); f:write(i, "\n"); f:close()
                    os.rename(%q .. ".tmp", %q)
                end
            ]]):format(path, progress, progress, progress, progress)
            local env = "LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='" .. helper.build .. "/?.so;;' "
            local function rounds_done ()
                local f = io.open(progress)
                local n = f and tonumber(f:read("*l")) or 0
                if f then f:close() end
                return n
            end
            -- kill it while it writes (once its temporary file is there),
            -- until two kills landed inside a save (a kill may come just
            -- after the rename: it is checked the same way)
            local inside, kills = 0, 0
            while inside < 2 and kills < 8 do
                kills = kills + 1
                local before = rounds_done()
                os.remove(path .. ".tmp")
                assert(os.execute(env .. helper.lua .. " -e " .. helper.shell_quote(code)
                                  .. " >/dev/null 2>" .. dir .. "/err & echo $! > " .. dir .. "/pid"))
                local pid = helper.read_file(dir .. "/pid"):match("%d+")
                for _ = 1, 400 do  -- (up to 20 s)
                    if rounds_done() >= before + 2 + kills then break end
                    os.execute("sleep 0.05")
                end
                local tmp = helper.shell_quote(path .. ".tmp")
                os.execute("i=0; until [ -e " .. tmp .. " ] || [ $i -gt 1000000 ]; do i=$((i+1)); done; "
                           .. "kill -9 " .. pid .. "; while kill -0 " .. pid .. " 2>/dev/null; do sleep 0.01; done")
                local done = rounds_done()
                assert.is_true(done >= before + 2, "the writer did not run: " .. helper.read_file(dir .. "/err"))
                local cut = io.open(path .. ".tmp")  -- the save it was in was cut short
                if cut then cut:close(); inside = inside + 1 end
                -- everything saved before the kill reads back
                local s = tracker.file(path)
                assert.equal(0, s.skipped)
                assert.is_true(s:count("r") >= 50 * done, s:count("r") .. " < " .. 50 * done)
                for i = 1, done do
                    assert.truthy(s:get("r", "u" .. i .. "-50@example.org"), i)
                end
            end
            assert.is_true(inside >= 1, "no kill landed inside a save in " .. kills)
            os.execute("rm -rf " .. helper.shell_quote(dir))
        end)

        local fake_dict = helper.fake_dict

        it("shared dict: the same decisions as in memory", function ()
            local dict = fake_dict(1000)
            local t = tracker.new{ store = tracker.shared_dict(dict) }
            local m = tracker.new()
            scenario(t)
            scenario(m)
            for _, now in ipairs{ T0 + 3 * HOUR, T0 + 3 * HOUR + 2 * DAY } do
                assert.same(state(m, now), state(t, now))
            end
            -- records are JSON strings with a time to live
            assert.equal("string", type(dict.data["r:anna@example.com"]))
            for _, s in ipairs(dict.sets) do assert.is_true(s[2] >= 1, s[1]) end
            assert.equal(replies.ok, replay(t, replies.ok, { 4 * HOUR }, { recipient = "anna@example.com" }))
            assert.equal(1, #t:suppressed(T0 + 4 * HOUR))
        end)

        it("shared dict: the dict's own eviction is counted", function ()
            local dict = fake_dict(5)
            local t = tracker.new{ store = tracker.shared_dict(dict) }
            for i = 1, 20 do
                t:observe(replies.nouser, { recipient = "e" .. i .. "@example.org", time = T0 })
            end
            -- 5 kept (the counter itself is one more key)
            assert.equal(15, t:stats().evicted)
        end)

        it("shared dict: refuses what is no dict", function ()
            assert.has_error(function () store.shared_dict({ get = print }) end,
                             "bad argument #1 to 'shared_dict' (no method 'set')")
        end)
    end)
end)
