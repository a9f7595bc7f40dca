-- Mimecast (email security gateway; inbound MX *-smtp-inbound-N.mimecast.com,
-- .mimecast.co.za, .mimecast-offshore.com).
-- Sources:
--   "Mimecast SMTP Error Codes" (community.mimecast.com/docs/DOC-1369, now
--     https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes);
--     Mimecast's replies end with " - https://community.mimecast.com/docs/DOC-1369#<code>"
--     (older: kb.mimecast.com ... Mimecast_SMTP_Error_Codes, KBID10473).
--   "Policies - Managing Blocked Senders and Email Rejections"
--     (https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907).
--   Word to the Wise, "Who are Mimecast" (https://wordtothewise.com/2018/07/who-are-mimecast):
--     Mimecast says whether a block is its own, the organisation's or a user's.
-- Mimecast's own DNSBL mirrors ("spamcop.mimecast.org Blocked - see ...")
-- are decided by providers/blocklists.lua.
return {
    providers = {
        { id = "mimecast", name = "Mimecast",
          hosts = { "mimecast.com", "mimecast.co.za", "mimecast-offshore.com" },
          tokens = { "community.mimecast.com/docs/doc-1369", "kb.mimecast.com",
                     "mimecast.com/knowledgebase", "mimecast.org",
                     ".mimecast.com", ".mimecast.co.za",
                     "internal resource temporarily unavailable",
                     "internal resource is temporarily unavailable",
                     "policy level block list in force",
                     "envelope blocked - user", "rejected by header based",
                     "unable to process connection at this time" } },
    },
    rules = {
        -- 550 Poor Reputation Sender: Mimecast's CSI reputation check of
        -- the sending IP; no named list
        { id = "mimecast.reputation", provider = "mimecast", reason = "badreputation",
          any = { "poor reputation sender", "csi.mimecast.org" },
          examples = {
            { reply = "SMTP error from remote mail server after RCPT TO:<carin.wessels@mediclinic.co.za>:\n550 csi.mimecast.org Poor Reputation Sender. -\nhttp://kb.mimecast.com/Mimecast_Knowledge_Base/Administration_Console/Monitoring/Mimecast_SMTP_Error_Codes#550",
              mx = "za-smtp-inbound-2.mimecast.co.za" },
          },
          source = "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes" },

        -- 451 Internal resource temporarily unavailable: greylisting of an
        -- unseen (IP, sender, recipient) triplet; retry from a minute on
        { id = "mimecast.greylist", provider = "mimecast", reason = "undefined",
          any = { "internal resource temporarily unavailable",
                  "internal resource is temporarily unavailable" },
          class = 4, action = "retry", retry_after = 60, tags = { "greylisted" },
          examples = {
            "451 Internal resource is temporarily unavailable -\nhttps://community.mimecast.com/docs/DOC-1369#451\n[Aj3QXapeMpqZYaeFwWhjzw.us32]",
            "451 Internal resource temporarily unavailable",
          },
          source = "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
          note = "Mimecast: retries between 1 minute and 12 hours succeed; a poor IP reputation can also hold it" },

        -- 421 Unable to process connection at this time: at maximum load
        { id = "mimecast.busy", provider = "mimecast", reason = "systemerror",
          any = { "unable to process connection at this time" },
          examples = {
            "421 Unable to process connection at this time",
          },
          source = "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes" },

        -- the receiving organisation's or user's block entries: "421 Sender
        -- address blocked", "550 Administrative prohibition - envelope
        -- blocked", "Envelope blocked - User Entry / User Domain Entry",
        -- "Rejected by header based (manually) Blocked Senders",
        -- "Policy level block list in force"
        { id = "mimecast.blocked-senders", provider = "mimecast", reason = "filtered",
          any = { "sender address blocked", "envelope blocked",
                  "blocked senders", "policy level block list",
                  "administrative prohibition" },
          examples = {
            "Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550",
            "Rejected by header based Blocked Senders: address@example.com - https://community.mimecast.com/docs/DOC-1369#",
            "Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#",
            "Policy level block list in force",
          },
          source = "https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections" },

        -- 550 Rejected by header based Anti-Spoofing policy: an external
        -- message claims the organisation's own domain
        { id = "mimecast.anti-spoofing", provider = "mimecast", reason = "policyviolation",
          any = { "anti-spoofing policy" },
          examples = {
            "550 Rejected by header based Anti-Spoofing policy: webcontact@ellisontechnologies.com - https://community.mimecast.com/docs/DOC-1369#550 [aUT_rCR5NlOVu3zyNjaM8g.us516]",
          },
          source = "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes" },

        -- 554 Email rejected due to security policies (spam / threat scanning)
        { id = "mimecast.security", provider = "mimecast", reason = "spamdetected",
          any = { "rejected due to security policies" },
          examples = {
            "Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#",
          },
          source = "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes" },

        -- 550 Invalid Recipient: not in the organisation's directory
        { id = "mimecast.invalid-recipient", provider = "mimecast", reason = "userunknown",
          any = { "invalid recipient" },
          examples = {
            "Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#",
          },
          source = "https://wordtothewise.com/2018/07/who-are-mimecast" },

        -- 451 Open relay not allowed: Mimecast relays only for its
        -- customers' domains and their authorised outbound IPs
        { id = "mimecast.open-relay", provider = "mimecast", reason = "norelaying",
          any = { "open relay not allowed" },
          examples = {
            "Message expired -> Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451",
          },
          source = "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000414711443-Message-Routing-Maintaining-Authorized-Outbound-IP-Addresses" },

        -- Email Size Limits policy
        { id = "mimecast.size", provider = "mimecast", reason = "emailtoolarge",
          any = { "exceeds email size limit" },
          examples = {
            { reply = "Message exceeds email size limit", mx = "eu-smtp-inbound-1.mimecast.com" },
          },
          source = "https://community.mimecast.com/docs/DOC-1415" },
    },
}
