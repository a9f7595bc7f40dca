-- The classifier against variants of the dev corpus's replies as MTAs,
-- logs and bounces present them (tools/reply-perturb.lua): every variant
-- of a required kind keeps the reading (reason family, action, outcome,
-- scope) of the unchanged reply, over every third dev reply.
local smtpbounce = require "smtpbounce"
local helper = require "spec.helper"
local perturb = dofile("tools/reply-perturb.lua")

describe("reply perturbation", function ()
    local corpus = perturb.corpus("accuracy/corpus", 3)
    local res = perturb.run(perturb.classifier(smtpbounce), corpus)

    it("reads a sample of the dev corpus", function ()
        assert.is_true(#corpus > 1500)
    end)

    -- the variants a kind makes of the sample, at least (typeset: the
    -- replies with an apostrophe, about one in fifteen)
    local MIN = { typeset = 100 }
    -- (a kind left out of REQUIRED, or misspelt there, would drop its test)
    it("requires 17 kinds or more, each one of KINDS" , function ()
        helper.required_kinds(perturb, 17)
    end)

    for _, kind in ipairs(perturb.KINDS) do
        if perturb.REQUIRED[kind] then
            it("keeps the reading: " .. kind, function ()
                local r = res[kind]
                local min = MIN[kind] or 300
                assert.is_true(r.n > min, kind .. ": only " .. r.n .. " variants made")
                -- near every one: a handful of replies whose reading
                -- rests on what the variant changes may move
                assert.is_true(r.kept >= r.n - 5, kind .. ": " .. (r.n - r.kept) .. " changed\n"
                               .. table.concat(r.fails, "\n"))
            end)
        end
    end
end)

describe("reply perturbation's variants", function ()
    local by = {}
    for _, v in ipairs(perturb.VARIANTS) do by[v.kind .. "/" .. v.name] = v end
    local e = { reply = "550 5.1.1 The email account that you tried to reach does not exist" }

    it("wrap the reply as the MTA does", function ()
        assert.equal("host mx.example.net[192.0.2.1] said: " .. e.reply .. " (in reply to RCPT TO command)",
                     by["postfix/said"].make(e.reply, e))
        assert.equal("Diagnostic-Code: smtp; " .. e.reply, by["dsn/diagnostic"].make(e.reply, e))
        assert.equal("#" .. e.reply .. " ##", by["exchange/hash"].make(e.reply, e))
        assert.equal("550 5.1.1 User doesn\226\128\153t exist ('bob')",
                     by["typeset/apostrophe"].make("550 5.1.1 User doesn't exist ('bob')", e))
        assert.is_nil(by["typeset/apostrophe"].make(e.reply, e))
        assert.equal("550 5.1.1 <spam-reports@example.com>: Recipient address rejected",
                     by["mailbox/spam-reports"].make("550 5.1.1 <bob@example.com>: Recipient address rejected", e))
        assert.is_nil(by["mailbox/dmarc"].make(e.reply, e))
        assert.matches("after end of data: 550", by["exim/after"].make(e.reply, { phase = "eod" }))
    end)

    it("set a reply's spaces as pages and mail clients copy them", function ()
        assert.equal("550\194\1605.1.1\194\160The email account that you tried to reach does not exist",
                     by["nbsp/code"].make(e.reply, e))
        assert.equal("550-5.1.1\194\160a\n550\194\1605.1.1\194\160b",
                     by["nbsp/code"].make("550-5.1.1 a\n550 5.1.1 b", e))
        assert.equal("550\1605.1.1\160User\160unknown", by["nbsp/latin1"].make("550 5.1.1 User unknown", e))
        assert.is_nil(by["nbsp/latin1"].make("550 Bo\195\174te pleine", e))
        assert.equal("550\227\128\128User\227\128\128unknown", by["uspace/ideographic"].make("550 User unknown", e))
        assert.equal("\239\187\191" .. e.reply, by["zwsp/bom"].make(e.reply, e))
        assert.equal("550-5.1.1 The email account that you tried\r550 5.1.1 to reach does not exist",
                     by["eol/cr"].make(e.reply, e))
        assert.equal("550-a\r\n550-b\n550-c\r550 d\r\n", by["eol/mixed"].make("550-a\n550-b\n550-c\n550 d", e))
        assert.is_nil(by["eol/mixed"].make("550 short", e))
    end)

    it("split a reply as servers send it", function ()
        assert.equal("550-5.1.1 The email account that you tried\n550 5.1.1 to reach does not exist",
                     by["split/status-each"].make(e.reply, e))
        assert.equal("550-5.1.1 The email account that you tried\n550 to reach does not exist",
                     by["split/status-first"].make(e.reply, e))
        assert.equal("550-5.1.1 The email account that you tried 550 5.1.1 to reach does not exist",
                     by["split/joined"].make(e.reply, e))
        assert.is_nil(by["nocode/removed"].make("550 User unknown", e))
        assert.equal("5.1.1 The email account that you tried to reach does not exist",
                     by["nocode/removed"].make(e.reply, e))
    end)

    it("make only what a reply allows", function ()
        assert.is_nil(by["postfix/said"].make("Mailbox full", e))
        assert.is_nil(by["sendmail/log-deferred"].make(e.reply, e))
        assert.is_string(by["case/upper"].make("Mailbox full", e))
    end)
end)

describe("smtpbounce.classify on the forms the variants test", function ()
    local c = smtpbounce.new{ profile = "seed" }
    local function reading (reply, ctx) return perturb.reading(c:classify(reply, ctx)) end

    -- Postfix's "(in reply to ... command)" is no part of the reply: its
    -- "RCPT" is no address word, and it still tells the phase
    it("reads a reply the same under Postfix's tail", function ()
        for _, reply in ipairs({
            "550 Blocked",
            "550 5.7.1 Message rejected by policy",
            "554 Message refused by the scanner",
            "550 Helo name contains an IP address (HELO was 192.0.2.1)",
        }) do
            assert.equal(reading(reply), reading("host mx.example.net[192.0.2.1] said: " .. reply
                                                 .. " (in reply to RCPT TO\n    command)"), reply)
        end
        local r = c:classify("host mx.example.net[192.0.2.1] said: 550 5.7.1 x (in reply to end of DATA command)")
        assert.equal("x", r.text)
        assert.equal("eod", c:explain("host mx.example.net[192.0.2.1] said: 550 5.7.1 x "
                                      .. "(in reply to end of\n    DATA command)").why.phase)
        assert.equal("sender", c:classify("550 5.7.1 x (in reply to MAIL FROM command)").scope)
    end)

    -- a relay's inner reply, its tail an earlier command than the
    -- caller's: the recipient never reached that server (no suppress)
    it("takes the phase of a reply's own tail where it comes first", function ()
        local inner = "550 host mx.example.net[192.0.2.1] said: 501 5.1.7 Invalid address"
        local r = c:classify(inner .. " (in reply to MAIL FROM command)", { phase = "rcpt" })
        assert.equal("mail", c:explain(inner .. " (in reply to MAIL FROM command)", { phase = "rcpt" }).why.phase)
        assert.is_not.equal("suppress", r.action)
        assert.is_not.equal("recipient", r.scope)
        -- a later one refines nothing: the caller's phase stays
        assert.equal("rcpt", c:explain(inner .. " (in reply to end of DATA command)", { phase = "rcpt" }).why.phase)
    end)

    -- Exim's callout to our sender's server: the reply it quotes is about
    -- our sender, never the recipient (github.com/Exim/exim verify.c's log
    -- wording, example values filled in)
    it("reads the reply a sender callout quotes as our sender's", function ()
        for _, line in ipairs({
            "H=mx.example.net [192.0.2.1] sender verify fail for <kim@example.org>: response to "
                .. "\"RCPT TO:<kim@example.org>\" from mx.example.org [192.0.2.2] was: 553 5.1.1 No such user",
            "H=mx.example.net [192.0.2.1] sender verify defer for <kim@example.org>: response to "
                .. "\"RCPT TO:<kim@example.org>\" from mx.example.org [192.0.2.2] was: 451 4.7.1 Try later",
        }) do
            local r = c:classify(line, { phase = "rcpt" })
            assert.equal("mail", c:explain(line).why.phase, line)
            assert.is_not.equal("suppress", r.action, line)
            assert.equal("sender", r.scope, line)
        end
        -- a recipient callout's failure stays the recipient's
        local r = c:classify("H=mx.example.net [192.0.2.1] recipient verify fail for <kim@example.org>: "
                             .. "response to \"RCPT TO:<kim@example.org>\" from mx.example.org [192.0.2.2] was: "
                             .. "550 5.1.1 No such user")
        assert.equal("suppress", r.action)
    end)

    -- qmail's "Giving up on <ip>." after the reply names no IP of ours
    it("reads a reply the same under qmail's lines", function ()
        for _, reply in ipairs({ "554 Message refused by the scanner", "550 5.7.1 Bounces not accepted",
                                 "554 Transaction failed" }) do
            assert.equal(reading(reply), reading("<kim@example.com>:\n192.0.2.1 does not like recipient.\n"
                                                 .. "Remote host said: " .. reply .. "\nGiving up on 192.0.2.1.\n"),
                         reply)
        end
    end)

    -- quotes, brackets and Exchange's '#' around a reply
    it("reads a reply the same in quotes or brackets", function ()
        for _, reply in ipairs({ "550 IP in XBL", "450 user path no exist", "553 User defined policy matched",
                                 "Brievenbus vol", "5.1.1 szn; User hasn't got the service mapped" }) do
            local want = reading(reply)
            assert.equal(want, reading("(" .. reply .. ")"), reply)
            assert.equal(want, reading("'" .. reply .. "'"), reply)
            if reply:match("^%d%d%d ") then
                assert.equal(want, reading("#" .. reply .. " ##"), reply)
                assert.equal(want, reading("Remote Server returned '" .. reply .. "'"), reply)
            end
        end
    end)

    -- a multi-line reply whose status is on the first line only, joined
    -- onto one line as Postfix logs it
    it("reads a joined multi-line reply without its repeated code", function ()
        assert.equal(reading("550 Sending from this domain is paused"),
                     reading("550-Sending from this 550 domain is paused"))
        assert.equal(reading("421 Reject due to policy violations"),
                     reading("421-Reject due to policy 421 violations"))
        assert.equal("Sending from this domain is paused",
                     c:classify("550-Sending from this 550 domain is paused").text)
    end)
end)
