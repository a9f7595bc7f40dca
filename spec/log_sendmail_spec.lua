-- smtpbounce.log.sendmail: sendmail's syslog lines (to= lists, stat=,
-- the relay mailer).  Lines are real ones from public bug reports,
-- mailing lists, books and documentation, source beside each;
-- "rejoined" means the source wrapped the line for display and it is put
-- back on one line here.

local helper = require "spec.helper"
local log = require "smtpbounce.log"

local sendmail = log.grammar("sendmail")
local linear, rep = helper.linear, string.rep
local prefilter_holds = helper.prefilter_holds
local Y = helper.THIS_YEAR

local sendmail_cases = {
    { source = "https://github.com/PHPMailer/PHPMailer/issues/2153",
      line = "Oct  3 15:40:44 2862 sm-mta[9471]: 093DecOR009469: to=<crafter2345@eclipso.de>, delay=00:00:06, xdelay=00:00:06, mailer=esmtp, pri=120592, relay=mail.eclipso.de. [217.69.254.104], dsn=5.0.0, stat=Service unavailable",
      time = Y .. "-10-03T15:40:44", queue_id = "093DecOR009469", recipient = "crafter2345@eclipso.de",
      domain = "eclipso.de", relay = "mail.eclipso.de", relay_ip = "217.69.254.104",
      mta_status = "bounced", dsn = "5.0.0", reply = "", text = "Service unavailable",
      classify = "5.0.0 Service unavailable" },
    -- a text naming its own status: that status, not dsn=, goes in front
    { source = "the first case's line form (example values) with qmail's text for a recipient its control files refuse ('sorry, I can't handle that recipient (#5.1.3)', qmail-1.03 spawn.c)",
      line = "Oct  3 15:40:44 2862 sm-mta[9471]: 093DecOR009470: to=<bob@example.com>, delay=00:00:06, xdelay=00:00:06, mailer=esmtp, pri=120592, relay=mail.example.com. [192.0.2.1], dsn=5.0.0, stat=sorry, I can't handle that recipient (#5.1.3)",
      recipient = "bob@example.com", mta_status = "bounced", dsn = "5.0.0", reply = "",
      classify = "sorry, I can't handle that recipient (#5.1.3)" },
    -- the relay mailer to the local MTA; ctladdr with a space in it
    { source = "https://github.com/PHPMailer/PHPMailer/issues/2153",
      line = "Oct  3 15:40:38 2862 sendmail[9468]: 093DecpD009468: to=crafter2345@eclipso.de, ctladdr=crafter2345@eclipso.de (33/33), delay=00:00:00, xdelay=00:00:00, mailer=relay, pri=30352, relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent (093DecOR009469 Message accepted for delivery)",
      recipient = "crafter2345@eclipso.de", relay_ip = "127.0.0.1", mta_status = "sent", phase = "eod",
      reply = "093DecOR009469 Message accepted for delivery",
      classify = "2.0.0 093DecOR009469 Message accepted for delivery", none = { "relay" } },
    { source = "https://lists.centos.org/pipermail/centos/2008-December/069432.html (rejoined; address obfuscated by the archive)",
      line = "Dec 14 05:28:39 exmx1 sendmail[31574]: mBDIYhEa031574: to=<customer at example.com>, delay=00:00:00, xdelay=00:00:00, mailer=esmtp, pri=41874, relay=mail.example.com., dsn=4.0.0, stat=Deferred",
      relay = "mail.example.com", mta_status = "deferred", dsn = "4.0.0", classify = "4.0.0 Deferred",
      none = { "domain" } },
    { source = "https://pastebin.com/1LP0Gpxv (accuracy/corpus/gmail.lua), rejoined",
      line = "Jan 20 23:51:05 mysite sendmail[3444]: v0KN2jFQ020178: to=<a-gmail-user@gmail.com>, delay=07:48:20, xdelay=00:00:01, mailer=esmtp, pri=841986, relay=gmail-smtp-in.l.google.com. [74.125.69.26], dsn=4.2.2, stat=Deferred: 452-4.2.2 The email account that you tried to reach is over quota. Please direct 452-4.2.2 the recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp",
      relay = "gmail-smtp-in.l.google.com", mta_status = "deferred",
      reply = "452-4.2.2 The email account that you tried to reach is over quota. Please direct 452-4.2.2 the recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp" },
    -- one line, two recipients
    { source = "sendmail's to= list form (sendmail, 4th ed., 'to=' syslog equate: http://etutorials.org/Server+Administration/Sendmail/)",
      line = "Jan 20 23:51:05 mysite sendmail[3444]: v0KN2jFQ020178: to=<a@example.com>,<b@example.net>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=30000, relay=mx.example.com. [192.0.2.1], dsn=2.0.0, stat=Sent (ok)",
      recipient = "a@example.com", more = { "b@example.net" }, mta_status = "sent" },
    -- spaces and "<>" around each address of a list (one pair taken off)
    { source = "sendmail's to= list form, spaced",
      line = "Jan 20 23:51:05 mysite sendmail[3444]: v0KN2jFQ020178: to= <a@example.com> ,b@example.net,, <c@example.org>>, delay=00:00:01, mailer=esmtp, pri=30000, relay=mx.example.com. [192.0.2.1], dsn=2.0.0, stat=Sent (ok)",
      recipient = "a@example.com", more = { "b@example.net", "c@example.org>" }, mta_status = "sent" },
    { source = "an empty to= list", bad = true,
      line = "Jan 20 23:51:05 mysite sendmail[3444]: v0KN2jFQ020178: to= <> , , delay=00:00:01, mailer=esmtp, pri=30000, relay=mx.example.com. [192.0.2.1], dsn=2.0.0, stat=Sent (ok)" },
    { source = "https://github.com/PHPMailer/PHPMailer/issues/2153", skip = true,
      line = "Oct  3 15:40:38 2862 sm-mta[9469]: 093DecOR009469: from=<crafter2345@eclipso.de>, size=592, class=0, nrcpts=1, msgid=<KKCJNcATAiWRty3uuMLM9Fbm8YdAnAKIV3l0Vso@vreecoaster.de>, proto=ESMTP, daemon=MTA-v4, relay=localhost.localdomain [127.0.0.1]" },
}

describe("smtpbounce.log.sendmail", function ()

    describe("parse()", function ()
        helper.log_cases(it, sendmail, sendmail_cases)

        it("costs linear time for spaces inside a to= address", function ()
            linear("to=a <spaces> b", function (n)
                return "Oct  3 15:40:44 h sm-mta[1]: Q: to=a" .. rep(" ", n) .. "b, stat=Sent (x)"
            end, 2000, sendmail.parse)
            linear("to=<a>, <spaces>,<b>", function (n)
                return "Oct  3 15:40:44 h sm-mta[1]: Q: to=<a>," .. rep(" ", n) .. ",<b>, stat=Sent (x)"
            end, 2000, sendmail.parse)
        end)
    end)

    describe("prefilter", function ()
        it("has a prefilter every delivery line holds", function ()
            local lines = {}
            for _, c in ipairs(sendmail_cases) do lines[#lines + 1] = c.line end
            assert.is_true(prefilter_holds(sendmail, lines) >= 5)
        end)
    end)
end)
