-- Proofpoint: Proofpoint Protection Server (on-premise and hosted,
-- mx*.pphosted.com) and Proofpoint Essentials (*.ppe-hosted.com).
-- Sources:
--   Proofpoint Dynamic Reputation FAQ
--     (https://www.proofpoint.com/us/support-services/ip-blocked-faq):
--     an IP sending spam is delayed or blocked; delisting at
--     ipcheck.proofpoint.com.  The "Blocked - see ..." replies themselves
--     are decided by blocklist.proofpoint (providers/blocklists.lua), which
--     also covers Apple's iCloud MX, whose filtering is Proofpoint's.
--   Hunter College's Proofpoint notes
--     (http://www.hunter.cuny.edu/icit/help-docs/archive/proofpoint/spam-interception):
--     Proofpoint answers "550 5.7.0 Local Policy Violation" to servers on
--     its real-time blacklist.
--   Proofpoint Essentials reseller error list
--     (https://www.spambrella.com/faq/email-delivery-error-codes/):
--     SMTP Discovery's invalid-recipient wording.
return {
    providers = {
        { id = "proofpoint", name = "Proofpoint",
          hosts = { "pphosted.com", "ppe-hosted.com", "ppops.net" },
          tokens = { ".pphosted.com", ".ppe-hosted.com", ".ppops.net",
                     "ipcheck.proofpoint.com", "support.proofpoint.com/dnsbl-lookup",
                     "proofpoint dynamic reputation",
                     "user email address is marked as invalid" } },
    },
    rules = {
        -- "Local Policy Violation - DMARC Reject": the DMARC policy of the
        -- From domain asked for rejection
        { id = "proofpoint.dmarc", provider = "proofpoint", reason = "authfailure",
          any = { "dmarc reject", "dmarc quarantine", "dmarc policy" },
          examples = {
            { reply = "host mxa-00178001.gslb.pphosted.com[185.132.182.106] said: 550 5.7.0 Local Policy Violation - DMARC Reject (in reply to end of DATA command)",
              mx = "mxa-00178001.gslb.pphosted.com" },
          },
          source = "https://www.rfc-editor.org/rfc/rfc7489#section-6.3" },

        -- the bare "Local Policy Violation": the receiving organisation's
        -- Proofpoint refused the sender (typically its IP blocklist); only
        -- the recipient's postmaster can say why
        { id = "proofpoint.local-policy", provider = "proofpoint", reason = "blocked",
          any = { "local policy violation" },
          none = { "dmarc", "spf", "dkim" },
          examples = {
            -- the reply as the source quotes it; the MX is a pphosted one
            { reply = "550 5.7.0 Local Policy Violation", mx = "mx0a-00000000.pphosted.com" },
          },
          source = "http://www.hunter.cuny.edu/icit/help-docs/archive/proofpoint/spam-interception",
          note = "PPS's default reject text; Hunter College documents it as the answer to blacklisted IPs" },

        -- Proofpoint Essentials SMTP Discovery: the address is on the
        -- customer's invalid-recipient list
        { id = "proofpoint.invalid-recipient", provider = "proofpoint",
          reason = "userunknown",
          any = { "user email address is marked as invalid" },
          examples = {
            "550 5.7.1 : Recipient address rejected: User email address is marked as invalid",
          },
          source = "https://www.spambrella.com/faq/email-delivery-error-codes/" },
    },
}
