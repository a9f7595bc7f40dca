-- Prose bounces (no RFC 3464 part) read through smtpbounce.mail: each
-- mail of spec/fixtures/mail/prose against its labels (labels.lua: the
-- family, each recipient, failed or delayed, and where the label gives
-- them the reply, the remote host and the SMTP phase).  The C reader is
-- checked line by line by csrc/test/test_prose.c; this checks what a
-- caller of the Lua API gets.  Pending while smtpbounce.mail is absent.

local smtpbounce = require "smtpbounce"

local DIR = "spec/fixtures/mail/prose/"
local labels = dofile(DIR .. "labels.lua")

local PHASES = { rcpt = true, mail = true, data = true, eod = true,
                 connect = true, helo = true }

local function read (name)
    local f = assert(io.open(DIR .. name, "rb"))
    local s = f:read("*a")
    f:close()
    return s
end

describe("prose bounces", function ()
    local names = {}
    for name in pairs(labels) do names[#names + 1] = name end
    table.sort(names)

    it("has forty examples or more, each with its source", function ()
        assert.is_true(#names >= 40)
        for _, name in ipairs(names) do
            assert.is_string(labels[name].source, name)
            assert.is_string(labels[name].format, name)
            for _, r in ipairs(labels[name].recipients) do
                assert.is_true(r.phase == nil or PHASES[r.phase], name)
            end
        end
    end)

    for _, name in ipairs(names) do
        local label = labels[name]
        it(name .. " is read as " .. label.format, function ()
            local recs, err = smtpbounce.mail(read(name))
            if label.format == "notbounce" then
                assert.is_nil(recs)
                assert.is_string(err)
                return
            end
            assert.is_table(recs, err)
            assert.are.equal(#label.recipients, #recs)
            for i, want in ipairs(label.recipients) do
                local got = recs[i]
                assert.are.equal(label.format, got.format)
                assert.are.equal(want.recipient, got.recipient)
                assert.are.equal(want.dsn_action, got.dsn_action)
                if want.reply then assert.are.equal(want.reply, got.reply) end
                if want.remote_mta then
                    assert.are.equal(want.remote_mta, got.remote_mta)
                end
            end
        end)
    end
end)

describe("the generic reading", function ()
    local function mail (from, subject, body)
        return "From: " .. from .. "\nSubject: " .. subject
            .. "\nContent-Type: text/plain\n\n" .. body
    end

    it("pairs an address with a failure phrase a few lines below", function ()
        local recs = assert(smtpbounce.mail(mail("MAILER-DAEMON@mx.example.org",
            "Mail failure", "I could not deliver your mail to:kim@example.org\n\n"
            .. "This mailbox does not exist here.\n\n"
            .. "Please contact postmaster@example.org for help.\n")))
        assert.are.equal(1, #recs)
        assert.are.equal("generic", recs[1].format)
        assert.are.equal("kim@example.org", recs[1].recipient)
        assert.are.equal("This mailbox does not exist here.", recs[1].reply)
        assert.are.equal("failed", recs[1].dsn_action)
    end)

    it("takes a reply that quotes the address", function ()
        local recs = assert(smtpbounce.mail(mail("Mail Delivery System <mailer@example.org>",
            "Undeliverable: hi", "Sorry.\n550 5.1.1 <lee@example.org>: Recipient "
            .. "address rejected: User unknown\n")))
        assert.are.equal(1, #recs)
        assert.are.equal("lee@example.org", recs[1].recipient)
        assert.are.equal("5.1.1", recs[1].status)
    end)

    it("reads no bounce in a person's reply about one", function ()
        local recs, err = smtpbounce.mail(mail("bob@example.org",
            "Re: Undeliverable: lunch",
            "My mail to alice@example.org came back: user unknown.\n"))
        assert.is_nil(recs)
        assert.is_string(err)
    end)

    -- the forms below are written for these checks (example.org values);
    -- each one is a layout the reader meets in bounces of many MTAs

    local function mail_h (headers, body)
        return headers .. "\nContent-Type: text/plain; charset=UTF-8\n\n" .. body
    end
    local function addrs (recs)
        local t = {}
        for i, r in ipairs(recs) do t[i] = r.recipient end
        return t
    end

    it("takes the addresses listed below a line that says what failed", function ()
        local recs = assert(smtpbounce.mail(mail("MAILER-DAEMON@mx.example.net",
            "Message delivery failure", "We were unable to deliver your message to "
            .. "the following recipients:\n\n    anna@example.org\n    bob@example.org\n\n"
            .. "Please check the addresses and try again.\n")))
        assert.same({ "anna@example.org", "bob@example.org" }, addrs(recs))
        assert.are.equal("failed", recs[1].dsn_action)
    end)

    it("keeps a failure line for the reason given below it", function ()
        local recs = assert(smtpbounce.mail(mail("postmaster@example.net",
            "Returned mail", "Delivery to kim@example.org failed.\n"
            .. "Reason:\n  552 5.2.2 Mailbox over quota\n")))
        assert.are.equal(1, #recs)
        assert.are.equal("552 5.2.2 Mailbox over quota", recs[1].reply)
        assert.are.equal("5.2.2", recs[1].dsn)
    end)

    it("reads a Final-Recipient written into the prose", function ()
        local recs = assert(smtpbounce.mail(mail("MAILER-DAEMON@mx.example.net",
            "Undelivered mail", "Your message could not be delivered.\n\n"
            .. "Original-Recipient: rfc822;info@example.org\n"
            .. "Final-Recipient: rfc822;kim@example.org\n"
            .. "Status: 5.1.1\n")))
        assert.same({ "kim@example.org" }, addrs(recs))
        assert.are.equal("5.1.1", recs[1].dsn)
    end)

    it("finds the status however the reply writes it", function ()
        for _, t in ipairs({
            { "Sorry, no mailbox here by that name. (#5.1.1)", "5.1.1" },
            { "550-5.7.1 Our system has detected an unusual rate", "5.7.1" },
            { "Message rejected [5.7.1] by policy", "5.7.1" },
            { "5.1.0 - Unknown address error 550-'5.4.1 Recipient address rejected'", "5.4.1" },
            { "Rejected by Exim 4.92.3 at mx.example.org", nil },
            { "host 5.1.1.2 refused the connection", nil },
        }) do
            local recs = assert(smtpbounce.mail(mail("MAILER-DAEMON@mx.example.net",
                "failure notice", "kim@example.org: " .. t[1] .. "\n")), t[1])
            assert.are.equal(t[2], recs[1].dsn, t[1])
        end
    end)

    it("takes the status on a line below the address", function ()
        local recs = assert(smtpbounce.mail(mail("MAILER-DAEMON@mx.example.net",
            "Undeliverable mail", "Your mail could not be delivered.\n\n"
            .. "Recipient address: kim@example.org\nStatus: 5.1.1 (bad destination mailbox)\n")))
        assert.are.equal("kim@example.org", recs[1].recipient)
        assert.are.equal("5.1.1", recs[1].dsn)
    end)

    it("joins a reply wrapped over indented lines", function ()
        local recs = assert(smtpbounce.mail(mail("MAILER-DAEMON@mx.example.net",
            "Undelivered mail", "The mail server reported:\n\n"
            .. "  kim@example.org: 550 Requested action not taken:\n"
            .. "     mailbox unavailable (user does not exist)\n")))
        assert.are.equal("550 Requested action not taken: mailbox unavailable "
                         .. "(user does not exist)", recs[1].reply)
    end)

    it("takes no sender, no Message-ID and no original From as a recipient", function ()
        local body = "Your message <20240101.1234@mail.example.com> to <kim@example.org> "
            .. "from me@example.com could not be delivered: 550 5.1.1 unknown\n"
            .. "me@example.com: 550 5.1.1 unknown\n"
        local recs = assert(smtpbounce.mail(mail_h("From: MAILER-DAEMON@mx.example.net\n"
            .. "To: me@example.com\nSubject: failure notice", body)))
        assert.same({ "kim@example.org" }, addrs(recs))
    end)

    it("takes the sender's address when the text names no other", function ()
        -- a bounce whose addresses were all replaced by one example value
        local recs = assert(smtpbounce.mail(mail_h("From: MAILER-DAEMON@mx.example.net\n"
            .. "To: user@example.com\nSubject: failure notice",
            "user@example.com: 550 5.1.1 User unknown\n")))
        assert.same({ "user@example.com" }, addrs(recs))
    end)

    it("reads bounces by their Subject in other languages", function ()
        for _, t in ipairs({
            { "=?UTF-8?B?6YWN5L+h5LiN6IO9?=",  -- Japanese "haishin funou"
              "\xe4\xbb\xa5\xe4\xb8\x8b\xe3\x81\xae\xe5\xae\x9b\xe5\x85\x88:\n"
              .. "  taro@example.jp\n550 5.1.1 User unknown\n" },
            { "=?UTF-8?B?0J3QtdC00L7RgdGC0LDQstC70LXQvdC90L7QtSDRgdC+0L7QsdGJ0LXQvdC40LU=?=",
              "ivan@example.org: 550 5.1.1 User unknown\n" },  -- Russian
            { "Onbestelbaar: test", "piet@example.org: 550 5.1.1 User unknown\n" },
        }) do
            local recs = assert(smtpbounce.mail(mail_h("From: Service <info@example.net>\n"
                .. "Subject: " .. t[1], t[2])), t[1])
            assert.are.equal(1, #recs, t[1])
        end
    end)

    it("reads delayed from the text and the Subject", function ()
        local recs = assert(smtpbounce.mail(mail("MAILER-DAEMON@mx.example.net",
            "Mail notice", "Your message to kim@example.org has not been delivered yet.\n"
            .. "The server will keep trying for 4 more days.\n"
            .. "Reason: 451 4.7.1 Greylisted, try again later\n")))
        assert.are.equal("delayed", recs[1].dsn_action)
        recs = assert(smtpbounce.mail(mail("postmaster@mx.example.net",
            "Delivery Status Notification (Delay)",
            "kim@example.org: 451 4.4.1 No answer from host\n")))
        assert.are.equal("delayed", recs[1].dsn_action)
        recs = assert(smtpbounce.mail(mail("postmaster@mx.example.net",
            "Delivery Status Notification (Failure)",
            "kim@example.org: 550 5.1.1 User unknown\n")))
        assert.are.equal("failed", recs[1].dsn_action)
    end)

    it("reads a text with an empty Return-Path as a bounce", function ()
        local body = "kim@example.org: 550 5.1.1 User unknown\n"
        assert.is_nil((smtpbounce.mail(mail_h("From: Service <info@example.net>\n"
            .. "Subject: About your mail", body))))
        local recs = assert(smtpbounce.mail(mail_h("Return-Path: <>\n"
            .. "From: Service <info@example.net>\nSubject: About your mail", body)))
        assert.are.equal("kim@example.org", recs[1].recipient)
    end)

    it("needs a failing reply when only an attached message says bounce", function ()
        local function with_attached (text)
            return "From: Service <info@example.net>\nSubject: About your mail\n"
                .. "Content-Type: multipart/mixed; boundary=b\n\n--b\n"
                .. "Content-Type: text/plain\n\n" .. text .. "\n--b\n"
                .. "Content-Type: message/rfc822\n\nFrom: me@example.com\n"
                .. "To: kim@example.org\nSubject: hi\n\nhello\n--b--\n"
        end
        assert.is_nil((smtpbounce.mail(with_attached(
            "Hi, the file for kim@example.org is too large, see attached."))))
        local recs = assert(smtpbounce.mail(with_attached(
            "kim@example.org: 550 5.1.1 User unknown")))
        assert.same({ "kim@example.org" }, addrs(recs))
    end)

    it("starts a new recipient at an address line right under a paragraph", function ()
        local recs = assert(smtpbounce.mail(mail("MAILER-DAEMON@mx.example.net",
            "failure notice", "I'm afraid I wasn't able to deliver your message to the "
            .. "following addresses.\n\n<a@example.org>:\nSorry, no mailbox here by that "
            .. "name. (#5.1.1)\n<b@example.org>:\nThis user's mailbox is full. (#5.2.2)\n")))
        assert.same({ "a@example.org", "b@example.org" }, addrs(recs))
        assert.are.equal("5.1.1", recs[1].dsn)
        assert.are.equal("5.2.2", recs[2].dsn)
    end)

    it("takes an address written after a name below a failure line", function ()
        local recs = assert(smtpbounce.mail(mail("postmaster@example.net",
            "Undeliverable message", "The message that you sent was undeliverable "
            .. "to the following:\n\tkim (kim@example.org)\n\n"
            .. "Possible causes: the user does not exist.\n")))
        assert.same({ "kim@example.org" }, addrs(recs))
        assert.are.equal("Possible causes: the user does not exist.", recs[1].reply)
    end)

    it("reads a bounce quoted with '> ' as the bounce", function ()
        local text = "I'm afraid I wasn't able to deliver your message to the "
            .. "following addresses.\n\n<a@example.org>:\nSorry, no mailbox here by that "
            .. "name. (#5.1.1)\n"
        local recs = assert(smtpbounce.mail(mail("MAILER-DAEMON@mx.example.net",
            "failure notice", (text:gsub("[^\n]*\n", "> %0")))))
        assert.same({ "a@example.org" }, addrs(recs))
        assert.are.equal("5.1.1", recs[1].dsn)
    end)

    it("lists X.500 names and quoted local parts as recipients", function ()
        local recs = assert(smtpbounce.mail(mail("System Administrator",
            "Undeliverable: Test", "The following recipients did not receive the "
            .. "attached mail:\n\n</o=Org/ou=Site/cn=Recipients/cn=User1> User One\n"
            .. "\tMSEXCH:IMS:Org:SITE:SRV 0 (00010256) Too many recipients.\n"
            .. "<\"\"@host.example.org>\n\tHost host.example.org not found\n")))
        assert.same({ "/o=Org/ou=Site/cn=Recipients/cn=User1", '""@host.example.org' },
                    addrs(recs))
    end)

    it("takes the To of the message's summary when the text names no one", function ()
        local recs = assert(smtpbounce.mail(mail("System Administrator",
            "Undeliverable: Test", "Your Message\n\n   To:      'kim@example.org'\n"
            .. "   Subject:  Test\n\nWas not delivered for the following reasons:\n\n"
            .. "  Delivery failed to MS:ORG/SITE/KIM\n")))
        assert.same({ "kim@example.org" }, addrs(recs))
        assert.are.equal("Delivery failed to MS:ORG/SITE/KIM", recs[1].reply)
    end)

    it("prefers the status the MTA marks with '#'", function ()
        local recs = assert(smtpbounce.mail(mail("postmaster@example.net",
            "Undeliverable: hi", "kim@example.org: 554 5.7.0 < #5.7.133 smtp;550 5.7.133 "
            .. "RESOLVER.RST.SenderNotAuthenticatedForGroup>\n")))
        assert.are.equal("5.7.133", recs[1].dsn)
    end)

    it("lists recipients written with their names", function ()
        local recs = assert(smtpbounce.mail(mail("MAILER-DAEMON@mx.example.net",
            "Undeliverable mail", "Your message could not be delivered to the following "
            .. "recipients:\n\nKim Example <kim@example.org>\n    550 5.1.1 User unknown\n"
            .. "Lee <lee@example.org>: 552 5.2.2 Mailbox full\n")))
        assert.same({ "kim@example.org", "lee@example.org" }, addrs(recs))
        assert.same({ "5.1.1", "5.2.2" }, { recs[1].dsn, recs[2].dsn })
        recs = assert(smtpbounce.mail(mail("Mail Administrator <Postmaster@example.net>",
            "Mail System Error - Returned Mail", "Each of the following recipients was "
            .. "rejected by a remote mail server.\n\n    Recipient: <kim@example.org>\n"
            .. "    Reason:    #5.1.0 Address rejected kim@example.org\n\n"
            .. "Please reply to <Postmaster@example.net>\nif you feel this message to be in error.\n")))
        assert.same({ "kim@example.org" }, addrs(recs))
    end)
end)
