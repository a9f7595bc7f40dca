-- Comcast / Xfinity (comcast.net).
--
-- Sources:
--   Comcast postmaster, "Understand email error messages and their codes"
--     https://postmaster.comcast.net/smtp-error-codes.php
--     (and the older http://postmaster.comcast.net/mail-error-codes.html):
--     ES000001/ES000010 dynamic or residential IP space,
--     BL000000 mail "sent in patterns characteristic of spam",
--     BL000001-BL000111 listed on Spamhaus Zen / Cloudmark CSI /
--     SenderScore (one bit each), RL0000xx rate limits, PTR reverse DNS;
--     "421 - [Too many sessions opened]" (per-IP connection limit) and
--     "421 - [Reverse DNS failure : Try again later]"
--   Xfinity, "Email error codes" https://es.xfinity.com/support/articles/email-errors
--
-- Comcast's replies name the MX ("resimta-po-09v.sys.comcast.net comcast
-- <ip> ...") and link to postmaster.comcast.net; the codes are tokens too.
local SRC = "https://postmaster.comcast.net/smtp-error-codes.php"
local MX = "mx1.comcast.net"

local function c (reply) return { reply = reply, mx = MX } end

return {
    providers = {
        { id = "comcast", name = "Comcast / Xfinity",
          hosts = { "comcast.net" },
          domains = { "comcast.net" },
          tokens = { "postmaster.comcast.net", ".comcast.net", "comcast block for spam",
                     "comcast requires", "bl000000", "bl000001", "bl000010",
                     "bl000011", "bl000100", "bl000101", "bl000110", "bl000111",
                     "es000001", "es000010", "rl0000", "ptr0000",
                     "[too many sessions opened]", "[reverse dns failure" } },
    },
    rules = {
        -- ES000001/ES000010 dynamic/residential IP space, BL000000 spam-like
        -- sending patterns, BL000001-BL000111 third-party lists: ask
        -- Comcast (or the list) for removal
        { id = "comcast.blocked", provider = "comcast", reason = "blocked",
          any = { "bl0000", "bl0001", "es0000", "block for spam" },
          examples = {
            "554 5.1.0 Comcast block for spam. Please see postmaster.comcast.net",
            "(host mx1.comcast.net[96.114.157.80] refused to talk to me: 554 resimta-po-09v.sys.comcast.net comcast 190.210.59.14 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000)",
            "BL000000 Email from your mail server has been sent in patterns that are characteristic of spam.",
          },
          source = SRC },
        -- PTR codes, "Comcast requires that all mail servers must have a PTR
        -- record", and the temporary "[Reverse DNS failure : Try again later]"
        { id = "comcast.ptr", provider = "comcast", reason = "requireptr",
          any = { "ptr0000", "ptr record", "reverse dns" },
          examples = {
            "listname@example.org (connect to mx1.comcast.net[76.96.62.116]: server refused to talk to me:\n554 IMTA08.westchester.pa.mail.comcast.net comcast 66.242.23.142 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill that requirement. For more information, refer to: http://www.comcast.net/help/faq/index.jsp?faq=SecurityMail_Policy18784)",
            c "421 - [Reverse DNS failure : Try again later]",
          },
          source = SRC },
        -- RL0000xx "Throttled - try again later" and the per-IP connection
        -- limit; a quoted throttle inside another server's expiry notice
        -- ("Message expired -> 451 4.2.0 Throttled") is an expiry, not ours
        { id = "comcast.ratelimit", provider = "comcast", reason = "ratelimited",
          any = { "rl0000", "throttled", "too many sessions" },
          none = { "message expired" },
          examples = {
            "451 4.2.0 Throttled - https://postmaster.comcast.net/smtp-error-codes.php#RL000010",
            c "421 4.1.0 192.0.2.1 Throttled - try again later",
            c "421 - [Too many sessions opened]",
          },
          source = SRC },
        -- a relay's expiry notice that quotes Comcast's last deferral
        -- ("550 5.4.300 Message expired -> 451 4.2.0 Throttled ..."): the
        -- relay gave up, which is what the notice reports
        { id = "comcast.quoted-expiry", provider = "comcast", reason = "expired",
          any = { "message expired" },
          examples = {
            "Remote server returned '550 5.4.300 Message expired -> 451 4.2.0 Throttled - https://postmaster.comcast.net/smtp-error-codes.php#RL000010'",
          },
          source = "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online" },
        { id = "comcast.nouser", provider = "comcast", reason = "userunknown",
          any = { "not our customer" },
          examples = {
            "SMTP error from remote mail server after RCPT TO:<scarpnchey@comcast.net>:\nhost mx1.comcast.net [76.96.62.116]: 550 5.1.1 Not our Customer",
          },
          source = "https://pastebin.com/jsKzESvf" },
    },
}
