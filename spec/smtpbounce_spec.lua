-- smtpbounce: the Lua facade: parse(), classify(), classify_into(),
-- explain(), new() and classifier objects, and hostile replies and
-- arguments through them (DESIGN.md "Bad input": any byte string is data
-- and gets a result, never an error, in time linear in its length; a
-- reply, ctx or options of the wrong type raise the documented error).
-- Expectations come from DESIGN.md (vocabulary, defaults, Result table,
-- Rules, Bad input) and STYLE.md (error wording).  The checks of rule
-- data are in spec/rulecheck_spec.lua and spec/compile_spec.lua, the
-- shipped rules' own examples in spec/rules_spec.lua.

local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"
local lpeg = require "lpeg"

local fixtures = require "spec.fixtures.seed"

local rep, char, fmt = string.rep, string.char, string.format
local linear = helper.linear

-- {======================================================================
-- The public contract, copied from DESIGN.md (not from the code): the
-- lists are spec/helper.lua's DESIGN
-- =======================================================================

local DESIGN = helper.DESIGN
local GIVE_UP_4XX = DESIGN.give_up_4xx

local function set (list)
    local s = {}
    for _, v in ipairs(list) do s[v] = true end
    return s
end
local is_outcome, is_reason, is_action, is_scope =
    set(DESIGN.outcomes), set(DESIGN.reasons), set(DESIGN.actions), set(DESIGN.scopes)

-- the Result table of DESIGN.md: field -> check of its value
local RESULT = {
    code = function (v) return v == nil or (helper.is_integer(v) and v >= 200 and v <= 599) end,
    status = function (v)
        return v == nil or (type(v) == "string" and v:match("^[245]%.%d%d?%d?%.%d%d?%d?$") ~= nil)
    end,
    outcome = function (v) return is_outcome[v] == true end,
    reason = function (v) return is_reason[v] == true end,
    action = function (v) return is_action[v] == true end,
    scope = function (v) return is_scope[v] == true end,
    provider = function (v) return v == nil or (type(v) == "string" and v ~= "") end,
    text = function (v) return type(v) == "string" end,
    tags = function (v)
        if type(v) ~= "table" then return false end
        local n = 0
        for _ in pairs(v) do n = n + 1 end
        if n ~= #v then return false end
        for _, t in ipairs(v) do if type(t) ~= "string" then return false end end
        return true
    end,
    forward = function (v) return v == nil or (type(v) == "string" and v:find("@", 1, true) ~= nil) end,
    retry_after = function (v) return v == nil or (helper.is_integer(v) and v >= 0) end,
    give_up_after = function (v) return v == nil or (helper.is_integer(v) and v >= 0) end,
    rule = function (v) return type(v) == "string" and v ~= "" end,
    basis = function (v) return v == "text" or v == "status" or v == "code" or v == "none" end,
    -- not (yet) in DESIGN.md's table: the reply's shape with placeholders
    -- ("550 5.1.1 <{email}> ..."), added with commit 8263a9d
    template = function (v) return type(v) == "string" end,
}

-- every field of 'r' is a Result field of the right type, and the outcome
-- agrees with the reply class
local function check_result (r, extra)
    assert.are.equal("table", type(r))
    for k, v in pairs(r) do
        if not (extra and extra[k]) then
            assert.is_not_nil(RESULT[k], "field not in DESIGN.md's Result table: " .. tostring(k))
            assert.is_true(RESULT[k](v), "bad value for '" .. k .. "': " .. tostring(v))
        end
    end
    for k, ok in pairs(RESULT) do
        assert.is_true(ok(r[k]), "bad or missing '" .. k .. "': " .. tostring(r[k]))
    end
    if r.code then
        local want = ({ [2] = "delivered", [4] = "deferred", [5] = "bounced" })[math.floor(r.code / 100)]
        if want then assert.are.equal(want, r.outcome, "outcome of code " .. r.code) end
    end
    if r.outcome == "delivered" then assert.are.equal("none", r.action) end
    return r
end

local function ids (rules)
    local t = {}
    for i, r in ipairs(rules) do t[i] = r.id end
    return t
end

-- the line of 'path' numbered 'n'
local function line_of (path, n)
    local i = 0
    for l in io.lines(path) do
        i = i + 1
        if i == n then return l end
    end
    return nil
end

local function temp_rules (text)
    return helper.temp_file(text)
end

local error_of = helper.error_of

-- the clean text holds no control byte, no double, leading or trailing
-- space, and is never longer than the reply
local function clean (text, reply)
    assert.are.equal("string", type(text))
    assert.is_nil(text:find("[%z\1-\31\127]"))
    assert.is_nil(text:find("  ", 1, true))
    assert.is_nil(text:find("^ "))
    assert.is_nil(text:find(" $"))
    assert.is_true(#text <= #reply)
end

-- classify, explain and parse agree on 'reply' and keep the contract;
-- returns the classify result and the parse table
local function all_three (reply, ctx)
    local r = smtpbounce.classify(reply, ctx)
    local e = smtpbounce.explain(reply, ctx)
    local p = smtpbounce.parse(reply)
    clean(r.text, reply)
    assert.are.equal(r.text, p.text)
    assert.are.equal(r.text, e.text)
    assert.are.equal(r.rule, e.rule)
    assert.are.equal(r.code, p.code)
    assert.are.equal(r.status, p.status)
    assert.are.equal("table", type(e.why))
    return r, p
end

local BYTES = helper.ALL_BYTES

-- }======================================================================


describe("smtpbounce", function ()

    it("has a _VERSION string", function ()
        assert.are.equal("string", type(smtpbounce._VERSION))
        assert.is_truthy(smtpbounce._VERSION:match("^%d+%.%d+%.%d+"))
    end)

    describe("parse()", function ()
        it("reads code, status, text and line count of a one-line reply", function ()
            local p = smtpbounce.parse("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown")
            assert.are.equal(550, p.code)
            assert.is_true(helper.is_integer(p.code))
            assert.are.equal("5.1.1", p.status)
            assert.are.equal("<bob@example.org>: Recipient address rejected: User unknown", p.text)
            assert.are.equal(1, p.lines)
            assert.is_true(helper.is_integer(p.lines))
            assert.are.equal("table", type(p.flags))
            assert.is_nil(p.flags.multiline)
            assert.is_nil(p.relay)
        end)

        it("gives the first <local@domain> address as 'forward'", function ()
            local p = smtpbounce.parse("551 5.1.6 User not local; please try <new@example.org>")
            assert.are.equal(551, p.code)
            assert.are.equal("5.1.6", p.status)
            assert.are.equal("new@example.org", p.forward)
            assert.is_nil(smtpbounce.parse("551 not our customer").forward)
        end)

        it("joins continuation lines and drops their repeated codes", function ()
            local p = smtpbounce.parse("550-5.1.1 first line\r\n550-5.1.1 second\r\n550 5.1.1 third")
            assert.are.equal(550, p.code)
            assert.are.equal("5.1.1", p.status)
            assert.are.equal(3, p.lines)
            assert.is_true(p.flags.multiline)
            assert.are.equal("first line second third", p.text)
        end)

        it("skips a log prefix and names the relay host in it", function ()
            local p = smtpbounce.parse("host mx.example.com[192.0.2.1] said: 550 5.1.1 no such user")
            assert.are.equal(550, p.code)
            assert.are.equal("5.1.1", p.status)
            assert.are.equal("mx.example.com", p.relay)
            assert.is_true(p.flags.prefix)
            assert.are.equal("no such user", p.text)
        end)

        it("decodes HTML entities in the text and says so", function ()
            local p = smtpbounce.parse("550 5.1.1 &lt;address@aol.com&gt;: Recipient address rejected: aol.com")
            assert.are.equal("<address@aol.com>: Recipient address rejected: aol.com", p.text)
            assert.is_true(p.flags.entities)
            assert.are.equal("address@aol.com", p.forward)
        end)

        it("flags a blank reply", function ()
            for _, s in ipairs{ "", "   ", "\r\n", " \t\r\n \n" } do
                local p = smtpbounce.parse(s)
                assert.is_nil(p.code)
                assert.is_nil(p.status)
                assert.are.equal("", p.text)
                assert.is_true(p.flags.blank, ("%q"):format(s))
            end
        end)

        it("flags NUL bytes and three digits that are no reply code", function ()
            assert.is_true(smtpbounce.parse("550\0 5.1.1 a\0b").flags.nul)
            for _, s in ipairs{ "000", "999", "600 foo", "199 x" } do
                local p = smtpbounce.parse(s)
                assert.is_nil(p.code, s)
                assert.is_true(p.flags.bad_code, s)
            end
        end)

        it("reads an enhanced status without a reply code", function ()
            local p = smtpbounce.parse("5.1.1 user unknown")
            assert.is_nil(p.code)
            assert.are.equal("5.1.1", p.status)
        end)

        it("accepts a number as its string form", function ()
            assert.are.equal(550, smtpbounce.parse(550).code)
        end)

        it("is also a classifier method", function ()
            local c = smtpbounce.new()
            assert.are.same(smtpbounce.parse("452 4.2.2 Over Quota"), c:parse("452 4.2.2 Over Quota"))
        end)
    end)


    describe("classify()", function ()
        it("refuses a misspelt ctx field", function ()
            assert.has_error(function () smtpbounce.classify("550 x", { MX = "mx.example.com" }) end,
                             "bad argument #2 to 'classify' (unknown field 'MX')")
        end)

        it("returns exactly the fields of DESIGN.md's Result table, typed", function ()
            local replies = {
                "250 2.0.0 OK", "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred",
                "551 5.1.6 User not local; please try <new@example.org>", "", "x",
                "5.1.1 user unknown", "354 Start mail input",
            }
            for _, f in ipairs(fixtures) do replies[#replies + 1] = f.reply end
            for _, s in ipairs(replies) do check_result(smtpbounce.classify(s)) end
        end)

        it("gives the outcome by reply class, else by enhanced class", function ()
            assert.are.equal("delivered", smtpbounce.classify("250 ok").outcome)
            assert.are.equal("deferred", smtpbounce.classify("450 try later").outcome)
            assert.are.equal("bounced", smtpbounce.classify("550 no").outcome)
            assert.are.equal("bounced", smtpbounce.classify("5.1.1 user unknown").outcome)
            assert.are.equal("deferred", smtpbounce.classify("4.2.2 mailbox full").outcome)
            assert.are.equal("unknown", smtpbounce.classify("").outcome)
            assert.are.equal("unknown", smtpbounce.classify("no code at all").outcome)
        end)

        it("asks for contact on a blank reply or text with nothing to read", function ()
            for _, s in ipairs{ "", "   ", "qwerty zxcv", "Delayed Bounce - Unable to Parse Server Reason" } do
                local r = check_result(smtpbounce.classify(s))
                assert.are.equal("unknown", r.outcome, s)
                assert.are.equal("undefined", r.reason, s)
                assert.are.equal("contact", r.action, s)
                assert.is_nil(r.code, s)
            end
        end)

        it("counts an unknown 5xx text as a bad address", function ()
            local r = smtpbounce.classify("554 Sorry, request failed")
            assert.are.equal("bounced", r.outcome)
            assert.are.equal("undefined", r.reason)
            assert.are.equal("suppress", r.action)
            assert.is_nil(r.retry_after)
            assert.is_nil(r.give_up_after)
        end)

        it("asks a person, not suppress, when an unknown 5xx text names something else", function ()
            -- (rules/unread.lua) words no rule knows, none of the address
            for _, s in ipairs{ "550 Wibble frobnicator overheated", "554 Zorg mode: abnormal",
                                "553 5.7.0 Quux gateway says no", "552 Line ends unacceptable",
                                "558 Dreadful ordeal" } do
                local r = smtpbounce.classify(s)
                assert.are.same({ "bounced", "undefined", "contact", "destination", "unread", "text" },
                                { r.outcome, r.reason, r.action, r.scope, r.rule, r.basis }, s)
            end
            -- refusal words only, a word of the address or its mailbox (any
            -- language the rules know), another script, words inside host
            -- names, addresses and numbers: the code's default stands
            for _, s in ipairs{ "550 Requested action not taken", "554 Sorry, request failed",
                                "550 Wibble user frobnicated", "550 Mottagaren hittades inte",
                                "550 Wibble Postfach frobnicated", "552 Wibble quota exceeded",
                                "550 Получатель не найден", "550 <wibble@frob.example> 192.0.2.1 #5.0.0",
                                "550 mx.wibble-frob.example: rejected" } do
                local r = smtpbounce.classify(s)
                assert.are.equal("suppress", r.action, s)
                assert.are_not.equal("unread", r.rule, s)
            end
            -- codes whose default is not to suppress are not its
            for _, s in ipairs{ "501 Wibble frobnicator", "521 Wibble frobnicator",
                                "535 Wibble frobnicator", "450 Wibble frobnicator" } do
                assert.are_not.equal("unread", smtpbounce.classify(s).rule, s)
            end
        end)

        it("retries an unknown 4xx text for up to 72 hours", function ()
            local r = smtpbounce.classify("459 qwerty zxcv")
            assert.are.equal("deferred", r.outcome)
            assert.are.equal("undefined", r.reason)
            assert.are.equal("retry", r.action)
            assert.is_true(r.retry_after > 0)
            assert.are.equal(GIVE_UP_4XX, r.give_up_after)
        end)

        it("asks to fix the message when a 5xx blames the content", function ()
            local cases = {
                { "554 5.7.1 Message rejected as spam", "spamdetected" },
                { "550 5.7.1 Virus found in message", "virusdetected" },
                { "552 5.3.4 Message size exceeds fixed maximum message size", "emailtoolarge" },
            }
            for _, c in ipairs(cases) do
                local r = smtpbounce.classify(c[1])
                assert.are.equal(c[2], r.reason, c[1])
                assert.are.equal("fix", r.action, c[1])
                assert.are.equal("message", r.scope, c[1])
            end
        end)

        it("asks to fix our setup when a 5xx blames it", function ()
            local cases = {
                { "550 5.7.26 This message does not pass DMARC", "authfailure" },
                { "550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]", "requireptr" },
                { "530 5.7.0 Must issue a STARTTLS command first", "securityerror" },
            }
            for _, c in ipairs(cases) do
                local r = smtpbounce.classify(c[1])
                assert.are.equal(c[2], r.reason, c[1])
                assert.are.equal("fix", r.action, c[1])
                assert.are.equal("sender", r.scope, c[1])
            end
        end)

        it("never suppresses the address for a block of our IP", function ()
            for _, s in ipairs{
                "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
                "550 5.7.1 Your IP 192.0.2.1 has been blocked",
                "554 Your IP is listed in our blacklist",
                "421 4.7.0 Your IP is temporarily blocked",
            } do
                local r = smtpbounce.classify(s)
                assert.are.equal("blocked", r.reason, s)
                assert.is_true(r.action == "contact" or r.action == "throttle", s .. ": " .. r.action)
                assert.are.equal("sender", r.scope, s)
            end
        end)

        it("gives the forward address of a 551 (hasmoved) and no other", function ()
            local r = smtpbounce.classify("551 5.1.6 User not local; please try <new@example.org>")
            assert.are.equal("hasmoved", r.reason)
            assert.are.equal("suppress", r.action)
            assert.are.equal("new@example.org", r.forward)
            r = smtpbounce.classify("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown")
            assert.are.equal("userunknown", r.reason)
            assert.is_nil(r.forward)
        end)

        it("gives the text with lines joined and entities decoded", function ()
            local r = smtpbounce.classify("550-5.1.1 &lt;a@b.example&gt; no\r\n550 5.1.1 such user")
            assert.are.equal("<a@b.example> no such user", r.text)
            assert.are.equal(550, r.code)
            assert.are.equal("5.1.1", r.status)
        end)

        it("accepts a number as its string form", function ()
            assert.are.same(smtpbounce.classify("550"), smtpbounce.classify(550))
        end)

        it("gives each call its own tags table", function ()
            local c = smtpbounce.new{ builtin = false,
                rules = { { id = "t", reason = "blocked", any = "widget", tags = { "a" } } } }
            local r1 = c:classify("550 widget")
            assert.are.same({ "a" }, r1.tags)
            r1.tags[1] = "changed"
            r1.tags[2] = "added"
            assert.are.same({ "a" }, c:classify("550 widget").tags)
        end)
    end)


    describe("ctx", function ()
        local REPLY = "421 4.7.0 qwerty zxcv"

        it("detects a built-in provider from the MX host, domain or recipient", function ()
            assert.are.equal("gmail", smtpbounce.classify(REPLY, { mx = "gmail-smtp-in.l.google.com" }).provider)
            assert.are.equal("gmail", smtpbounce.classify(REPLY, { mx = "ALT1.GMAIL-SMTP-IN.L.GOOGLE.COM." }).provider)
            assert.is_nil(smtpbounce.classify(REPLY, { mx = "notgoogle.com" }).provider)
            assert.are.equal("gmail", smtpbounce.classify(REPLY, { domain = "gmail.com" }).provider)
            assert.are.equal("gmail", smtpbounce.classify(REPLY, { recipient = "Bob <bob@Gmail.COM>" }).provider)
            assert.are.equal("gmail", smtpbounce.classify(REPLY, { recipient = "bob@gmail.com" }).provider)
            assert.are.equal("gmail", smtpbounce.classify("550 5.1.1 no such user - gsmtp").provider)
            assert.is_nil(smtpbounce.classify(REPLY).provider)
        end)

        it("lets the caller force a provider", function ()
            assert.are.equal("yahoo", smtpbounce.classify(REPLY, { provider = "yahoo" }).provider)
            assert.are.equal("yahoo", smtpbounce.classify("550 no - gsmtp",
                { provider = "yahoo", mx = "gmail-smtp-in.l.google.com", domain = "gmail.com" }).provider)
        end)

        describe("provider detection order", function ()
            local c
            setup(function ()
                c = smtpbounce.new{ builtin = false, providers = {
                    { id = "pforced", tokens = { "forced-token" } },
                    { id = "pmx", hosts = { "mx.one.example" } },
                    { id = "prelay", hosts = { "relay.example" } },
                    { id = "ptoken", tokens = { "acme-smtp" } },
                    { id = "pdomain", domains = { "dom.example" } },
                    { id = "pshort", hosts = { "one.example" } },
                } }
            end)
            local PREFIX = "host mta.relay.example[192.0.2.1] said: "
            local ALL = PREFIX .. "550 5.1.1 no (acme-smtp)"

            it("ctx.provider > ctx.mx > ctx.domain > relay host > token", function ()
                local ctx = { provider = "pforced", mx = "a.mx.one.example", domain = "dom.example" }
                assert.are.equal("pforced", c:classify(ALL, ctx).provider)
                ctx.provider = nil
                assert.are.equal("pmx", c:classify(ALL, ctx).provider)
                ctx.mx = nil
                assert.are.equal("pdomain", c:classify(ALL, ctx).provider)
                assert.are.equal("pdomain", c:classify("550 5.1.1 no (acme-smtp)", ctx).provider)
                assert.are.equal("pdomain", c:classify("550 5.1.1 no", ctx).provider)
                ctx.domain = "other.example"  -- known to no provider: the text's
                assert.are.equal("prelay", c:classify(ALL, ctx).provider)
                assert.are.equal("ptoken", c:classify("550 5.1.1 no (acme-smtp)", ctx).provider)
                ctx.mx = "mx.other.example"
                assert.are.equal("ptoken", c:classify("550 5.1.1 no (acme-smtp)", ctx).provider)
                assert.is_nil(c:classify("550 5.1.1 no").provider)
            end)

            it("ctx.dsn: the class of a reply with neither code nor status, all four ways", function ()
                local HNF = "Host or domain name not found. Name service error for "
                            .. "name=x.example type=MX: Host not found"
                local d = smtpbounce.new()
                for dsn, want in pairs{ ["4.4.3"] = { "deferred", "retry", 600, 259200 },
                                        ["5.4.4"] = { "bounced", "suppress" } } do
                    local ctx = { dsn = dsn }
                    local r1, r2 = d:classify(HNF, ctx), d:classify_into({}, HNF, ctx)
                    local r3 = d:explain(HNF, ctx)
                    local e, outcome = d:classify_values(HNF, nil, nil, nil, dsn)
                    for _, r in ipairs{ r1, r2, r3, { outcome = outcome, action = e.action,
                                        retry_after = e.retry_after,
                                        give_up_after = e.give_up_after } } do
                        assert.same(want, { r.outcome, r.action, r.retry_after, r.give_up_after }, dsn)
                    end
                end
                -- no dsn: the cause's class; a dsn no status is none (classify_values)
                assert.are.equal("bounced", d:classify(HNF).outcome)
                local _, o = d:classify_values(HNF, nil, nil, nil, "4.4")
                assert.are.equal("bounced", o)
                _, o = d:classify_values("", nil, nil, nil, "4.4.1")
                assert.are.equal("deferred", o)
                _, o = d:classify_values("", nil, nil, nil, nil)
                assert.are.equal("unknown", o)
            end)

            it("matches host suffixes at label boundaries only, any case, trailing dot", function ()
                local function p (mx) return c:classify("550 no", { mx = mx }).provider end
                assert.are.equal("pmx", p("mx.one.example"))
                assert.are.equal("pmx", p("a.b.MX.ONE.EXAMPLE"))
                assert.are.equal("pmx", p("mx.one.example."))
                assert.are.equal("pshort", p("x.one.example"))       -- shorter suffix
                assert.are.equal("pshort", p("one.example"))
                assert.is_nil(p("xmx.one.examplex"))
                assert.is_nil(p("notone.example"))
                assert.is_nil(p("example"))
                assert.is_nil(p(""))
            end)

            it("ignores a token seen only in the log prefix", function ()
                local r = c:classify("host x.invalid[192.0.2.1] said (acme-smtp): 550 5.1.1 no")
                assert.is_nil(r.provider)
            end)
        end)

        it("applies provider rules only to that provider", function ()
            local c = smtpbounce.new{ builtin = false,
                providers = { { id = "acme", domains = { "acme.example" } } },
                rules = {
                    { id = "acme.widget", provider = "acme", reason = "ratelimited", any = "widget" },
                    { id = "any.widget", reason = "blocked", any = "widget" },
                } }
            assert.are.equal("acme.widget", c:classify("550 widget", { domain = "acme.example" }).rule)
            assert.are.equal("any.widget", c:classify("550 widget", { domain = "other.example" }).rule)
            assert.are.equal("any.widget", c:classify("550 widget").rule)
        end)

        it("conditions rules on the SMTP phase, from ctx or from the text", function ()
            -- (the built-in data knows how log lines name the phase)
            local c = smtpbounce.new{ rules = {
                { id = "mail.widget", phase = "mail", reason = "rejected", any = "widget" },
                { id = "rcpt.widget", phase = { "rcpt", "data" }, reason = "userunknown", any = "widget" },
                { id = "widget", reason = "undefined", any = "widget" },
            } }
            assert.are.equal("mail.widget", c:classify("550 widget", { phase = "mail" }).rule)
            assert.are.equal("rcpt.widget", c:classify("550 widget", { phase = "rcpt" }).rule)
            assert.are.equal("rcpt.widget", c:classify("550 widget", { phase = "data" }).rule)
            assert.are.equal("widget", c:classify("550 widget", { phase = "connect" }).rule)
            assert.are.equal("widget", c:classify("550 widget").rule)
            -- Postfix's and Exim's wording give the phase
            assert.are.equal("mail.widget", c:classify("550 widget (in reply to MAIL FROM command)").rule)
            assert.are.equal("rcpt.widget", c:classify("550 widget (in reply to RCPT TO command)").rule)
            assert.are.equal("rcpt.widget",
                c:classify("SMTP error from remote mail server after RCPT TO:<a@b.example>: 550 widget").rule)
            -- the caller knows better than the text
            assert.are.equal("mail.widget",
                c:classify("550 widget (in reply to RCPT TO command)", { phase = "mail" }).rule)
            assert.are.equal("mail", c:explain("550 widget", { phase = "mail" }).why.phase)
            assert.are.equal("rcpt", c:explain("550 widget (in reply to RCPT TO command)").why.phase)
            assert.is_nil(c:explain("550 widget").why.phase)
        end)
    end)


    describe("new()", function ()
        it("keeps phase detection without the built-in rules", function ()
            local c = smtpbounce.new{ builtin = false, rules = {
                { id = "ops.rcpt", phase = "rcpt", reason = "userunknown", any = "nobody" } } }
            local r = c:classify("550 nobody here (in reply to RCPT TO command)")
            assert.are.equal("ops.rcpt", r.rule)
        end)

        it("without options builds the default classifier", function ()
            local c = smtpbounce.new()
            for _, f in ipairs(fixtures) do
                assert.are.same(smtpbounce.classify(f.reply), c:classify(f.reply))
            end
            assert.is_true(helper.is_integer(c:size()) and c:size() > 0)
            assert.are.same(ids(c:rule_list()), ids(smtpbounce.new{}:rule_list()))
        end)

        it("adds a rule for one provider", function ()
            local c = smtpbounce.new{ rules = {
                { id = "ops.gmail.widget", provider = "gmail", reason = "policyviolation",
                  any = "widget frobnicated" },
            } }
            local r = c:classify("550 5.7.1 widget frobnicated - gsmtp")
            assert.are.equal("ops.gmail.widget", r.rule)
            assert.are.equal("policyviolation", r.reason)
            assert.are.equal("fix", r.action)
            assert.are.equal("gmail", r.provider)
            assert.are_not.equal("ops.gmail.widget",
                c:classify("550 5.7.1 widget frobnicated", { mx = "mx.example.org" }).rule)
        end)

        it("changes action and retry hints of a reason for one provider (policy)", function ()
            local GL01 = "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred"
            local before = smtpbounce.classify(GL01)
            assert.are.equal("yahoo", before.provider)
            assert.are.equal("ratelimited", before.reason)
            local c = smtpbounce.new{ policy = {
                { provider = "yahoo", reason = "ratelimited", action = "retry", retry_after = 60,
                  give_up_after = 7200, tags = { "slow" } },
            } }
            local r = c:classify(GL01)
            assert.are.equal("ratelimited", r.reason)
            assert.are.equal("retry", r.action)
            assert.are.equal(60, r.retry_after)
            assert.are.equal(7200, r.give_up_after)
            assert.are.same({ "slow" }, r.tags)
            -- another provider with the same reason keeps the default
            local other = c:classify(GL01, { provider = "aol" })
            assert.are.same(smtpbounce.classify(GL01, { provider = "aol" }), other)
        end)

        it("explain names the policy entries that changed the effect, and what each sets", function ()
            local GL01 = "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred"
            local line = debug.getinfo(1, "l").currentline + 1
            local c = smtpbounce.new{ policy = {
                { provider = "yahoo", reason = "ratelimited", action = "retry", retry_after = 60 },
                { provider = "gmail", reason = "ratelimited", action = "suppress" },
                { reason = "ratelimited", class = 4, give_up_after = 7200, tags = { "slow" } },
                { reason = "ratelimited", class = 5, scope = "destination" },
            } }
            local at = debug.getinfo(1, "S").short_src .. ":" .. line
            local e = c:explain(GL01)
            assert.are.same({ { where = at, fields = { "action", "retry_after" } },
                              { where = at, fields = { "give_up_after", "tags" } } }, e.why.policy)
            assert.are.equal(60, e.retry_after)
            -- another provider: the entries without one; none applies: no list
            assert.are.same({ { where = at, fields = { "give_up_after", "tags" } } },
                            c:explain(GL01, { provider = "aol" }).why.policy)
            assert.is_nil(c:explain("550 5.1.1 User unknown").why.policy)
            assert.is_nil(smtpbounce.explain(GL01).why.policy)
        end)

        it("explain names a policy entry of a rule file by its line", function ()
            local f = "examples/rules/yahoo-tss04-throttle.lua"
            local n = 0
            for l in io.lines(f) do
                n = n + 1
                if l:find('provider = "yahoo"', 1, true) then break end
            end
            local e = smtpbounce.new{ file = f }:explain(
                "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to "
                .. "unexpected volume or user complaints - 4.16.55.1")
            assert.are.same({ { where = f .. ":" .. n,
                                fields = { "action", "retry_after", "give_up_after" } } }, e.why.policy)
        end)

        it("applies a policy to one reply class only when told", function ()
            local c = smtpbounce.new{ builtin = false,
                rules = { { id = "full", reason = "mailboxfull", any = "bucket full" } },
                policy = { { reason = "mailboxfull", class = 5, action = "retry", retry_after = 86400 } } }
            local r5 = c:classify("552 bucket full")
            assert.are.equal("retry", r5.action)
            assert.are.equal(86400, r5.retry_after)
            local r4 = c:classify("452 bucket full")
            assert.are.equal("retry", r4.action)
            assert.are_not.equal(86400, r4.retry_after)
        end)

        it("keeps retry hints integers even when given as 60.0", function ()
            local c = smtpbounce.new{ builtin = false,
                rules = { { id = "r", reason = "ratelimited", any = "widget", retry_after = 60.0 } } }
            local r = c:classify("450 widget")
            assert.are.equal(60, r.retry_after)
            assert.is_true(helper.is_integer(r.retry_after))
        end)

        it("lets a rule set action, scope, retry hints and tags itself", function ()
            local c = smtpbounce.new{ builtin = false, rules = {
                { id = "own", reason = "blocked", any = "widget", action = "throttle",
                  scope = "destination", retry_after = 120, give_up_after = 3600,
                  tags = { "x", "y" } },
            } }
            local r = c:classify("550 widget")
            assert.are.equal("blocked", r.reason)
            assert.are.equal("throttle", r.action)
            assert.are.equal("destination", r.scope)
            assert.are.equal(120, r.retry_after)
            assert.are.equal(3600, r.give_up_after)
            assert.are.same({ "x", "y" }, r.tags)
        end)

        it("adds a provider with its own detection", function ()
            local c = smtpbounce.new{
                providers = { { id = "acme", name = "Acme Mail", hosts = { "mx.acme.example" },
                                domains = { "acme.example" }, tokens = { "[acme-42]" } } },
                rules = { { id = "acme.42", provider = "acme", reason = "ratelimited",
                            any = "[acme-42]" } },
            }
            local r = c:classify("421 4.7.0 [ACME-42] slow down please")
            assert.are.equal("acme", r.provider)
            assert.are.equal("acme.42", r.rule)
            assert.are.equal("throttle", r.action)
            assert.are.equal("acme", c:classify("550 no", { mx = "in1.mx.acme.example" }).provider)
            assert.are.equal("acme", c:classify("550 no", { domain = "acme.example" }).provider)
            assert.are.equal("acme", c:classify("550 no", { provider = "acme" }).provider)
            -- the built-in providers are still there
            assert.are.equal("gmail", c:classify("550 no", { domain = "gmail.com" }).provider)
            -- and the default classifier knows nothing of acme
            assert.has_error(function () smtpbounce.classify("550 no", { provider = "acme" }) end,
                             "bad argument #2 to 'classify' (unknown provider 'acme')")
        end)

        it("disables a built-in rule by id", function ()
            local SPAM = "554 5.7.1 [P4] Message blocked due to spam content in the message."
            assert.are.equal("spamdetected", smtpbounce.classify(SPAM).reason)
            local rule = smtpbounce.classify(SPAM).rule
            local c = smtpbounce.new{ disable = { rule } }
            local r = c:classify(SPAM)
            assert.are_not.equal(rule, r.rule)
            for _, x in ipairs(c:rule_list()) do assert.are_not.equal(rule, x.id) end
            assert.are.equal(#smtpbounce.new():rule_list() - 1, #c:rule_list())
        end)

        it("with builtin = false has only the operator's rules", function ()
            local c = smtpbounce.new{ builtin = false,
                rules = { { id = "only", reason = "blocked", any = "widget" } } }
            assert.are.same({ "only" }, ids(c:rule_list()))
            assert.are.equal("only", c:classify("550 widget").rule)
            local r = check_result(c:classify("550 5.1.1 user unknown"))
            assert.are.equal("none", r.rule)
            assert.are.equal("undefined", r.reason)
            assert.are.equal("bounced", r.outcome)
            r = check_result(c:classify(""))
            assert.are.equal("unknown", r.outcome)
            assert.are.equal("contact", r.action)
            assert.is_nil(c:classify("550 no", { domain = "gmail.com" }).provider)
        end)

        it("puts operator rules above every built-in layer", function ()
            local c = smtpbounce.new{ rules = {
                { id = "ops.nouser", reason = "filtered", any = "user unknown" },
            } }
            local e = c:explain("550 5.1.1 user unknown")
            assert.are.equal("ops.nouser", e.rule)
            assert.are.equal("operator", e.why.layer)
            assert.is_true(#e.why.lost >= 1)
            for _, l in ipairs(e.why.lost) do
                assert.is_truthy(l.why:match("^lower layer %(%a+ < operator%)$"), l.why)
            end
        end)

        it("decides by the first matching rule of a layer, in the order written", function ()
            local c = smtpbounce.new{ builtin = false, rules = {
                { id = "first", reason = "blocked", any = "beta" },
                { id = "second", reason = "filtered", any = "alpha" },
            } }
            assert.are.equal("first", c:classify("550 alpha beta").rule)
            assert.are.equal("first", c:classify("550 beta alpha").rule)
            local e = c:explain("550 alpha beta")
            assert.are.equal(1, #e.why.lost)
            assert.are.equal("second", e.why.lost[1].rule)
            assert.are.equal("later in layer 'operator' than 'first'", e.why.lost[1].why)
        end)

        it("loads operator rules from files, in the operator layer", function ()
            local f1 = temp_rules([[
return {
    providers = { { id = "acme", tokens = { "acme-smtp" } } },
    rules = {
        { id = "file.widget", reason = "filtered", any = "widget",
          examples = { "550 widget" } },
    },
}
]])
            local f2 = temp_rules([[
return {
    { id = "file.gadget", provider = "acme", reason = "suspend", any = "gadget" },
}
]])
            local c = smtpbounce.new{ file = f1, files = { f2 } }
            local e = c:explain("550 widget")
            assert.are.equal("file.widget", e.rule)
            assert.are.equal("operator", e.why.layer)
            assert.are.equal(f1 .. ":4", e.why.where)
            assert.are.equal("file.gadget", c:classify("550 gadget acme-smtp").rule)
            assert.are.equal(f2 .. ":2", c:explain("550 gadget acme-smtp").why.where)
            assert.are.equal("file.widget", smtpbounce.new{ files = f1 }:classify("550 widget").rule)
            os.remove(f1); os.remove(f2)
        end)

        it("reads phase phrases from rule files, in phase order, not table order", function ()
            local f = temp_rules([[
return {
    phases = { rcpt = { "during the widget step" }, mail = { "during the widget step" },
               data = { "while gadgeting" } },
    rules = { { id = "ops.w", reason = "blocked", any = "widget" } },
}
]])
            local c = smtpbounce.new{ file = f }
            -- listed under both: the earlier phase (mail before rcpt) wins
            assert.are.equal("mail", c:explain("550 widget during the widget step").why.phase)
            assert.are.equal("data", c:explain("550 widget while gadgeting").why.phase)
            os.remove(f)
            f = temp_rules('return { phases = { quit = { "after quit" } } }\n')
            assert.are.equal(f .. ": phases: unknown phase 'quit'", error_of(smtpbounce.new, { file = f }))
            os.remove(f)
        end)

        describe("rule conditions", function ()
            local function only (rules)
                return smtpbounce.new{ builtin = false, rules = rules }
            end

            it("'any': one phrase of the list, any case, whitespace folded", function ()
                local c = only{ { id = "r", reason = "blocked", any = { "foo bar", "baz" } } }
                assert.are.equal("r", c:classify("550 xx FOO\t \r\n BAR yy").rule)
                assert.are.equal("r", c:classify("550-xx foo\r\n550 bar yy").rule)
                assert.are.equal("r", c:classify("550 BAZ").rule)
                assert.are.equal("none", c:classify("550 foobar").rule)
            end)

            it("'any' phrases with a space at an end match at word boundaries", function ()
                local c = only{ { id = "r", reason = "blocked", any = { " rbl", "tls " } } }
                assert.are.equal("r", c:classify("550 rbl").rule)
                assert.are.equal("r", c:classify("550 listed in rbl.example").rule)
                assert.are.equal("none", c:classify("550 surbl").rule)
                assert.are.equal("r", c:classify("550 need tls").rule)
                assert.are.equal("none", c:classify("550 need tlsv1").rule)
            end)

            it("'ordered': all phrases, in order, not overlapping", function ()
                local c = only{ { id = "r", reason = "filtered", ordered = { "alpha", "beta" } } }
                assert.are.equal("r", c:classify("550 alpha then beta").rule)
                assert.are.equal("r", c:classify("550 alphabeta").rule)
                assert.are.equal("r", c:classify("550 beta alpha beta").rule)
                assert.are.equal("none", c:classify("550 beta then alpha").rule)
                assert.are.equal("none", c:classify("550 alpha").rule)
                local o = only{ { id = "o", reason = "filtered", ordered = { "abc", "bcd" } } }
                assert.are.equal("none", o:classify("550 abcd").rule)
                assert.are.equal("o", o:classify("550 abc bcd").rule)
            end)

            it("'all': every item, an item being one phrase or a list of alternatives", function ()
                local c = only{ { id = "r", reason = "policyviolation",
                                  all = { "gamma", { "delta", "epsilon" } } } }
                assert.are.equal("r", c:classify("550 epsilon gamma").rule)
                assert.are.equal("r", c:classify("550 gamma delta").rule)
                assert.are.equal("none", c:classify("550 gamma").rule)
                assert.are.equal("none", c:classify("550 delta epsilon").rule)
            end)

            it("'none': no phrase of the list may occur", function ()
                local c = only{
                    { id = "r", reason = "blocked", any = "blocked", none = { "spam", "virus" } },
                    { id = "plain", reason = "filtered", code = 554, none = "widget" },
                }
                assert.are.equal("r", c:classify("550 blocked").rule)
                assert.are.equal("none", c:classify("550 blocked as spam").rule)
                assert.are.equal("none", c:classify("550 VIRUS blocked").rule)
                assert.are.equal("plain", c:classify("554 anything").rule)
                assert.are.equal("none", c:classify("554 a widget").rule)
            end)

            it("'code', 'class' and 'status' with ranges and wildcards", function ()
                local c = only{
                    { id = "c550", reason = "userunknown", code = 550 },
                    { id = "c55x", reason = "filtered", code = "55x" },
                    { id = "st", reason = "mailboxfull", status = "x.2.2" },
                    { id = "st57", reason = "securityerror", status = "5.7" },
                    { id = "c4", reason = "systemerror", class = 4 },
                    { id = "nocode", reason = "undefined", code = 0 },
                    { id = "c5xx", reason = "undefined", code = "5xx" },
                }
                assert.are.equal("c550", c:classify("550 5.2.2 x").rule)
                assert.are.equal("c55x", c:classify("552 5.2.2 x").rule)
                assert.are.equal("st", c:classify("452 4.2.2 x").rule)
                assert.are.equal("st57", c:classify("530 5.7.0 x").rule)
                assert.are.equal("st57", c:classify("530 5.7.123 x").rule)
                assert.are.equal("c5xx", c:classify("530 5.6.0 x").rule)
                assert.are.equal("c4", c:classify("421 x").rule)
                assert.are.equal("nocode", c:classify("nothing").rule)
                assert.are.equal("none", c:classify("250 ok").rule)
            end)

            it("phrase rules apply to failures only unless given a class", function ()
                local c = only{ { id = "r", reason = "blocked", any = "widget" } }
                assert.are.equal("none", c:classify("250 widget ok").rule)
                assert.are.equal("r", c:classify("450 widget").rule)
                assert.are.equal("r", c:classify("widget").rule)
            end)

            it("an LPeg 'pattern' is an extra condition on the clean text", function ()
                local c = only{
                    { id = "pat", reason = "spamdetected", any = "score",
                      pattern = lpeg.P("score=") * lpeg.R("09")^1 },
                    { id = "re", reason = "filtered", any = "widget",
                      pattern = "'<' [a-z]+ '@'" },
                }
                assert.are.equal("pat", c:classify("550 spam score=12").rule)
                assert.are.equal("none", c:classify("550 spam score high").rule)
                assert.are.equal("re", c:classify("550 &lt;bob@x.example&gt; widget").rule)
                assert.are.equal("none", c:classify("550 bob@x.example widget").rule)
                local e = c:explain("550 spam score=12")
                assert.are.equal("pat", e.why.rule)
            end)

            it("runs a pattern only when the rule's other conditions hold", function ()
                local calls = 0
                local counting = lpeg.Cmt(lpeg.P(true), function () calls = calls + 1; return false end)
                local c = only{
                    { id = "pat", code = 550, reason = "blocked", any = "widget", pattern = counting },
                }
                calls = 0  -- (loading tries it once on "": does it match the empty string?)
                assert.are.equal("none", c:classify("421 widget").rule)
                assert.are.equal("none", c:classify("550 gadget").rule)
                assert.are.equal(0, calls)
                assert.are.equal("none", c:classify("550 widget").rule)
                assert.is_true(calls > 0)
            end)
        end)
    end)


    describe("explain()", function ()
        it("gives the classify() result plus 'why'", function ()
            for _, s in ipairs{ "550 5.1.1 user unknown", "", "421 4.7.0 [GL01] x", "250 ok" } do
                local e = smtpbounce.explain(s)
                local why = e.why
                e.why = nil
                check_result(e)
                assert.are.same(smtpbounce.classify(s), e)
                assert.are.equal(e.rule, why.rule)
            end
        end)

        it("names the rule, its layer and the file:line it is defined at", function ()
            local e = smtpbounce.explain("550 5.1.1 <a@b.example>: Recipient address rejected: User unknown")
            local w = e.why
            assert.are.equal(e.rule, w.rule)
            assert.is_truthy(w.layer == "defaults" or w.layer == "phrases" or w.layer == "providers")
            local file, line = w.where:match("^(.-):(%d+)$")
            assert.is_truthy(file, w.where)
            assert.is_truthy(file:match("^lua/smtpbounce/.+%.lua$"), file)
            assert.is_truthy(line_of(file, tonumber(line)):find('"' .. w.rule .. '"', 1, true))
        end)

        it("names the line of every built-in rule", function ()
            for _, r in ipairs(smtpbounce.new():rule_list()) do
                local file, line = r.where:match("^(.-):(%d+)$")
                assert.is_truthy(file, r.id .. ": " .. tostring(r.where))
                local text = line_of(file, tonumber(line)) or ""
                assert.is_truthy(text:find(r.id, 1, true), r.id .. " is not on " .. r.where)
            end
        end)

        it("names the line of the new{} call for rules given as tables", function ()
            local RULES = { { id = "inline", reason = "blocked", any = "widget" } }
            local line, c = debug.getinfo(1, "l").currentline, smtpbounce.new{ rules = RULES }
            local w = c:explain("550 widget").why
            assert.are.equal("inline", w.rule)
            assert.are.equal("operator", w.layer)
            assert.are.equal(tostring(line), w.where:match("smtpbounce_spec%.lua:(%d+)$"))
        end)

        it("gives the matched phrases with their 1-based offsets into 'text'", function ()
            local e = smtpbounce.new{ builtin = false, rules = {
                { id = "r", reason = "blocked", any = { "widget", "frob" }, ordered = { "alpha", "beta" } },
            } }:explain("550 5.7.1 &lt;x@y.example&gt; ALPHA  beta: the Widget broke")
            assert.are.equal("<x@y.example> ALPHA beta: the Widget broke", e.text)
            local seen = {}
            for _, m in ipairs(e.why.matched) do
                assert.is_true(helper.is_integer(m.at) and helper.is_integer(m.len))
                assert.are.equal(m.phrase, e.text:sub(m.at, m.at + m.len - 1):lower())
                seen[m.phrase] = m.at
            end
            assert.are.same({ widget = 31, alpha = 15, beta = 21 }, seen)
        end)

        it("reads a typeset apostrophe (U+2019) as \"'\", and gives its phrase's span in 'text'", function ()
            local c = smtpbounce.new{ builtin = false, rules = {
                { id = "r", reason = "userunknown", any = { "doesn't exist", "n\226\128\153existe pas" } },
                { id = "o", reason = "blocked", ordered = { "sender's", "isn't allowed" } },
            } }
            -- (the typeset one, in either automaton: "\195\169" is an e acute)
            for _, reply in ipairs{ "550 Mailbox doesn\226\128\153t exist", "550 Mailbox doesn't exist",
                                    "550 Bo\195\174te doesn\226\128\153t exist",
                                    "550 L'adresse n'existe pas",
                                    "550 L\226\128\153adresse n\226\128\153existe pas" } do
                local e = c:explain(reply)
                assert.are.equal("r", e.rule, reply)
                assert.are.equal("text", e.basis, reply)
                local m = e.why.matched[1]
                local span = e.text:sub(m.at, m.at + m.len - 1):gsub("\226\128\153", "'")
                assert.are.equal(m.phrase:gsub("\226\128\153", "'"), span:lower(), reply)
            end
            assert.are.equal("o", c:classify("550 The sender\226\128\153s address isn\226\128\153t allowed").rule)
            assert.are.equal("o", c:classify("550 The sender's address isn\226\128\153t allowed").rule)
            -- (the left quote, U+2018, is no apostrophe)
            assert.are_not.equal("r", c:classify("550 Mailbox doesn\226\128\152t exist").rule)
        end)

        it("reads a no-break space (U+00A0, Latin-1's A0) and other spaces beyond ASCII's as a space", function ()
            local c = smtpbounce.new{ profile = "seed" }
            local want = c:classify("550 5.1.1 User unknown")
            for _, reply in ipairs{ "550\194\1605.1.1 User unknown", "550\194\1605.1.1\194\160User\194\160unknown",
                                    "550\1605.1.1\160User\160unknown\160", "\239\187\191550 5.1.1 User unknown",
                                    "\226\128\139550 5.1.1 User unknown",
                                    "550\227\128\1285.1.1\227\128\128User\226\128\175unknown",
                                    "550-5.1.1\194\160User\r\n550\194\1605.1.1\194\160unknown\n" } do
                local r = c:classify(reply)
                assert.are.equal(550, r.code, reply)
                assert.are.equal("5.1.1", r.status, reply)
                assert.are.equal(want.rule, r.rule, reply)
                assert.are.equal("User unknown", r.text, reply)
                local m = c:explain(reply).why.matched[1]
                assert.are.equal("user unknown", r.text:sub(m.at, m.at + m.len - 1):lower(), reply)
            end
            -- in a prefix and Postfix's tail too (the tail tells the phase)
            local e = c:explain("host mx.example.net[192.0.2.1] said:\194\160550\194\1605.1.1 x "
                                .. "(in\194\160reply\194\160to\194\160MAIL\194\160FROM command)")
            assert.are.equal(550, e.code)
            assert.are.equal("x", e.text)
            assert.are.equal("mail", e.why.phase)
            -- a phrase written with one reads as with a space
            local c2 = smtpbounce.new{ builtin = false, rules = {
                { id = "r", reason = "userunknown", any = { "no\194\160such user" } },
            } }
            assert.are.equal("r", c2:classify("550 No such user").rule)
            assert.are.equal("r", c2:classify("550 No\194\160such\160user").rule)
            -- characters that hold the byte A0 stay as they are ("\195\160"
            -- is an a grave), as does Latin-1's A0 after a byte >= 0x80
            assert.are.equal("voil\195\160 caf\233\160x", c:classify("550 voil\195\160 caf\233\160x").text)
        end)

        it("reads no cause in the local part of an address in angle brackets", function ()
            -- (a recipient named for spam reports, DMARC reports or a
            -- blocked list is an address like any other)
            for _, c in ipairs{
                { "550 5.1.1 <spam-reports@example.com>: Recipient address rejected: User unknown",
                  "userunknown", "suppress" },
                { "550 5.1.1 <dmarc-reports@example.com>... User unknown", "userunknown", "suppress" },
                { "550 5.7.1 Message rejected as spam <bob@example.com>", "spamdetected", "fix" },
            } do
                local r = smtpbounce.explain(c[1])
                assert.are.equal(c[2], r.reason, c[1])
                assert.are.equal(c[3], r.action, c[1])
                assert.are.equal(c[1]:match("^%d+ [%d.]+ (.*)$") or c[1]:sub(5), r.text, c[1])
            end
        end)

        it("lists the rules that matched but lost, and why", function ()
            local e = smtpbounce.new{ rules = {
                { id = "ops.a", reason = "filtered", any = "user unknown" },
                { id = "ops.b", reason = "blocked", any = "unknown" },
            } }:explain("550 5.1.1 user unknown")
            assert.are.equal("ops.a", e.why.rule)
            local lost = {}
            for _, l in ipairs(e.why.lost) do
                lost[l.rule] = l.why
                assert.is_truthy(l.where:match(":%d+$"), l.where)
            end
            assert.are.equal("later in layer 'operator' than 'ops.a'", lost["ops.b"])
            local builtin = smtpbounce.classify("550 5.1.1 user unknown").rule
            assert.is_truthy(lost[builtin])
            assert.is_truthy(lost[builtin]:match("^lower layer %(%a+ < operator%)$"))
            assert.is_nil(lost["ops.a"])
        end)

        it("explains a reply no rule decides", function ()
            local e = smtpbounce.new{ builtin = false,
                rules = { { id = "r", reason = "blocked", any = "widget" } } }:explain("550 no")
            assert.are.equal("none", e.rule)
            assert.are.equal("none", e.why.rule)
            assert.are.same({}, e.why.matched)
            assert.are.same({}, e.why.lost)
        end)
    end)


    describe("results", function ()
        local replies = {}
        for _, f in ipairs(fixtures) do replies[#replies + 1] = f.reply end
        for _, s in ipairs{ "550 5.1.1 user unknown - gsmtp", "421 4.7.0 [GL01] x",
                            "host mx.example.com[192.0.2.1] said: 451 4.3.0 try later",
                            "551 5.1.6 User not local; please try <new@example.org>" } do
            replies[#replies + 1] = s
        end

        it("are the same for the same input, call after call", function ()
            for _, s in ipairs(replies) do
                local a = smtpbounce.classify(s, { mx = "mx.example.org" })
                local b = smtpbounce.classify(s, { mx = "mx.example.org" })
                assert.are.same(a, b)
                assert.are.same(smtpbounce.explain(s), smtpbounce.explain(s))
            end
        end)

        it("are the same from two classifiers built separately", function ()
            local c1, c2 = smtpbounce.new(), smtpbounce.new()
            assert.are.same(ids(c1:rule_list()), ids(c2:rule_list()))
            assert.are.equal(c1:size(), c2:size())
            for _, s in ipairs(replies) do
                assert.are.same(c1:classify(s), c2:classify(s))
                assert.are.same(c1:explain(s), c2:explain(s))
            end
        end)

        it("are classify()'s as values from classify_values()", function ()
            local c = smtpbounce.new()
            local ctxs = { {}, { mx = "gmail-smtp-in.l.google.com", phase = "rcpt" },
                           { domain = "yahoo.com", phase = "eod" }, { mx = "mx.example.org" } }
            for _, s in ipairs(replies) do
                for _, ctx in ipairs(ctxs) do
                    local r = c:classify(s, next(ctx) and ctx or nil)
                    local e, outcome, provider, code, status, text, forward, template =
                        c:classify_values(s, ctx.mx, ctx.domain, ctx.phase)
                    local got = { reason = e.reason, action = e.action, scope = e.scope,
                                  retry_after = e.retry_after, give_up_after = e.give_up_after,
                                  rule = e.rule, tags = e.tags, outcome = outcome,
                                  provider = provider, code = code, status = status, text = text,
                                  forward = forward, template = template }
                    for _, k in ipairs{ "code", "status", "outcome", "reason", "action", "scope",
                                        "provider", "text", "tags", "forward", "retry_after",
                                        "give_up_after", "rule", "template" } do
                        assert.are.same(r[k], got[k], k .. " of " .. s)
                    end
                end
            end
        end)

        it("do not depend on what was classified before", function ()
            local c = smtpbounce.new()
            local first = {}
            for i, s in ipairs(replies) do first[i] = c:classify(s) end
            for i = #replies, 1, -1 do
                assert.are.same(first[i], c:classify(replies[i]))
            end
        end)
    end)


    describe("basis", function ()
        -- the Yahoo reply: lua/smtpbounce/providers/yahoo.lua's example of yahoo.ts
        local TSS04 = "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to "
            .. "unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"
        local KINDS = {
            { "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown",
              "phrase.no-user", "text" },
            { "550 5.1.1 x", "status.x.1.1", "status" },
            { "550 Transaction failed", "smtp.550", "code" },
            { "", "smtp.none", "none" },
            { TSS04, "yahoo.ts", "text" },
        }
        for _, k in ipairs(KINDS) do
            it(("is %s for %q (rule %s)"):format(k[3], k[1], k[2]), function ()
                local r = smtpbounce.classify(k[1])
                assert.are.equal(k[2], r.rule)
                assert.are.equal(k[3], r.basis)
                assert.are.equal(k[3], smtpbounce.explain(k[1]).basis)
                local e = smtpbounce.new():classify_values(k[1])
                assert.are.equal(k[3], e.basis)
            end)
        end

        it("is none when no rule decides", function ()
            local c = smtpbounce.new{ builtin = false,
                rules = { { id = "full", reason = "mailboxfull", any = "bucket full" } } }
            local r = c:classify("550 Transaction failed")
            assert.are.equal("none", r.rule)
            assert.are.equal("none", r.basis)
        end)

        it("is the deciding rule's under an operator's policy", function ()
            local c = smtpbounce.new{ policy = {
                { reason = "userunknown", action = "contact", scope = "destination" },
                { provider = "yahoo", reason = "badreputation", action = "retry" },
            } }
            local r = c:classify("550 Transaction failed")
            assert.are.equal("contact", r.action)
            assert.are.equal("destination", r.scope)
            assert.are.equal("code", r.basis)
            r = c:classify("550 5.1.1 x")
            assert.are.equal("contact", r.action)
            assert.are.equal("status", r.basis)
            r = c:classify(TSS04)
            assert.are.equal("retry", r.action)
            assert.are.equal("text", r.basis)
        end)

        it("is refilled by classify_into", function ()
            local t = {}
            local reply = "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown"
            assert.are.equal(t, smtpbounce.classify_into(t, reply))
            assert.are.equal("text", t.basis)
            smtpbounce.classify_into(t, "550 5.1.1 x")
            assert.are.equal("status", t.basis)
            smtpbounce.classify_into(t, "550 Transaction failed")
            assert.are.equal("code", t.basis)
            smtpbounce.classify_into(t, "")
            assert.are.equal("none", t.basis)
        end)

        it("follows the rule's conditions: a provider or a phase adds nothing", function ()
            local c = smtpbounce.new{ builtin = false,
                providers = { { id = "acme", hosts = { "mx.acme.example" } } },
                rules = {
                    { id = "acme.full", provider = "acme", status = "5.2.2", reason = "mailboxfull" },
                    { id = "acme.any", provider = "acme", code = "5xx", reason = "blocked" },
                    { id = "at-connect", phase = "connect", code = 554, reason = "blocked" },
                    { id = "lost", code = 0, reason = "undefined" },
                    { id = "vanished", pattern = lpeg.P"gone", code = 550,
                      reason = "userunknown" },
                } }
            local function basis (reply, ctx)
                local r = c:classify(reply, ctx)
                return r.rule .. " " .. r.basis
            end
            assert.are.equal("acme.full status", basis("552 5.2.2 x", { mx = "mx.acme.example" }))
            assert.are.equal("acme.any code", basis("550 x", { mx = "mx.acme.example" }))
            assert.are.equal("at-connect code", basis("554 x", { phase = "connect" }))
            assert.are.equal("lost none", basis("no code here"))
            assert.are.equal("vanished text", basis("550 gone"))
        end)
    end)


    describe("profiles", function ()
        local seed, cautious = smtpbounce.new(), smtpbounce.new{ profile = "cautious" }

        it("seed is the default; cautious suppresses only named address failures", function ()
            assert.are.equal("seed", seed.profile)
            assert.are.equal("suppress", smtpbounce.classify("550 Transaction failed").action)
            local s = seed:classify("550 Transaction failed")
            assert.are.same({ "suppress", "recipient" }, { s.action, s.scope })
            local r = cautious:classify("550 Transaction failed")
            assert.are.same({ "userunknown", "contact", "recipient", "code" },
                            { r.reason, r.action, r.scope, r.basis })
            for _, c in ipairs{ seed, cautious } do
                assert.are.equal("suppress", c:classify("550 5.1.1 user unknown").action)
            end
        end)

        it("no profile suppresses on basis none: only a status class or the caller's DSN", function ()
            for _, c in ipairs{ seed, cautious } do
                local r = c:classify("5.0.0 Sicherheitsfehler")
                assert.are.same({ "bounced", "undefined", "contact", "none" },
                                { r.outcome, r.reason, r.action, r.basis })
                r = c:classify("Sicherheitsfehler", { dsn = "5.0.0" })
                assert.are.same({ "bounced", "contact", "none" }, { r.outcome, r.action, r.basis })
                -- an operator's own policy entry still may
                local o = smtpbounce.new{ profile = c.profile,
                    policy = { { reason = "undefined", basis = "none", action = "suppress" } } }
                assert.are.equal("suppress", o:classify("5.0.0 Sicherheitsfehler").action)
            end
        end)

        it("classify_into, classify_values and explain agree with classify", function ()
            for _, reply in ipairs{ "550 Transaction failed", "550 5.1.1 user unknown", "554 5.7.1 go away" } do
                for _, phase in ipairs{ "connect", "mail", "rcpt" } do
                    local r = cautious:classify(reply, { phase = phase })
                    local t = cautious:classify_into({}, reply, { phase = phase })
                    local e = cautious:classify_values(reply, nil, nil, phase)
                    local x = cautious:explain(reply, { phase = phase })
                    for _, o in ipairs{ t, e, x } do
                        assert.are.same({ r.action, r.scope }, { o.action, o.scope }, reply .. " " .. phase)
                    end
                end
            end
        end)

        it("a reply at connect, helo or mail never suppresses: 554 5.7.1 go away", function ()
            local r = smtpbounce.classify("554 5.7.1 go away", { phase = "connect" })
            assert.are.same({ "filtered", "contact", "sender" }, { r.reason, r.action, r.scope })
            r = smtpbounce.classify("554 5.7.1 go away")
            assert.are.same({ "suppress", "recipient" }, { r.action, r.scope })
            -- the phase told from the text
            r = smtpbounce.classify("550 5.1.1 user unknown (in reply to MAIL FROM command)")
            assert.are.same({ "contact", "sender" }, { r.action, r.scope })
        end)

        it("a policy entry may name a basis", function ()
            local c = smtpbounce.new{ policy = { { reason = "userunknown", basis = "code",
                                                   action = "retry" } } }
            assert.are.equal("retry", c:classify("550 Transaction failed").action)
            assert.are.equal("suppress", c:classify("550 5.1.1 user unknown").action)
            assert.are.equal(1, #c:explain("550 Transaction failed").why.policy)
            assert.is_nil(c:explain("550 5.1.1 user unknown").why.policy)
            assert.has_error(function ()
                smtpbounce.new{ policy = { { reason = "userunknown", basis = "guess" } } }
            end)
        end)

        it("explain's why names the profile", function ()
            assert.are.equal("seed", seed:explain("550 Transaction failed").why.profile)
            assert.are.equal("cautious", cautious:explain("550 Transaction failed").why.profile)
        end)
    end)

    describe("errors", function ()
        -- a reply, ctx or options of the wrong type, for every function:
        -- "arguments" below; mistakes in rule data: spec/rulecheck_spec.lua
        -- and spec/compile_spec.lua

        it("raise at the caller's line", function ()
            local line = debug.getinfo(1, "l").currentline + 1
            local ok, e = pcall(function () smtpbounce.classify({}) end)
            assert.is_false(ok)
            assert.is_truthy(e:find("smtpbounce_spec.lua:" .. line .. ": bad argument #1 to 'classify'", 1, true), e)
            line = debug.getinfo(1, "l").currentline + 1
            ok, e = pcall(function () smtpbounce.new(5) end)
            assert.is_false(ok)
            assert.is_truthy(e:find("smtpbounce_spec.lua:" .. line .. ": bad argument #1 to 'new'", 1, true), e)
        end)

        it("a bad ctx names argument #2", function ()
            assert.has_error(function () smtpbounce.classify("x", "y") end,
                             "bad argument #2 to 'classify' (table expected, got string)")
            assert.has_error(function () smtpbounce.explain("x", 5) end,
                             "bad argument #2 to 'explain' (table expected, got number)")
            assert.has_error(function () smtpbounce.classify("x", { phase = "bogus" }) end,
                             "bad argument #2 to 'classify' (unknown phase 'bogus')")
            assert.has_error(function () smtpbounce.explain("x", { phase = 3 }) end,
                             "bad argument #2 to 'explain' (unknown phase '3')")
            assert.has_error(function () smtpbounce.classify("x", { provider = "nope" }) end,
                             "bad argument #2 to 'classify' (unknown provider 'nope')")
            assert.has_error(function () smtpbounce.classify("x", { mx = 1 }) end,
                             "bad argument #2 to 'classify' (field 'mx' must be a string)")
            assert.has_error(function () smtpbounce.classify("x", { domain = true }) end,
                             "bad argument #2 to 'classify' (field 'domain' must be a string)")
            assert.has_error(function () smtpbounce.classify("x", { recipient = {} }) end,
                             "bad argument #2 to 'classify' (field 'recipient' must be a string)")
            assert.has_error(function () smtpbounce.classify("x", { dsn = 544 }) end,
                             "bad argument #2 to 'classify' (field 'dsn' must be a string)")
            assert.has_error(function () smtpbounce.explain("x", { dsn = "5.4" }) end,
                             "bad argument #2 to 'explain' (field 'dsn' must be a DSN status "
                             .. "such as '5.4.4', got '5.4')")
            assert.has_error(function () smtpbounce.classify_into({}, "x", { dsn = "3.0.0" }) end,
                             "bad argument #2 to 'classify_into' (field 'dsn' must be a DSN "
                             .. "status such as '5.4.4', got '3.0.0')")
            local c = smtpbounce.new()
            assert.has_error(function () c:classify("x", { phase = "bogus" }) end,
                             "bad argument #2 to 'classify' (unknown phase 'bogus')")
            assert.has_error(function () c:explain("x", "y") end,
                             "bad argument #2 to 'explain' (table expected, got string)")
        end)

        it("new() checks its options", function ()
            assert.are.equal("bad argument #1 to 'new' (table expected, got string)",
                             error_of(smtpbounce.new, "x"))
            assert.are.equal("bad argument #1 to 'new' (unknown option 'rule')",
                             error_of(smtpbounce.new, { rule = {} }))
            assert.are.equal("bad argument #1 to 'new' ('builtin' must be a boolean)",
                             error_of(smtpbounce.new, { builtin = "no" }))
            assert.are.equal("bad argument #1 to 'new' (unknown profile 'x' (seed, cautious))",
                             error_of(smtpbounce.new, { profile = "x" }))
            assert.are.equal("bad argument #1 to 'new' (unknown profile '1' (seed, cautious))",
                             error_of(smtpbounce.new, { profile = 1 }))
            assert.are.equal("bad argument #1 to 'new' ('file' must be a path string)",
                             error_of(smtpbounce.new, { file = 5 }))
            assert.are.equal("bad argument #1 to 'new' ('files' must be a path string or a list of them)",
                             error_of(smtpbounce.new, { files = 5 }))
            -- (an empty path is none: not a file that cannot be opened)
            assert.are.equal("bad argument #1 to 'new' ('file' must be a path string)",
                             error_of(smtpbounce.new, { file = "" }))
            assert.are.equal("bad argument #1 to 'new' ('file' must be a path string)",
                             error_of(smtpbounce.new, { files = { "" } }))
        end)

        it("new() refuses one rule or policy entry given where a list of them goes", function ()
            -- (read as a list, it was an empty one: the entry did nothing)
            local line = debug.getinfo(1, "l").currentline + 1
            local e = error_of(function () smtpbounce.new{ policy = { reason = "mailboxfull", action = "retry" } } end)
            assert.truthy(e:find("smtpbounce_spec.lua:" .. line .. ": field 'policy' must be a list, "
                                 .. "not a table with field '", 1, true), e)
            e = error_of(function () smtpbounce.new{ rules = { id = "ops.x", reason = "blocked" } } end)
            assert.truthy(e:find("field 'rules' must be a list, not a table with field '", 1, true), e)
            e = error_of(function () smtpbounce.new{ providers = { id = "acme", mx = { "acme.example" } } } end)
            assert.truthy(e:find("field 'providers' must be a list, not a table with field '", 1, true), e)
        end)
    end)


    describe("hostile replies (classify(), explain(), parse())", function ()
        it("NUL bytes fold like spaces, are flagged, and never end the reply", function ()
            local r, p = all_three("550 5.1.1 user\0unknown")
            assert.are.equal(550, r.code)
            assert.are.equal("5.1.1", r.status)
            assert.are.equal("user unknown", r.text)
            assert.are.equal("userunknown", r.reason)
            assert.is_true(p.flags.nul)
            -- text after the NUL still counts; NULs alone are a blank reply
            r, p = all_three("550\0 5.1.1 a\0b")
            assert.is_true(p.flags.nul)
            assert.are.equal(550, r.code)
            assert.are.equal("bounced", r.outcome)
            assert.is_truthy(r.text:find("a b$"))
            r, p = all_three("\0\0\0")
            assert.are.equal("unknown", r.outcome)
            assert.are.equal("", r.text)
            assert.is_true(p.flags.nul and p.flags.blank)
            assert.is_nil(smtpbounce.parse("550 user unknown").flags.nul)
        end)

        it("all 256 byte values: in one reply, alone, and after a code", function ()
            local r, p = all_three(BYTES)
            assert.are.equal("unknown", r.outcome)
            assert.is_nil(r.code)
            assert.is_true(p.flags.nul)
            -- the printable ASCII run survives as it is
            assert.is_truthy(r.text:find("!\"#$%&'()*+,-./0123456789:;<=>?@ABC", 1, true))
            for b = 0, 255 do
                local c = char(b)
                r = all_three(c)
                assert.are.equal("unknown", r.outcome)
                r = all_three("550 5.1.1 " .. c .. " x")
                assert.are.equal(550, r.code)
                assert.are.equal("bounced", r.outcome)
                assert.are.equal("5.1.1", r.status)
                r = all_three("451 4.3.0" .. c)
                assert.are.equal("deferred", r.outcome)
            end
        end)

        it("invalid and overlong UTF-8 passes through the text byte for byte", function ()
            local bad = {
                "\192\175",                 -- overlong '/'
                "\224\128\175",             -- overlong '/', 3 bytes
                "\240\128\128\175",         -- overlong '/', 4 bytes
                "\248\136\128\128\128",     -- 5-byte form
                "\128", "\191\191",         -- lone continuation bytes
                "\226\130",                 -- truncated
                "\237\160\128",             -- UTF-16 surrogate
                "\244\144\128\128",         -- past U+10FFFF
                "\254\255",                 -- never in UTF-8
            }
            for _, b in ipairs(bad) do
                local r = all_three("550 5.1.1 " .. b .. " user unknown")
                assert.are.equal(b .. " user unknown", r.text)
                assert.are.equal("userunknown", r.reason)
                r = all_three(b)
                assert.are.equal(b, r.text)
                assert.are.equal("unknown", r.outcome)
            end
            -- numeric entities decode only to scalar values: no surrogate,
            -- nothing past U+10FFFF, no NUL, no overlong digits
            local r = all_three("&#xD800; &#x110000; &#0; &#65; &#x10FFFF; &#00000065;")
            assert.are.equal("&#xD800; &#x110000; &#0; A \244\143\191\191 &#00000065;", r.text)
        end)

        it("reply codes that are none: 000, 999; statuses that are none: 5.5.5.5.5, 5.1234.1", function ()
            -- (no code: the named cause's class, else unknown)
            for s, o in pairs{ ["000"] = "unknown", ["999"] = "unknown",
                               ["000 5.1.1 user unknown"] = "bounced",
                               ["999 user unknown"] = "bounced" } do
                local r, p = all_three(s)
                assert.is_nil(r.code, s)
                assert.are.equal(o, r.outcome, s)
                assert.is_true(p.flags.bad_code, s)
            end
            for _, s in ipairs{ "5.5.5.5.5", "5.1234.1", "4.3.2.1", "5.7.1.200", "2.0" } do
                local r, p = all_three(s)
                assert.is_nil(r.code, s)
                assert.is_nil(r.status, s)
                assert.are.equal("unknown", r.outcome, s)
                assert.are.equal(s, r.text)
                assert.is_nil(p.flags.bad_code, s)
            end
            -- after a real code they are text
            local r = all_three("550 5.1234.1 x")
            assert.are.equal(550, r.code)
            assert.is_nil(r.status)
            assert.are.equal("5.1234.1 x", r.text)
        end)

        it("entity bombs are decoded once, never again", function ()
            local r = all_three("&" .. rep("amp;", 10000))
            assert.are.equal("&" .. rep("amp;", 9999), r.text)
            assert.are.equal("unknown", r.outcome)
            r = all_three(rep("&amp;", 10000))
            assert.are.equal(rep("&", 10000), r.text)
            r = all_three(rep("&#38;", 10000))
            assert.are.equal(rep("&", 10000), r.text)
            r = all_three("&#38;#38;#38;")
            assert.are.equal("&#38;#38;", r.text)
            r = all_three("550 " .. rep("&", 10000) .. " " .. rep("&#", 5000) .. " &#x" .. rep("0", 10000) .. "41;")
            assert.are.equal(550, r.code)
            assert.are.equal(rep("&", 10000) .. " " .. rep("&#", 5000) .. " &#x" .. rep("0", 10000) .. "41;", r.text)
            assert.is_true(smtpbounce.parse("&lt;x&gt;").flags.entities)
        end)

        it("entity bombs cost linear time", function ()
            linear("&amp;amp;...", function (n) return "550 &" .. rep("amp;", n) end, 20000,
                   smtpbounce.classify)
            linear("&#38;#38;...", function (n) return "550 &" .. rep("#38;", n) end, 20000,
                   smtpbounce.classify)
            linear("&&&&", function (n) return "550 " .. rep("&", n) end, 50000,
                   smtpbounce.classify)
        end)

        it("100,000 continuation lines: all counted and joined #big", function ()
            local s = rep("550-5.1.1 line\r\n", 100000) .. "550 5.1.1 end"
            local r, p = all_three(s)
            assert.are.equal(100001, p.lines)
            assert.are.equal(550, r.code)
            assert.are.equal("5.1.1", r.status)
            assert.are.equal(rep("line ", 100000) .. "end", r.text)
            assert.is_true(p.flags.multiline)
            assert.is_nil(p.flags.no_final_line)
            p = smtpbounce.parse(rep("550-x\n", 100000))
            assert.are.equal(100000, p.lines)
            assert.is_true(p.flags.no_final_line)
            p = smtpbounce.parse(rep("\n", 100000))
            assert.are.equal(0, p.lines)
            assert.is_true(p.flags.blank)
        end)

        it("continuation lines cost linear time #big", function ()
            linear("550- lines", function (n) return rep("550-5.1.1 line\r\n", n) .. "550 5.1.1 end" end,
                   10000, smtpbounce.classify)
            linear("bare line ends", function (n) return rep("\r\n", n) .. "550 x" end,
                   10000, smtpbounce.classify)
            linear("lines with other codes", function (n) return rep("451-x\n550-y\n", n) end,
                   5000, smtpbounce.parse)
        end)

        it("a 16 MB reply gets a result, in time linear in its length #big", function ()
            local s = "550 5.1.1 " .. rep("user unknown ", math.floor(16 * 1024 * 1024 / 13))
            assert.is_true(#s >= 16 * 1000 * 1000)
            local r = all_three(s)
            assert.are.equal(550, r.code)
            assert.are.equal("userunknown", r.reason)
            assert.are.equal(#s - 11, #r.text)
            local mb16 = 16 * 1024 * 1024
            linear("16 MB of phrases", function (n) return "550 " .. rep("ab user unknown ", n) end,
                   math.floor(mb16 / 160), smtpbounce.classify)
            linear("16 MB, one word", function (n) return "550 " .. rep("x", n) end,
                   math.floor(mb16 / 10), smtpbounce.classify)
            linear("16 MB explained", function (n) return "550 " .. rep("mailbox full ", n) end,
                   math.floor(mb16 / 130), smtpbounce.explain)
        end)

        it("soups of hostile bytes cost linear time", function ()
            local soups = {
                { "all 256 bytes", BYTES },
                { "NUL", "\0" },
                { "invalid UTF-8", "\192\175\128\237\160\128\255 " },
                { "code-like", "550 550-5.1.1 #5.1.1 (5.1.1) [4.4.1] " },
                { "prefix-like", "host a.b[1.2.3.4] said: Diagnostic-Code: smtp; <<< " },
                { "forward-like", "<a@b.c <x@@y> &lt;a@b&gt; " },
                { "separators", ": ; :: ;; said: returned response dsn= " },
            }
            for _, soup in ipairs(soups) do
                local unit = soup[2]
                local n = math.floor(40000 / #unit) + 1
                linear(soup[1], function (k) return rep(unit, k) end, n, smtpbounce.classify)
                linear(soup[1] .. " (parse)", function (k) return rep(unit, k) end, n,
                       smtpbounce.parse)
            end
        end)

        it("a huge context (MX, domain, recipient) gets a result in linear time", function ()
            local function ctx_of (field, unit)
                return function (n) return { [field] = rep(unit, n) } end
            end
            for _, c in ipairs{ { "mx", "a." }, { "mx", "gmail.com." }, { "domain", "x.yahoo.com." },
                                { "recipient", "@a" }, { "recipient", "a@b " } } do
                local f = function (ctx) return smtpbounce.classify("550 5.1.1 x", ctx) end
                local r = f(ctx_of(c[1], c[2])(10))
                assert.are.equal(550, r.code)
                linear("ctx." .. c[1] .. " = " .. c[2] .. "...", ctx_of(c[1], c[2]), 20000, f)
            end
        end)

        -- shapes the fixtures lack
        local shapes = {
            { "the empty string", "" },
            { "whitespace only", " \t\r\n \v\f \n" },
            { "a 1 MB single line", "550 " .. rep("x", 1024 * 1024) },
            { "a 1 MB line of phrases", "550 " .. rep("user unknown ", 80000) },
            { "100,000 bare line ends", rep("\n", 100000) },
            { "a half entity at the end", "550 x &lt" },
            { "a code and nothing else", "550" },
            { "a code with a dash and nothing else", "550-" },
            { "a log prefix and nothing else", "host mx.example.com[192.0.2.1] said: " },
            { "a transcript marker and nothing else", "<<< " },
            { "a diagnostic type and nothing else", "Diagnostic-Code: smtp;" },
        }
        for _, c in ipairs(shapes) do
            it(c[1] .. " gives a result, never an error", function ()
                all_three(c[2])
            end)
        end

        it("an unreadable reply is 'unknown', never an error", function ()
            for _, s in ipairs{ "", " \t\r\n", "\0", "000", "999", "5.5.5.5.5", "5.1234.1",
                                rep("&amp;", 100), "-", "0", "<<<", "host", "said:", BYTES } do
                local r = smtpbounce.classify(s)
                assert.are.equal("unknown", r.outcome, s:sub(1, 20))
                assert.is_nil(r.code)
                assert.is_nil(r.status)
            end
        end)

        it("a number is read as its string form, whatever the number", function ()
            assert.are.equal(550, smtpbounce.classify(550).code)
            for _, v in ipairs{ 0, -1, 1.5, 1e300, -1e300, math.huge, -math.huge, 0 / 0, 2 ^ 63 } do
                local r = smtpbounce.classify(v)
                assert.are.equal(tostring(v), r.text)
                assert.are.equal("unknown", r.outcome)
                assert.are.equal(tostring(v), smtpbounce.parse(v).text)
            end
        end)
    end)


    describe("arguments", function ()
        local c = smtpbounce.new()
        local BAD = {
            { nil, "no value" }, { true, "boolean" }, { false, "boolean" }, { {}, "table" },
            { print, "function" }, { io.stdout, "userdata" },
            { coroutine.create(function () end), "thread" },
        }
        -- name, function taking the reply
        local FNS = {
            { "classify", smtpbounce.classify },
            { "explain", smtpbounce.explain },
            { "parse", smtpbounce.parse },
            { "classify", function (v) return c:classify(v) end },
            { "explain", function (v) return c:explain(v) end },
            { "parse", function (v) return c:parse(v) end },
            { "classify_into", function (v) return smtpbounce.classify_into({}, v) end, 2 },
            { "classify_into", function (v) return c:classify_into({}, v) end, 2 },
        }

        it("a reply that is no string or number raises the standard error", function ()
            for _, fn in ipairs(FNS) do
                for _, bad in ipairs(BAD) do
                    assert.are.equal(fmt("bad argument #1 to '%s' (string expected, got %s)",
                                         fn[1], bad[2]),
                                     error_of(fn[2], bad[1]))
                end
            end
            -- and a missing one, not only nil
            assert.are.equal("bad argument #1 to 'classify' (string expected, got no value)",
                             error_of(smtpbounce.classify))
            assert.are.equal("bad argument #1 to 'parse' (string expected, got no value)",
                             error_of(smtpbounce.parse))
        end)

        it("classify_into wants a table first", function ()
            for _, bad in ipairs(BAD) do
                if bad[2] ~= "table" then
                    assert.are.equal("bad argument #1 to 'classify_into' (table expected, got "
                                     .. bad[2] .. ")",
                                     error_of(smtpbounce.classify_into, bad[1], "550 x"))
                    assert.are.equal("bad argument #1 to 'classify_into' (table expected, got "
                                     .. bad[2] .. ")",
                                     error_of(c.classify_into, c, bad[1], "550 x"))
                end
            end
        end)

        it("a ctx that is no table raises the standard error", function ()
            for _, bad in ipairs(BAD) do
                if bad[1] ~= nil and bad[2] ~= "table" then
                    assert.are.equal("bad argument #2 to 'classify' (table expected, got " .. bad[2] .. ")",
                                     error_of(smtpbounce.classify, "550 x", bad[1]))
                    assert.are.equal("bad argument #2 to 'explain' (table expected, got " .. bad[2] .. ")",
                                     error_of(c.explain, c, "550 x", bad[1]))
                end
            end
        end)

        it("ctx fields of the wrong type raise naming the field", function ()
            for _, v in ipairs{ 5, true, {}, print } do
                assert.are.equal("bad argument #2 to 'classify' (field 'mx' must be a string)",
                                 error_of(smtpbounce.classify, "550 x", { mx = v }))
                assert.are.equal("bad argument #2 to 'classify' (field 'domain' must be a string)",
                                 error_of(smtpbounce.classify, "550 x", { domain = v }))
            end
            assert.are.equal("bad argument #2 to 'classify' (unknown phase 'true')",
                             error_of(smtpbounce.classify, "550 x", { phase = true }))
            assert.are.equal("bad argument #2 to 'classify' (unknown provider '5')",
                             error_of(smtpbounce.classify, "550 x", { provider = 5 }))
        end)

        it("new() refuses options that are no table", function ()
            for _, bad in ipairs(BAD) do
                if bad[1] ~= nil and bad[2] ~= "table" then
                    assert.are.equal("bad argument #1 to 'new' (table expected, got " .. bad[2] .. ")",
                                     error_of(smtpbounce.new, bad[1]))
                end
            end
            assert.are.equal("bad argument #1 to 'new' ('file' must be a path string)",
                             error_of(smtpbounce.new, { files = { 5, "x" } }))
            assert.are.equal("bad argument #1 to 'new' ('builtin' must be a boolean)",
                             error_of(smtpbounce.new, { builtin = 0 }))
        end)
    end)
end)
