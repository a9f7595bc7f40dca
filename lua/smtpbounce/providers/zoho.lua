-- Zoho Mail and ZeptoMail (Zoho's transactional service).
-- Sources:
--   https://smtp.codes/zoho (replies of mx.zoho.com and their meaning)
--   https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html
--   https://www.zoho.com/mail/help/usage-policy.html
--   Sisimai's lib/Sisimai/Rhost/Zoho.pm (https://github.com/sisimai/p5-sisimai)
--   help.zoho.com community threads on "554 5.1.8" and "Relaying disallowed"
return {
    providers = {
        { id = "zoho", name = "Zoho Mail",
          hosts = { "zoho.com", "zoho.eu", "zoho.in", "zohomail.com",
                    "zohomail.eu", "zoho.com.au", "zeptomail.com" },
          domains = { "zoho.com", "zohomail.com", "zoho.eu", "zohomail.eu",
                      "zoho.in" },
          tokens = { ".zoho.com", ".zoho.eu", ".zoho.in", ".zohomail.com",
                     ".zohomail.eu", "detected by zoho mail",
                     "relaying disallowed as" } },
    },
    rules = {
        -- The receiving domain (hosted at Zoho) has a filter that blocks
        -- this mail; its administrator must allow it.  Zoho's own wording,
        -- the same meaning whoever says it.
        { id = "zoho.destination-filter", reason = "filtered",
          any = { "mail rejected by destination domain",
                  "mailbox delivery restricted by policy" },
          examples = {
            "541 5.4.1 Mail rejected by destination domain",
            "452 <example@zoho.com> Mailbox delivery restricted by policy error",
          },
          source = "https://smtp.codes/zoho" },

        -- Zoho SMTP / ZeptoMail: the From address is not one the account
        -- may send as ("Relaying disallowed as <address>"); the address is
        -- our setup's problem, not the recipient's.
        { id = "zoho.from-not-allowed", provider = "zoho", reason = "rejected",
          any = { "relaying disallowed" },
          examples = {
            "553 Relaying disallowed as user@example.com.",
            { reply = "Connection unsuccessful: SendMail: Failed to close connection to SMTP server, 553 Relaying disallowed as @",
              mx = "smtp.zoho.eu" },
          },
          source = "https://zstatic.zohostatic.com/zeptomail/help/api/smtp-error-codes.html" },

        -- Outgoing mail of the account is blocked (unusual sending
        -- activity, or the sender address blocked); Zoho must unblock it.
        { id = "zoho.outgoing-blocked", provider = "zoho", reason = "blocked",
          any = { "unusual sending activity", "outgoing blocked",
                  "sender address blocked", "mail.zoho.com/unblockme" },
          examples = {
            { reply = "554 5.1.8 Sender Address Blocked", mx = "smtpout.mail.zoho.com" },
            { reply = "554 5.1.8 email outgoing blocked", mx = "smtp.zoho.com" },
          },
          source = "https://help.zoho.com/portal/en/community/topic/554-5-1-8-email-outgoing-blocked-13-11-2017" },

        -- Zoho: "Email policy violation detected" after DATA.
        { id = "zoho.policy", provider = "zoho", reason = "policyviolation",
          any = { "email policy violation detected" },
          examples = {
            { reply = "554 5.7.7 Email policy violation detected", mx = "smtpin.zoho.com" },
          },
          source = "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Zoho.pm" },

        -- ZeptoMail: the message has no Subject.
        { id = "zoho.subject", reason = "contenterror",
          any = { "subject is mandatory" },
          examples = {
            "5.2.1 Subject is Mandatory.",
          },
          source = "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html" },
    },
}
