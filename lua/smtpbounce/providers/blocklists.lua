-- Blocklist replies, whoever sends them: a receiving server (Postfix,
-- Exim, a filtering gateway, a mailbox provider) refuses us because our
-- IP or domain is on a named DNS blocklist or reputation list.  These
-- rules carry no provider condition; they are loaded before every
-- provider profile, so a named list decides over a provider's own rules.
--
-- Reason: blocked -- our IP or domain is listed on a named list.  The
-- default policy asks for contact (delisting) on 5xx and throttle on 4xx;
-- the address is never suppressed.  Reputation services that refuse
-- without naming a listing (Mimecast's "Poor Reputation Sender", Cisco's
-- "sending MTA's poor reputation") are badreputation, in their provider
-- profiles and in the generic "reputation" phrase rule.
--
-- Domain and URI lists (Spamhaus DBL/ZRD, SURBL, URIBL, Abusix's domain
-- list) are "blocked" too, tagged "domain-listed": Spamhaus describes the
-- DBL as a reputation list of *domains* ("domains with low reputations"),
-- used "primarily for message body URI checks" but also for HELO, rDNS,
-- From and Reply-To domains, with its own removal process
-- (https://www.spamhaus.org/dbl/).  A DBL hit is therefore a listing of a
-- domain the message carries (most often the sender's own or its link /
-- tracking domain), not a content-scoring verdict: rewording the message
-- does not help, delisting (or dropping a third party's listed link) does.
-- The tag lets a caller tell the two blocked cases apart.
--
-- Sources: each list's own pages --
--   Spamhaus      https://www.spamhaus.org/dbl/, https://check.spamhaus.org/
--   SpamCop       https://www.spamcop.net/bl.shtml
--   Barracuda     https://www.barracudacentral.org/rbl (BRBL)
--   SORBS, UCEPROTECT, PSBL (psbl.org), Invaluement, Mailspike
--   SpamRATS      https://www.spamrats.com/about.php, rats-noptr.php
--   Trend Micro   https://success.trendmicro.com/solution/1097055 (ERS,
--                 RBL+, QIL), https://success.trendmicro.com/en-US/solution/KA-0001346
--   Proofpoint    https://www.proofpoint.com/us/support-services/ip-blocked-faq
--   Cloudmark     https://csi.cloudmark.com/en/reset/
--   Abusix        https://lookup.abusix.com/
--   AT&T          http://att.net/blocks
return {
    rules = {
        -- a list query that failed on the receiver's side: Spamhaus answers
        -- queries from open or public resolvers with an error code
        -- (127.255.255.254, "returnc" links) that a misconfigured server
        -- reads as a listing; the receiver's setup is at fault, not our IP
        -- (https://www.spamhaus.org/returnc/pub/)
        { id = "blocklist.query-error", reason = "systemerror",
          any = { "open resolver", "/returnc/", "excessive number of queries",
                  -- the receiver's own list lookup that failed for now
                  -- (sendmail's dnsbl feature: "Temporary lookup failure
                  -- of 192.0.2.1 at zen.spamhaus.org")
                  "temporary lookup failure of" },
          examples = {
              { reply = [=[550 Error: open resolver; https://www.spamhaus.org/returnc/pub/2400:cb00:377:1024::ac46:58b3]=],
                source = "https://github.com/openstreetmap/operations/issues/674 (bounce quoted by the reporter)" },
              { reply = [=[451 4.4.3 Temporary lookup failure of 192.0.2.1 at zen.spamhaus.org]=],
                source = "Debian sendmail-cf 8.17.1.9, cf/feature/dnsbl.m4 (_DNSBL_MSG_TMP_, filled with example values)" },
          } },
        -- without a code, "deferred using <list>" is the temporary form
        { id = "blocklist.deferred", reason = "blocked", class = 0,
          any = { "deferred using" }, action = "throttle",
          examples = {
            "Mail from 192.0.2.1 deferred using Trend Micro Email Reputation database. Please see https://www.mail-abuse.com/cgi-bin/lookup?192.0.2.1",
          },
          source = "https://success.trendmicro.com/en-US/solution/KA-0001346",
          note = "Trend Micro's QIL answers 450 'deferred'; the listing expires by itself" },

        -- a domain of the message (sender, link) is on a domain/URI list
        { id = "blocklist.domain", reason = "blocked",
          any = { "dbl.spamhaus", "spamhaus dbl", "spamhaus.org/dbl",
                  "spamhaus domain block", "zrd.spamhaus", "surbl.org",
                  " surbl", "uribl", "abusix domain", "dbl.abusix",
                  "contained in this message is blacklisted",
                  "contained in this message is blocklisted",
                  " dbl ", " dbl.", " dbl;", " dbl," },
          -- a spam score report naming a URI list among its tests
          -- ("spam detected: Yes, score=11.2 ... tests=...,URIBL_BLACK") is
          -- the content's verdict, not a listing of ours
          none = { "score=", "required=", "tests=", "spam-hits" },
          tags = { "domain-listed" },
          examples = {
            "552 5.2.0 Remote MTA x.x.x.x: An URL contained in this message is blacklisted by Abusix Domain Blacklist",
            "550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/",
          },
          source = "https://www.spamhaus.org/dbl/",
          note = "a listed domain in the message or envelope: delist it, or drop a third party's listed link" },

        -- Spamhaus IP lists: ZEN = SBL + CSS + XBL (CBL) + PBL
        { id = "blocklist.spamhaus", reason = "blocked",
          any = { "spamhaus", " sbl ", " sbl.", " sbl;", " sbl,", "(sbl)",
                  " xbl ", " xbl.", " xbl;", " xbl,", "(xbl)", " pbl ",
                  " pbl.", " pbl;", " pbl,", "(pbl)", "cbl.abuseat",
                  "abuseat.org" },
          examples = {
            "550 5.7.1 Email rejected because 1.2.3.4 is listed by zen.spamhaus.org",
            "550 IP in XBL",
            "550 IP in SBL",
            "550 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using Spamhaus; https://check.spamhaus.org/sbl/query/SBLxxxxxx",
          },
          source = "https://check.spamhaus.org/" },

        { id = "blocklist.spamcop", reason = "blocked",
          any = { "spamcop", " scbl" },
          examples = {
            "554 5.7.1 Service unavailable; Client host [x.x.x.x] blocked using bl.spamcop.net; Blocked",
            "550 IP in SCBL",
          },
          source = "https://www.spamcop.net/bl.shtml" },

        -- Barracuda Reputation Block List: "b.barracudacentral.org" when a
        -- third-party server queries it, "Barracuda Reputation" when a
        -- Barracuda appliance or ESS refuses
        { id = "blocklist.barracuda", reason = "blocked",
          any = { "barracudacentral", "barracuda reputation",
                  "barracudanetworks.com/reputation" },
          examples = {
            "NOQUEUE: reject: RCPT from [125.162.224.235]:14880: 550 5.7.1 Service unavailable; client [125.162.224.235] blocked using b.barracudacentral.org; from=<rvkxarhdekmub@aidspiritmontana.org>, to=<abmachine@ltengineering.com>, proto=ESMTP, helo=<235.subnet125-162-224.speedy.telkom.net.id>",
            "Welcome response error: mtpd: 85.211.211.103 pid 6768: 451 http://www.barracudanetworks.com/reputation/?pr=1&ip=85.211.211.103",
          },
          source = "https://www.barracudacentral.org/rbl" },

        -- Proofpoint Dynamic Reputation (PDR), also behind Apple iCloud's MX
        { id = "blocklist.proofpoint", reason = "blocked",
          any = { "ipcheck.proofpoint.com", "proofpoint.com/dnsbl-lookup",
                  "proofpoint dynamic reputation" },
          examples = {
            "554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=x.x.x.x",
            "host mxb-00505701.gslb.pphosted.com[148.163.135.35] refused to talk to me: 554 Blocked - see https://ipcheck.proofpoint.com/?ip=11.22.33.44",
          },
          source = "https://www.proofpoint.com/us/support-services/ip-blocked-faq",
          note = "PDR delays (4xx) or blocks (5xx) an IP it receives spam from; delisting through ipcheck.proofpoint.com" },

        -- Cloudmark Sender Intelligence (CSI): a list with a reset request
        { id = "blocklist.cloudmark", reason = "blocked",
          any = { "csi.cloudmark.com", "cloudmark sender intelligence" },
          examples = {
            "SMTP error from remote mail server after RCPT TO:<melanie@wuilliezdesign.com>:\n550-\"JunkMail rejected - pluto.oneup.host [164.132.209.40]:40598 is in an RBL\n550-on csi.cloudmark.com/reset-request/?ip=164.132.209.40 , see Poor Reputation\n550 Sender\"",
          },
          source = "https://csi.cloudmark.com/en/reset/" },

        -- Trend Micro Email Reputation Services: RBL+ (standard), QIL
        -- (dynamic, temporary 450), DUL; the old MAPS lists
        -- (mail-abuse.org/.com) are Trend Micro's since 2005
        { id = "blocklist.trendmicro", reason = "blocked",
          any = { "trend micro email reputation", "trend micro rbl",
                  "trend micro reputation", "ers-rbl", "ers-qil", "ers-dul",
                  "ers.trendmicro", "mail-abuse.org", "mail-abuse.com" },
          examples = {
            "<tim.jay.k8m8@statefarm.com>: host mail5.statefarm.com[205.242.229.171] said:\n554 5.7.1 Service unavailable; Client host [52.33.68.253] blocked using\nASHB2VH2LBAJDLPVLNZ7XFLPCMMA4HP.r.mail-abuse.com; Mail from 52.33.68.253\nblocked using Trend Micro Email Reputation database. Please see\n<http://www.mail-abuse.com/cgi-bin/lookup?\\52.33.68.253> (in reply to RCPT\nTO command)",
            "554 Service unavailable; Client host [127.0.0.2] blocked using blackholes.mail-abuse.org; Blackholed - see <URL:http://mail-abuse.org/cgi-bin/lookup?127.0.0.2>",
          },
          source = "https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers" },

        -- the remaining named DNS blocklists
        { id = "blocklist.named", reason = "blocked",
          any = { "sorbs", "uceprotect", "psbl", "surriel.com", "invaluement",
                  "mailspike", "spamrats", "rats-dyna", "rats-spam",
                  "abusix", "junkemailfilter", "hostkarma", "lashback",
                  "unsubscore", "nixspam", "dnsbl.manitu", "0spam",
                  "nordspam", "s5h.net", "dronebl", "wpbl.info",
                  "blocklist.de", "spameatingmonkey", "gbudb",
                  "bl.score.senderscore", "spfbl" },
          examples = {
            "Diagnostic-Code: SMTP; 554 DNN4Less is not accepting mail from [ Client host ; 112.250.116.241 ] at this time. (dnsbl.sorbs.net; Dynamic IP Addresses See: http://www.sorbs.net/lookup.shtml?112.250.116.241). Contact abuse@ DNN4Less.com if you believe this to be in error.",
            "host [x.x.x.x] said: 550-Blacklisted in dnsbl-3.uceprotect.net: 550-Your ISP AMAZON-02 - Amazon.comm Inc. US/AS16509 is UCEPROTECT-Level3 550-listed for hosting a total of xxxxx abusers. See: 550 http://www.uceprotect.net/rblcheck.php?ipr=x.x.x.x (in reply to RCPT TO command)",
          },
          source = "http://www.uceprotect.net/en/rblcheck.php" },

        -- Vade's IP filtering refuses the connection ("H:VSP" phishing)
        { id = "blocklist.vade", reason = "blocked",
          any = { "refused due to vade" },
          examples = {
            "550 5.7.1 H:VSP [x.x.x.x] Connection refused due to Vade Secure Phishing",
          },
          source = "https://www.twilio.com/docs/sendgrid/ui/sending-email/blocklist-provider-insights",
          note = "connection-level refusal of the sending IP, not a verdict on one message" },

        -- AT&T's own abuse list (ldap:ou=rblmx), and its 521 blocks
        { id = "blocklist.att", reason = "blocked",
          any = { "att.net/blocks", "rblmx", "bls_info" },
          examples = {
            "host gateway-f1.isp.att.net[204.127.217.16] refused to talk to me: 550-89.238.221.142 blocked by ldap:ou=rblmx,dc=att,dc=net 550 Error - Blocked for abuse. See http://att.net/blocks",
          },
          source = "http://att.net/blocks" },
        { id = "blocklist.521", reason = "blocked", code = 521,
          any = { " blocked", "blacklist", "blocklist", "block list" },
          examples = { "521 <192.0.2.1> is blocked" },
          source = "http://worldnet.att.net/general-info/bls_info/block_enduser.html",
          note = "RFC 7504's 521 means 'does not accept mail'; AT&T uses it for IPs on its block list" },

    },
}
