-- smtpbounce.mail: the text a notice gives the reply classifier, so that
-- the reason's family is the one the remote server named: a host's reply
-- under a label alone that ends in "said :" (an HTML notice's field
-- value on the line below its label); the why under a sentence after the
-- address that says the reason follows; Microsoft's explanation over the
-- "Status code: 550 5.7.133" line below it, that line giving the status;
-- the remote server's reply in a sendmail transcript over sendmail's own
-- summary line below it; the technical details of a delay over a line
-- that only says the message will be retried, a sentence before "Learn
-- more at" read as prose.
local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"

local function only (m) return helper.one_record(smtpbounce, m) end

local mail, PLAIN = helper.message, helper.PLAIN_HEADERS

describe("the reply a notice gives", function ()
    it("takes the line under a label alone that ends in 'said :'", function ()
        -- NHN Dooray!'s notice (accuracy/mail/dev/r16, from an issue)
        local r = only(helper.read_file("accuracy/mail/dev/r16/dooray-failure-notice-mailbox-unavailable.eml"))
        assert.equal("jongyoul@etri.re.kr", r.recipient)
        assert.equal("Requested action not taken: mailbox unavailable", r.reply)
        assert.equal("userunknown", r.reason)
        -- written for this check: the same fields, another reply
        r = only(mail(PLAIN, table.concat({
            "Your message sent to", "kim@example.com", "has failed to be delivered.", "",
            "  * Recipient :", "kim@example.com", "",
            "  * Remote host said :", "Mailbox is full", "" }, "\n")))
        assert.equal("kim@example.com", r.recipient)
        assert.equal("Mailbox is full", r.reply)
        assert.equal("mailboxfull", r.reason)
    end)

    it("takes the why below a sentence that says the reason follows", function ()
        -- NAVER's Korean notice (accuracy/mail/dev/r14, from an issue)
        local r = only(helper.read_file("accuracy/mail/dev/r14/naver-korean-recipient-blocked-notice.eml"))
        assert.equal("writer0713@naver.com", r.recipient)
        assert.equal("filtered", r.reason)
        -- written for this check: the same layout in English
        r = only(mail(PLAIN, table.concat({
            "kim@example.com: your mail could not be delivered for the following reason.", "",
            "--------------------------------------------", "",
            "The recipient's mailbox is full.", "" }, "\n")))
        assert.equal("kim@example.com", r.recipient)
        assert.equal("The recipient's mailbox is full.", r.reply)
        assert.equal("mailboxfull", r.reason)
    end)

    it("keeps the explanation over a 'Status code:' line of a code and status alone", function ()
        -- an Office 365 notice kept in a classifier's tests (accuracy/mail/dev/r19x)
        local r = only(helper.read_file("accuracy/mail/dev/r19x/o365-group-only-accepts-organization-5-7-133.eml"))
        assert.equal("infomatro@matro.com.mx", r.recipient)
        assert.equal("5.7.133", r.dsn)
        assert.equal("filtered", r.reason)
        -- written for this check: another cause, the same layout
        r = only(mail(PLAIN, table.concat({
            "Your message to kim@example.com couldn't be delivered.",
            "kim's mailbox is full and can't accept messages now.", "",
            "More Info for Email Admins", "Status code: 554 5.2.2", "" }, "\n")))
        assert.equal("kim@example.com", r.recipient)
        assert.equal("5.2.2", r.dsn)
        assert.equal("mailboxfull", r.reason)
    end)

    it("takes a transcript's reply over sendmail's summary line below it", function ()
        -- an ISP's help page quoting a transcript (accuracy/mail/dev/r23)
        local r = only(helper.read_file("accuracy/mail/dev/r23/sendmail-hotmail-exceeded-storage-fragment.eml"))
        assert.equal("JDOE@HOTMAIL.COM", r.recipient)
        assert.equal("552 Requested mail action aborted: exceeded storage allocation", r.reply)
        assert.equal("5.0.0", r.dsn)
        assert.equal("mailboxfull", r.reason)
        -- written for this check: a refusal after DATA
        r = only(mail(PLAIN, table.concat({
            "<<< 554 5.7.1 Message rejected as spam by Content Filtering.",
            "554 5.0.0 <kim@example.com>... Service unavailable", "" }, "\n")))
        assert.equal("kim@example.com", r.recipient)
        assert.equal("spamdetected", r.reason)
    end)

    it("takes a delay's technical details over a line that only says it will be retried", function ()
        -- Gmail's delay notice in a bounce handler's tests (accuracy/mail/dev/testdata)
        local r = only(helper.read_file("accuracy/mail/dev/testdata/gmail-delay-timeout.eml"))
        assert.equal("user1@lt.g4s.com", r.recipient)
        assert.equal("delayed", r.dsn_action)
        assert.equal("networkerror", r.reason)
        assert.truthy(r.reply:find("did not accept our requests to connect", 1, true))
    end)
end)
