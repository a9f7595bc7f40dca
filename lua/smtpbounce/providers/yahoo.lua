-- Yahoo Mail and AOL (AOL mail runs on Yahoo's servers since 2017).
-- Sources: Yahoo Sender Hub, "SMTP error codes"
-- (https://senders.yahooinc.com/smtp-error-codes/), the retired
-- postmaster.yahoo.com error pages the codes link to, and AOL's
-- postmaster error pages (postmaster.info.aol.com/errors/...).
return {
    providers = {
        { id = "yahoo", name = "Yahoo Mail",
          hosts = { "yahoodns.net", "yahoo.com", "yahoo.net" },
          domains = { "yahoo.com", "ymail.com", "rocketmail.com", "yahoo.co.uk",
                      "yahoo.fr", "yahoo.de", "yahoo.es", "yahoo.it",
                      "yahoo.co.jp", "yahoo.com.br", "yahoo.ca", "yahoo.in" },
          tokens = { "[gl01]", "[tss04]", "[tss09]", "[ts01]", "[ts02]", "[ts03]",
                     "[tss11]", "[bl21]", "[bl22]", "[bl23]", ".yahoo.com",
                     "yahooinc.com", "postmaster.yahoo" } },
        { id = "aol", name = "AOL Mail",
          hosts = { "aol.com", "mx.aol.com" },
          domains = { "aol.com", "aim.com", "aol.co.uk", "aol.de", "aol.fr" },
          tokens = { "dyn:t1", "rly:", "con:b1", "hvu:b1", "dns:nr", "dns:p1",
                     "rtr:", "dyn:", "mbx:", ".aol.com" } },
    },
    rules = {
        { id = "yahoo.gl01", provider = { "yahoo", "aol" }, reason = "ratelimited",
          any = { "[gl01]" }, action = "throttle",
          examples = {
            "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred",
            "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred - 4.16.50. Please refer to http://postmaster.yahoo.com/errors/postmaster-21.html",
          },
          source = "https://senders.yahooinc.com/smtp-error-codes/" },
        { id = "yahoo.tss04", provider = { "yahoo", "aol" }, reason = "badreputation",
          any = { "[tss04]", "[ts01]", "[ts02]", "[tss09]", "[tss11]" },
          source = "https://senders.yahooinc.com/smtp-error-codes/" },
        { id = "yahoo.ts03", provider = { "yahoo", "aol" }, reason = "spamdetected",
          any = { "[ts03]" },
          source = "https://senders.yahooinc.com/smtp-error-codes/" },
        { id = "yahoo.bl", provider = { "yahoo", "aol" }, reason = "blocked",
          any = { "[bl21]", "[bl22]", "[bl23]", "spamhaus" },
          source = "https://senders.yahooinc.com/smtp-error-codes/" },
        { id = "yahoo.resources", provider = { "yahoo", "aol" }, reason = "systemerror",
          any = { "resources temporarily unavailable" },
          examples = {
            "451 mta1012.mail.gq1.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.1].",
          },
          source = "seed guide (451)" },
        { id = "aol.dynt1", provider = { "aol", "yahoo" }, reason = "ratelimited",
          any = { "dyn:t1", "rly:b1", "rly:ch", "rly:cs4", "rly:nw", "rly:sn",
                  "rly:bd", "rly:sc" },
          examples = {
            "421 4.7.1 : (DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html (throttled)",
          },
          source = "http://postmaster.info.aol.com/errors/421dynt1.html" },
        { id = "aol.rly", provider = { "aol", "yahoo" }, reason = "blocked",
          any = { "rly:b2", "rly:b3", "rly:bl", "con:b1", "hvu:b1", "dyn:b" },
          source = "postmaster.info.aol.com errors" },
        { id = "aol.ptr", provider = { "aol", "yahoo" }, reason = "requireptr",
          any = { "dns:nr", "dns:p1" },
          source = "postmaster.info.aol.com errors" },
        { id = "yahoo.nouser", provider = { "yahoo", "aol" }, reason = "userunknown",
          any = { "user doesn't have a yahoo", "mailbox unavailable",
                  "does not exist", "user doesn't have" },
          class = 5,
          source = "https://senders.yahooinc.com/smtp-error-codes/" },
    },
}
