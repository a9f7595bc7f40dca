-- smtpbounce.scan.attempts: lines to attempts (counts, reports, --since,
-- queue ids followed for expiry lines, further recipients).

require "spec.helper"
local attempts = require "smtpbounce.scan.attempts"
local log = require "smtpbounce.log"
local common = require "smtpbounce.log.common"

local LIMITS = { PENDING = 100, REPORTED = 2, MAX_LINE = 50 }

local helper = require "spec.helper"
local sink = helper.sink

-- a run's attempts: what emit got (copies), the counters, standard error
local function setup (since)
    local got, err = {}, sink()
    local counts = { attempts = 0, before = 0, skipped = 0, unreadable = 0, too_long = 0 }
    local a = attempts.new{ counts = counts, err = err, since = since, limits = LIMITS,
                            emit = function (rec)
                                counts.attempts = counts.attempts + 1
                                local c = {}
                                for k, v in pairs(rec) do c[k] = v end
                                got[#got + 1] = c
                            end }
    return a, got, counts, err
end

-- a grammar: "ok RCPT" a record, "bad" unreadable, anything else none
local TOY = { name = "toy", prefilter = nil, parse = function (s)
    local rcpt = s:match("^ok (%S+)$")
    if rcpt then return { recipient = rcpt, time = "2026-01-02T03:04:05", reply = "" } end
    if s == "bad" then return false end
    return nil
end }

describe("smtpbounce.scan.attempts", function ()

    describe("input()", function ()
        it("counts and reports each kind of line, by number", function ()
            local a, got, counts, err = setup()
            local feed, done = a.input(TOY, "in.log")
            feed("ok a@x", 1)
            feed("other", 2)
            feed("bad", 3)
            feed(99, 4)
            feed("ok b@y\r", 5)
            done()
            assert.are.same({ "a@x", "b@y" }, { got[1].recipient, got[2].recipient })
            assert.are.equal("toy", got[1].format)
            assert.are.same({ attempts = 2, before = 0, skipped = 1, unreadable = 1, too_long = 1 },
                            counts)
            assert.are.equal("smtpbounce: in.log:3: unreadable toy delivery line, skipped\n"
                             .. "smtpbounce: in.log:4: line too long (99 bytes, limit 50), skipped\n",
                             err.text())
        end)

        it("reports REPORTED lines, then how many more", function ()
            local a, _, _, err = setup()
            local feed, done = a.input(TOY, "in.log")
            for i = 1, 5 do feed("bad", i) end
            done()
            assert.are.equal("smtpbounce: in.log:1: unreadable toy delivery line, skipped\n"
                             .. "smtpbounce: in.log:2: unreadable toy delivery line, skipped\n"
                             .. "smtpbounce: in.log: 3 more lines not shown\n", err.text())
        end)

        it("skips a line without the prefilter unless the caller saw it", function ()
            local a, got, counts = setup()
            local g = { name = "toy", prefilter = "ok", parse = TOY.parse }
            local feed = a.input(g, "in.log")
            feed("ok a@x", 1)
            feed("nothing", 2)
            feed("nothing", 3, true)
            assert.are.equal(1, #got)
            assert.are.equal(2, counts.skipped)
        end)

        it("emits each further recipient of a line", function ()
            local a, got = setup()
            local g = { name = "toy", parse = function ()
                return { recipient = "a@x", domain = "x", more = { "b@Y.example" }, reply = "250 ok",
                         mta_status = "sent" }
            end }
            a.input(g, "in.log")("line", 1)
            assert.are.same({ "a@x", "b@Y.example" }, { got[1].recipient, got[2].recipient })
            assert.are.same({ "y.example", "250 ok", "sent", "toy" },
                            { got[2].domain, got[2].reply, got[2].mta_status, got[2].format })
        end)
    end)

    describe("--since", function ()
        it("counts the attempts before it, and emits the others", function ()
            local a, got, counts = setup(common.epoch("2026-01-02T03:04:05Z"))
            local g = { name = "toy", parse = function (s)
                return { recipient = s, time = s == "early" and "2026-01-02T03:04:04.9Z"
                                               or "2026-01-02T03:04:05Z", reply = "" }
            end }
            local feed = a.input(g, "in.log")
            feed("early", 1); feed("late", 2); feed("early", 3)
            assert.are.equal(2, counts.before)
            assert.are.same({ "late" }, { got[1].recipient, got[2] })
        end)
    end)

    describe("queue ids followed", function ()
        local postfix = log.grammar("postfix")
        local DEFER = "Dec 27 03:49:24 mx postfix/smtp[1]: QID1: to=<%s>, relay=none, delay=1, delays=1/0/0/0, dsn=4.4.1, status=deferred (connect to x.example[192.0.2.1]:25: Connection timed out)"
        local SENT = "Dec 27 03:49:25 mx postfix/smtp[1]: QID1: to=<%s>, relay=x.example[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 ok)"
        local EXPIRED = "Dec 28 13:39:28 mx postfix/qmgr[2]: QID1: from=<s@example.org>, status=expired, returned to sender"

        it("names the deferred recipients an expiry line leaves behind, sorted", function ()
            local a, got = setup()
            local feed = a.input(postfix, "maillog")
            feed(DEFER:format("zed@x.example"), 1)
            feed(DEFER:format("amy@x.example"), 2)
            feed(DEFER:format("bob@x.example"), 3)
            feed(SENT:format("bob@x.example"), 4)
            feed(EXPIRED, 5)
            assert.are.equal(6, #got)
            assert.are.same({ "amy@x.example", "zed@x.example" }, { got[5].recipient, got[6].recipient })
            assert.are.same({ "expired", "x.example", "" }, { got[5].mta_status, got[5].relay, got[5].reply })
            assert.are.equal(0, a.pending:count())
        end)

        it("forgets a queue id the log says left the queue", function ()
            local a, got = setup()
            local feed = a.input(postfix, "maillog")
            feed(DEFER:format("amy@x.example"), 1)
            assert.are.equal(1, a.pending:count())
            a.dequeued("Dec 28 09:00:00 mx postfix/postsuper[4]: QID1: removed")
            assert.are.equal(0, a.pending:count())
            feed(EXPIRED, 2)
            assert.are.equal(2, #got)
            assert.is_nil(got[2].recipient)
            -- a removed line fed whole (no prefilter seen by the caller)
            feed(DEFER:format("amy@x.example"), 3)
            feed("Dec 28 09:00:00 mx postfix/qmgr[2]: QID1: removed", 4)
            assert.are.equal(0, a.pending:count())
        end)
    end)
end)
