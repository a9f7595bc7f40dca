-- smtpbounce.scan.summary: counting attempts into bounded tables, and the
-- summary as text, as JSON and as the --suppress-out list.

require "spec.helper"
local summary = require "smtpbounce.scan.summary"
local cjson = require "cjson"

local helper = require "spec.helper"
local sink = helper.sink

local LIMITS = { GROUPS = 10, ADDRESSES = 10, TEMPLATES = 10 }

local function run_state (counts)
    local c = { inputs = 1, lines = 0, attempts = 0, skipped = 0, unreadable = 0,
                too_long = 0, before = 0 }
    for k, v in pairs(counts or {}) do c[k] = v end
    return { counts = c, formats_seen = { postfix = true } }
end

local BOUNCE = { outcome = "bounced", reason = "userunknown", action = "suppress",
                 provider = "gmail", rule = "gmail.nosuchuser", basis = "text", text = "no such user" }
local THROTTLE = { outcome = "deferred", reason = "ratelimited", action = "throttle",
                   provider = "yahoo", rule = "yahoo.gl01", basis = "text", text = "try later" }
local UNEXPLAINED = { outcome = "bounced", reason = "undefined", action = "suppress",
                      rule = "smtp.550", basis = "code", text = "xyzzy 42", template = "550 xyzzy {n}" }
-- suppressed on the status alone, and on nothing recognisable (an
-- operator's policy)
local BY_STATUS = { outcome = "bounced", reason = "userunknown", action = "suppress",
                    rule = "status.x.1.1", basis = "status", text = "x" }
local BY_NONE = { outcome = "unknown", reason = "undefined", action = "suppress",
                  rule = "smtp.none", basis = "none", text = "" }

describe("smtpbounce.scan.summary", function ()

    describe("text()", function ()
        it("says there were no attempts without a table header", function ()
            local out = sink()
            summary.text(summary.new(LIMITS), run_state(), out)
            assert.are.equal("Scanned 1 input (postfix): 0 lines, 0 delivery attempts, "
                             .. "0 other lines skipped, 0 unreadable, 0 too long\n"
                             .. "\nBy provider and recipient domain:\n  (no delivery attempts)\n"
                             .. "\nProviders throttling or blocking:\n  (none)\n"
                             .. "\nAddresses to suppress: 0\n"
                             .. "\nReplies no rule explained (defaults layer only), biggest groups "
                             .. "by template:\n  (none)\n", out.text())
        end)

        it("groups by provider and domain, names who throttles, lists addresses and templates", function ()
            local sm = summary.new(LIMITS)
            summary.add(sm, { domain = "gmail.com", recipient = "Bob@gmail.com", reply = "550 x" }, BOUNCE)
            summary.add(sm, { domain = "yahoo.com", time = "T1" }, THROTTLE)
            summary.add(sm, { domain = "yahoo.com", time = "T2" }, THROTTLE)
            summary.add(sm, { domain = "example.org", reply = "550 xyzzy 42" }, UNEXPLAINED)
            local out = sink()
            summary.text(sm, run_state{ lines = 9, attempts = 4 }, out)
            local s = out.text()
            assert.is_truthy(s:find("  provider     domain                       attempts delivered "
                                    .. "deferred bounced unknown\n  yahoo        yahoo.com          "
                                    .. "                 2         0        2       0       0\n", 1, true), s)
            assert.is_truthy(s:find("  yahoo                             2 times (ratelimited 2), "
                                    .. "first T1, last T2\n", 1, true), s)
            assert.is_truthy(s:find("Addresses to suppress: 1\n  Bob@gmail.com", 1, true), s)
            assert.is_truthy(s:find("       1  550 xyzzy {n}\n          rule smtp.550; e.g. 550 xyzzy 42\n",
                                    1, true), s)
        end)

        it("says what did not fit", function ()
            local sm = summary.new{ GROUPS = 1, ADDRESSES = 1, TEMPLATES = 1 }
            summary.add(sm, { domain = "a.example", recipient = "a@a.example" }, BOUNCE)
            summary.add(sm, { domain = "b.example", recipient = "b@b.example" }, BOUNCE)
            local out = sink()
            summary.text(sm, run_state(), out)
            assert.is_truthy(out.text():find("\nTables full (memory stays bounded): 1 attempts past "
                                             .. "the 1 provider/domain groups counted as (others); "
                                             .. "1 addresses to suppress past 1 not kept\n", 1, true),
                             out.text())
        end)
    end)

    describe("add()", function ()
        it("drops an address from the list once mail to it is delivered", function ()
            local sm = summary.new(LIMITS)
            summary.add(sm, { recipient = "bob@example.com" }, BOUNCE)
            summary.add(sm, { recipient = "BOB@example.com", mta_status = "sent" },
                        { outcome = "delivered", reason = "delivered", action = "none", rule = "x" })
            assert.are.equal(0, sm.nsuppress)
        end)
    end)

    describe("json()", function ()
        it("writes one object", function ()
            local sm = summary.new(LIMITS)
            summary.add(sm, { domain = "gmail.com", recipient = "bob@gmail.com" }, BOUNCE)
            local out = sink()
            summary.json(sm, run_state{ attempts = 1 }, out)
            local s = cjson.decode(out.text()).summary
            assert.are.equal(1, s.attempts)
            assert.are.same({ { address = "bob@gmail.com", reason = "userunknown", basis = "text" } },
                            s.suppress)
            assert.are.same({ provider = "gmail", domain = "gmail.com", attempts = 1,
                              outcome = { bounced = 1 }, reason = { userunknown = 1 },
                              action = { suppress = 1 } }, s.groups[1])
        end)
    end)

    describe("write_suppress()", function ()
        it("writes each address, TAB, the reason, sorted", function ()
            local sm = summary.new(LIMITS)
            summary.add(sm, { recipient = "zed@example.com" }, BOUNCE)
            summary.add(sm, { recipient = "Amy@example.com" }, BOUNCE)
            local f = sink()
            summary.write_suppress(sm, f)
            assert.are.equal("Amy@example.com\tuserunknown\ttext\nzed@example.com\tuserunknown\ttext\n",
                             f.text())
        end)

        it("gives each address the basis of its last suppress decision", function ()
            local sm = summary.new(LIMITS)
            summary.add(sm, { recipient = "a@example.com" }, UNEXPLAINED)
            summary.add(sm, { recipient = "b@example.com" }, BY_STATUS)
            summary.add(sm, { recipient = "c@example.com" }, BY_NONE)
            summary.add(sm, { recipient = "d@example.com" }, BOUNCE)
            summary.add(sm, { recipient = "D@example.com" }, UNEXPLAINED)
            local f = sink()
            summary.write_suppress(sm, f)
            assert.are.equal("a@example.com\tundefined\tcode\nb@example.com\tuserunknown\tstatus\n"
                             .. "c@example.com\tundefined\tnone\nd@example.com\tundefined\tcode\n",
                             f.text())
        end)
    end)

    describe("the addresses suppressed on the code alone", function ()
        local function three ()
            local sm = summary.new(LIMITS)
            summary.add(sm, { recipient = "a@example.com" }, UNEXPLAINED)
            summary.add(sm, { recipient = "b@example.com" }, BY_STATUS)
            summary.add(sm, { recipient = "c@example.com" }, BY_NONE)
            summary.add(sm, { recipient = "d@example.com" }, BOUNCE)
            return sm
        end

        it("are marked in the text summary", function ()
            local out = sink()
            summary.text(three(), run_state{ attempts = 4 }, out)
            assert.is_truthy(out.text():find("\nAddresses to suppress: 4\n"
                .. "  a@example.com                            undefined (code only)\n"
                .. "  b@example.com                            userunknown\n"
                .. "  c@example.com                            undefined (nothing recognised)\n"
                .. "  d@example.com                            userunknown\n", 1, true), out.text())
        end)

        it("carry their basis in the JSON summary", function ()
            local out = sink()
            summary.json(three(), run_state{ attempts = 4 }, out)
            assert.are.same({ { address = "a@example.com", reason = "undefined", basis = "code" },
                              { address = "b@example.com", reason = "userunknown", basis = "status" },
                              { address = "c@example.com", reason = "undefined", basis = "none" },
                              { address = "d@example.com", reason = "userunknown", basis = "text" } },
                            cjson.decode(out.text()).summary.suppress)
        end)
    end)
end)
