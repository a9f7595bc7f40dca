-- Microsoft: Outlook.com / Hotmail / Live and Exchange Online (Microsoft
-- 365).  Sources: "Email non-delivery reports and SMTP errors in Exchange
-- Online" (https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online)
-- and the Outlook.com postmaster pages (https://sendersupport.olc.protection.outlook.com/pm/).
return {
    providers = {
        { id = "microsoft", name = "Microsoft (Outlook.com, Exchange Online)",
          hosts = { "protection.outlook.com", "outlook.com", "hotmail.com",
                    "olc.protection.outlook.com", "mail.protection.outlook.com" },
          domains = { "outlook.com", "hotmail.com", "live.com", "msn.com",
                      "hotmail.co.uk", "hotmail.fr", "live.co.uk", "outlook.fr",
                      "hotmail.de", "hotmail.it", "hotmail.es", "passport.com" },
          tokens = { ".protection.outlook.com", ".prod.outlook.com",
                     ".outlook.com", " as(", "sendersupport.olc",
                     "olc.protection", "[s3150]", "[s3140]", "(s3150)",
                     "(s3140)", "(s3115)", "(s3114)", "(s3113)", "(s775)",
                     "smtpsend.", "resolver.adr.", "mail.protection.outlook" } },
    },
    rules = {
        { id = "microsoft.blocklist", provider = "microsoft", reason = "blocked",
          any = { "s3150", "s3140", "on our block list", "banned sending ip",
                  "5.7.606", "5.7.607", "5.7.608", "5.7.609", "5.7.610",
                  "5.7.611", "5.7.612", "5.7.613", "5.7.614", "5.7.615",
                  "5.7.616", "5.7.617", "5.7.618", "5.7.619", "5.7.620",
                  "5.7.621", "5.7.622", "5.7.623", "5.7.624", "5.7.625" },
          source = "Exchange Online NDR 5.7.606-649" },
        { id = "microsoft.ratelimit", provider = "microsoft", reason = "ratelimited",
          any = { "s3114", "s3115", "s775", "s844", "exceeded the rate limit",
                  "too many connections", "unusual volume" },
          source = "https://sendersupport.olc.protection.outlook.com/pm/" },
        { id = "microsoft.accessdenied", provider = "microsoft", reason = "userunknown",
          any = { "recipient address rejected: access denied",
                  "resolver.adr.recipnotfound", "recipient not found by",
                  "requested action not taken: mailbox unavailable" },
          class = 5,
          source = "Exchange Online NDR 5.4.1 / 5.1.10" },
        { id = "microsoft.nodomain", provider = "microsoft", reason = "hostunknown",
          any = { "smtpsend.dns.nonexistentdomain", "dns.nonexistentdomain" },
          source = "Exchange Online NDR 5.4.4" },
        { id = "microsoft.quota", provider = "microsoft", reason = "mailboxfull",
          any = { "mailbox full", "quota", "storage limit" },
          source = "Exchange Online NDR 5.2.2" },
    },
}
