-- Tracker rules in a rule file (`smtpbounce scan --rules FILE --state S`,
-- `smtpbounce explain --rules FILE`): a stricter mailbox-full rule than
-- the built-in recipient.mailboxfull (3 in 7 days), for an operator who
-- suppresses after the second over-quota deferral in two days, and a
-- pause towards Yahoo of one hour instead of the built-in two.  The
-- operator's tracker rules come before the built-in ones: a reply they
-- count is not counted by those (README "Decisions over time").
local HOUR, DAY = 3600, 86400
return {
    tracker = {
        rules = {
            { id = "ops.mailboxfull", on = "recipient", reason = "mailboxfull",
              outcome = "deferred", count = 2, window = 2 * DAY, expire = 14 * DAY,
              example = "452 4.2.2 Over Quota",
              source = "example reply: seed/000_55ba397b7b469416.txt" },
            { id = "ops.yahoo-pause", on = "provider", provider = "yahoo", rule = "yahoo.ts",
              count = 3, window = 600, pause = HOUR,
              example = { reply = "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily "
                                  .. "deferred due to unexpected volume or user complaints",
                          mx = "mta5.am0.yahoodns.net" },
              source = "example reply: https://senders.yahooinc.com/smtp-error-codes/" },
        },
        disable = { "yahoo.ts-pause" },
    },
}
