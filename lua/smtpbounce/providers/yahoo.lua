-- Yahoo Mail and AOL (AOL mail runs on Yahoo's servers since 2017-2018;
-- both providers are defined here and most rules serve both).
--
-- Sources:
--   Yahoo Sender Hub, "SMTP error codes"
--     https://senders.yahooinc.com/smtp-error-codes/
--     (categories: TS* temporary deferrals for complaints/volume, permanent
--     deferrals, Spamhaus listings, authentication failures, PH* content
--     blocks, unresolvable RFC.5321/5322 from domain, resources
--     temporarily unavailable, recipient does not exist)
--   the retired Yahoo help/postmaster pages the replies link to
--     (help.yahoo.com/kb/postmaster/SLN3434.html, SLN3436 "[TS03] ...
--     permanently deferred", postmaster.yahoo.com/421-ts01.html,
--     postmaster-21 "4.16.50: complaints")
--   AOL postmaster error pages, http://postmaster.info.aol.com/errors/
--     (RTR: dynamic/residential and compromised IPs, RLY:B1 complaint
--     blocks, HVU: URLs in the body, DNS: reverse DNS, DYN:T1 throttling)
--   Word to the Wise on AOL's CON:B1 ("you've topped our thresholds, back
--     off") and RLY:SN: https://wordtothewise.com/2012/08/aol-bounces-and-false-positives/
--
-- Yahoo's bracketed codes ([TSS04], [BL21], [PH01], ...) and AOL's
-- "XXX:YY" codes are the tokens; the texts around them vary.
local YSRC = "https://senders.yahooinc.com/smtp-error-codes/"
local ASRC = "http://postmaster.info.aol.com/errors/"
local YMX = "mta5.am0.yahoodns.net"

local function y (reply) return { reply = reply, mx = YMX } end

local YA = { "yahoo", "aol" }

return {
    providers = {
        { id = "yahoo", name = "Yahoo Mail",
          hosts = { "yahoodns.net", "yahoo.com", "yahoo.net" },
          domains = { "yahoo.com", "ymail.com", "rocketmail.com", "yahoo.co.uk",
                      "yahoo.fr", "yahoo.de", "yahoo.es", "yahoo.it",
                      "yahoo.co.jp", "yahoo.com.br", "yahoo.ca", "yahoo.in" },
          tokens = { "[gl0", "[tss", "[ts0", "[ipts", "[bl2", "[ph0", ".yahoo.com", "yahooinc.com", "postmaster.yahoo",
                     "help.yahoo.com", "verizonmedia.com", " 4.16.50", " 4.16.55",
                     "[#4.16.",
                     -- its no-such-user reply names the Yahoo domain only
                     -- ("This user doesn't have a yahoo.de account")
                     "have a yahoo." } },
        { id = "aol", name = "AOL Mail",
          -- AOL's MX names at Yahoo (mx-aol.mail.gm0.yahoodns.net, ...)
          hosts = { "aol.com", "mx.aol.com", "mx-aol.mail.gm0.yahoodns.net",
                    "mx-aol.mail.am0.yahoodns.net" },
          domains = { "aol.com", "aim.com", "aol.co.uk", "aol.de", "aol.fr" },
          tokens = { "dyn:t1", "rly:", "con:b1", "hvu:", "dns:nr", "dns:p1",
                     "rtr:", "dyn:", "mbx:", ".aol.com", "aol will not accept" } },
    },
    rules = {
        -- {== Yahoo ===================================================

        -- [BL21]/[BL22]/[BL23] and [TSS07] ("Connections will not be
        -- accepted from IP, because the ip is in Spamhaus's list") name
        -- Spamhaus and are decided as listings by the blocklist rules.

        -- [GL01]: new/unusual traffic from the IP, deferred
        { id = "yahoo.gl01", provider = YA, reason = "ratelimited",
          any = { "[gl0" }, action = "throttle",
          examples = {
            "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred",
            "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred - 4.16.50. Please refer to http://postmaster.yahoo.com/errors/postmaster-21.html",
          },
          source = YSRC },
        -- TS*/TSS*/IPTS* deferrals ("due to unexpected volume or user
        -- complaints", 4.16.5x), [TS03]/[TSS06]/[TSS09] "permanently
        -- deferred": the IP's reputation
        -- TSS06/TSS09 at 553: "will be permanently deferred; Retrying will
        -- NOT succeed": the IP is refused for good, only Yahoo can lift it
        -- (sender support form): a block, before the TS* deferrals
        { id = "yahoo.permanent", provider = YA, reason = "blocked",
          any = { "will not succeed" },
          examples = {
            { reply = "553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed",
              mx = YMX, action = "contact" },
            "553 5.7.2 [TSS06] All messages from 82.165.159.44 will be permanently deferred; Retrying will NOT succeed. See https://help.yahoo.com/kb/postmaster/SLN3436.html",
          },
          source = YSRC .. "; github.com/postalserver/docs/issues/17" },
        { id = "yahoo.ts", provider = YA, reason = "badreputation",
          any = { "[tss", "[ts0", "[ipts", "user complaints",
                  "permanently deferred", " 4.16.50", " 4.16.55" },
          examples = {
            y "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
            "421 4.7.0 [TSS05] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1",
            "421 4.7.1 [TS03] All messages from 192.0.2.1 permanently deferred",
            "421 [IPTS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
            "421 Message from 192.0.2.1 temporarily deferred - 4.16.50",
          },
          source = YSRC },
        -- "Unresolvable RFC.5321 (or RFC.5322) from domain": the MAIL FROM /
        -- header From domain has no SOA (451 or 554)
        { id = "yahoo.fromdomain", provider = YA, reason = "rejected",
          any = { "unresolvable rfc.532" },
          examples = {
            "451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://postmaster.yahooinc.com/error-codes",
          },
          source = YSRC },
        -- PH* content blocks: viruses, phishing, malware or links to them
        { id = "yahoo.ph", provider = YA, reason = "virusdetected",
          any = { "[ph0" },
          examples = {
            y "554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes [150]",
          },
          source = YSRC },
        -- 554 5.7.9 / 5.7.5: DMARC (or DKIM) failure of the sending domain
        { id = "yahoo.auth", provider = YA, reason = "authfailure",
          status = { "5.7.9", "5.7.5" },
          any = { "not accepted for policy reasons", "dmarc", "dkim" },
          examples = {
            y "554 5.7.9 Message not accepted for policy reasons",
            "554 5.7.9 Message not accepted for policy reasons.\nSee https://postmaster.yahooinc.com/error-codes",
          },
          source = YSRC },
        { id = "yahoo.resources", provider = YA, reason = "systemerror",
          any = { "resources temporarily unavailable", "[#4.16.1]" },
          examples = {
            "451 mta1012.mail.gq1.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.1].",
          },
          source = YSRC },
        { id = "yahoo.perconnection", provider = YA, reason = "ratelimited",
          any = { "max message per connection", "receiving mail too quickly" },
          examples = {
            y "421 Max message per connection reached, closing transmission channel",
            y "450 User is receiving mail too quickly",
          },
          source = "https://smtp.codes/yahoo" },
        { id = "yahoo.nouser", provider = YA, reason = "userunknown",
          any = { "user doesn't have a", "mailbox unavailable", "mailbox not found",
                  "does not exist", "not a valid recipient",
                  "recipient address rejected" },
          class = 5,
          examples = {
            "554 delivery error: dd This user doesn't have a yahoo.com account (alexwillis2011@yahoo.com) [-5] - mta1325.mail.gq1.yahoo.com",
            { reply = "to=<redacted@aol.com>, relay=mailin-01.mx.aol.com[64.12.91.195]:25, delay=0.18, delays=0.01/0/0.14/0.03, dsn=5.1.1, status=bounced (host mailin-01.mx.aol.com[64.12.91.195] said: 550 5.1.1 <redacted@aol.com>: Recipient address rejected: aol.com (in reply to RCPT TO command))",
              mx = "mailin-01.mx.aol.com" },
          },
          source = YSRC },

        -- }== AOL's own codes (legacy AOL MX, still quoted) ============

        -- RTR:DU/BB dynamic or residential IPs, RTR:CH compromised host,
        -- RTR:BG unallocated space, RLY:B2/B3/BL, DYN:B*: the IP is blocked;
        -- "AOL will not accept delivery of this message"
        { id = "aol.blocked", provider = YA, reason = "blocked",
          any = { "rtr:", "rly:b2", "rly:b3", "rly:bl", "dyn:b",
                  "aol will not accept delivery" },
          examples = {
            "554 RTR:DU http://postmaster.info.aol.com/errors/554rtrdu.html",
            "Diagnostic-Code: SMTP; 554- (RTR:DU) http://postmaster.info.aol.com/errors/554rtrdu.html",
            "521 5.2.1 AOL will not accept delivery of this message",
          },
          source = ASRC },
        -- RLY:B1: automatic 24-hour block once member complaints pass the
        -- threshold
        { id = "aol.complaints", provider = YA, reason = "badreputation",
          any = { "rly:b1" },
          examples = {
            "554 RLY:B1 http://postmaster.info.aol.com/errors/554rlyb1.html",
          },
          source = "http://postmaster-us.info.aol.com/errors/554rlyb1.html" },
        -- DYN:T1 throttling, CON:B1 connection thresholds, RLY:NW new IP
        -- volume (and the other RLY volume blocks)
        { id = "aol.throttle", provider = YA, reason = "ratelimited",
          any = { "dyn:t1", "con:b1", "rly:ch", "rly:cs4", "rly:nw", "rly:bd",
                  "rly:sc" },
          examples = {
            "421 4.7.1 : (DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html (throttled)",
            "SMTP error from remote mail server after end of data: host mailin-02.mx.aol.com [64.12.90.65]: 521 5.2.1 :(CON:B1) http://postmaster.info.aol.com/errors/554conb1.html",
          },
          source = "https://wordtothewise.com/2012/08/aol-bounces-and-false-positives/" },
        -- RLY:SN: a disallowed AOL screen name in From/Reply-To, or an AOL
        -- affiliate address sent from an unauthorised IP
        { id = "aol.screenname", provider = YA, reason = "rejected",
          any = { "rly:sn" },
          examples = {
            "554 RLY:SN",
          },
          source = "https://wordtothewise.com/2012/08/aol-bounces-and-false-positives/" },
        -- HVU:*: a URL/domain in the body draws complaints
        { id = "aol.hvu", provider = YA, reason = "spamdetected",
          any = { "hvu:" },
          examples = {
            "554 HVU:B1 http://postmaster.info.aol.com/errors/554hvub1.html",
          },
          source = "http://postmaster-us.info.aol.com/errors/554hvub1.html" },
        { id = "aol.ptr", provider = YA, reason = "requireptr",
          any = { "dns:nr", "dns:p1" },
          examples = {
            "554 DNS:NR http://postmaster.info.aol.com/errors/554dnsnr.html",
          },
          source = ASRC },
        -- AOL MX refusing all connections during its own outages
        { id = "aol.unavailable", provider = "aol", reason = "systemerror",
          any = { "not accepting connections", "service unavailable" },
          examples = {
            "554 mtain-dc03.r1000.mx.aol.com ESMTP not accepting connections",
            "421 mx.aol.com Service unavailable - try again later",
          },
          source = "https://wordtothewise.com/2012/10/mail-problems-at-aol" },

        -- }==============================================================
    },
}
