-- smtpbounce.mail on notices of less common senders and shapes: a
-- Mimecast-style "delivery failure notification message" whose address
-- stands on its own line; a summary's To under a lead-in that ends in ':'
-- ("The following message was not delivered:"); a "said:" reply that
-- echoes the address it refuses; a list manager's notices to the owner of
-- members whose mail keeps bouncing (and its probe to a member, which is
-- none); a responder's notice that it stops answering (no auto-reply); a
-- reply marked automatic that refuses the message; a challenge that holds
-- the message until the sender acts; a notice that names no recipient.
local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"

local DEV = "accuracy/mail/dev/r25/"

local function only (m) return helper.one_record(smtpbounce, m) end

local mail, PLAIN = helper.message, helper.PLAIN_HEADERS

describe("notices of less common senders", function ()
    it("reads the address under a 'delivery failure notification message' lead-in", function ()
        -- a Java bounce parser's comments (accuracy/mail/dev/r25): the lines as logged
        local r = only(helper.read_file(DEV .. "mimecast-delivery-failure-notification-fragment.eml"))
        assert.equal("user1@eqstra.co.za", r.recipient)
        assert.equal("userunknown", r.reason)
        -- written for this check: another wording of the lead-in
        r = only(mail(PLAIN, table.concat({
            "This is a delivery failure notification message indicating that",
            "the message you addressed to the following recipient:",
            "-- kim@example.com", "",
            "could not be delivered. The problem appears to be :",
            "-- Mailbox full", "" }, "\n")))
        assert.equal("kim@example.com", r.recipient)
    end)

    it("takes a summary's To under a lead-in that says what failed and ends in ':'", function ()
        local r = only(helper.read_file(DEV .. "mailmarshal-message-not-delivered-recipient-in-to-line.eml"))
        assert.equal("user1@lanxess.com", r.recipient)
        assert.equal("failed", r.dsn_action)
        r = only(mail(PLAIN, table.concat({
            "The following message could not be delivered:", "",
            "   From:    news@example.org",
            "   To:      kim@example.com",
            "   Subject: Weekly letter", "" }, "\n")))
        assert.equal("kim@example.com", r.recipient)
    end)

    it("reads a 'said:' reply that echoes the address it refuses", function ()
        local r = only(helper.read_file(DEV .. "yahoo-forward-remote-host-said-spf-recipient-rejected-fragment.eml"))
        assert.equal("user1@adv.oabsp.org.br", r.recipient)
        assert.equal("5.7.1", r.status)
        r = only(mail(PLAIN, "Remote host said: 550 5.1.1 <kim@example.com>: Recipient address rejected: "
                      .. "User unknown in virtual mailbox table\n"))
        assert.equal("kim@example.com", r.recipient)
        assert.equal("userunknown", r.reason)
    end)
end)

describe("a list manager's notices", function ()
    it("reads the member a notice to the owner says bounces", function ()
        local r = only(helper.read_file(DEV .. "list-manager-owner-notice-member-removed-excessive-bounces.eml"))
        assert.equal("grace@example.org", r.recipient)
        assert.equal("failed", r.dsn_action)
        local recs = assert(smtpbounce.mail(helper.read_file(DEV ..
            "sympa-owner-automatic-bounce-management-subscribers-removed.eml")))
        local got = {}
        for _, x in ipairs(recs) do got[#got + 1] = x.recipient end
        table.sort(got)
        assert.same({ "peggy@example.net", "trent@example.com" }, got)
        -- written for this check: Mailman 2's wording, the address starting the line
        r = only(mail({ "From: mylist-bounces@lists.example.com", "To: mylist-owner@lists.example.com",
                        "Subject: Mylist notice" },
                      "kim@example.com has been removed from the list: Excessive or fatal bounces.\n"))
        assert.equal("kim@example.com", r.recipient)
    end)

    it("reads no bounce in a notice to the member itself", function ()
        for _, f in ipairs({ "notbounce-list-manager-probe-to-member.eml",
                             "notbounce-list-manager-membership-disabled-warning-to-member.eml" }) do
            local recs, why = smtpbounce.mail(helper.read_file(DEV .. f))
            assert.is_nil(recs, f)
            assert.matches("^not a bounce", why)
        end
    end)

    it("reads no auto-reply in a responder's notice that it stops answering", function ()
        local f = DEV .. "notbounce-list-manager-no-more-automated-responses-today.eml"
        local recs = smtpbounce.mail(helper.read_file(f))
        assert.is_nil(recs)
    end)
end)

describe("a reply marked automatic that refuses the message", function ()
    it("is a failure for its sender, the sentence that refuses its reply", function ()
        local r = only(helper.read_file(DEV .. "cpanel-boxtrapper-user-does-not-accept-mail-from-your-address.eml"))
        assert.equal("user1@nathiafricaps.co.za", r.recipient)
        assert.equal("failed", r.dsn_action)
        -- written for this check: another wording, wrapped
        r = only(mail({ "From: kim@example.com", "To: news@example.org", "Subject: Re: Weekly letter",
                        "Precedence: auto_reply" },
                      "Kim Lee is not accepting\nmail from your address any more.\n"))
        assert.equal("kim@example.com", r.recipient)
        assert.equal("Kim Lee is not accepting mail from your address any more.", r.reply)
    end)
end)

describe("a challenge", function ()
    it("is an automatic reply for the address its Subject names, else its sender", function ()
        local r = only(helper.read_file(DEV .. "iua-quarantine-reply-to-release-subject-names-recipient.eml"))
        assert.equal("autoreply", r.format)
        assert.equal("user1@ua.fm", r.recipient)
        r = only(helper.read_file("accuracy/mail/dev/bounceparser/bluebottle.eml"))
        assert.equal("exampleuser@bluebottle.com", r.recipient)
        assert.equal("vacation", r.reason)
    end)

    it("is not a newsletter that asks to be put on an allowed list", function ()
        local recs = smtpbounce.mail(mail({ "From: news@example.org", "To: kim@example.com",
                                            "Subject: Our spring offers" },
            "To ensure delivery, add news@example.org to your allowed list.\nClick here: https://example.org/\n"))
        assert.is_nil(recs)
    end)
end)

describe("a notice that names no recipient", function ()
    -- written for these checks: a qmail notice whose address line lost its
    -- address (as a help page shows one: accuracy/mail/dev/r23)
    local QMAIL = table.concat({
        "Hi. This is the qmail-send program at mx.example.org.",
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        ":", "192.0.2.7 does not like recipient.",
        "Remote host said: 550 MAILBOX NOT FOUND", "Giving up on 192.0.2.7.", "" }, "\n")
    local DAEMON = { "From: MAILER-DAEMON@mx.example.org", "To: news@example.com",
                     "Subject: failure notice" }

    it("is one record naming no one, its reply the failing one the text gives", function ()
        local r = only(mail(DAEMON, QMAIL))
        assert.is_nil(r.recipient)
        assert.equal("qmail", r.format)
        assert.equal("failed", r.dsn_action)
        assert.equal("550 MAILBOX NOT FOUND", r.reply)
        assert.equal("userunknown", r.reason)
        -- the line that says what failed when the text gives no reply
        r = only(mail({ "From: Mail Delivery System <mailer-daemon@mx.example.org>",
                        "Subject: Mail Delivery Failure: 01J9ZQ8X" },
                      "Your email could not be delivered to the recipient.\n"))
        assert.is_nil(r.recipient)
        assert.equal("Your email could not be delivered to the recipient.", r.reply)
    end)

    it("is joined back by the bounce's VERP address and the returned Message-ID", function ()
        local recs = assert(smtpbounce.mail(mail({ DAEMON[1], DAEMON[3],
                                                  "To: bounces+kim=example.net@news.example.com" },
            QMAIL .. "\n--- Below this line is a copy of the message.\n\n"
            .. "Message-ID: <c41.7@news.example.com>\nSubject: spring\n\nhello\n"),
            { verp = "bounces+%l=%d@" }))
        assert.equal(1, #recs)
        local r = recs[1]
        assert.is_nil(r.recipient)
        assert.equal("kim@example.net", r.verp_recipient)
        assert.equal("c41.7@news.example.com", r.message_id)
    end)

    it("gives way to the addresses X-Failed-Recipients lists, the text explaining", function ()
        local recs = assert(smtpbounce.mail(mail({ DAEMON[1], DAEMON[3],
            "X-Failed-Recipients: ann@example.net, bo@example.net" }, QMAIL)))
        assert.equal(2, #recs)
        assert.equal("ann@example.net", recs[1].recipient)
        assert.equal("bo@example.net", recs[2].recipient)
        assert.is_nil(recs[2].reply)
        assert.equal("userunknown", recs[2].reason)
    end)

    it("needs a mailer daemon's From (or the null sender), a bounce's Subject and no list", function ()
        -- a person's mail quoting the notice, a reply to one, a notice
        -- under an ordinary Subject: no bounce
        assert.is_nil(smtpbounce.mail(mail({ "From: Kim <kim@example.org>", DAEMON[3] }, QMAIL)))
        assert.is_nil(smtpbounce.mail(mail({ DAEMON[1], "Subject: Re: failure notice" }, QMAIL)))
        assert.is_nil(smtpbounce.mail(mail({ DAEMON[1], "Subject: hello" }, QMAIL)))
        local r = only(mail({ "Return-Path: <>", "From: mx.example.org", DAEMON[3] }, QMAIL))
        assert.is_nil(r.recipient)
        -- and a text that says what failed
        assert.is_nil(smtpbounce.mail(mail(DAEMON, "Your message is attached below.\n")))
        -- not one a list passed on: a post dressed as a notice (a
        -- phishing mail to a list, accuracy/mail/dev/r29), a notice
        -- sent back to the list
        assert.is_nil(smtpbounce.mail(mail({ DAEMON[1], DAEMON[3], "List-Id: <devel.lists.example.org>" },
                                           QMAIL)))
    end)

    it("gives way to a recipient any other reading finds", function ()
        local r = only(mail(DAEMON, QMAIL:gsub("\n:\n", "\n<kim@example.net>:\n")))
        assert.equal("kim@example.net", r.recipient)
    end)
end)
