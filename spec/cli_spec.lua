-- The command-line tool, bin/smtpbounce, run as a separate process with
-- the interpreter the specs run under ($LUA, else the running version),
-- on good and on hostile input (any bytes, any size).

local helper = require "spec.helper"
local cjson = require "cjson"
local smtpbounce = require "smtpbounce"

local cli = helper.cli

-- decode one JSON line; JSON nulls become nil
local function decode (line)
    local ok, obj = pcall(cjson.decode, line)
    assert.is_true(ok, "not JSON: " .. tostring(line))
    assert.are.equal("table", type(obj))
    for k, v in pairs(obj) do
        if v == cjson.null then obj[k] = nil end
    end
    return obj
end

-- a usage error: exit 2, nothing on stdout, the message and a hint on stderr
local function usage_error (args, message)
    local status, out, err = cli(args)
    assert.are.equal(2, status)
    assert.are.equal("", out)
    assert.are.equal("smtpbounce: " .. message .. "\nTry 'smtpbounce --help'.\n", err)
end

local FIELDS = { "code", "status", "outcome", "reason", "action", "scope",
                 "provider", "text", "forward", "retry_after",
                 "give_up_after", "rule", "basis" }

describe("bin/smtpbounce", function ()

    it("--help prints the usage and exits 0", function ()
        for _, a in ipairs{ "--help", "-h" } do
            local status, out, err = cli{ a }
            assert.are.equal(0, status)
            assert.are.equal("", err)
            assert.is_truthy(out:find("^Usage: smtpbounce COMMAND"))
            assert.is_truthy(out:find("classify", 1, true))
            assert.is_truthy(out:find("explain", 1, true))
            assert.is_truthy(out:find("--json", 1, true))
        end
    end)

    it("--version prints the version and exits 0", function ()
        local status, out, err = cli{ "--version" }
        assert.are.equal(0, status)
        assert.are.equal("", err)
        assert.are.equal("smtpbounce " .. smtpbounce._VERSION .. "\n", out)
    end)

    describe("classify", function ()
        it("classifies each REPLY argument, one line each, in order", function ()
            local replies = { "550 5.1.1 user unknown", "", "421 4.7.0 [GL01] slow down",
                              "250 2.0.0 OK" }
            local args = { "classify" }
            for _, s in ipairs(replies) do args[#args + 1] = s end
            local status, out, err = cli(args)
            assert.are.equal(0, status)
            assert.are.equal("", err)
            local lines = helper.lines(out)
            assert.are.equal(#replies, #lines)
            for i, s in ipairs(replies) do
                local r = smtpbounce.classify(s)
                -- outcome, reason, action, scope come first, then the rule
                assert.is_truthy(lines[i]:find("^" .. r.outcome .. "%s+" .. r.reason .. "%s+"
                                               .. r.action .. "%s+" .. r.scope .. "%s"), lines[i])
                assert.is_truthy(lines[i]:find(" " .. r.rule:gsub("%p", "%%%0") .. " "), lines[i])
            end
        end)

        it("reads standard input line by line, blank lines and CRLF included", function ()
            local input = "550 5.1.1 user unknown\r\n\n452 4.2.2 Over Quota\n\nno final newline"
            local status, out, err = cli({ "classify", "--json" }, input)
            assert.are.equal(0, status)
            assert.are.equal("", err)
            local lines = helper.lines(out)
            assert.are.equal(5, #lines)
            local want = { "550 5.1.1 user unknown", "", "452 4.2.2 Over Quota", "",
                           "no final newline" }
            for i, s in ipairs(want) do
                local obj, r = decode(lines[i]), smtpbounce.classify(s)
                for _, k in ipairs(FIELDS) do assert.are.equal(r[k], obj[k], i .. ": " .. k) end
                assert.are.same(r.tags, obj.tags)
            end
        end)

        it("--json writes one valid JSON object per reply, DESIGN.md's fields", function ()
            local input = table.concat({
                "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown",
                "551 5.1.6 User not local; please try <new@example.org>",
                "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred",
                "550 caf\233 \255\254 invalid UTF-8 \192\128",
                "554 a \"quoted\" \\ back\\slash and a /slash/ and a tab\tx",
                "250 &lt;id@example.com&gt; queued",
                "",
            }, "\n") .. "\n"
            local status, out, err = cli({ "classify", "--json" }, input)
            assert.are.equal(0, status)
            assert.are.equal("", err)
            local lines = helper.lines(out)
            assert.are.equal(7, #lines)
            local allowed = { tags = true, template = true }
            for _, k in ipairs(FIELDS) do allowed[k] = true end
            for _, line in ipairs(lines) do
                assert.is_true(helper.valid_utf8(line), "invalid UTF-8 in " .. line)
                local obj = decode(line)
                for k in pairs(obj) do assert.is_true(allowed[k] ~= nil, "unexpected field " .. k) end
                for _, k in ipairs{ "outcome", "reason", "action", "scope", "text", "rule" } do
                    assert.are.equal("string", type(obj[k]), k)
                end
                assert.are.equal("table", type(obj.tags))
            end
            local moved = decode(lines[2])
            assert.are.equal("hasmoved", moved.reason)
            assert.are.equal("new@example.org", moved.forward)
            local gl01 = decode(lines[3])
            assert.are.equal(421, gl01.code)
            assert.are.equal("4.7.0", gl01.status)
            assert.are.equal("yahoo", gl01.provider)
            assert.are.equal(72 * 3600, gl01.give_up_after)
            -- bytes that are not UTF-8 become U+FFFD; the rest survives
            local bad = decode(lines[4])
            assert.is_truthy(bad.text:find("caf\239\191\189", 1, true), bad.text)
            assert.is_truthy(bad.text:find("invalid UTF-8", 1, true))
            local quoted = decode(lines[5])
            assert.are.equal(smtpbounce.classify("554 a \"quoted\" \\ back\\slash and a /slash/ and a tab\tx").text,
                             quoted.text)
            assert.are.equal("<id@example.com> queued", decode(lines[6]).text)
            local blank = decode(lines[7])
            assert.are.equal("unknown", blank.outcome)
            assert.are.equal("contact", blank.action)
            assert.is_nil(blank.code)
        end)

        it("passes --mx, --domain, --provider, --phase and --dsn on as ctx", function ()
            local function json (args, reply)
                local a = { "classify", "--json" }
                for _, x in ipairs(args) do a[#a + 1] = x end
                a[#a + 1] = "--"
                a[#a + 1] = reply
                local status, out, err = cli(a)
                assert.are.equal(0, status, err)
                return decode(helper.lines(out)[1])
            end
            local R = "421 4.7.0 qwerty zxcv"
            assert.are.equal("gmail", json({ "--mx", "gmail-smtp-in.l.google.com" }, R).provider)
            assert.are.equal("gmail", json({ "--domain", "gmail.com" }, R).provider)
            assert.are.equal("yahoo", json({ "--provider", "yahoo" }, R).provider)
            assert.is_nil(json({}, R).provider)
            -- --dsn: the class of a reply without code or status (scan's dsn=)
            local HNF = "Host or domain name not found. Name service error for name=x.example "
                        .. "type=MX: Host not found"
            local d = json({ "--dsn", "4.4.3" }, HNF)
            assert.same({ "deferred", "hostunknown", "retry", 600 },
                        { d.outcome, d.reason, d.action, d.retry_after })
            assert.are.equal("bounced", json({}, HNF).outcome)
            -- the caller's domain decides over a token of the text
            assert.are.equal("yahoo", json({ "--domain", "yahoo.com" }, "550 5.7.9 This mail has "
                .. "been blocked because the sender is unauthenticated. Yahoo requires all senders "
                .. "to authenticate with either SPF or DKIM.").provider)
            local f = helper.temp_file([[
return {
    { id = "ops.mail", phase = "mail", reason = "rejected", any = "widget" },
}
]])
            assert.are.equal("ops.mail", json({ "--rules", f, "--phase", "mail" }, "550 widget").rule)
            assert.are_not.equal("ops.mail", json({ "--rules", f, "--phase", "rcpt" }, "550 widget").rule)
            os.remove(f)
        end)

        it("takes a reply starting with '-' after '--'", function ()
            local status, out = cli{ "classify", "--json", "--", "-550 odd" }
            assert.are.equal(0, status)
            assert.are.equal(1, #helper.lines(out))
        end)

        it("adds operator rules with --rules FILE (repeatable)", function ()
            local f1 = helper.temp_file('return { { id = "ops.one", reason = "filtered", any = "widget" } }\n')
            local f2 = helper.temp_file('return { { id = "ops.two", reason = "blocked", any = "gadget" } }\n')
            local status, out, err = cli{ "classify", "--json", "--rules", f1, "--rules", f2,
                                          "550 widget", "550 gadget" }
            assert.are.equal(0, status, err)
            local lines = helper.lines(out)
            assert.are.equal("ops.one", decode(lines[1]).rule)
            assert.are.equal("ops.two", decode(lines[2]).rule)
            os.remove(f1); os.remove(f2)
        end)

        it("exits 1 naming file:line and the field for a rule file with a mistake", function ()
            local f = helper.temp_file([[
return {
    { id = "ops.ok", reason = "filtered", any = "widget" },
    { id = "ops.bad", reason = "filtered", any = "gadget",
      action = "explode" },
}
]])
            local status, out, err = cli({ "classify", "--rules", f, "550 widget" })
            assert.are.equal(1, status)
            assert.are.equal("", out)
            assert.are.equal("smtpbounce: " .. f .. ":3: rule 'ops.bad': field 'action': "
                             .. "unknown action 'explode' (one of: none, retry, throttle, "
                             .. "suppress, fix, contact)\n", err)
            os.remove(f)
        end)

        it("exits 1 naming a rule file that does not load", function ()
            local f = helper.temp_file("return {\n")
            local status, out, err = cli({ "classify", "--rules", f, "x" })
            assert.are.equal(1, status)
            assert.are.equal("", out)
            assert.is_truthy(err:find("^smtpbounce: " .. f:gsub("%p", "%%%0") .. ":%d+:"), err)
            os.remove(f)
            status, out, err = cli({ "classify", "--rules", "/nonexistent/rules.lua", "x" })
            assert.are.equal(1, status)
            assert.are.equal("", out)
            assert.is_truthy(err:find("/nonexistent/rules.lua", 1, true), err)
        end)
    end)

    describe("explain", function ()
        local REPLY = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown"

        it("prints the result, the deciding rule, where it is defined and what matched", function ()
            local status, out, err = cli{ "explain", REPLY }
            assert.are.equal(0, status)
            assert.are.equal("", err)
            local r = smtpbounce.explain(REPLY)
            assert.is_truthy(out:find("reply:     " .. REPLY, 1, true))
            assert.is_truthy(out:find(("result:    %s / %s / %s (scope %s)"):format(
                r.outcome, r.reason, r.action, r.scope), 1, true))
            assert.is_truthy(out:find(("rule:      %s (layer %s, %s)"):format(
                r.rule, r.why.layer, r.why.where), 1, true), out)
            -- (the reply matches phrases of its rule and of rules that lost)
            assert.is_true(#r.why.matched > 0 and #r.why.lost > 0)
            for _, m in ipairs(r.why.matched) do
                assert.is_truthy(out:find(("matched:   %q at %d"):format(m.phrase, m.at), 1, true))
            end
            for _, l in ipairs(r.why.lost) do
                assert.is_truthy(out:find("also:      " .. l.rule .. " (", 1, true))
            end
            assert.is_truthy(out:find("text:      " .. r.text, 1, true))
            assert.is_truthy(out:find(("rule:      %s (layer %s, %s)\nbasis:     text\n"):format(
                r.rule, r.why.layer, r.why.where), 1, true), out)
        end)

        it("says what the reason rests on (basis)", function ()
            for reply, basis in pairs{ ["550 5.1.1 x"] = "status", ["550 Transaction failed"] = "code",
                                       [""] = "none" } do
                local _, out = cli{ "explain", reply }
                assert.is_truthy(out:find("\nbasis:     " .. basis .. "\n", 1, true), out)
                local _, j = cli{ "explain", "--json", reply }
                assert.are.equal(basis, decode(helper.lines(j)[1]).basis)
            end
        end)

        it("--json prints one object: the result plus 'why'", function ()
            local status, out, err = cli{ "explain", "--json", REPLY }
            assert.are.equal(0, status)
            assert.are.equal("", err)
            local lines = helper.lines(out)
            assert.are.equal(1, #lines)
            local obj = decode(lines[1])
            local r = smtpbounce.explain(REPLY)
            for _, k in ipairs(FIELDS) do assert.are.equal(r[k], obj[k], k) end
            assert.are.equal(r.why.rule, obj.why.rule)
            assert.are.equal(r.why.layer, obj.why.layer)
            assert.are.equal(r.why.where, obj.why.where)
            assert.are.equal(#r.why.matched, #obj.why.matched)
            for i, m in ipairs(r.why.matched) do
                assert.are.same(m, obj.why.matched[i])
            end
            assert.are.equal(#r.why.lost, #obj.why.lost)
            for i, l in ipairs(r.why.lost) do
                assert.are.equal(l.rule, obj.why.lost[i].rule)
                assert.are.equal(l.why, obj.why.lost[i].why)
            end
        end)

        it("names the policy entries that changed the effect (text and --json)", function ()
            local f = "examples/rules/yahoo-tss04-throttle.lua"
            local TSS04 = "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to "
                          .. "unexpected volume or user complaints - 4.16.55.1"
            local e = smtpbounce.new{ file = f }:explain(TSS04)
            local at = e.why.policy[1].where
            assert.are.equal(f .. ":", at:sub(1, #f + 1))
            local status, out, err = cli{ "explain", "--rules", f, TSS04 }
            assert.are.equal(0, status)
            assert.are.equal("", err)
            assert.is_truthy(out:find("\npolicy:    " .. at .. " sets action, retry_after, give_up_after\n",
                                      1, true), out)
            status, out = cli{ "explain", "--json", "--rules", f, TSS04 }
            assert.are.equal(0, status)
            assert.are.same({ { where = at, fields = { "action", "retry_after", "give_up_after" } } },
                            decode(out).why.policy)
            -- no policy: no line, no member
            status, out = cli{ "explain", TSS04 }
            assert.are.equal(0, status)
            assert.is_nil(out:find("policy:", 1, true), out)
            status, out = cli{ "explain", "--json", TSS04 }
            assert.are.equal(0, status)
            assert.is_nil(out:find('"policy"', 1, true), out)
        end)

        it("names the tracker rules that would count the reply (text and --json)", function ()
            local OVER = "452 4.2.2 Over Quota"  -- smtpbounce.tracker.rules' example
            local status, out, err = cli{ "explain", OVER }
            assert.are.equal(0, status)
            assert.are.equal("", err)
            assert.is_truthy(out:find("\ntracker:   recipient%.mailboxfull %(recipient rule, layer "
                                      .. "builtin, [^)]*smtpbounce/tracker/rules%.lua:%d+%): 3 in "
                                      .. "604800s %-> suppress for 2592000s\n"), out)
            status, out = cli{ "explain", "--json", OVER }
            assert.are.equal(0, status)
            local tr = decode(out).why.tracker
            assert.are.equal(1, #tr)
            assert.are.same({ "recipient.mailboxfull", "recipient", "builtin", 3, 604800, 2592000 },
                            { tr[1].id, tr[1].on, tr[1].layer, tr[1].count, tr[1].window,
                              tr[1].expire })
            assert.is_truthy(tr[1].where:find("smtpbounce/tracker/rules%.lua:%d+$"), tr[1].where)
            -- written as the classifier's rules are (lua/..., never bin/../lua/...)
            assert.are.equal(decode(out).why.where:match("^(.*)/rules/"),
                             tr[1].where:match("^(.*)/tracker/rules%.lua"))
            -- a rule file's tracker rules come first, with their file:line
            local f = "examples/rules/tracker-mailboxfull.lua"
            local TSS04 = "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to "
                          .. "unexpected volume or user complaints - 4.16.55.1"
            status, out = cli{ "explain", "--rules", f, "--mx", "mta5.am0.yahoodns.net", TSS04 }
            assert.are.equal(0, status)
            assert.is_truthy(out:find("\ntracker:   ops.yahoo-pause (provider rule, layer operator, "
                                      .. f .. ":16): 3 in 600s -> pause 3600s\n", 1, true), out)
            status, out = cli{ "explain", "--json", TSS04 }
            assert.are.equal(0, status)
            local y = decode(out).why.tracker[1]
            assert.are.same({ "yahoo.ts-pause", 7200, "300/hour", 3600, "provider" },
                            { y.id, y.pause, y.slow, y.quiet, y.per })
            -- a reply no tracker rule counts: no line, no member
            for _, reply in ipairs{ "250 2.0.0 OK", REPLY } do
                status, out = cli{ "explain", reply }
                assert.are.equal(0, status)
                assert.is_nil(out:find("tracker:", 1, true), out)
                status, out = cli{ "explain", "--json", reply }
                assert.are.equal(0, status)
                assert.is_nil(out:find('"tracker"', 1, true), out)
            end
        end)

        it("rules --check FILE checks the file's tracker rules and replays their examples", function ()
            local status, out, err = cli{ "rules", "--check", "examples/rules/tracker-mailboxfull.lua" }
            assert.are.equal(0, status, err)
            assert.are.equal("0 rules, 0 examples checked, 0 problems\n"
                             .. "2 tracker rules, 2 examples checked, 0 problems\n", out)
            -- a file without tracker rules: the classifier's line alone
            status, out = cli{ "rules", "--check", "examples/rules/disable-rule.lua" }
            assert.are.equal(0, status)
            assert.are.equal("0 rules, 0 examples checked, 0 problems\n", out)
            local f = os.tmpname()
            helper.write_file(f, 'return { tracker = {\n    { id = "ops.never", on = "recipient", '
                                 .. 'count = 2, window = 60,\n      example = "250 2.0.0 OK" },\n} }\n')
            status, out, err = cli{ "rules", "--check", f }
            os.remove(f)
            assert.are.equal(1, status)
            assert.are.equal("0 rules, 0 examples checked, 0 problems\n"
                             .. "1 tracker rules, 1 examples checked, 1 problems\n", out)
            assert.are.equal(f .. ":2: tracker rule 'ops.never': example not suppressed after 2 "
                             .. "replies (decided delivered/none/none by 'smtp.2xx')\n", err)
        end)

        it("explains the blank reply", function ()
            local status, out = cli{ "explain", "--json", "" }
            assert.are.equal(0, status)
            local obj = decode(helper.lines(out)[1])
            assert.are.equal("unknown", obj.outcome)
            assert.are.equal("contact", obj.action)
        end)
    end)

    describe("scan and basis", function ()
        -- Postfix lines in the form of examples/postfix-maillog.log
        local function line (id, rcpt, reply)
            return ("Sep  1 09:34:42 m postfix/smtp[1]: %s: to=<%s>, relay=mx.example.com[192.0.2.1]:25, "
                    .. "dsn=5.0.0, status=bounced (host mx.example.com[192.0.2.1] said: %s "
                    .. "(in reply to RCPT TO command))"):format(id, rcpt, reply)
        end
        local LOG = table.concat({
            line("A1", "bob@example.com", "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"),
            line("A2", "carol@example.com", "550 5.1.1 x"),
            line("A3", "dave@example.com", "550 Transaction failed"),
        }, "\n") .. "\n"

        it("--json gives each attempt's basis", function ()
            local status, out = cli({ "scan", "--json" }, LOG)
            assert.are.equal(0, status)
            local lines = helper.lines(out)
            assert.are.equal(3, #lines)
            for i, want in ipairs{ "text", "status", "code" } do
                assert.are.equal(want, decode(lines[i]).basis, lines[i])
                assert.is_truthy(lines[i]:find(',"basis":"' .. want .. '","template":', 1, true), lines[i])
            end
        end)

        it("--summary and --suppress-out mark the addresses suppressed on the code alone", function ()
            local f = os.tmpname()
            local status, out = cli({ "scan", "--summary", "--suppress-out", f }, LOG)
            assert.are.equal(0, status)
            assert.is_truthy(out:find("\nAddresses to suppress: 3\n"
                .. "  bob@example.com                          userunknown\n"
                .. "  carol@example.com                        userunknown\n"
                .. "  dave@example.com                         userunknown (code only)\n", 1, true), out)
            assert.are.equal("bob@example.com\tuserunknown\ttext\ncarol@example.com\tuserunknown\tstatus\n"
                             .. "dave@example.com\tuserunknown\tcode\n", helper.read_file(f))
            os.remove(f)
            local _, j = cli({ "scan", "--json", "--summary" }, LOG)
            local s = decode(helper.lines(j)[4]).summary
            assert.are.same({ address = "dave@example.com", reason = "userunknown", basis = "code" },
                            s.suppress[3])
        end)
    end)

    describe("--profile and the phase", function ()
        it("classify --profile cautious asks for contact where seed suppresses on the code", function ()
            local _, seed = cli{ "classify", "--json", "550 Transaction failed", "550 5.1.1 user unknown" }
            local _, cautious = cli{ "classify", "--json", "--profile", "cautious", "550 Transaction failed",
                                     "550 5.1.1 user unknown" }
            seed, cautious = helper.lines(seed), helper.lines(cautious)
            assert.are.equal("suppress", decode(seed[1]).action)
            assert.are.equal("contact", decode(cautious[1]).action)
            assert.are.equal("suppress", decode(seed[2]).action)
            assert.are.equal("suppress", decode(cautious[2]).action)
        end)

        it("explain shows a profile other than seed", function ()
            local _, out = cli{ "explain", "--profile", "cautious", "550 Transaction failed" }
            assert.is_truthy(out:find("\nprofile:   cautious\n", 1, true), out)
            _, out = cli{ "explain", "550 Transaction failed" }
            assert.is_nil(out:find("profile:", 1, true))
            _, out = cli{ "explain", "--json", "--profile=cautious", "550 Transaction failed" }
            assert.are.equal("cautious", decode(out).why.profile)
        end)

        it("--phase connect: 554 5.7.1 go away asks for contact, scope sender", function ()
            local _, out = cli{ "classify", "--json", "--phase", "connect", "554 5.7.1 go away" }
            local r = decode(out)
            assert.are.same({ "contact", "sender" }, { r.action, r.scope })
        end)

        it("scan --profile cautious", function ()
            local log = "Sep  1 09:34:42 m postfix/smtp[1]: A3: to=<dave@example.com>, "
                .. "relay=mx.example.com[192.0.2.1]:25, dsn=5.0.0, status=bounced (host "
                .. "mx.example.com[192.0.2.1] said: 550 Transaction failed (in reply to RCPT TO command))\n"
            local _, seed = cli({ "scan", "--json" }, log)
            local _, cautious = cli({ "scan", "--json", "--profile", "cautious" }, log)
            assert.are.equal("suppress", decode(seed).action)
            assert.are.equal("contact", decode(cautious).action)
        end)
    end)

    describe("usage errors exit 2 with a message on stderr", function ()
        it("no command", function ()
            usage_error({}, "no command given")
        end)
        it("an unknown command", function ()
            usage_error({ "frobnicate" }, "unknown command 'frobnicate'")
        end)
        it("an unknown option", function ()
            usage_error({ "classify", "--frob", "x" }, "unknown option '--frob'")
        end)
        it("an option without its value", function ()
            usage_error({ "classify", "--mx" }, "option '--mx' needs a value")
            usage_error({ "classify", "--rules" }, "option '--rules' needs a value")
        end)
        it("--phase with an unknown phase", function ()
            usage_error({ "classify", "--phase", "bogus", "x" },
                        "unknown phase 'bogus' (connect, helo, mail, rcpt, data, eod)")
        end)
        it("--profile with an unknown profile", function ()
            usage_error({ "classify", "--profile", "bold", "x" },
                        "unknown profile 'bold' (seed, cautious)")
            usage_error({ "scan", "--profile", "bold" }, "unknown profile 'bold' (seed, cautious)")
        end)
        it("--provider with an unknown provider", function ()
            -- (the providers named, as the profiles and phases are)
            local ids = {}
            for i, p in ipairs(smtpbounce.new().providers) do ids[i] = p.id end
            assert.is_true(#ids > 10)
            usage_error({ "classify", "--provider", "nope", "x" }, "unknown provider 'nope' ("
                        .. table.concat(ids, ", ") .. ")")
        end)
        it("explain without a reply, or with two", function ()
            usage_error({ "explain" }, "explain takes exactly one REPLY")
            usage_error({ "explain", "a", "b" }, "explain takes exactly one REPLY")
        end)
    end)
    describe("--help of each command", function ()
        -- the command's own options, and options it does not take
        local OWN = {
            classify = { { "--json", "--rules FILE", "--mx HOST", "--domain D", "--phase P",
                           "--provider ID", "--dsn S", "REPLY" },
                         { "--summary", "--format", "--check", "--since", "--suppress-out" } },
            explain = { { "--json", "--rules FILE", "--mx HOST", "--domain D", "--phase P",
                          "--provider ID", "--dsn S", "REPLY" },
                        { "--summary", "--format", "--check", "--since", "--fields" } },
            rules = { { "--check", "--list", "--rules FILE", "FILE" },
                      { "--json", "--mx", "--summary", "--format", "--phase" } },
            scan = { { "--format F", "--json", "--summary", "--suppress-out FILE", "--rules FILE",
                       "--since TIME", "--fields MAP", "FILE" },
                     { "--mx", "--domain", "--phase", "--provider", "--dsn", "--check" } },
        }
        for _, name in ipairs{ "classify", "explain", "rules", "scan" } do
            it(name .. " --help: its own usage and options, exit 0", function ()
                for _, h in ipairs{ "--help", "-h" } do
                    local status, out, err = cli{ name, h }
                    assert.are.equal(0, status)
                    assert.are.equal("", err)
                    assert.is_truthy(out:find("^Usage: smtpbounce " .. name .. " %[%-h%]"), out)
                    for _, o in ipairs(OWN[name][1]) do
                        assert.is_truthy(out:find(o, 1, true), name .. ": " .. o)
                    end
                    for _, o in ipairs(OWN[name][2]) do
                        assert.is_falsy(out:find(o, 1, true), name .. ": " .. o)
                    end
                    assert.is_falsy(out:find("DESIGN.md", 1, true))
                    assert.is_truthy(out:find("smtpbounce(1)", 1, true)
                                     or out:find("man smtpbounce", 1, true))
                end
            end)
        end

        it("wins over a missing argument, and over what comes after it", function ()
            local _, want = cli{ "explain", "--help" }
            for _, args in ipairs{ { "explain", "--help", "a", "b" }, { "explain", "a", "-h" },
                                   { "explain", "--json", "--help", "--bogus" } } do
                local status, out, err = cli(args)
                assert.are.equal(0, status)
                assert.are.equal("", err)
                assert.are.equal(want, out)
            end
            local status, out = cli{ "rules", "--help" }
            assert.are.equal(0, status)
            assert.is_truthy(out:find("^Usage: smtpbounce rules"))
        end)

        it("the overall help lists each command with its options, not DESIGN.md", function ()
            local status, out, err = cli{ "--help" }
            assert.are.equal(0, status)
            assert.are.equal("", err)
            for _, u in ipairs{ "smtpbounce classify [--json] [--rules FILE]",
                                "smtpbounce explain [--json]", "smtpbounce rules (--check | --list)",
                                "smtpbounce scan [--format F]", "--version" } do
                assert.is_truthy(out:find(u, 1, true), u)
            end
            assert.is_falsy(out:find("DESIGN.md", 1, true))
        end)

        it("goes to the out stream given to main, which returns 0", function ()
            local cli_mod = require "smtpbounce.cli"
            local out, err = assert(io.tmpfile()), assert(io.tmpfile())
            assert.are.equal(0, cli_mod.main({ "scan", "--help" }, out, err, io.stdin))
            out:seek("set"); err:seek("set")
            assert.is_truthy(out:read("*a"):find("^Usage: smtpbounce scan"))
            assert.are.equal("", err:read("*a"))
            out:close(); err:close()
        end)
    end)

    describe("--opt=value", function ()
        local RULES = "examples/rules/one-provider-rule.lua"
        local LOG = "examples/postfix-maillog.log"
        local R = "421 4.7.0 qwerty zxcv"
        -- the same run with "--opt value" and with "--opt=value"
        local CASES = {
            { "classify", "--json", "--mx", "gmail-smtp-in.l.google.com", R },
            { "classify", "--json", "--domain", "yahoo.com", R },
            { "classify", "--json", "--phase", "mail", R },
            { "classify", "--json", "--provider", "microsoft", R },
            { "classify", "--json", "--rules", RULES, "550 5.7.708 Access denied" },
            { "explain", "--mx", "gmail-smtp-in.l.google.com", R },
            { "explain", "--domain", "yahoo.com", R },
            { "explain", "--phase", "connect", R },
            { "explain", "--provider", "yahoo", R },
            { "explain", "--rules", RULES, "550 5.7.708 Access denied" },
            { "rules", "--check", "--rules", RULES },
            { "scan", "--json", "--format", "postfix", LOG },
            { "scan", "--json", "--since", "2026-11-28", LOG },
            { "scan", "--json", "--fields", "postal", LOG },
            -- a value its check refuses: the same message either way
            { "classify", "--phase", "bogus", R },
            { "scan", "--format", "qmail", LOG },
            { "scan", "--since", "yesterday", LOG },
            { "scan", "--fields", "mandrill", LOG },
        }
        for _, c in ipairs(CASES) do
            local opt, value = c[#c - 2], c[#c - 1]
            if c[1] == "rules" then opt, value = c[#c - 1], c[#c] end
            it(c[1] .. " " .. opt .. "=" .. value, function ()
                local joined = {}
                for i, a in ipairs(c) do
                    if a == opt then joined[#joined + 1] = a .. "=" .. c[i + 1]
                    elseif c[i - 1] ~= opt then joined[#joined + 1] = a end
                end
                assert.are.equal(#c - 1, #joined)
                local s1, o1, e1 = cli(c)
                local s2, o2, e2 = cli(joined)
                assert.are.equal(s1, s2)
                assert.are.equal(o1, o2)
                assert.are.equal(e1, e2)
                if value == "bogus" or value == "qmail" or value == "yesterday"
                   or value == "mandrill" then
                    assert.are.equal(2, s2)
                else
                    assert.are.equal(0, s2, e2)
                    assert.are_not.equal("", o2)
                end
            end)
        end

        it("takes effect", function ()
            local status, out = cli{ "classify", "--json", "--mx=gmail-smtp-in.l.google.com", R }
            assert.are.equal(0, status)
            assert.are.equal("gmail", decode(helper.lines(out)[1]).provider)
            local f = os.tmpname()
            status = cli{ "scan", "--json", "--suppress-out=" .. f, LOG }
            assert.are.equal(0, status)
            assert.is_truthy(helper.read_file(f):find("@example.com\t", 1, true))
            os.remove(f)
        end)

        it("an empty value is a value", function ()
            usage_error({ "classify", "--phase=", "x" },
                        "unknown phase '' (connect, helo, mail, rcpt, data, eod)")
        end)
    end)

    describe("another command's options are refused (exit 2)", function ()
        it("classify --summary", function ()
            usage_error({ "classify", "--summary", "550 x" },
                        "classify does not take option '--summary' (scan and mail do)")
        end)
        it("in the --opt=value form too", function ()
            usage_error({ "classify", "--format=exim", "550 x" },
                        "classify does not take option '--format' (scan does)")
        end)
        it("one that several commands take", function ()
            usage_error({ "rules", "--check", "--json" },
                        "rules does not take option '--json' (classify, explain, scan and mail do)")
            usage_error({ "scan", "--mx", "x" },
                        "scan does not take option '--mx' (classify and explain do)")
            usage_error({ "explain", "--check", "x" },
                        "explain does not take option '--check' (rules does)")
        end)
        it("a command's option before the command", function ()
            usage_error({ "--json", "classify", "550 x" },
                        "option '--json' goes after the command (smtpbounce classify --json ...)")
            usage_error({ "--summary", "scan" },
                        "option '--summary' goes after the command (smtpbounce scan --summary ...)")
        end)
    end)

    describe("more usage errors exit 2 with a message on stderr", function ()
        it("a flag given a value", function ()
            usage_error({ "classify", "--json=yes", "x" }, "option '--json' does not take arguments")
        end)
        it("an option misspelt", function ()
            usage_error({ "classify", "--jsno", "x" }, "unknown option '--jsno'\nDid you mean '--json'?")
            usage_error({ "classify", "--jsn", "x" }, "unknown option '--jsn'\n"
                        .. "Did you mean one of these: '--dsn' '--json'?")
        end)
        it("a --dsn that is no DSN status", function ()
            usage_error({ "classify", "--dsn", "5.4", "x" }, "--dsn: not a DSN status such as 5.1.1: '5.4'")
        end)
        it("a command misspelt", function ()
            usage_error({ "clasify", "x" }, "unknown command 'clasify'\nDid you mean 'classify'?")
        end)
        it("an option without its value, in scan", function ()
            usage_error({ "scan", "--since" }, "option '--since' needs a value")
        end)
        it("rules without --check or --list, with both, or with two files", function ()
            usage_error({ "rules" }, "rules needs --check or --list")
            usage_error({ "rules", "--check", "--list" },
                        "option '--list' can not be used together with option '--check'")
            usage_error({ "rules", "--check", "a.lua", "b.lua" }, "rules takes at most one FILE")
        end)
        it("returns 2 from main, never exiting", function ()
            local cli_mod = require "smtpbounce.cli"
            local out, err = assert(io.tmpfile()), assert(io.tmpfile())
            assert.are.equal(2, cli_mod.main({ "classify", "--summary" }, out, err, io.stdin))
            out:seek("set"); err:seek("set")
            assert.are.equal("", out:read("*a"))
            assert.are.equal("smtpbounce: classify does not take option '--summary' (scan and mail do)\n"
                             .. "Try 'smtpbounce --help'.\n", err:read("*a"))
            out:close(); err:close()
        end)
    end)

    describe("standard input a directory", function ()
        local WANT = "smtpbounce: <stdin>: is a directory\n"

        it("classify exits 1 saying so", function ()
            local out, err = os.tmpname(), os.tmpname()
            local p = assert(io.popen(table.concat({ helper.lua, "bin/smtpbounce", "classify",
                "<", "spec", ">", helper.shell_quote(out), "2>", helper.shell_quote(err),
                "; echo $?" }, " ")))
            local status = tonumber(p:read("*a"):match("%d+"))
            p:close()
            assert.are.equal(1, status)
            assert.are.equal("", helper.read_file(out))
            assert.are.equal(WANT, helper.read_file(err))
            os.remove(out); os.remove(err)
        end)

        it("through main, with the input given to it", function ()
            local cli_mod = require "smtpbounce.cli"
            local out, err = assert(io.tmpfile()), assert(io.tmpfile())
            local dir = assert(io.open("spec", "rb"))
            assert.are.equal(1, cli_mod.main({ "classify", "--json" }, out, err, dir))
            dir:close()
            out:seek("set"); err:seek("set")
            assert.are.equal("", out:read("*a"))
            assert.are.equal(WANT, err:read("*a"))
            out:close(); err:close()
        end)
    end)

    it("--version after a command prints the version too", function ()
        local status, out, err = cli{ "classify", "--version" }
        assert.are.equal(0, status)
        assert.are.equal("", err)
        assert.are.equal("smtpbounce " .. smtpbounce._VERSION .. "\n", out)
    end)

    -- hostile input (DESIGN.md "Bad input"): any bytes, any size
    describe("hostile input", function ()
        local rep, concat = string.rep, table.concat
        local BYTES = helper.ALL_BYTES

        it("gives one line per input line whatever the bytes, --json valid UTF-8", function ()
            local lines = { "550 5.1.1 user\0unknown", "", "\192\175\255\254 x", BYTES:gsub("[\r\n]", ""),
                            "&" .. rep("amp;", 1000), "000", rep("x", 100000) }
            local status, out, err = cli({ "classify", "--json" }, concat(lines, "\n") .. "\n")
            assert.are.equal(0, status)
            assert.are.equal("", err)
            local got = helper.lines(out)
            assert.are.equal(#lines, #got)
            for _, l in ipairs(got) do
                assert.is_true(helper.valid_utf8(l), l:sub(1, 40))
                assert.is_truthy(l:find('^{"'))
            end
            assert.is_truthy(got[1]:find('"reason":"userunknown"', 1, true))
        end)

        it("takes empty, huge and binary arguments", function ()
            local status, out = cli({ "classify", "--", "", "\255\1x", rep("y", 100000) })
            assert.are.equal(0, status)
            assert.are.equal(3, #helper.lines(out))
            status, out = cli({ "classify", "--mx", rep("a.", 50000), "550 x" })
            assert.are.equal(0, status)
            assert.are.equal(1, #helper.lines(out))
            status, out = cli({ "explain", "--json", "\192\175 550" })
            assert.are.equal(0, status)
            assert.is_true(helper.valid_utf8(out))
        end)

        it("exits 2 for empty or missing option values and 1 for unreadable rule files", function ()
            local status, out, err = cli({ "classify", "--phase", "" })
            assert.are.equal(2, status)
            assert.are.equal("", out)
            assert.is_truthy(err:find("unknown phase ''", 1, true))
            status, out, err = cli({ "classify", "--mx" })
            assert.are.equal(2, status)
            assert.are.equal("", out)
            assert.is_truthy(err:find("^smtpbounce: "))
            status, out, err = cli({ "classify", "--rules", "/" }, "550 x\n")
            assert.are.equal(1, status)
            assert.are.equal("", out)
            assert.is_truthy(err:find("^smtpbounce: "))
            local bin = helper.temp_file(BYTES)
            status, out, err = cli({ "classify", "--rules", bin }, "550 x\n")
            os.remove(bin)
            assert.are.equal(1, status)
            assert.are.equal("", out)
            assert.is_truthy(err:find("^smtpbounce: "))
        end)
    end)
end)
