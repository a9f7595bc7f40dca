-- smtpbounce.scan.output: each attempt's classification (cached) and its
-- JSON or text line.

require "spec.helper"
local smtpbounce = require "smtpbounce"
local output = require "smtpbounce.scan.output"
local result = require "smtpbounce.result"

local helper = require "spec.helper"
local sink = helper.sink

-- a classifier that counts its classify_values calls
local function counting ()
    local c = smtpbounce.new()
    local calls = 0
    local cv = c.classify_values
    local wrapped = setmetatable({ classify_values = function (_, ...)
        calls = calls + 1
        return cv(c, ...)
    end }, { __index = c })
    return wrapped, function () return calls end
end

local function record (over)
    local rec = { time = "2026-11-28T01:02:03", queue_id = "ABC", recipient = "bob@example.com",
                  domain = "example.com", relay = "mx.example.com", phase = "rcpt",
                  mta_status = "bounced", dsn = "5.1.1", reply = "550 5.1.1 no such user",
                  format = "postfix", plain = true }
    for k, v in pairs(over or {}) do rec[k] = v end
    return rec
end

local function writer (mode, opts)
    local out = sink()
    local counts = { attempts = 0 }
    local o = output.new{ classifier = opts and opts.classifier or smtpbounce.new(), mode = mode,
                          out = out, keep = opts and opts.keep, summary = opts and opts.summary,
                          add = opts and opts.add, counts = counts, limit = 4 }
    o.input({ plain_ids = true })
    return o, out, counts
end

describe("smtpbounce.scan.output", function ()

    describe("emit() with --json", function ()
        it("writes the log fields, then the result's, one line an attempt", function ()
            local o, out, counts = writer("json")
            o.emit(record())
            local r = smtpbounce.classify("550 5.1.1 no such user",
                                          { mx = "mx.example.com", domain = "example.com", phase = "rcpt" })
            assert.are.equal('{"time":"2026-11-28T01:02:03","queue_id":"ABC","recipient":"bob@example.com",'
                             .. '"domain":"example.com","relay":"mx.example.com","phase":"rcpt",'
                             .. '"mta_status":"bounced","dsn":"5.1.1","reply":"550 5.1.1 no such user",'
                             .. '"format":"postfix",' .. result.json(r):sub(2) .. "\n", out.text())
            assert.are.equal(1, counts.attempts)
        end)

        it("escapes what needs it, and writes absent fields as null", function ()
            local o, out = writer("json")
            o.input({ plain_ids = false })
            o.emit{ queue_id = 'Q"1', recipient = "b\255b@example.com", domain = "example.com",
                    mta_status = "bounced", reply = 'a "quoted" reply', format = "postfix" }
            local line = out.text()
            assert.is_truthy(line:find('{"time":null,"queue_id":"Q\\"1","recipient":"b\239\191\189b@example.com",'
                                       .. '"domain":"example.com","relay":null,"phase":null,'
                                       .. '"mta_status":"bounced","dsn":null,"reply":"a \\"quoted\\" reply",',
                                       1, true), line)
        end)
    end)

    describe("emit() without --json", function ()
        it("writes one text line an attempt", function ()
            local o, out = writer("lines")
            o.emit(record())
            assert.are.equal("2026-11-28T01:02:03 bounced bounced userunknown suppress bob@example.com "
                             .. "- " .. smtpbounce.classify("550 5.1.1 no such user").rule
                             .. " text no such user\n", out.text())
        end)

        it("gives each attempt and its result to the summary", function ()
            local seen = {}
            local sm = {}
            local o, out = writer(nil, { keep = true, summary = sm, add = function (s, rec, r)
                seen[#seen + 1] = { s, rec.recipient, r.reason, r.template }
            end })
            o.emit(record())
            assert.are.equal("", out.text())
            assert.are.same({ { sm, "bob@example.com", "userunknown", "550 5.1.1 no such user" } }, seen)
        end)
    end)

    describe("the classification cache", function ()
        it("classifies a text once per context", function ()
            local c, calls = counting()
            local o = writer("json", { classifier = c })
            o.emit(record()); o.emit(record{ recipient = "amy@example.com" })
            assert.are.equal(1, calls())
            o.emit(record{ phase = "data" })
            o.emit(record{ relay = "other.example.com" })
            assert.are.equal(3, calls())
        end)

        it("keeps a reply apart by the MTA's dsn: its class when the reply has none", function ()
            local c, calls = counting()
            local o, out = writer("json", { classifier = c })
            local HNF = "Host or domain name not found. Name service error for name=x.example "
                        .. "type=MX: Host not found"
            o.emit(record{ reply = HNF, dsn = "4.4.3", mta_status = "deferred" })
            o.emit(record{ reply = HNF, dsn = "5.4.4" })
            o.emit(record{ reply = HNF, dsn = "5.4.4", recipient = "amy@example.com" })
            local none = record{ reply = HNF }
            none.dsn = nil
            o.emit(none)
            assert.are.equal(3, calls())
            local want = { { "deferred", "retry", 600 }, { "bounced", "suppress" },
                           { "bounced", "suppress" }, { "bounced", "suppress" } }
            local lines = helper.lines(out.text())
            assert.are.equal(4, #lines)
            for i, line in ipairs(lines) do
                local j = require("smtpbounce.json").decode(line)
                assert.same(want[i], { j.outcome, j.action, j.retry_after }, line)
                assert.are.equal("hostunknown", j.reason)
            end
        end)

        it("keeps no reply that names its message or recipient", function ()
            local c, calls = counting()
            local o = writer("json", { classifier = c })
            local rec = record{ reply = "550 5.1.1 <bob@example.com>: no such user" }
            o.emit(rec); o.emit(rec)
            assert.are.equal(2, calls())
        end)

        it("stays bounded, and keeps what is used again", function ()
            local c, calls = counting()
            local o = writer("json", { classifier = c })
            for i = 1, 20 do o.emit(record{ reply = "550 5.1.1 no such user " .. i }) end
            assert.are.equal(20, calls())
            o.emit(record{ reply = "550 5.1.1 no such user 20" })   -- in the old generation
            assert.are.equal(20, calls())
            o.emit(record{ reply = "550 5.1.1 no such user 1" })    -- dropped long ago
            assert.are.equal(21, calls())
        end)
    end)
end)
