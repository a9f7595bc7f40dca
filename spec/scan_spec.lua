-- `smtpbounce scan`, run as a separate process (bin/smtpbounce) on the real
-- Postfix and Exim logs tools/mta-test.sh recorded (examples/*.log, with
-- what each recipient was sent in tools/mta-script.tsv and what each MTA
-- logged in tools/mta-expected.tsv), and on hostile input: smtpbounce.scan's
-- run() end to end, and its limits.  Each part of scan has its own spec
-- (scan_input_spec, scan_attempts_spec, scan_output_spec,
-- scan_summary_spec).

local helper = require "spec.helper"
local cjson = require "cjson"
local smtpbounce = require "smtpbounce"
local scan = require "smtpbounce.scan"

local cli = helper.cli

local POSTFIX_LOG = "examples/postfix-maillog.log"
local EXIM_LOG = "examples/exim-mainlog.log"

local LOG_FIELDS = { "time", "queue_id", "recipient", "domain", "relay", "phase",
                     "mta_status", "dsn", "reply", "format" }
local RESULT_FIELDS = { "code", "status", "outcome", "reason", "action", "scope",
                        "provider", "text", "tags", "forward", "retry_after",
                        "give_up_after", "rule", "basis", "template" }

-- decode one JSON line; JSON nulls become nil
local function decode (line)
    local ok, obj = pcall(cjson.decode, line)
    assert.is_true(ok, "not JSON: " .. tostring(line))
    for k, v in pairs(obj) do
        if v == cjson.null then obj[k] = nil end
    end
    return obj
end

-- the keys of a JSON object line, in order
local function keys_of (line)
    local keys = {}
    for k in line:gmatch('[{,]"([%w_]+)":') do keys[#keys + 1] = k end
    return keys
end

local function json_scan (args, stdin)
    local a = { "scan", "--json" }
    for _, x in ipairs(args) do a[#a + 1] = x end
    local status, out, err = cli(a, stdin)
    local objs = {}
    for _, line in ipairs(helper.lines(out)) do objs[#objs + 1] = decode(line) end
    return status, objs, err, out
end

local function by_recipient (objs)
    local t = {}
    for _, o in ipairs(objs) do t[o.recipient] = o end
    return t
end

-- what tools/mta-expected.tsv says each MTA decided, per address
local function mta_expected (mta)
    local t = {}
    for line in io.lines("tools/mta-expected.tsv") do
        local m, addr, status = line:match("^(%w+)\t([^\t]+)\t([^\t]+)\t")
        if m == mta then t[addr] = status end
    end
    return t
end

--[[
What each scripted reply means (outcome and reason), from the sources in
tools/mta-script.tsv (provider documentation; the corpus labels of the
same replies in accuracy/corpus), not from smtpbounce's output.
A recipient the rules get wrong is a failing test.
]]
local MEANING = {
    ["gmail-accept@example.com"] = { "delivered", "delivered" },
    ["gmail-nosuchuser@example.com"] = { "bounced", "userunknown" },   -- 550 5.1.1, Google
    ["outlook-banned@example.com"] = { "bounced", "blocked" },         -- 5.7.606 banned sending IP
    ["icloud-nouser@example.com"] = { "bounced", "userunknown" },
    ["gmail-overquota@example.com"] = { "deferred", "mailboxfull" },   -- 452 4.2.2
    ["dovecot-full@example.com"] = { "deferred", "mailboxfull" },
    ["postgrey@example.com"] = { "deferred", "undefined" },            -- greylisting: corpus label
    ["yahoo-tss04@example.com"] = { "deferred", "badreputation" },     -- [TSS04] user complaints
    ["gmail-badsender@example.com"] = { "bounced", "rejected" },       -- 553 5.1.7 sender address
    ["yahoo-fromdomain@example.com"] = { "deferred", "rejected" },     -- unresolvable from domain
    ["rspamd-spam@example.com"] = { "bounced", "spamdetected" },
    ["gmail-spam@example.com"] = { "bounced", "spamdetected" },
    ["gmail-toolarge@example.com"] = { "bounced", "emailtoolarge" },   -- 552 5.2.3
    ["yahoo-gl01@example.com"] = { "deferred", "ratelimited" },        -- [GL01] unexpected volume
    -- no reply at all: the connection dropped (a passing trouble: the
    -- MTA's dsn=4.4.2, and the cause's class alike)
    ["drop-at-data@drop-at-data.example.net"] = { "deferred", "networkerror" },
    ["drop-after-data@drop-after-data.example.net"] = { "deferred", "networkerror" },
    -- a 554 greeting: the reply bounces, whatever the MTA then did
    ["comcast-greeting@comcast-greeting.example.net"] = { "bounced", "blocked" },
}
-- the non-delivery notices the MTAs sent back to the sink
setmetatable(MEANING, { __index = function (_, addr)
    if addr:find("^harness%+") then return { "delivered", "delivered" } end
end })

local function real_log (mta, file)
    describe("on the real " .. mta .. " log (" .. file .. ")", function ()
        local status, objs, err, out = json_scan({ file })
        local got = by_recipient(objs)
        local expected = mta_expected(mta)

        it("exits 0 and reads every line", function ()
            assert.are.equal(0, status)
            assert.is_truthy(err:find(" 0 unreadable, 0 too long", 1, true), err)
        end)

        it("finds every recipient tools/mta-expected.tsv lists, with the MTA's decision", function ()
            local n = 0
            for addr, st in pairs(expected) do
                n = n + 1
                assert.is_truthy(got[addr], "no attempt for " .. addr)
                assert.are.equal(st, got[addr].mta_status, addr)
                assert.are.equal(mta, got[addr].format)
            end
            assert.is_true(n >= 20)
            assert.are.equal(n, #objs)
        end)

        it("writes the log fields, then DESIGN.md's result fields, in order", function ()
            for _, line in ipairs(helper.lines(out)) do
                local keys = keys_of(line)
                for i, k in ipairs(LOG_FIELDS) do assert.are.equal(k, keys[i], line) end
                local j = 1
                for i = #LOG_FIELDS + 1, #keys do
                    while RESULT_FIELDS[j] and RESULT_FIELDS[j] ~= keys[i] do j = j + 1 end
                    assert.is_truthy(RESULT_FIELDS[j], "unexpected or misplaced " .. keys[i])
                end
            end
        end)

        it("classifies each attempt as smtpbounce.classify does with ctx", function ()
            for _, o in ipairs(objs) do
                local text = o.reply ~= "" and o.reply:gsub("\\n", "\n") or o.text
                local dsn = o.dsn and smtpbounce.vocab.dsn_class(o.dsn) and o.dsn or nil
                local r = smtpbounce.classify(text, { mx = o.relay, domain = o.domain,
                                                      phase = o.phase, dsn = dsn })
                for _, k in ipairs{ "code", "status", "outcome", "reason", "action", "scope",
                                    "provider", "rule" } do
                    assert.are.equal(r[k], o[k], o.recipient .. ": " .. k)
                end
            end
        end)

        describe("gets every recipient's outcome and reason", function ()
            for addr in pairs(expected) do
                local want = MEANING[addr]
                it(addr, function ()
                    assert.is_truthy(want, "no meaning written down for " .. addr)
                    assert.is_truthy(got[addr], "no attempt for " .. addr)
                    assert.are.equal(want[1], got[addr].outcome, addr)
                    assert.are.equal(want[2], got[addr].reason, addr)
                end)
            end
        end)
    end)
end

describe("smtpbounce.scan", function ()

    describe("run(), as bin/smtpbounce scan", function ()

        it("is in --help", function ()
            local status, out = cli{ "--help" }
            assert.are.equal(0, status)
            assert.is_truthy(out:find("scan [FILE ... | -]", 1, true))
            for _, opt in ipairs{ "--format F", "--summary", "--suppress-out FILE", "--since TIME",
                                  "--fields MAP" } do
                assert.is_truthy(out:find(opt, 1, true), opt)
            end
        end)

        -- the shipped logs; `make test-mta` also points these at the logs of
        -- the Postfix and Exim it has just run (tools/test-mta.sh)
        real_log("postfix", os.getenv("SMTPBOUNCE_POSTFIX_LOG") or POSTFIX_LOG)
        real_log("exim", os.getenv("SMTPBOUNCE_EXIM_LOG") or EXIM_LOG)

        it("keeps outcome and mta_status apart: a 554 greeting Postfix defers", function ()
            local _, objs = json_scan({ POSTFIX_LOG })
            local o = by_recipient(objs)["comcast-greeting@comcast-greeting.example.net"]
            assert.are.equal("deferred", o.mta_status)
            assert.are.equal("bounced", o.outcome)
            assert.are.equal("connect", o.phase)
            assert.are.equal(554, o.code)
        end)

        it("escapes what HTML entities in a plain reply decode to", function ()
            -- the line itself needs no escaping; its reply's text does
            local line = "Nov  3 18:06:25 mail postfix/smtp[1436]: 81571C2D: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0/0/1/0, dsn=5.7.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.7.1 Message &quot;rejected&quot; &#233;t&#233; (in reply to end of DATA command))"
            local status, objs, _, out = json_scan({ "--format", "postfix", "-" }, line .. "\n")
            assert.are.equal(0, status)
            assert.are.equal(1, #objs)
            assert.are.equal('550 5.7.1 Message &quot;rejected&quot; &#233;t&#233;', objs[1].reply)
            assert.are.equal('Message "rejected" \195\169t\195\169', objs[1].text)
            assert.are.equal('550 5.7.1 Message "rejected" \195\169t\195\169', objs[1].template)
            assert.truthy(out:find('"text":"Message \\"rejected\\"', 1, true))
        end)

        describe("attempts without a reply (the MTA's own words are classified)", function ()
            local P = "Nov  3 18:06:25 mail postfix/smtp[1436]: 81571C2D: to=<root@mail.example.com>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (%s)"
            local E = "2023-03-24 10:02:24 1pfdJV-004eVE-9X == zeus@zeusteam.example R=dnslookup T=remote_smtp defer (%s"
            local cases = {
                -- sources: docker-mailserver#374, catatnight/docker-postfix#22,
                -- chatmail/relay#919, hardware/mailserver#195, docker-mailserver#3094,
                -- hestiacp#3381, roundcube#6110 (most are quoted whole in
                -- spec/log_postfix_spec.lua and spec/log_exim_spec.lua)
                { P:format("connect to mail.example.com[192.0.2.1]:25: Connection timed out") },
                { P:format("connect to mail.example.com[192.0.2.1]:25: Connection refused") },
                { P:format("connect to nine.testrun.org[2a01:4f9:fff1:59::1]:25: Network is unreachable") },
                { P:format("delivery temporarily suspended: connect to mail.example.com[192.0.2.1]:25: Connection timed out") },
                { P:format("lost connection with etb-3.mail.tiscali.it[213.205.33.64] while sending end of data -- message may be sent more than once") },
                { P:format("conversation with mx00.emig.gmx.net[212.227.15.9] timed out while receiving the initial server greeting") },
                { E:format("113): No route to host H=mail.zeusteam.example [192.0.2.1]: mail.zeusteam.example [192.0.2.1]") },
                { E:format("110): Connection timed out") },
                -- mail-in-a-box/mailinabox#1607: a temporary DNS failure (dsn=4.4.3)
                { P:format("Host or domain name not found. Name service error for name=fontarboleas.es type=MX: Host not found, try again") },
                { P:format("mail transport unavailable"), reason = "systemerror" },
                { E:format("-53): retry time not reached for any host for 'mydomain.com'") },
            }
            for _, case in ipairs(cases) do
                local line = case[1]
                it(line:match("%((.*)%)$") or line:match("defer %((.*)$"), function ()
                    local status, objs = json_scan({}, line .. "\n")
                    assert.are.equal(0, status)
                    assert.are.equal(1, #objs)
                    assert.are.equal("", objs[1].reply)
                    assert.are.equal(case.reason or "networkerror", objs[1].reason, line)
                    assert.are.equal("retry", objs[1].action, line)
                end)
            end
        end)

        describe("--summary", function ()
            local status, out, err = cli{ "scan", "--summary", POSTFIX_LOG, EXIM_LOG }

            it("counts lines and attempts, per input format", function ()
                assert.are.equal(0, status)
                assert.are.equal("", err)
                assert.is_truthy(out:find("^Scanned 2 inputs %(exim, postfix%): 189 lines, 49 delivery attempts, "
                                          .. "140 other lines skipped, 0 unreadable, 0 too long\n"), out)
            end)
            it("groups by provider and domain with outcomes, reasons and actions", function ()
                assert.is_truthy(out:find("\n  gmail        example.com                        12         2        2       8       0\n",
                                          1, true), out)
                assert.is_truthy(out:find("reasons: delivered 2, emailtoolarge 2, mailboxfull 2, rejected 2, "
                                          .. "spamdetected 2, userunknown 2", 1, true), out)
            end)
            it("names the providers throttling or blocking, first and last seen", function ()
                local block = out:match("Providers throttling or blocking:\n(.-)\n\n")
                -- the Postfix log's syslog stamps get the current year
                assert.is_truthy(block:find("yahoo +4 times %(badreputation 2, ratelimited 2%), first "
                                            .. os.date("%Y") .. "%-11%-28T01:41:35, last "
                                            .. "2026%-11%-28T01:41:49"), block)
                assert.is_truthy(block:find("comcast ", 1, true))
                assert.is_truthy(block:find("microsoft ", 1, true))
            end)
            it("lists the addresses to suppress", function ()
                local block = out:match("Addresses to suppress: 2\n(.-)\n\n")
                assert.are.equal("  gmail-nosuchuser@example.com             userunknown\n"
                                 .. "  icloud-nouser@example.com                userunknown", block)
            end)
            it("groups the replies no rule explained by template", function ()
                -- two replies only the reply-code table decides, differing in
                -- their numbers: one template, counted twice
                local line = "Nov 28 01:02:0%d mx postfix/smtp[1]: ABC%d: to=<u%d@example.org>, "
                    .. "relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.0.0, "
                    .. "status=bounced (host mx.example.org[192.0.2.1] said: 550 Transaction %d failed "
                    .. "(in reply to RCPT TO command))\n"
                local f = helper.temp_file(line:format(1, 1, 1, 4711) .. line:format(2, 2, 2, 815))
                local st, o = cli{ "scan", "--summary", f }
                os.remove(f)
                assert.are.equal(0, st)
                local block = o:match("Replies no rule explained[^\n]*\n(.*)$")
                assert.is_truthy(block and block:find("550 Transaction {n} failed", 1, true), o)
                assert.is_truthy(block:find("rule smtp.550", 1, true), block)
            end)
            it("comes as one JSON object after the attempts with --json", function ()
                local st, o = cli{ "scan", "--json", "--summary", EXIM_LOG }
                assert.are.equal(0, st)
                local lines = helper.lines(o)
                assert.are.equal(26, #lines)
                local s = decode(lines[#lines]).summary
                assert.are.equal(25, s.attempts)
                assert.are.equal(75, s.lines)
                assert.are.same({ { address = "gmail-nosuchuser@example.com", reason = "userunknown",
                                    basis = "text" },
                                  { address = "icloud-nouser@example.com", reason = "userunknown",
                                    basis = "text" } },
                                s.suppress)
                assert.are.equal("exim", decode(lines[1]).format)
            end)
        end)

        it("--suppress-out FILE writes the addresses to suppress, TAB, the reason, TAB, the basis", function ()
            local f = os.tmpname()
            local status, out = cli{ "scan", "--json", "--suppress-out", f, POSTFIX_LOG }
            assert.are.equal(0, status)
            assert.are.equal(24, #helper.lines(out))
            assert.are.equal("gmail-nosuchuser@example.com\tuserunknown\ttext\n"
                             .. "icloud-nouser@example.com\tuserunknown\ttext\n",
                             helper.read_file(f))
            os.remove(f)
        end)

        it("drops an address from the list once mail to it is delivered", function ()
            local f = os.tmpname()
            local log = table.concat({
                "Sep  1 09:34:42 m postfix/smtp[1]: A1: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))",
                "Sep  1 09:34:43 m postfix/smtp[1]: A2: to=<carol@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <carol@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))",
                "Sep  1 09:40:00 m postfix/smtp[1]: A3: to=<Bob@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as X)",
            }, "\n") .. "\n"
            assert.are.equal(0, (cli({ "scan", "--suppress-out", f }, log)))
            assert.are.equal("carol@example.com\tuserunknown\ttext\n", helper.read_file(f))
            os.remove(f)
        end)

        it("names every recipient a qmgr expiry line leaves behind", function ()
            local log = table.concat({
                "Dec 27 03:49:24 mx postfix/smtp[15816]: C93CEB08A046: to=<order@arobor.example>, relay=none, delay=307136, delays=307106/0.02/30/0, dsn=4.4.1, status=deferred (connect to arobor.example[192.0.2.19]:25: Connection timed out)",
                "Dec 27 03:49:25 mx postfix/smtp[15816]: C93CEB08A046: to=<ok@arobor.example>, relay=arobor.example[192.0.2.19]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 ok)",
                "Dec 28 13:39:28 mx postfix/qmgr[22753]: C93CEB08A046: from=<ina@somedomain.example>, status=expired, returned to sender",
            }, "\n") .. "\n"
            local status, objs = json_scan({}, log)
            assert.are.equal(0, status)
            assert.are.equal(3, #objs)
            local x = objs[3]
            assert.are.equal("expired", x.mta_status)
            assert.are.equal("order@arobor.example", x.recipient)
            assert.are.equal("arobor.example", x.relay)
            assert.are.equal("", x.reply)
        end)

        it("forgets a queue id's deferred recipients once Postfix removed its queue file", function ()
            local deferred = "Dec 27 03:49:24 mx postfix/smtp[15816]: C93CEB08A046: to=<order@arobor.example>, relay=none, delay=307136, delays=307106/0.02/30/0, dsn=4.4.1, status=deferred (connect to arobor.example[192.0.2.19]:25: Connection timed out)"
            local expired = "Dec 28 13:39:28 mx postfix/qmgr[22753]: C93CEB08A046: from=<ina@somedomain.example>, status=expired, returned to sender"
            -- (postsuper -d: the message deleted by hand, no expiry line of its own)
            local removed = "Dec 28 09:00:00 mx postfix/postsuper[4242]: C93CEB08A046: removed"
            for _, input in ipairs{ "file", "pipe" } do
                local log = table.concat({ deferred, removed, expired }, "\n") .. "\n"
                local status, objs, err
                if input == "file" then
                    local f = helper.temp_file(log)
                    status, objs, err = json_scan({ f })
                    os.remove(f)
                else
                    status, objs, err = json_scan({}, log)
                end
                assert.are.equal(0, status)
                assert.are.equal(2, #objs, input)
                assert.is_nil(objs[2].recipient, input)
                assert.are.equal("expired", objs[2].mta_status)
                assert.is_truthy(err:find("3 lines, 2 delivery attempts, 1 skipped", 1, true), err)
            end
        end)

        it("--since TIME skips attempts before TIME", function ()
            local y = tonumber(os.date("%Y"))
            local log = table.concat({
                -- github.com/hardware/mailserver/issues/195 (2017), YoRyan/mailrise#117 (2024)
                "2017-11-22T07:48:36.287295+00:00 mail postfix/smtp[27541]: C948D1F7B3A: to=<zzzzzzzz@tiscali.it>, relay=etb-3.mail.tiscali.it[213.205.33.64]:25, delay=61555, delays=61426/0/79/50, dsn=4.4.2, status=deferred (lost connection with etb-3.mail.tiscali.it[213.205.33.64] while sending end of data -- message may be sent more than once)",
                "2024-04-25T22:17:59.435045+02:00 MYDESKTOP postfix/relay/smtp[2819]: 2B756D6A: to=<root@MYDESKTOP.MYDOMAIN.TLD>, orig_to=<root>, relay=mailrise01.MYDOMAIN.TLD[192.168.8.16]:587, delay=3178, delays=2878/0.01/300/0, dsn=4.4.2, status=deferred (conversation with mailrise01.MYDOMAIN.TLD[192.168.8.16] timed out while receiving the initial server greeting)",
                -- a syslog stamp: this year
                "Jan  1 00:00:01 mail postfix/smtp[1436]: 81571C2D: to=<root@mail.example.com>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to mail.example.com[192.0.2.1]:25: Connection timed out)",
            }, "\n") .. "\n"
            local function recipients (since)
                local status, objs, err = json_scan({ "--since", since }, log)
                assert.are.equal(0, status, err)
                local r = {}
                for i, o in ipairs(objs) do r[i] = o.recipient end
                return r, err
            end
            assert.are.same({ "root@MYDESKTOP.MYDOMAIN.TLD", "root@mail.example.com" }, recipients("2020-01-01"))
            assert.are.same({ "root@MYDESKTOP.MYDOMAIN.TLD", "root@mail.example.com" },
                            recipients("2024-04-25T20:17:59Z"))
            assert.are.same({ "root@mail.example.com" }, recipients("2024-04-25T20:18:00Z"))
            local r, err = recipients(("%d-01-01T00:00:02"):format(y))
            assert.are.same({}, r)
            assert.is_truthy(err:find("0 delivery attempts, 0 skipped, 0 unreadable, 0 too long, 3 before --since", 1, true), err)
        end)

        it("reads gzip'd files, standard input and several files", function ()
            local _, plain = cli{ "scan", "--json", POSTFIX_LOG }
            local gz = os.tmpname()
            local done = os.execute("gzip -c " .. POSTFIX_LOG .. " > " .. gz)
            assert.is_true(done == true or done == 0)  -- Lua 5.2+, or 5.1's exit status
            local status, zipped = cli{ "scan", "--json", gz }
            assert.are.equal(0, status)
            assert.are.equal(plain, zipped)
            os.remove(gz)
            local log = helper.read_file(POSTFIX_LOG)
            local st2, piped = cli({ "scan", "--json", "-" }, log)
            assert.are.equal(0, st2)
            assert.are.equal(plain, piped)
            local st3, noargs = cli({ "scan", "--json" }, log)
            assert.are.equal(0, st3)
            assert.are.equal(plain, noargs)
            local st4, both, err = cli{ "scan", "--json", POSTFIX_LOG, EXIM_LOG }
            assert.are.equal(0, st4)
            assert.are.equal(49, #helper.lines(both))
            assert.is_truthy(err:find("smtpbounce scan: 189 lines, 49 delivery attempts", 1, true))
        end)

        it("writes one line per attempt without --json when stdout is no terminal", function ()
            local status, out = cli{ "scan", POSTFIX_LOG }
            assert.are.equal(0, status)
            local lines = helper.lines(out)
            assert.are.equal(24, #lines)
            -- time, mta_status, outcome, reason, action, recipient, provider, rule, basis, text
            assert.is_truthy(lines[2]:find("^" .. os.date("%Y") .. "%-11%-28T01:41:35 bounced bounced userunknown suppress "
                                           .. "gmail%-nosuchuser@example%.com gmail gmail%.nosuchuser text The email account "),
                             lines[2])
        end)

        it("--format forces the grammar; --rules adds operator rules", function ()
            local status, objs, err = json_scan({ "--format", "exim" }, helper.read_file(POSTFIX_LOG))
            assert.are.equal(1, status)
            assert.are.equal(0, #objs)
            assert.is_truthy(err:find("0 delivery attempts, 114 skipped", 1, true), err)
            assert.is_truthy(err:find("<stdin>: no line read as exim", 1, true), err)
            local f = helper.temp_file('return { { id = "ops.sink", reason = "filtered", any = "Spam message rejected" } }\n')
            local _, objs2 = json_scan({ "--rules", f, POSTFIX_LOG })
            assert.are.equal("ops.sink", by_recipient(objs2)["rspamd-spam@example.com"].rule)
            os.remove(f)
        end)

        it("reads JSON lines with --fields or a preset it recognises", function ()
            -- KumoMTA's documented log record (docs.kumomta.com/reference/log_record/)
            local kumo = '{"type":"Bounce","id":"1d98076abbbc11ed940250ebf67f93bd","sender":"user@sender.example.com","recipient":"user@recipient.example.com","queue":"campaign:tenant@domain","site":"","size":1047,"response":{"code":550,"enhanced_code":{"class":5,"subject":1,"detail":1},"content":"The email account that you tried to reach does not exist.","command":"RCPT TO"},"peer_address":{"name":"gmail-smtp-in.l.google.com.","addr":"142.251.2.27"},"timestamp":1678069691}'
            local status, objs = json_scan({}, kumo .. "\n")
            assert.are.equal(0, status)
            assert.are.equal("jsonl", objs[1].format)
            assert.are.equal("550 5.1.1 The email account that you tried to reach does not exist.", objs[1].reply)
            assert.are.equal("userunknown", objs[1].reason)
            assert.are.equal("gmail", objs[1].provider)
            assert.are.equal("rcpt", objs[1].phase)
            local st2, objs2 = json_scan({ "--fields", "reply=r,recipient=to,mta_status=s" },
                                         '{"to":"a@b.example","s":"deferred","r":"421 4.7.0 try later"}\n')
            assert.are.equal(0, st2)
            assert.are.equal("a@b.example", objs2[1].recipient)
            assert.are.equal("deferred", objs2[1].mta_status)
            local st3, _, err3 = json_scan({}, '{"to":"a@b.example"}\n')
            assert.are.equal(1, st3)
            assert.is_truthy(err3:find("JSON lines of a shape no preset knows; name the fields with --fields", 1, true))
        end)

        describe("hostile input: counted and reported, never fatal, nothing after it lost", function ()
            local GOOD = "Sep  1 09:34:42 mailscanner postfix/smtp[4431]: 3xkMFn2qvMz55kY: to=<quintin@dictation.snj.ca>, relay=mail.snj.ca[192.168.0.4]:25, delay=23, delays=18/0.01/0.35/5, dsn=5.7.1, status=bounced (host mail.snj.ca[192.168.0.4] said: 550 5.7.1 Unable to relay (in reply to RCPT TO command))"

            it("garbage, cut lines, CRLF, NUL bytes and a 10 MB line", function ()
                local f = helper.temp_file(table.concat({
                    GOOD,                                                       -- 1
                    "\0\1\2\255\254 garbage status= \0",                        -- 2: skipped
                    GOOD:sub(1, GOOD:find("status=", 1, true) + 9),             -- 3: cut: unreadable
                    GOOD .. "\r",                                               -- 4: CRLF
                    (GOOD:gsub("Unable to relay", "Unable\0to relay")),         -- 5: NUL in the reply
                    ("x"):rep(10 * 1024 * 1024) .. " status=",                  -- 6: too long
                    "",                                                         -- 7: blank
                    (GOOD:gsub("quintin", "last")),                             -- 8: still read
                }, "\n") .. "\n")
                local status, objs, err = json_scan({ f })
                assert.are.equal(0, status)
                assert.are.equal(4, #objs)
                assert.are.equal("quintin@dictation.snj.ca", objs[2].recipient)
                assert.are.equal("550 5.7.1 Unable to relay", objs[2].reply)    -- no "\r"
                assert.are.equal("550 5.7.1 Unable\0to relay", objs[3].reply)
                assert.are.equal("last@dictation.snj.ca", objs[4].recipient)
                local name = f:gsub("%p", "%%%0")
                assert.is_truthy(err:find("smtpbounce: " .. name .. ":3: unreadable postfix delivery line, skipped\n"), err)
                assert.is_truthy(err:find("smtpbounce: " .. name .. ":6: line too long %(10485768 bytes, limit 1048576%), skipped\n"), err)
                assert.is_truthy(err:find("smtpbounce scan: 8 lines, 4 delivery attempts, 2 skipped, 1 unreadable, 1 too long\n", 1, true), err)
                os.remove(f)
            end)

            it("a NUL byte in a recipient domain: the summary is still written", function ()
                local f = helper.temp_file((GOOD:gsub("dictation%.snj%.ca", "dict\0ation.snj.ca")) .. "\n")
                local status, out, err = cli{ "scan", "--summary", f }
                os.remove(f)
                assert.are.equal(0, status, err)
                assert.is_truthy(out:find("\n  -            dict\0ation.snj.ca ", 1, true), out)
                assert.is_truthy(out:find("quintin@dict\0ation.snj.ca", 1, true), out)
            end)

            it("a 10 MB line before the first one that tells the format", function ()
                local f = helper.temp_file(("y"):rep(10 * 1024 * 1024) .. "\n" .. GOOD .. "\n")
                local status, objs, err = json_scan({ f })
                assert.are.equal(0, status)
                assert.are.equal(1, #objs)
                assert.is_truthy(err:find(":1: line too long", 1, true), err)
                os.remove(f)
            end)

            it("a file whose format cannot be told: exit 1, the other files still read", function ()
                local bad = helper.temp_file("\0\1 nothing here\nmore garbage\n")
                local empty = helper.temp_file("")
                local status, objs, err = json_scan({ bad, "/nonexistent/maillog", empty, POSTFIX_LOG })
                assert.are.equal(1, status)
                assert.are.equal(24, #objs)
                assert.is_truthy(err:find(bad .. ": cannot tell the log format from its first lines; use --format "
                                          .. "(postfix, exim, sendmail, jsonl)", 1, true), err)
                assert.is_truthy(err:find("/nonexistent/maillog", 1, true), err)
                os.remove(bad); os.remove(empty)
            end)
        end)

        describe("errors and warnings", function ()
            it("a directory: an error, exit 1, the other files still read", function ()
                local dir = os.tmpname()
                os.remove(dir)
                assert.is_true(os.execute("mkdir " .. helper.shell_quote(dir)) == true
                               or os.execute("true") == 0)
                local status, objs, err = json_scan({ dir, POSTFIX_LOG })
                os.execute("rmdir " .. helper.shell_quote(dir))
                assert.are.equal(1, status)
                assert.are.equal(24, #objs)
                assert.are.equal("smtpbounce: " .. dir .. ": is a directory\n", err:match("^[^\n]*\n"))
                local st2, out2, err2 = cli{ "scan", "--summary", "/" }
                assert.are.equal(1, st2)
                assert.are.equal("smtpbounce: /: is a directory\n", err2)
                assert.is_truthy(out2:find("^Scanned 0 inputs %(no format%): 0 lines"), out2)
            end)

            it("--suppress-out FILE that cannot be written: exit 1 before anything is read", function ()
                -- (the input named after it does not exist: were it opened, that
                -- would be said too)
                local status, out, err = cli({ "scan", "--suppress-out", "/nonexistent/dir/x",
                                               "/nonexistent/maillog" }, helper.read_file(POSTFIX_LOG))
                assert.are.equal(1, status)
                assert.are.equal("", out)
                assert.are.equal("smtpbounce: /nonexistent/dir/x: No such file or directory\n", err)
            end)

            it("a forced format that reads no line of the input as its own says so, exit 1", function ()
                local status, out, err = cli{ "scan", "--format", "exim", POSTFIX_LOG }
                assert.are.equal(1, status)
                assert.are.equal("", out)
                assert.are.equal("smtpbounce: " .. POSTFIX_LOG .. ": no line read as exim (is it an "
                                 .. "exim log? without --format the format is told from the first lines)\n"
                                 .. "smtpbounce scan: 114 lines, 0 delivery attempts, 114 skipped, "
                                 .. "0 unreadable, 0 too long\n", err)
            end)

            it("a forced format is not doubted when the lines are its own, or blank", function ()
                local _, _, err = cli{ "scan", "--format", "postfix", POSTFIX_LOG }
                assert.is_nil(err:find("no line read", 1, true), err)
                -- Postfix lines without a delivery among them
                local _, _, err2 = cli({ "scan", "--format", "postfix" },
                                       "Nov  3 18:05:55 mail postfix/qmgr[1434]: 81571C2D: removed\n")
                assert.are.equal("smtpbounce scan: 1 lines, 0 delivery attempts, 1 skipped, "
                                 .. "0 unreadable, 0 too long\n", err2)
                local _, _, err3 = cli({ "scan", "--format", "sendmail" }, "\n  \n")
                assert.is_nil(err3:find("no line read", 1, true), err3)
            end)

            it("the summary of an empty input: the note, no table header", function ()
                local status, out = cli{ "scan", "--summary" }
                assert.are.equal(0, status)
                assert.are.equal("Scanned 1 input (postfix): 0 lines, 0 delivery attempts, "
                                 .. "0 other lines skipped, 0 unreadable, 0 too long\n"
                                 .. "\nBy provider and recipient domain:\n  (no delivery attempts)\n"
                                 .. "\nProviders throttling or blocking:\n  (none)\n"
                                 .. "\nAddresses to suppress: 0\n"
                                 .. "\nReplies no rule explained (defaults layer only), biggest groups "
                                 .. "by template:\n  (none)\n", out)
            end)
        end)

        describe("usage errors exit 2", function ()
            local function usage_error (args, message)
                local status, out, err = cli(args)
                assert.are.equal(2, status)
                assert.are.equal("", out)
                assert.are.equal("smtpbounce: " .. message .. "\nTry 'smtpbounce --help'.\n", err)
            end
            it("an unknown --format", function ()
                usage_error({ "scan", "--format", "qmail" }, "unknown format 'qmail' (postfix, exim, sendmail, jsonl)")
            end)
            it("a --since that is no ISO 8601 time", function ()
                usage_error({ "scan", "--since", "yesterday" },
                            "--since: not an ISO 8601 date or date-time: 'yesterday'")
            end)
            it("bad --fields", function ()
                usage_error({ "scan", "--fields", "mandrill" },
                            "--fields: unknown preset 'mandrill' (kumomta, mailgun, postal, postmark, "
                            .. "sendgrid, ses, sparkpost; or FIELD=PATH pairs)")
            end)
            it("an option without its value", function ()
                usage_error({ "scan", "--suppress-out" }, "option '--suppress-out' needs a value")
            end)
        end)

        -- under `make sanitize` the interpreter is a wrapper that needs the ASan
        -- build and its preload: the example runs in the plain `make test`
        local sanitized = (os.getenv("LD_PRELOAD") or "") ~= ""
        ;(sanitized and pending or it)("writes each result as soon as its line is read (examples/coprocess.sh)"
                                       .. (sanitized and " (pending: not under make sanitize)" or ""), function ()
            -- the interpreter alone, and no sanitizer runtime preloaded into bash
            -- (a `make sanitize` run preloads it for the interpreter only)
            local p = io.popen("env -u LD_PRELOAD -u LUA_PATH -u LUA_CPATH LUA=" .. helper.lua:match("^%S+")
                               .. " bash examples/coprocess.sh 2>&1; echo \"exit=$?\"")
            local out = p:read("*a")
            p:close()
            assert.is_truthy(out:find("exit=0\n$"), out)
            local n = 0
            for line in out:gmatch("[^\n]+") do
                local json = line:match("^%a+: (.*)$")
                if json then n = n + 1; decode(json) end
            end
            assert.are.equal(5, n)
        end)

        describe("keeps its tables bounded", function ()
            -- scan in this process (smtpbounce.cli's main, as tools/golden.lua
            -- runs it) with the limits of smtpbounce.scan set low
            local cli_main = require("smtpbounce.cli").main
            local function scan_with (limits, argv, stdin)
                local saved = {}
                for k, v in pairs(limits) do saved[k] = scan[k]; scan[k] = v end
                local inp = helper.temp_file(stdin or "")
                local out, err, input = io.tmpfile(), io.tmpfile(), io.open(inp, "rb")
                local ok, status = pcall(cli_main, argv, out, err, input)
                for k, v in pairs(saved) do scan[k] = v end
                input:close(); os.remove(inp)
                assert(ok, status)
                out:seek("set", 0); err:seek("set", 0)
                local o, e = out:read("*a"), err:read("*a")
                out:close(); err:close()
                return status, o, e
            end
            --[[
            Made-up Postfix lines in the layout of examples/postfix-maillog.log,
            joined from their words, as when the outputs tools/golden.sh
            compares were made from the fuzz seeds (tools/fuzz-seeds.lua takes
            the log lines the specs quote whole as seeds).
            ]]
            local function stamp (s) return "Nov 28 01:02:0" .. s .. " mx" end
            local function delivery (s, qid, user, dsn, status, reply)
                return table.concat({ stamp(s), "postfix/smtp[1]:", qid .. ":", "to=<" .. user .. "@example.org>,",
                                      "relay=mx.example.org[192.0.2.1]:25,", "delay=1,", "delays=0/0/0/1,",
                                      "dsn=" .. dsn .. ",", "status=" .. status, "(host mx.example.org[192.0.2.1] said:",
                                      reply, "(in reply to RCPT TO command))" }, " ")
            end
            local function expiry (s, qid)
                return table.concat({ stamp(s), "postfix/qmgr[2]:", qid .. ":", "from=<s@example.net>,",
                                      "status=expired,", "returned to sender" }, " ")
            end

            it("the summary says what did not fit its groups, addresses and templates", function ()
                local f = helper.temp_file(table.concat({
                    delivery(1, "A1", "u1", "5.0.0", "bounced", "550 Transaction 4711 failed"),
                    delivery(2, "A2", "u2", "5.0.0", "bounced", "550 Sorry, rejected"),
                }, "\n") .. "\n")
                local limits = { GROUPS = 2, ADDRESSES = 1, TEMPLATES = 1 }
                local status, out, err = scan_with(limits, { "scan", "--summary", POSTFIX_LOG, EXIM_LOG, f })
                os.remove(f)
                assert.are.equal(0, status, err)
                assert.is_truthy(out:find("\nAddresses to suppress: 1\n", 1, true), out)
                assert.is_truthy(out:find("\n  (others)     -  ", 1, true), out)
                local full = out:match("\nTables full %(memory stays bounded%): ([^\n]*)\n")
                assert.are.equal("37 attempts past the 2 provider/domain groups counted as (others); "
                                 .. "2 throttling attempts past 2 providers not listed; "
                                 .. "4 addresses to suppress past 1 not kept; "
                                 .. "1 unexplained replies past 1 templates not grouped", full)
                -- the default limits: nothing left out
                local _, all = scan_with({}, { "scan", "--summary", POSTFIX_LOG, EXIM_LOG })
                assert.is_nil(all:find("Tables full", 1, true), all)
                assert.is_truthy(all:find("\nAddresses to suppress: 2\n", 1, true), all)
            end)

            it("a queue id past the PENDING kept is forgotten; a small cache changes no result", function ()
                local log = table.concat({
                    delivery(1, "Q1", "one", "4.0.0", "deferred", "451 4.3.0 try later"),
                    delivery(2, "Q2", "two", "4.0.0", "deferred", "451 4.3.0 try later"),
                    delivery(3, "Q3", "three", "4.0.0", "deferred", "451 4.3.0 try later"),
                    expiry(4, "Q1"),
                    expiry(5, "Q3"),
                }, "\n") .. "\n"
                local function expired (limits)
                    local status, out = scan_with(limits, { "scan", "--json", "--format", "postfix", "-" }, log)
                    assert.are.equal(0, status)
                    local lines = helper.lines(out)
                    assert.are.equal(5, #lines)
                    return decode(lines[4]).recipient, decode(lines[5]).recipient
                end
                assert.are.same({ "one@example.org", "three@example.org" }, { expired({}) })
                assert.are.same({ nil, "three@example.org" }, { expired({ PENDING = 1 }) })
                local _, plain = scan_with({}, { "scan", "--json", POSTFIX_LOG, EXIM_LOG })
                local _, small = scan_with({ CACHE = 1 }, { "scan", "--json", POSTFIX_LOG, EXIM_LOG })
                assert.are.equal(49, #helper.lines(plain))
                assert.are.equal(plain, small)
            end)
        end)
    end)
end)
