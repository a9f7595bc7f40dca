-- smtpbounce.mail: bounce mails read by smtpbounce.mailreader (C) and
-- classified per recipient.  Fixtures: spec/fixtures/mail/*.eml, labelled
-- in spec/fixtures/mail/labels.lua (each with its source).

local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"
local mail = require "smtpbounce.mail"
local reader = require "smtpbounce.mailreader"
local results = require "smtpbounce.result"

local DIR = "spec/fixtures/mail/"
local labels = dofile(DIR .. "labels.lua")

local function fixture (name)
    return helper.read_file(DIR .. name)
end

local function sorted_names ()
    local names = {}
    for name in pairs(labels) do names[#names + 1] = name end
    table.sort(names)
    return names
end

describe("smtpbounce.mail", function ()
    describe("fixtures", function ()
        -- (an empty or misread labels.lua would leave no test below)
        it("are labelled, every one", function ()
            local files = {}
            local p = io.popen("ls " .. DIR)
            for f in p:lines() do
                if f:match("%.eml$") then files[#files + 1] = f end
            end
            p:close()
            assert.is_true(#files >= 8, #files .. " fixtures")
            assert.are.same(files, sorted_names())
        end)
        for _, name in ipairs(sorted_names()) do
            local label = labels[name]
            it(name .. " reads as its label says", function ()
                local recs, err = smtpbounce.mail(fixture(name))
                if label.format == "notbounce" then
                    assert.is_nil(recs)
                    assert.matches("^not a bounce: ", err)
                    return
                end
                assert.is_table(recs, err)
                assert.are.equal(#label.recipients, #recs)
                for i, want in ipairs(label.recipients) do
                    local r = recs[i]
                    assert.are.equal(label.format, r.format)
                    assert.are.equal(want.recipient, r.recipient)
                    assert.are.equal(want.dsn_action, r.dsn_action)
                    assert.are.equal(want.status, r.dsn)
                    assert.are.equal(want.reason, r.reason)
                    assert.are.equal(want.feedback_type, r.feedback_type)
                end
            end)
        end
    end)

    describe("RFC 3464 fields", function ()
        local recs = smtpbounce.mail(fixture("postfix-dsn.eml"),
                                     { headers = { "X-Campaign-Id", "Subject", "X-None" } })
        it("gives every field of a record", function ()
            local r = recs[1]
            assert.are.same({
                recipient = "bob@example.net", original_recipient = "bob@example.net",
                dsn_action = "failed", dsn = "5.1.1", remote_mta = "mx.example.net",
                reporting_mta = "mx1.example.org",
                reply = "550 5.1.1 <bob@example.net>: Recipient address rejected: "
                        .. "User unknown in local recipient table",
                format = "rfc3464", time = "Tue,  2 Dec 2026 10:15:00 +0000 (UTC)",
                message_id = "20261202101500.4C1D81027B0@lists.example.org",
                headers = { ["X-Campaign-Id"] = "dec-2026 -news", Subject = "December news" },
            }, {
                recipient = r.recipient, original_recipient = r.original_recipient,
                dsn_action = r.dsn_action, dsn = r.dsn, remote_mta = r.remote_mta,
                reporting_mta = r.reporting_mta, reply = r.reply, format = r.format,
                time = r.time, message_id = r.message_id, headers = r.headers,
            })
        end)
        it("classifies the reply as classify does in the mail's context", function ()
            local c = smtpbounce.classify(recs[1].reply, { dsn = "5.1.1", mx = "mx.example.net",
                                                           domain = "example.net" })
            for _, f in ipairs(results.FIELDS) do
                assert.are.same(c[f], recs[1][f], f)
            end
            assert.are.equal("suppress", recs[1].action)
            assert.are.equal("deferred", recs[2].outcome)
        end)
        it("takes the Last-Attempt-Date as the time when given", function ()
            assert.are.equal("Tue,  2 Dec 2026 10:15:01 +0000 (UTC)", recs[2].time)
        end)
        it("has no verp_recipient without ctx.verp", function ()
            assert.is_nil(recs[1].verp_recipient)
        end)
        it("classifies a record without diagnostic by its Status and its comment", function ()
            local m = "Content-Type: multipart/report; boundary=b\n\n--b\n"
                      .. "Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\n"
                      .. "Final-Recipient: rfc822; a@example.net\nAction: failed\n"
                      .. "Status: 5.1.1 (no such mailbox)\n--b--\n"
            local r = assert(smtpbounce.mail(m))[1]
            assert.is_nil(r.reply)
            assert.are.equal("5.1.1", r.dsn)
            assert.are.equal("bounced", r.outcome)
            assert.are.equal("userunknown", r.reason)
        end)
        it("reads the Status when the reply names no cause and no status of its own", function ()
            -- written for this check: a 5.4.4 report whose diagnostic no rule reads (a
            -- Sun Messaging Server's "Illegal host/domain name found" is read by the
            -- rules themselves now)
            local m = "Content-Type: message/delivery-status\n\n"
                      .. "Reporting-MTA: dns; mx.example.net\n\n"
                      .. "Final-Recipient: rfc822; kim@fax.example.net\nAction: failed\n"
                      .. "Status: 5.4.4\nDiagnostic-Code: X-Sun; Routing refused by the gateway\n"
            local r = assert(smtpbounce.mail(m))[1]
            assert.are.equal("hostunknown", r.reason)
            assert.are.equal("Routing refused by the gateway", r.text)
            -- (a Status of no detail, x.0.0, says no more than the reply)
            r = assert(smtpbounce.mail((m:gsub("5%.4%.4", "5.0.0"))))[1]
            assert.are.equal("undefined", r.reason)
        end)
        it("splits recipients written without blank lines between them", function ()
            local m = "Content-Type: message/delivery-status\n\n"
                      .. "Reporting-MTA: dns; x\nFinal-Recipient: rfc822; a@example.net\n"
                      .. "Action: failed\nStatus: 5.1.1\n"
                      .. "Final-Recipient: rfc822; b@example.net\nAction: delayed\nStatus: 4.4.1\n"
            local recs2 = assert(smtpbounce.mail(m))
            assert.are.equal(2, #recs2)
            assert.are.equal("b@example.net", recs2[2].recipient)
            assert.are.equal("delayed", recs2[2].dsn_action)
        end)
        it("reads an MDN's disposition word in the Action field as failed", function ()
            -- (GNU Mailutils' Sieve rejection writes "Action: deleted")
            local function action (word)
                local m = "Content-Type: message/delivery-status\n\n"
                          .. "Reporting-UA: sieve; x\nFinal-Recipient: RFC822; a@example.net\n"
                          .. "Action: " .. word .. "\nDisposition: automatic-action/"
                          .. "MDN-sent-automatically;deleted\n"
                return assert(smtpbounce.mail(m))[1].dsn_action
            end
            assert.are.equal("failed", action("deleted"))
            assert.are.equal("failed", action("Denied"))
            assert.are.equal("delayed", action("delayed"))
            assert.are.equal("expanded", action("expanded"))
        end)
        it("writes back the address a list archive hid in a recipient field", function ()
            local function recipients (final, original)
                local m = "Content-Type: message/delivery-status\n\n"
                          .. "Reporting-MTA: dns; x\nFinal-Recipient: rfc822; " .. final .. "\n"
                          .. (original and "Original-Recipient: rfc822;" .. original .. "\n" or "")
                          .. "Action: failed\nStatus: 5.1.1\n"
                local r = assert(smtpbounce.mail(m))[1]
                return r.recipient, r.original_recipient
            end
            assert.are.same({ "pat@example.com", "pat@example.com" },
                            { recipients("pat at example.com", "pat (at) example.com") })
            assert.are.equal("pat.lee+x@mail.example.co.uk",
                             recipients("pat.lee+x [at] mail.example.co.uk (mailbox)"))
            -- (not a domain after the "at": the first word, as ever)
            assert.are.equal("pat", recipients("pat at example"))
            assert.are.equal("pat", recipients("pat at 192.0.2.1"))
            assert.are.equal("pat", recipients("pat at home, example.com"))
        end)
        it("reads the phase the text names when the diagnostic names none", function ()
            local m = fixture("postfix-dsn.eml")
            local r = assert(smtpbounce.mail(m))[1]
            assert.are.equal("suppress", r.action)  -- RCPT TO: the address
            m = m:gsub("%(in reply to RCPT TO command%)", "(in reply to MAIL FROM command)")
            r = assert(smtpbounce.mail(m))[1]
            local c = smtpbounce.classify(r.reply, { phase = "mail", dsn = "5.1.1",
                                                     mx = "mx.example.net", domain = "example.net" })
            assert.are.equal(c.action, r.action)
            assert.are_not.equal("suppress", r.action)  -- MAIL FROM: never the recipient
            assert.are.equal("sender", r.scope)
        end)
        it("reads the phase the diagnostic names", function ()
            local m = "Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\n"
                      .. "Final-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.7.1\n"
                      .. "Diagnostic-Code: smtp; 550 5.7.1 rejected (in reply to MAIL FROM command)\n"
            local r = assert(smtpbounce.mail(m))[1]
            local c = smtpbounce.classify(r.reply, { phase = "mail", dsn = "5.7.1",
                                                     domain = "example.net" })
            assert.are.equal(c.action, r.action)
            assert.are.equal(c.scope, r.scope)
        end)
    end)

    describe("feedback reports and auto-replies", function ()
        it("gives a complaint the feedback effect", function ()
            local r = assert(smtpbounce.mail(fixture("arf.eml"), { headers = { "X-Campaign-Id" } }))[1]
            assert.are.equal("feedback", r.reason)
            assert.are.equal("suppress", r.action)
            assert.are.equal("recipient", r.scope)
            assert.are.equal("abuse", r.feedback_type)
            assert.is_nil(r.dsn)
            assert.is_nil(r.dsn_action)
            assert.are.equal("spring", r.headers["X-Campaign-Id"])
            assert.are.equal("8787KJKJ3K4J3K4J3K4J3.mail@example.net", r.message_id)
        end)
        it("gives an auto-reply the vacation effect, never a bounce", function ()
            for _, name in ipairs{ "autoreply.eml", "vacation-xheader.eml" } do
                local r = assert(smtpbounce.mail(fixture(name)))[1]
                assert.are.equal("vacation", r.reason)
                assert.are.equal("delivered", r.outcome)
                assert.are.equal("none", r.action)
                assert.are.equal("autoreply", r.format)
            end
        end)
        it("reads an auto-reply its text or a mailbox rule marks, not a person quoting one", function ()
            -- written for this check: no X-Autoreply, no auto-responder's subject prefix
            local function one (m)
                local recs = smtpbounce.mail(m)
                return recs and recs[1]
            end
            local away = "From: Kim <kim@example.org>\nSubject: Re: schedule\n\n"
                .. "Thank you for your message. I am out of the office until Monday.\n"
            local r = assert(one(away))
            assert.are.equal("kim@example.org", r.recipient)
            assert.are.equal("autoreply", r.format)
            local ack = "From: Lee <lee@example.org>\nSubject: Re: offer\n\n"
                .. "Thanks for your email. I will reply as soon as I can.\n"
            assert.are.equal("vacation", assert(one(ack)).reason)
            local rule = "From: Desk <desk@example.org>\nSubject: Desk Autoreply\n"
                .. "Auto-Submitted: auto-generated\n\n"
            assert.are.equal("desk@example.org", assert(one(rule)).recipient)
            local quoting = "From: Ann <ann@example.org>\nSubject: Re: schedule\n\n"
                .. "Fine by me.\n\n> I am out of the office until Monday.\n"
            assert.is_nil(one(quoting))
            local post = "From: Ann <ann@example.org>\nList-Id: <dev.example.org>\nSubject: holidays\n\n"
                .. "Who is out of the office next week?\n"
            assert.is_nil(one(post))
        end)
    end)

    describe("MIME", function ()
        it("decodes RFC 2047 words and charsets in the original's headers", function ()
            local r = assert(smtpbounce.mail(fixture("wrong-outer-type.eml"),
                                             { headers = { "Subject", "X-Campaign-Id" } }))[1]
            assert.are.same({ Subject = "R\195\169union", ["X-Campaign-Id"] = "\195\169t\195\169" },
                            r.headers)
        end)
        it("finds the parts with an RFC 2231 boundary and a base64 status part", function ()
            local r = assert(smtpbounce.mail(fixture("wrong-outer-type.eml")))[1]
            assert.are.equal("550 5.2.0 procmail: Quota exceeded while writing \"/var/mail/dave\"",
                             r.reply)
        end)
        it("reads the HTML part of a prose bounce whose plain part says nothing", function ()
            -- written for this check: a plain part that only points to the HTML
            local m = "From: MAILER-DAEMON@mx.example.net\nSubject: Undeliverable: hi\n"
                .. "Content-Type: multipart/alternative; boundary=b\n\n--b\n"
                .. "Content-Type: text/plain\n\nThis notice is best read as HTML.\n--b\n"
                .. "Content-Type: text/html\n\n<p>Delivery has failed to these recipients:</p>"
                .. "<p><b>kim@example.org</b></p><p>550 5.1.1 User unknown</p>\n--b--\n"
            local recs = assert(smtpbounce.mail(m))
            assert.are.equal("kim@example.org", recs[1].recipient)
            assert.are.equal("5.1.1", recs[1].dsn)
        end)
        it("reads UTF-7 by Exchange's name for it, shifted characters and plain text alike", function ()
            -- written for this check: Exchange labels its UTF-7 text "unicode-1-1-utf-7"
            local function ndr (text)
                return "From: postmaster@mx.example.net\nSubject: Unzustellbar: hi\n"
                    .. "Content-Type: text/plain; charset=unicode-1-1-utf-7\n\n"
                    .. "Delivery has failed to these recipients or groups:\n\nkim@example.org\n\n"
                    .. "Diagnostic information for administrators:\n\nGenerating server: mx.example.net\n\n"
                    .. "kim@example.org\nRemote Server returned '550 5.1.1 " .. text .. "'\n"
            end
            for _, case in ipairs{
                { "Empf+AOQ-nger unbekannt", "Empf\195\164nger unbekannt" },
                { "Recipient unknown", "Recipient unknown" },
            } do
                local r = assert(smtpbounce.mail(ndr(case[1])))[1]
                assert.are.equal("kim@example.org", r.recipient)
                assert.are.equal("550 5.1.1 " .. case[2], r.reply)
            end
        end)
        it("reads a message/global-delivery-status part as UTF-8", function ()
            local r = assert(smtpbounce.mail(fixture("global-dsn.eml"), { headers = { "Subject" } }))[1]
            assert.are.equal("j\195\188rgen@b\195\188cher.example", r.recipient)
            assert.are.equal("u1@example.com", r.message_id)
            assert.are.equal("Gr\195\188\195\159e", r.headers.Subject)
        end)
        it("reads a message whose boundary never occurs and which is cut", function ()
            local r = assert(smtpbounce.mail(fixture("truncated.eml")))[1]
            assert.are.equal("cut@example.com", r.message_id)
            assert.are.equal("421 4.4.7 Message delayed: connection timed out after 72 hours",
                             r.reply)
        end)
        it("reads CRLF line ends as LF ones", function ()
            local lf = fixture("postfix-dsn.eml")
            local a = assert(smtpbounce.mail(lf))
            local b = assert(smtpbounce.mail((lf:gsub("\n", "\r\n"))))
            assert.are.equal(#a, #b)
            for i = 1, #a do
                for _, f in ipairs(mail.FIELDS) do assert.are.same(a[i][f], b[i][f], f) end
            end
        end)
    end)

    describe("ctx", function ()
        it("decodes a VERP template from the bounce's envelope recipient", function ()
            local r = assert(smtpbounce.mail(fixture("postfix-dsn.eml"),
                                             { verp = "bounces+%l=%d@" }))[1]
            assert.are.equal("alice@example.com", r.verp_recipient)
        end)
        it("decodes a VERP Lua pattern with one capture", function ()
            local r = assert(smtpbounce.mail(fixture("postfix-dsn.eml"),
                                             { verp = "^bounces%+(.-)@lists" }))[1]
            assert.are.equal("alice@example.com", r.verp_recipient)
            r = assert(smtpbounce.mail(fixture("postfix-dsn.eml"), { verp = "^nomatch(.*)" }))[1]
            assert.is_nil(r.verp_recipient)
        end)
        it("lets mx, domain, phase and provider override the mail's", function ()
            local r = assert(smtpbounce.mail(fixture("postfix-dsn.eml"),
                                             { provider = "gmail", phase = "rcpt" }))[1]
            assert.are.equal("gmail", r.provider)
        end)
        it("raises on bad arguments, naming them", function ()
            assert.has_error(function () smtpbounce.mail(nil) end,
                             "bad argument #1 to 'mail' (string expected, got no value)")
            assert.has_error(function () smtpbounce.mail({}) end,
                             "bad argument #1 to 'mail' (string expected, got table)")
            assert.has_error(function () smtpbounce.mail("", 5) end,
                             "bad argument #2 to 'mail' (table expected, got number)")
            assert.has_error(function () smtpbounce.mail("", { dsn = "5.1.1" }) end,
                             "bad argument #2 to 'mail' (unknown field 'dsn')")
            assert.has_error(function () smtpbounce.mail("", { verp = 1 }) end,
                             "bad argument #2 to 'mail' (field 'verp' must be a string)")
            assert.has_error(function () smtpbounce.mail("", { verp = "(%" }) end,
                             "bad argument #2 to 'mail' (field 'verp' is no valid Lua pattern)")
            assert.has_error(function () smtpbounce.mail("", { headers = { 1 } }) end,
                             "bad argument #2 to 'mail' (field 'headers' must hold header names (strings))")
            assert.has_error(function () smtpbounce.mail("", { phase = "x" }) end,
                             "bad argument #2 to 'mail' (unknown phase 'x')")
            assert.has_error(function () smtpbounce.mail("", { provider = "x" }) end,
                             "bad argument #2 to 'mail' (unknown provider 'x')")
        end)
        it("raises at the caller's line, for the module's mail and a classifier's", function ()
            local c = smtpbounce.new()
            local calls = {
                function () smtpbounce.mail(nil) end,
                function () smtpbounce.mail("", { foo = 1 }) end,
                function () c:mail({}) end,
                function () c:mail("", { phase = "x" }) end,
            }
            for _, f in ipairs(calls) do
                local ok, e = pcall(f)
                assert.is_false(ok)
                local want = "mail_spec.lua:" .. debug.getinfo(f, "S").linedefined
                             .. ": bad argument #"
                assert.is_truthy(e:find(want, 1, true), e)
            end
        end)
    end)

    describe("json()", function ()
        it("writes a record as one JSON object, the result's members first", function ()
            local cjson = require "cjson"
            local r = assert(smtpbounce.mail(fixture("postfix-dsn.eml"),
                                             { headers = { "X-Campaign-Id", "Subject" } }))[1]
            local j = mail.json(r, '"source":"x.eml"')
            local back = cjson.decode(j)
            assert.are.equal("bob@example.net", back.recipient)
            assert.are.equal("userunknown", back.reason)
            assert.are.equal("x.eml", back.source)
            assert.are.same({ Subject = "December news", ["X-Campaign-Id"] = "dec-2026 -news" },
                            back.headers)
            assert.is_true(j:find('"code"', 1, true) < j:find('"recipient"', 1, true))
            assert.matches('"headers":{"Subject":"December news","X%-Campaign%-Id":', j)
        end)
    end)

    describe("Classifier:mail()", function ()
        it("classifies with the classifier's profile", function ()
            local m = "Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\n"
                      .. "Final-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.0.0\n"
                      .. "Diagnostic-Code: smtp; 550 Transaction failed\n"
            assert.are.equal("suppress", assert(smtpbounce.mail(m))[1].action)
            local c = smtpbounce.new{ profile = "cautious" }
            assert.are.equal("contact", assert(c:mail(m))[1].action)
        end)
    end)

    describe("readings beyond the report", function ()
        it("reads a person's mail sent with the null sender that carries a bounce whole as that bounce", function ()
            -- the git list, 2007 (gmane): a ZMailer report forwarded as message/rfc822
            -- (accuracy/mail/dev/r20l), with "Return-Path: <>" put before it
            local m = "Return-Path: <>\n" .. helper.read_file(
                "accuracy/mail/dev/r20l/zmailer-git-list-gmane-davem-forwarded-report-message-id-553.eml")
            local r = assert(smtpbounce.mail(m))[1]
            assert.are.equal("jan.kromel@lynx.sk", r.recipient)
            assert.are.equal("bounced", r.outcome)
        end)
        it("keeps a label naming what is wrong with the address over a vaguer line below", function ()
            -- written for this check: "Unknown user: a@b", then a sentence that only says it failed
            local m = "From: MAILER-DAEMON@mx.example.net\nSubject: Undeliverable message\n\n"
                .. "Unknown user: kim@example.org\nYour message could not be delivered.\n"
            local r = assert(smtpbounce.mail(m))[1]
            assert.are.equal("kim@example.org", r.recipient)
            assert.are.equal("Unknown user: kim@example.org", r.reply)
        end)
        it("does not take a success reply in a failure report for a delivery", function ()
            -- IBM technote 1100477 as atnotes.de quotes it (accuracy/mail/dev/r21x): a Domino R5
            -- "Delivery Failure Report" whose reason is the remote end's "250 Message received OK."
            local r = assert(smtpbounce.mail(helper.read_file(
                "accuracy/mail/dev/r21x/domino-r5-atnotes-failure-report-250-received-ok.eml")))[1]
            assert.are.equal("xxxx@yyyy.com", r.recipient)
            assert.are.equal("failed", r.dsn_action)
            assert.are.equal("250 Message received OK.", r.reply)
            assert.are_not.equal("delivered", r.outcome)
            assert.are.equal("undefined", r.reason)
        end)
        it("classifies a record without reply by the report's human-readable part", function ()
            -- RFC 3464 appendix E, "DSN from gateway to foreign system"
            local recs = assert(smtpbounce.mail(helper.read_file(
                "accuracy/mail/dev/rfc/rfc3464-gateway.eml")))
            local r = recs[1]
            assert.are.equal("nair_s", r.recipient)
            assert.are.equal("5.0.0", r.dsn)
            assert.is_nil(r.reply)
            assert.are.equal("userunknown", r.reason)
            assert.are.equal("bounced", r.outcome)
            assert.matches("^Invalid address %- nair_s", r.text)
        end)
        it("keeps the Status's reading when it says something", function ()
            -- Exchange: Status 5.2.2, a first part that only lists the recipient
            local recs = assert(smtpbounce.mail(helper.read_file(
                "accuracy/mail/dev/bounce_email/tt_bounce_13.eml")))
            assert.is_nil(recs[1].reply)
            assert.are.equal("5.2.2", recs[1].dsn)
            assert.are.equal("mailboxfull", recs[1].reason)
        end)
        it("reads a Google Groups refusal, which names the group alone", function ()
            -- the notice's wording as github.com/USCiLab/cereal/issues/305 and
            -- github.com/OpenHunting/openhunt/issues/39 quote it
            local head = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
                         .. "Subject: Delivery Status Notification (Failure)\n\n"
            local body = "We're writing to let you know that the group you tried to contact (%s) "
                         .. "may not exist, or you may not have permission to post messages to the "
                         .. "group. A few more details on why you weren't able to post:\n\n%s\n"
            local recs = assert(smtpbounce.mail(head .. body:format("cerealcpp", "Thanks,\n\nGoogle Groups")))
            assert.are.equal(1, #recs)
            assert.are.equal("cerealcpp@googlegroups.com", recs[1].recipient)
            assert.are.equal("failed", recs[1].dsn_action)
            assert.matches("^the group you tried to contact %(cerealcpp%) may not exist", recs[1].reply)
            -- a Workspace group: its domain from the signature, a link's too
            recs = assert(smtpbounce.mail(head .. body:format("all", "openhunt.co admins")))
            assert.are.equal("all@openhunt.co", recs[1].recipient)
            recs = assert(smtpbounce.mail(head .. body:format("dev", "[example.org](http://example.org/) admins")))
            assert.are.equal("dev@example.org", recs[1].recipient)
            -- no signature that names a domain: no address made up (the
            -- refusal's one record names no one)
            for _, b in ipairs({ body:format("dev", "Thanks"), body:format("d e v", "Google Groups") }) do
                recs = assert(smtpbounce.mail(head .. b))
                assert.are.equal(1, #recs)
                assert.is_nil(recs[1].recipient)
                assert.matches("^We're writing to let you know that the group", recs[1].reply)
            end
            -- cut anywhere, or the signature at the text's very start: an
            -- answer, never a read past the text (the sanitizers' runs)
            local whole = head .. body:format("all", "[x.org](http://x.org/) admins")
            for n = #head, #whole do
                local ok = pcall(smtpbounce.mail, whole:sub(1, n))
                assert.is_true(ok, "cut at " .. n)
            end
            assert.is_table(smtpbounce.mail(head .. "group you tried to contact (a) x.org admins"))
            -- bytes that are no UTF-8 inside the sentence (a fuzzer's find):
            -- the reply stops before them
            recs = assert(smtpbounce.mail(head .. body:format("dev", "Google Groups")
                                              :gsub("or you may", "or y\255\207\207ou may")))
            assert.are.equal("the group you tried to contact (dev) may not exist, or y", recs[1].reply)
            recs = assert(smtpbounce.mail(head .. body:format("dev", "Google Groups")
                                              :gsub("the group you", "\255\207\207group you")))
            assert.matches("^group you tried to contact %(dev%) may not exist", recs[1].reply)
        end)
        it("reads X-Failed-Recipients when the text names no recipient", function ()
            local m = "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\n"
                      .. "Subject: Mail delivery failed: returning message to sender\n"
                      .. "X-Failed-Recipients: ann@example.net\n\n"
                      .. "Die Nachricht konnte nicht zugestellt werden: Postfach voll.\n"
            local recs = assert(smtpbounce.mail(m))
            assert.are.equal(1, #recs)
            assert.are.equal("ann@example.net", recs[1].recipient)
            assert.are.equal("failed", recs[1].dsn_action)
            assert.are.equal("generic", recs[1].format)
        end)
        it("drops a sendmail transcript's '<<< ' marks from a reply of several lines", function ()
            local recs = assert(smtpbounce.mail(fixture("prose/sendmail-1.eml")))
            assert.are.equal("invaliduser@invaliduser.invalid", recs[1].recipient)
            assert.is_nil(recs[1].reply:find("<<<", 1, true))
            assert.matches("Please try 550%-5%.1%.1 double%-checking", recs[1].reply)
            assert.matches("unnecessary spaces%. Learn more at 550 5%.1%.1 http", recs[1].reply)
        end)
        it("keeps the recipients X-Failed-Recipients confirms", function ()
            local recs = assert(smtpbounce.mail(fixture("prose/exim-1.eml")))
            assert.are.equal(1, #recs)
            assert.are.equal("aranoe22@hotmail.com", recs[1].recipient)
            assert.are.equal("exim", recs[1].format)
        end)
        it("reads a user id named alone under a list heading, its reason in parentheses", function ()
            local head = "From: postmaster@gw.example.com\nSubject: Undeliverable: hello\n\n"
            for _, heading in ipairs({ "The message that you sent was undeliverable to the following:",
                                       "Your message was undeliverable to the following:" }) do
                local recs = assert(smtpbounce.mail(head .. heading .. "\n\n\tkim (User not on post office)\n"))
                assert.are.equal(1, #recs)
                assert.are.equal("kim", recs[1].recipient)
                assert.are.equal("User not on post office", recs[1].reply)
            end
            -- run into the heading's line, and the heading cut before its last word
            local recs = assert(smtpbounce.mail(head .. "The message that you sent was undeliverable to the "
                                                .. "following: kim (User not on post office)\n"))
            assert.are.equal("kim", recs[1].recipient)
            recs = assert(smtpbounce.mail(head .. "The message that you sent was undeliverable to the\n"
                                          .. "following:\n\n\tkim (User not on post office)\n"))
            assert.are.equal("kim", recs[1].recipient)
            -- not a sentence of the text below another heading
            assert.is_nil((smtpbounce.mail(head .. "Please contact the following:\n\tkim (helpdesk)\n")))
        end)
        it("reads a long failure label before an address and the lists under 'failed to receive'", function ()
            local head = "From: Postmaster <postmaster@mail.example.com>\nSubject: Undeliverable Mail\n\n"
            local recs = assert(smtpbounce.mail(head .. "User mailbox exceeds allowed size: kim@example.net\n"))
            assert.are.equal("kim@example.net", recs[1].recipient)
            assert.are.equal("mailboxfull", recs[1].reason)
            head = "From: noreply@files.example.org\nSubject: Message delivery failure\n\n"
            local de = "ein oder mehrere Ihrer Empf\195\164nger haben Ihre Nachricht(en) nicht erhalten:"
            for _, lead in ipairs({ "One or more of your recipients failed to receive your message(s) :", de }) do
                recs = assert(smtpbounce.mail(head .. lead .. "\n\n  - Transfer #12 recipient "
                                              .. "kim@example.net on 2023-11-14 10:42\n"))
                assert.are.equal(1, #recs)
                assert.are.equal("kim@example.net", recs[1].recipient)
            end
        end)
        it("reads an address in a code span under 'The following address failed:'", function ()
            local m = "From: Mail Delivery System <Mailer-Daemon@mx.example.net>\n"
                      .. "Subject: Mail delivery failed\n\n"
                      .. "A message that you sent could not be delivered to one or more of its\n"
                      .. "recipients. The following address failed:\n\n"
                      .. "  `<kim@example.org>: 550 5.1.1 user unknown`\n\n"
                      .. "Delivery to the following recipient failed permanently:\n\n     jo@example.org\n\n"
                      .. "The error that the other server returned was:\n550 5.1.1 no such user\n"
            local recs = assert(smtpbounce.mail(m))
            assert.are.equal(2, #recs)
            assert.are.equal("kim@example.org", recs[1].recipient)
            assert.are.equal("5.1.1", recs[1].dsn)
            assert.are.equal("jo@example.org", recs[2].recipient)
        end)
        it("leaves a forwarded ordinary mail no bounce", function ()
            -- GNU Mailman 3 test data: a mail with forwarded message/rfc822 parts
            local recs = smtpbounce.mail(helper.read_file(
                "accuracy/mail/dev/notbounce/mailman3-msg_rfc822.eml"))
            assert.is_nil(recs)
        end)
        it("reads the bounce a person forwards in a message/rfc822 part", function ()
            local inner = fixture("postfix-dsn.eml")
            local want = assert(smtpbounce.mail(inner))
            local fwd = "From: Alice <alice@example.com>\nSubject: Fwd: Undelivered Mail\n"
                        .. "Content-Type: multipart/mixed; boundary=\"fw\"\n\n"
                        .. "--fw\nContent-Type: text/plain\n\nSee below.\n"
                        .. "--fw\nContent-Type: message/rfc822\n\n" .. inner .. "\n--fw--\n"
            local recs = assert(smtpbounce.mail(fwd))
            assert.are.equal(#want, #recs)
            for i = 1, #want do
                assert.are.equal(want[i].recipient, recs[i].recipient)
                assert.are.equal(want[i].reason, recs[i].reason)
                assert.are.equal(want[i].message_id, recs[i].message_id)
            end
            local two = fwd:gsub("\n%-%-fw%-%-\n$", "\n--fw\nContent-Type: message/rfc822\n\n"
                                 .. inner .. "\n--fw--\n")
            local none, err = smtpbounce.mail(two)
            assert.is_nil(none)
            assert.matches("^not a bounce", err)
        end)
    end)

    describe("not a bounce", function ()
        local cases = {
            { "", "not a bounce: empty message" },
            { "Subject: hi\n\nhello\n", "not a bounce: no delivery status, feedback report or bounce text" },
            { "Subject: hi\nContent-Type: image/png\n\n\137PNG",
              "not a bounce: no delivery status, feedback report or text" },
            { "Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n",
              "not a bounce: delivery status without recipients" },
        }
        for i, c in ipairs(cases) do
            it("says why (" .. i .. ")", function ()
                local recs, err = smtpbounce.mail(c[1])
                assert.is_nil(recs)
                assert.are.equal(c[2], err)
            end)
        end
    end)

    -- every shipped bounce (the fixtures, the prose fixtures, the dev
    -- corpus of accuracy/mail) cut, with NUL and bad bytes, with CRLF and
    -- with LF lost: records or "not a bounce: ...", every string valid UTF-8
    describe("every shipped bounce, damaged", function ()
        local files = {}
        local p = io.popen("find spec/fixtures/mail accuracy/mail/dev -name '*.eml' | sort")
        for f in p:lines() do files[#files + 1] = f end
        p:close()
        local function sound (what, m)
            local recs, err = smtpbounce.mail(m)
            if recs == nil then
                assert(type(err) == "string" and err:match("^not a bounce: "), what)
                return
            end
            assert(type(recs) == "table", what)
            for _, r in ipairs(recs) do
                for k, v in pairs(r) do
                    if type(v) == "string" then
                        assert(helper.valid_utf8(v), what .. ": field " .. k .. " is not UTF-8")
                    end
                end
            end
        end
        it("reads " .. #files .. " mails cut at 32 places, with NULs, bad bytes, CRLF and no LF", function ()
            assert.is_true(#files >= 150)
            for _, f in ipairs(files) do
                local m = helper.read_file(f)
                local step = math.max(1, math.floor(#m / 32))
                for n = 0, #m, step do
                    sound(f .. " cut at " .. n, m:sub(1, n))
                end
                sound(f .. " with NULs", (m:gsub("\n", "\0\n")))
                sound(f .. " with bad bytes", (m:gsub("e", "\255")))
                sound(f .. " with CRLF", (m:gsub("\r?\n", "\r\n")))
                sound(f .. " with no LF", (m:gsub("\n", " ")))
            end
        end)
    end)

    describe("hostile input", function ()
        local DS = "Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\n"
                   .. "Final-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.1.1\n"
        it("survives NUL bytes and every truncation of a fixture", function ()
            local m = fixture("postfix-dsn.eml")
            for n = 0, #m, 7 do smtpbounce.mail(m:sub(1, n)) end
            local recs = smtpbounce.mail((m:gsub("Action", "Act\0ion")))
            assert.is_table(recs)
            recs = smtpbounce.mail(m .. string.rep("\0", 1000))
            assert.are.equal(2, #recs)
        end)
        -- time: helper.linear (10x the input may take at most 20x the time)
        it("reads a million parts, past the parts cap, in linear time", function ()
            local m = "Content-Type: multipart/mixed; boundary=b\n\n"
                      .. string.rep("--b\n\n", 1000000) .. "--b\n" .. DS .. "--b--\n"
            local recs, err = smtpbounce.mail(m)
            assert.is_nil(recs)  -- the status part lies past the parts cap
            assert.matches("^not a bounce", err)
            assert.are.equal(512, reader.caps.parts)
            helper.linear("parts", function (n)
                return "Content-Type: multipart/mixed; boundary=b\n\n" .. string.rep("--b\n\n", n)
            end, 10000, smtpbounce.mail)
        end)
        it("reads 10000-deep nesting, past the depth cap, in linear time", function ()
            local function nested (n)
                local parts = {}
                for i = 1, n do
                    parts[i] = "Content-Type: multipart/mixed; boundary=b" .. i .. "\n\n--b" .. i .. "\n"
                end
                return table.concat(parts) .. DS
            end
            local recs, err = smtpbounce.mail(nested(10000))
            assert.is_nil(recs)
            assert.matches("^not a bounce", err)
            helper.linear("depth", nested, 1000, smtpbounce.mail)
        end)
        it("reads bad base64, bad quoted-printable and bad charsets", function ()
            local m = "Content-Type: multipart/report; boundary=b\n\n--b\n"
                      .. "Content-Type: text/plain; charset=x-no-such-charset\n"
                      .. "Content-Transfer-Encoding: quoted-printable\n\n=ZZ=4=\n\255\254\n--b\n"
                      .. "Content-Type: text/plain; charset=ISO-2022-JP\n"
                      .. "Content-Transfer-Encoding: base64\n\n!!!!G3.$B\n--b\n"
                      .. "Content-Type: message/delivery-status\n"
                      .. "Content-Transfer-Encoding: base64\n\n"
                      .. "UmVwb3J0aW5nLU1UQTogZG5zOyB4CgpGaW5hbC1SZWNpcGllbnQ6IHJmYzgyMjsgYUBleGFtcGxl\n"
                      .. "Lm5ldApBY3Rpb246IGZhaWxlZApTdGF0dXM6IDUuMS4x"
                      .. "@@@===\n--b--\n"
            local recs = assert(smtpbounce.mail(m))
            assert.are.equal("a@example.net", recs[1].recipient)
        end)
        it("reads huge headers in linear time", function ()
            local function huge (n)
                return "Subject: " .. string.rep("=?utf-8?b?w6k=?= ", n) .. "\n"
                       .. "X-Long: " .. string.rep("x", 20 * n) .. "\n"
                       .. string.rep("X-Many: y\n", n) .. DS
            end
            assert.is_table(smtpbounce.mail(huge(50000)))
            helper.linear("headers", huge, 5000, smtpbounce.mail)
        end)
        it("cuts a prose line longer than it reads between characters", function ()
            -- fuzz_mail's input (build/fuzz/crash-mail-*): a diagnostic line over the
            -- 4096 bytes read of a line ended inside a character of the reply
            for pad = 0, 2 do
                local m = "From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\n\n"
                    .. "This is the mail system at host mx.example.net.\n\n"
                    .. "<kim@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 "
                    .. string.rep("x", pad) .. string.rep("\226\130\172", 2000) .. "\n"
                local r = assert(smtpbounce.mail(m))[1]
                assert.are.equal("kim@example.org", r.recipient)
                assert.is_true(helper.valid_utf8(r.reply), "pad " .. pad)
                assert.is_true(helper.valid_utf8(r.text), "pad " .. pad)
            end
        end)
        it("reads HTML of many hidden elements never closed in linear time", function ()
            local function html (n)
                return "From: MAILER-DAEMON@mx.example.net\nSubject: Undeliverable\n"
                       .. "Content-Type: text/html\n\n" .. string.rep('<div style="display:none">x ', n)
            end
            helper.linear("hidden", html, 4000, smtpbounce.mail)
        end)
        it("reads megabytes of text in linear time", function ()
            local function text (n)
                return "Content-Type: text/plain; charset=windows-1252\n\n"
                       .. string.rep("\128\129 abc <x@example.com>\n", n)
            end
            helper.linear("text", text, 20000, smtpbounce.mail)
        end)
        it("reads an encoded word whose charset is empty over a conversion kept from another", function ()
            -- fuzz_mail's input (build/fuzz/crash-mail-*): smtpbounce.mail crashed on it
            local m = "To: <test@example.com>\nSubject: =?\000\000\000\000\000\000\000\000\000\000\000\000\000"
                .. "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
                .. "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
                .. "\000\000\000\000\000\000Okoi8-r?B?UF9AX/NfQ1!5X+xfS1/p?=\nFrom: =?koi8fS1/p?=\nFrom: =?koi"
                .. "8-r?B?8sXL0sXB1MnXz;s/FIMHHxc7U09TXzw==?=\nContent-Type: text/\207\201\211\203\193 \203"
                .. "\204\201\197!\206\212\207\215?\n"
            for _ = 1, 3 do
                assert.is_nil((smtpbounce.mail(m)))
            end
            -- and in a fresh process, whose kept conversions are all unused
            local tmp = os.tmpname()
            local f = assert(io.open(tmp, "wb"))
            f:write(m)
            f:close()
            f = assert(io.open(tmp .. ".lua", "wb"))
            f:write('local f = io.open(arg[1], "rb") local m = f:read("*a") f:close() '
                    .. 'local sb = require "smtpbounce" '
                    .. 'for _ = 1, 3 do assert(sb.mail(m) == nil) end print("ok")')
            f:close()
            local p = assert(io.popen("LUA_PATH=" .. helper.shell_quote(package.path)
                .. " LUA_CPATH=" .. helper.shell_quote(package.cpath) .. " "
                .. helper.lua .. " " .. helper.shell_quote(tmp .. ".lua") .. " "
                .. helper.shell_quote(tmp) .. " 2>&1"))
            local out = p:read("*a")
            p:close()
            os.remove(tmp)
            os.remove(tmp .. ".lua")
            assert.are.equal("ok\n", out)
        end)
        it("reads a prose text of many addresses and failure lines in linear time", function ()
            local function text (n)
                return "From: MAILER-DAEMON@mx.example.net\nTo: me@example.com\n"
                       .. "Subject: Undeliverable\nContent-Type: text/plain\n\n"
                       .. string.rep("> Delivery to a@example.org, \"b c\"@example.org, "
                                     .. "D <d@x.example> failed: 550-5.1.1 #5.1.1 [5.1.1]\n"
                                     .. "   Status: 4.4.7 will be retried, user unknown:\n", n)
            end
            assert.is_table(smtpbounce.mail(text(2000)))
            helper.linear("prose", text, 5000, smtpbounce.mail)
        end)
    end)
end)
