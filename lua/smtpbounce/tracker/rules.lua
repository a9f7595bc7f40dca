-- The tracker's built-in rules (smtpbounce.tracker): what a run of replies
-- over time decides, where one reply cannot.  Fields: see
-- smtpbounce.tracker.check.  Each rule carries an example reply that the
-- classifier decides so that the rule counts it ('rules --check' and
-- spec/tracker_spec.lua replay it 'count' times inside the window and
-- check that the rule fires).
--
-- The numbers where the sources give none (how many events, which rate)
-- are ours, chosen low enough to act on the first burst: operators set
-- their own (disable a rule here and add one of theirs, as with the
-- classifier's rules: examples/rules/, README "Decisions over time").

local DAY, HOUR, MINUTE = 86400, 3600, 60

return {
    rules = {
        -- {== per recipient: soft bounces that add up =================

        -- A mailbox over quota is a temporary failure, but one that stays
        -- full for days belongs to an abandoned address.  The seed guide
        -- retries 4xx replies for 72 hours (seed/000_55ba397b7b469416.txt,
        -- "452 4.2.2 Over Quota"); past that, a third over-quota reply in a
        -- week suppresses the address.  The suppression is let go after 30
        -- days (the mailbox may have been emptied); a delivery ends it
        -- before that.
        { id = "recipient.mailboxfull", on = "recipient",
          reason = "mailboxfull", outcome = "deferred",
          count = 3, window = 7 * DAY, expire = 30 * DAY,
          example = "452 4.2.2 Over Quota",
          source = "seed/000_55ba397b7b469416.txt (4xx replies retried for 72 hours)" },

        -- {== per provider and sending IP =============================

        -- Yahoo's TS* deferrals ("temporarily deferred due to unexpected
        -- volume or user complaints"): stop sending over that IP to Yahoo
        -- for some hours rather than retry into it.  Two hours, the pause
        -- Yahoo recommends as quoted in KumoMTA's issue #51; then slow
        -- until an hour passes without one.
        { id = "yahoo.ts-pause", on = "provider", provider = { "yahoo", "aol" },
          rule = { "yahoo.ts", "yahoo.gl01", "aol.throttle", "aol.complaints" },
          count = 3, window = 10 * MINUTE, pause = 2 * HOUR,
          slow = "300/hour", quiet = HOUR,
          example = { reply = "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred "
                              .. "due to unexpected volume or user complaints - 4.16.55.1; "
                              .. "see https://postmaster.yahooinc.com/error-codes",
                      mx = "mta5.am0.yahoodns.net" },
          source = "https://senders.yahooinc.com/smtp-error-codes/ ; "
                   .. "https://github.com/KumoCorp/kumomta/issues/51" },

        -- Gmail's 4.7.28 / 4.7.0 rate limits: "If messages start bouncing
        -- or start being deferred, reduce the sending volume until the
        -- SMTP error rate decreases. Then, increase slowly again." (sender
        -- guidelines).  Slow down; back to normal after an hour without.
        { id = "gmail.ratelimit-slow", on = "provider", provider = "gmail",
          reason = { "ratelimited", "badreputation" }, action = "throttle",
          count = 5, window = 10 * MINUTE, slow = "600/hour", quiet = HOUR,
          example = { reply = "421-4.7.28 [192.0.2.1 15] Our system has detected an unusual rate "
                              .. "of unsolicited mail originating from your IP address. To protect "
                              .. "our users from spam, mail sent from your IP address has been "
                              .. "temporarily rate limited. gsmtp",
                      mx = "gmail-smtp-in.l.google.com" },
          source = "https://support.google.com/mail/answer/81126 ; "
                   .. "https://support.google.com/a/answer/3726730" },

        -- Outlook.com / Exchange Online: 4.7.650/651 "temporarily rate
        -- limited due to IP reputation", RP-001 "We have limits for how
        -- many messages can be sent per hour and per day", 4.7.500 Server
        -- busy: slow down, then back to normal after an hour without.
        { id = "microsoft.ratelimit-slow", on = "provider", provider = "microsoft",
          reason = { "ratelimited", "badreputation" }, action = "throttle",
          count = 5, window = 10 * MINUTE, slow = "300/hour", quiet = HOUR,
          example = { reply = "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate "
                              .. "limited due to IP reputation. For e-mail delivery information, "
                              .. "see https://postmaster.live.com (S3113)",
                      mx = "contoso-com.mail.protection.outlook.com" },
          source = "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx ; "
                   .. "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/"
                   .. "non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online" },

        -- {== any provider ============================================

        -- Our IP refused (a blocklist, or a block for reputation): more
        -- attempts do not help until the listing is lifted (the seed
        -- guide: talk to the receiving side).  Pause for an hour.
        { id = "any.blocked-pause", on = "provider",
          reason = "blocked", count = 3, window = 10 * MINUTE, pause = HOUR,
          example = "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
          source = "seed/000_55ba397b7b469416.txt (blocks: contact the receiving postmaster)" },

        -- Any other provider that defers for our volume or reputation
        -- again and again (action throttle: DESIGN.md "retry later and
        -- slow down towards this provider").
        { id = "any.throttle-slow", on = "provider",
          action = "throttle", count = 10, window = 10 * MINUTE,
          slow = "600/hour", quiet = 30 * MINUTE,
          example = "421 4.7.0 Too many messages, slow down",
          source = "seed/000_55ba397b7b469416.txt (throttled replies)" },
    },
}
