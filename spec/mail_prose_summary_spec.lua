-- smtpbounce.mail on notices that name the recipient outside a list: a
-- summary of the failed message ("Subject: ...\nTo: a@b") under a sentence
-- the family's wording alone says failed, also when the notice is quoted;
-- a report's X-Supplementary-Info read as the diagnostic it lacks; and a
-- Messaging Server's channel address ("user@ims-ms-daemon") beside the
-- address the sender wrote ("Original address:"); a notice that opens
-- with "The following message could not be delivered"; qmail's "...
-- (#5.1.1)" line taken whole as the reply; a notice whose opening
-- says so under a person's headers, a message attached.
local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"

local function mail (subject, body)
    return table.concat({
        "From: MAILER-DAEMON@mx.example.net",
        "To: sender@example.org",
        "Subject: " .. subject,
        "",
        body }, "\n")
end

local function only (m) return helper.one_record(smtpbounce, m) end

local SUMMARY = {
    "I'm afraid I wasn't able to deliver the following message.",
    "This is a permanent error; I've given up. Sorry it didn't work out.", "",
    "Subject: hello",
    "To: \"Kim Lee\" <kim@example.com>", "",
    "--- Below this line is a copy of the message.", "",
}

describe("prose notices that name the recipient outside a list", function ()
    it("takes the To of the failed message's summary when only the family's sentence says it failed", function ()
        -- a list manager's bounce test corpus (accuracy/mail/dev/r24): Yahoo's "Failure Notice"
        -- in a multipart/report without a delivery-status part
        local r = only(helper.read_file("accuracy/mail/dev/r24/yahoo-failure-notice-to-line-no-status-part.eml"))
        assert.equal("subscriber@example.com", r.recipient)
        assert.equal("failed", r.dsn_action)
        -- written for this check: the same form, the To with a display name
        r = only(mail("Failure Notice", table.concat(SUMMARY, "\n")))
        assert.equal("kim@example.com", r.recipient)
    end)

    it("reads the summary of a notice quoted whole", function ()
        local q = {}
        for i, l in ipairs(SUMMARY) do q[i] = l == "" and ">" or "> " .. l end
        local r = only(mail("Fwd: Failure Notice", "See below, what is wrong?\n\n" .. table.concat(q, "\n")))
        assert.equal("kim@example.com", r.recipient)
    end)

    it("reads the summary of a notice whose lines were run into one", function ()
        local ls = {}
        for _, l in ipairs(SUMMARY) do if l ~= "" then ls[#ls + 1] = l end end
        local r = only(mail("Failure Notice", table.concat(ls, " ") .. "\n"))
        assert.equal("kim@example.com", r.recipient)
    end)

    it("reads a notice run into one line as a web page's copy gives it, its items back on lines", function ()
        -- the same corpus: an Exchange NDR a 1999 list post quoted, every line run into one
        local m = helper.read_file("accuracy/mail/dev/r24/exchange55-list-ndr-display-name-congestion.eml")
        local head, body = m:match("^(.-\n\n)(.*)$")
        local words = {}
        for l in body:gmatch("[^\n]+") do
            l = l:gsub("^%s+", ""):gsub("%s+$", "")
            if l ~= "" then words[#words + 1] = l end
        end
        local r = only(head .. table.concat(words, " ") .. "\n")
        assert.equal("Person, One", r.recipient)
    end)

    it("does not take a summary's To when nothing says the message failed", function ()
        local m = table.concat({
            "From: kim@example.com", "To: lee@example.org", "Subject: the minutes", "",
            "As promised, the mail I sent last week:", "",
            "Subject: minutes", "To: board@example.com", "",
            "Please read them before Monday." }, "\n")
        assert.is_nil(smtpbounce.mail(m))
    end)

    it("reads X-Supplementary-Info as the diagnostic of a report field block without Diagnostic-Code", function ()
        -- the same corpus: Hotmail's report, its text part in UTF-7
        local r = only(helper.read_file("accuracy/mail/dev/r24/hotmail-dsn-utf7-address-in-text.eml"))
        assert.equal("bouncing.email@example.com", r.recipient)
        assert.equal("5.5.0", r.dsn)
        assert.truthy(r.reply:find("mailbox unavailable", 1, true))
        assert.equal("userunknown", r.reason)
    end)

    it("keeps a header block whose field values were wrapped several lines running without their blanks", function ()
        -- the same corpus: a 1&1 notice whose Received-SPF and Received values lost their folding
        -- blanks, read with a From that names no mailer daemon (so only the block's Subject says bounce)
        local m = helper.read_file("accuracy/mail/dev/r24/oneandone-address-apart-from-smtp-error.eml")
            :gsub("\nFrom: [^\n]*", "\nFrom: =?UTF-8?Q?Syst=C3=A8me_de_distribution?= <notify@mx.example.fr>", 1)
        local r = only(m)
        assert.equal("bouncing.email@example.com", r.recipient)
        assert.equal("userunknown", r.reason)
    end)

    it("reports the address the sender wrote, not the channel an alias led to, in either order", function ()
        -- the form of Messaging Server's over-quota notice, as a university help page shows it
        for _, lines in ipairs({
            { "Recipient address: kim@ims-ms-daemon", "Original address: kim@example.edu" },
            { "Original address: kim@example.edu", "Recipient address: kim@ims-ms-daemon" },
        }) do
            local r = only(mail("Delivery Notification: Delivery has failed",
                table.concat(lines, "\n") .. "\nReason: Over quota\n"))
            assert.equal("kim@example.edu", r.recipient)
            assert.equal("mailboxfull", r.reason)
        end
        -- a channel address alone is still the one the notice names
        local r = only(mail("Delivery Notification: Delivery has failed",
            "Recipient address: kim@ims-ms-daemon\nReason: Over quota\n"))
        assert.equal("kim@ims-ms-daemon", r.recipient)
    end)

    it("reads a notice whose opening points at the message without 'your', no header saying bounce", function ()
        -- written for this check: a gateway's notice under a neutral From and Subject
        local function plain (opening)
            return table.concat({
                "From: Gateway <gateway@mx.example.net>", "To: sender@example.org", "Subject: Notice", "",
                opening, "", "kim@example.com: mailbox unavailable", "" }, "\n")
        end
        for _, opening in ipairs({ "The following message could not be delivered.",
                                   "The attached message was not delivered." }) do
            local r = only(plain(opening))
            assert.equal("kim@example.com", r.recipient, opening)
            assert.equal("userunknown", r.reason, opening)
        end
        -- "the message", as a person writes it, says nothing by itself
        local recs = smtpbounce.mail(plain("Hi, the message could not be delivered, can you check?"))
        assert.is_nil(recs)
    end)

    it("takes a line that ends in qmail's status, '(#5.1.1)', whole as the reply", function ()
        -- qmail's wording, as accuracy/mail/dev/r17's fragments quote it, under a neutral From
        local head = "From: Gateway <gateway@mx.example.net>\nTo: sender@example.org\nSubject: Notice\n\n"
            .. "The following message could not be delivered.\n\n"
        for _, body in ipairs({ "<kim@example.com>:\nSorry, no mailbox here by that name. (#5.1.1)\n",
                                "<kim@example.com>: Sorry, no mailbox here by that name. (#5.1.1)\n" }) do
            local r = only(head .. body)
            assert.equal("Sorry, no mailbox here by that name. (#5.1.1)", r.reply)
            assert.equal("5.1.1", r.dsn)
        end
    end)

    it("reads a notice under a person's headers by its opening when a message is attached", function ()
        -- masqmail's warning (accuracy/mail/dev/wild), its From and Subject a person's
        local m = helper.read_file("accuracy/mail/dev/wild/masqmail-de-warning-template.eml")
        m = m:gsub("^Subject:[^\n]*", "Subject: Message"):gsub("\nFrom: MAILER%-DAEMON[^\n]*",
                                                             "\nFrom: Kim Lee <kim@example.org>")
        local r = only(m)
        assert.equal("kai@example.net", r.recipient)
        assert.equal("delayed", r.dsn_action)
    end)
end)
