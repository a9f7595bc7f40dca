-- smtpbounce.report: the HTML report's tables (scan.summary with
-- { report = true }: the timeline, the last replies by template), the
-- page, the rule stubs, and the commands (scan --report, report).
-- make test-report opens the page in a browser; this checks its text.

local helper = require "spec.helper"
local summary = require "smtpbounce.scan.summary"
local timeline = require "smtpbounce.report.timeline"
local stub = require "smtpbounce.report.stub"
local svg = require "smtpbounce.report.svg"
local report = require "smtpbounce.report"
local sections = require "smtpbounce.report.sections"
local smtpbounce = require "smtpbounce"

local sink, cli = helper.sink, helper.cli
-- (Lua 5.1's load takes a function only)
local load = rawget(_G, "loadstring") or load

local LIMITS = { GROUPS = 10, ADDRESSES = 10, TEMPLATES = 10 }

local function run_state ()
    return { counts = { inputs = 1, lines = 9, attempts = 4, skipped = 0, unreadable = 0,
                        too_long = 0, before = 0 },
             formats_seen = { postfix = true }, files = { "maillog" } }
end

local function page_of (sm, opts)
    local out = sink()
    report.write(sm, run_state(), out, opts)
    return out.text()
end

-- results as summary.add takes them
local UNKNOWN_USER = { outcome = "bounced", reason = "userunknown", action = "suppress",
                       provider = "gmail", rule = "gmail.nosuchuser", basis = "text",
                       text = "no such user", template = "550 5.1.1 <{email}>: no such user" }
local RATE = { outcome = "deferred", reason = "ratelimited", action = "throttle",
               provider = "yahoo", rule = "yahoo.gl01", basis = "text", text = "slow down" }
local BLOCK = { outcome = "bounced", reason = "blocked", action = "contact",
                provider = "microsoft", rule = "microsoft.blocklist", basis = "text", text = "banned" }
local SENT = { outcome = "delivered", reason = "delivered", action = "none", provider = "gmail",
               rule = "smtp.2xx", basis = "code", text = "ok" }
-- Postfix's reply when the queue file cannot be written, decided by the
-- status table (accuracy/corpus/mta_defaults.lua: postfix/src/smtpd/smtpd.c
-- data_cmd(), src/global/cleanup_strerror.c)
local BY_STATUS = { outcome = "deferred", reason = "systemerror", action = "retry",
                    rule = "status.x.3.0", basis = "status",
                    text = "Error: queue file write error",
                    template = "451 4.3.0 Error: queue file write error" }
-- a Sendmail session reply decided by its code alone
-- (accuracy/corpus/mta_more.lua: an ISP help desk's table of Sendmail replies)
local UNEXPLAINED = { outcome = "deferred", reason = "systemerror", action = "retry",
                      rule = "smtp.451", basis = "code", text = "From:domain must resolve",
                      template = "451 From:domain must resolve" }

describe("smtpbounce.report", function ()

    describe("timeline", function ()
        it("counts outcomes and events per provider and bucket", function ()
            local tl = timeline.new()
            timeline.add(tl, "2026-11-28T01:00:00", "gmail", "delivered")
            timeline.add(tl, "2026-11-28T01:00:00", "gmail", "deferred", timeline.THROTTLE)
            timeline.add(tl, "2026-11-28T01:00:00", "yahoo", "bounced", timeline.BLOCK)
            timeline.add(tl, nil, "yahoo", "bounced")
            assert.are.equal(1, tl.width)
            assert.are.equal(1, tl.untimed)
            local s = timeline.series(tl, 10)
            assert.are.equal("gmail", s[1].name)
            assert.are.same({ 1, 1, 0, 0, 1, 0 }, s[1].buckets[tl.lo])
            assert.are.same({ 0, 0, 1, 0, 0, 1 }, s[2].buckets[tl.lo])
        end)

        it("widens its buckets as the span grows, keeping every count", function ()
            local tl = timeline.new()
            local n = 0
            for h = 0, 23 do
                for m = 0, 59, 7 do
                    timeline.add(tl, string.format("2026-11-28T%02d:%02d:30", h, m), "gmail",
                                 "delivered")
                    n = n + 1
                end
            end
            -- a day in at most BUCKETS buckets: the narrowest width of the ladder
            assert.are.equal(900, tl.width)
            assert.is_true(tl.hi - tl.lo + 1 <= timeline.BUCKETS)
            local total = 0
            for _, b in pairs(timeline.series(tl, 1)[1].buckets) do total = total + b[1] end
            assert.are.equal(n, total)
        end)

        it("draws the busiest providers apart and the others as one", function ()
            local tl = timeline.new()
            for i, p in ipairs{ "a", "b", "c", "d" } do
                for _ = 1, 5 - i do timeline.add(tl, "2026-11-28T01:00:00", p, "delivered") end
            end
            local s = timeline.series(tl, 3)
            assert.are.same({ "a", "b", "(others)" }, { s[1].name, s[2].name, s[3].name })
            assert.are.equal(3, s[3].n)
        end)
    end)

    describe("summary's report tables", function ()
        it("keeps each suppressed address's last reply, each template once", function ()
            local sm = summary.new(LIMITS, { report = true })
            summary.add(sm, { domain = "gmail.com", recipient = "a@gmail.com",
                              reply = "550 5.1.1 <a@gmail.com>: no such user" }, UNKNOWN_USER)
            summary.add(sm, { domain = "gmail.com", recipient = "b@gmail.com",
                              reply = "550 5.1.1 <b@gmail.com>: no such user" }, UNKNOWN_USER)
            assert.are.equal(1, sm.nreplies)
            assert.are.equal(1, sm.suppress["a@gmail.com"].reply)
            assert.are.equal(1, sm.suppress["b@gmail.com"].reply)
            assert.are.equal("550 5.1.1 <a@gmail.com>: no such user",
                             sm.replies[UNKNOWN_USER.template].example)
        end)

        it("says what its full tables could not keep, in the text summary and on the page", function ()
            local sm = summary.new({ GROUPS = 1, ADDRESSES = 2, TEMPLATES = 1 }, { report = true })
            local OTHER_USER = { outcome = "bounced", reason = "userunknown", action = "suppress",
                                 provider = "yahoo", rule = "phrase.no-user", basis = "text",
                                 text = "unknown user", template = "550 unknown user" }
            local OTHER_UNEXPLAINED = { outcome = "deferred", reason = "systemerror",
                                        action = "retry", rule = "smtp.451", basis = "code",
                                        text = "try later", template = "451 try later" }
            summary.add(sm, { domain = "gmail.com", recipient = "a@gmail.com", reply = "550" },
                        UNKNOWN_USER)
            summary.add(sm, { domain = "yahoo.com", recipient = "b@yahoo.com", reply = "550" },
                        OTHER_USER)
            summary.add(sm, { domain = "gmail.com", recipient = "c@gmail.com", reply = "550" },
                        UNKNOWN_USER)
            summary.add(sm, { domain = "yahoo.com", recipient = "d@yahoo.com", reply = "421" }, RATE)
            summary.add(sm, { domain = "hotmail.com", recipient = "e@hotmail.com", reply = "550" },
                        BLOCK)
            summary.add(sm, { domain = "x.org", recipient = "f@x.org", reply = "451" }, UNEXPLAINED)
            summary.add(sm, { domain = "x.org", recipient = "g@x.org", reply = "451" },
                        OTHER_UNEXPLAINED)
            local groups = "5 attempts past the 1 provider/domain groups counted as (others)"
            local throttle = "1 throttling attempts past 1 providers not listed"
            local suppress = "1 addresses to suppress past 2 not kept"
            local templates = "1 unexplained replies past 1 templates not grouped"
            local replies = "1 last replies past 1 templates not kept"
            -- the text names the addresses here; the page beside its list,
            -- and only the page keeps last replies
            assert.same({ groups, throttle, suppress, templates }, summary.overflows(sm, true, false))
            assert.same({ groups, throttle, templates, replies }, summary.overflows(sm, false, true))
            local out = sink()
            summary.text(sm, run_state(), out)
            assert.is_truthy(out.text():find("\nTables full (memory stays bounded): " .. groups
                                             .. "; " .. throttle .. "; " .. suppress .. "; "
                                             .. templates .. "\n", 1, true))
            assert.is_truthy(page_of(sm):find('<p class="note">Tables full (memory stays bounded): '
                                              .. groups .. "; " .. throttle .. "; " .. templates
                                              .. "; " .. replies .. ".</p>", 1, true))
        end)

        it("keeps no timeline or replies without it", function ()
            local sm = summary.new(LIMITS)
            summary.add(sm, { domain = "gmail.com", recipient = "a@gmail.com", reply = "x",
                              time = "2026-11-28T01:00:00" }, UNKNOWN_USER)
            assert.is_nil(sm.timeline)
            assert.is_nil(sm.suppress["a@gmail.com"].reply)
        end)
    end)

    describe("write()", function ()
        local sm
        before_each(function ()
            sm = summary.new(LIMITS, { report = true })
            local t = "2026-11-28T01:00:0"
            summary.add(sm, { domain = "gmail.com", recipient = "bob.smith@gmail.com", time = t .. "1",
                              reply = "550 5.1.1 <bob.smith@gmail.com>: no such user" }, UNKNOWN_USER)
            summary.add(sm, { domain = "gmail.com", recipient = "ann@gmail.com", time = t .. "2",
                              reply = "250 ok", mta_status = "sent" }, SENT)
            summary.add(sm, { domain = "yahoo.com", recipient = "c@yahoo.com", time = t .. "3",
                              reply = "421 slow down" }, RATE)
            summary.add(sm, { domain = "outlook.com", recipient = "d@outlook.com", time = t .. "4",
                              reply = "550 banned <script>alert(1)</script>" }, BLOCK)
            summary.add(sm, { domain = "example.org", time = t .. "5",
                              reply = "451 4.3.0 Error: queue file write error" }, BY_STATUS)
            summary.add(sm, { domain = "example.org", time = t .. "6",
                              reply = "451 From:domain must resolve" }, UNEXPLAINED)
        end)

        it("writes one page that loads nothing", function ()
            local page = page_of(sm)
            assert.is_truthy(page:find("^<!DOCTYPE html>"))
            assert.is_truthy(page:find("</html>\n$"))
            assert.is_truthy(page:find("Content-Security-Policy\" content=\"default-src 'none';", 1, true))
            assert.is_nil(page:find("<link rel=\"stylesheet\"", 1, true))
            assert.is_nil(page:find(" src=", 1, true))
            assert.is_nil(page:find("url(", 1, true))
        end)

        it("has the charts, the tables, the suppress list and the stubs", function ()
            local page = page_of(sm)
            local _, charts = page:gsub('<svg class="chart"', "")
            assert.are.equal(4, charts)     -- gmail, yahoo, microsoft, no provider
            assert.is_truthy(page:find('class="m-throttle"', 1, true))
            assert.is_truthy(page:find('class="m-block"', 1, true))
            assert.is_truthy(page:find('<td>bob.smith@gmail.com</td><td>userunknown</td>', 1, true))
            assert.is_truthy(page:find('<a href="#r1" data-r="1">reply 1</a>', 1, true))
            assert.is_truthy(page:find('<li id="r1"><span class="tpl">550 5.1.1 &lt;{email}&gt;: no such user',
                                       1, true))
            -- the groups on the code alone (or undefined, or nothing), with stubs
            assert.is_truthy(page:find('any = { &quot;from:domain must resolve&quot; }', 1, true))
            assert.is_nil(page:find('queue file write error&quot;', 1, true))
            -- (a stub keeps its lines: its comments end where they should)
            assert.is_truthy(page:find('<pre><code>{ id = &quot;ops.any.from-domain-must-resolve&quot;,\n'
                                       .. '  code = 451,\n', 1, true))
            assert.is_truthy(page:find("(1 group that the enhanced status table decided left out",
                                       1, true))
            assert.is_nil(page:find('id="advice"', 1, true))
        end)

        it("escapes what the log says", function ()
            local page = page_of(sm)
            assert.is_nil(page:find("<script>alert", 1, true))
        end)

        it("hides local parts with --redact", function ()
            local page = page_of(sm, { redact = true })
            assert.is_nil(page:find("bob.smith", 1, true))
            local hashed = page:match("<td>(u%-%x+)@gmail%.com</td>")
            assert.are.equal(10, #hashed)
            -- the same address, the same hash
            assert.are.equal(report.redactor(true)("bob.smith@gmail.com"), hashed .. "@gmail.com")
        end)

        it("says how many addresses are not listed past the cap", function ()
            local rows = sections.SUPPRESS_ROWS
            sections.SUPPRESS_ROWS = 0
            local ok, page = pcall(page_of, sm, { suppress_out = "out.tsv" })
            sections.SUPPRESS_ROWS = rows
            assert.is_true(ok, page)
            assert.is_truthy(page:find("<strong>1 more</strong> addresses to suppress are not listed "
                                       .. "(0 of 1 shown).  All of them were written to "
                                       .. "<code>out.tsv</code>.", 1, true))
        end)

        it("draws advice only when given", function ()
            local page = page_of(sm, { advice = { note = "from the tracker", columns = { "provider" },
                                                  rows = { { "yahoo" } } } })
            assert.is_truthy(page:find('<section id="advice" class="advice"><h2>Advice</h2>', 1, true))
            assert.is_truthy(page:find("<td>yahoo</td>", 1, true))
        end)
    end)

    describe("stub.rule()", function ()
        local u = { template = "550 5.7.1 Message refused: {ip} is not welcome here",
                    example = "550 5.7.1 Message refused: 192.0.2.1 is not welcome here",
                    provider = nil, reason = "undefined" }

        it("takes the longest literal phrase the example holds", function ()
            assert.are.equal("is not welcome here", stub.phrase(u.template, u.example))
            assert.is_nil(stub.phrase("550 {n}", "550 42"))
        end)

        it("writes a rule that, once its reason is chosen, decides its example", function ()
            local text = stub.rule(u, "maillog, 3 replies")
            local rule = assert(load("return " .. text:gsub(",%s*$", "")))()
            assert.are.equal("ops.any.is-not-welcome-here", rule.id)
            assert.are.equal(550, rule.code)
            assert.are.equal("5.7.1", rule.status)
            rule.reason = "policyviolation"
            local c = smtpbounce.new{ rules = { rule } }
            local r = c:classify(u.example)
            assert.are.equal("ops.any.is-not-welcome-here", r.rule)
            assert.are.equal("policyviolation", r.reason)
        end)

        it("quotes any example in a long string", function ()
            assert.are.equal("a]]b", assert(load("return " .. stub.long_string("a]]b")))())
            assert.are.equal("x]", assert(load("return " .. stub.long_string("x]")))())
            assert.are.equal("\nx", assert(load("return " .. stub.long_string("\nx")))())
        end)
    end)

    describe("svg.stacked()", function ()
        it("draws a bar per non-empty bucket with its numbers in a title", function ()
            local s = svg.stacked{ values = { { 1, 2, 0, 0, 0, 0 }, { 0, 0, 0, 0, 0, 0 } },
                                   labels = { "first: 1 delivered, 2 deferred", "" },
                                   classes = { "a", "b", "c", "d" }, title = "t" }
            local _, groups = s:gsub("<g>", "")
            assert.are.equal(1, groups)
            assert.is_truthy(s:find("<title>first: 1 delivered, 2 deferred</title>", 1, true))
            assert.is_truthy(s:find('role="img" aria-label="t"', 1, true))
        end)
    end)

    describe("the commands", function ()
        it("report writes the page of saved scan --json lines", function ()
            local _, jsonl = cli({ "scan", "--json", "examples/postfix-maillog.log" })
            local html = os.tmpname()
            local status, _, err = cli({ "report", "-o", html, "-" }, jsonl)
            assert.are.equal(0, status, err)
            local page = helper.read_file(html)
            os.remove(html)
            assert.is_truthy(page:find("<dt>JSON lines read</dt><dd>24</dd>", 1, true))
            assert.is_truthy(page:find("<td>gmail-nosuchuser@example.com</td>", 1, true))
        end)

        it("report names a line that is no attempt; an input with none exits 1", function ()
            local html = os.tmpname()
            local status, _, err = cli({ "report", "-o", html }, "{\"x\":1}\n")
            os.remove(html)
            assert.are.equal(1, status)
            assert.are.equal("smtpbounce: <stdin>:1: not an attempt of scan --json\n"
                             .. "smtpbounce: <stdin>: no line read as scan --json output\n", err)
        end)

        it("report names an object without the result's fields, and goes on", function ()
            local html = os.tmpname()
            local status, _, err = cli({ "report", "-o", html },
                '{"outcome":"bounced","recipient":5,"time":"x"}\n'
                .. '{"outcome":"bounced","reason":"userunknown","action":"suppress",'
                .. '"rule":"phrase.no-user","recipient":"a@example.com"}\n')
            local page = helper.read_file(html)
            os.remove(html)
            assert.are.equal(0, status)
            assert.are.equal("smtpbounce: <stdin>:1: not an attempt of scan --json\n", err)
            assert.is_truthy(page:find("<td>a@example.com</td>", 1, true))
        end)

        it("report reads gzip'd JSONL, and names a directory", function ()
            local _, jsonl = cli({ "scan", "--json", "examples/postfix-maillog.log" })
            local plain = helper.temp_file(jsonl)
            assert.is_true(os.execute("gzip -f " .. helper.shell_quote(plain)) ~= false)
            local html = os.tmpname()
            local status, _, err = cli({ "report", "-o", html, plain .. ".gz" })
            local page = helper.read_file(html)
            os.remove(plain .. ".gz")
            assert.are.equal(0, status, err)
            assert.is_truthy(page:find("<dt>JSON lines read</dt><dd>24</dd>", 1, true))
            status, _, err = cli({ "report", "-o", html, "spec" })
            os.remove(html)
            assert.are.equal(1, status)
            assert.are.equal("smtpbounce: spec: is a directory\n", err)
        end)

        it("report needs -o, scan --redact needs --report", function ()
            local status, _, err = cli({ "report" }, "")
            assert.are.equal(2, status)
            assert.is_truthy(err:find("report needs -o FILE", 1, true))
            status, _, err = cli({ "scan", "--redact", "examples/postfix-maillog.log" })
            assert.are.equal(2, status)
            assert.is_truthy(err:find("--redact goes with --report FILE", 1, true))
        end)

        it("scan --report writes the page beside the summary", function ()
            local html = os.tmpname()
            local status, out = cli({ "scan", "--summary", "--report", html,
                                      "examples/postfix-maillog.log" })
            local page = helper.read_file(html)
            os.remove(html)
            assert.are.equal(0, status)
            assert.is_truthy(out:find("^Scanned 1 input"))
            assert.is_truthy(page:find("<dt>lines read</dt><dd>114</dd>", 1, true))
        end)
    end)
end)
