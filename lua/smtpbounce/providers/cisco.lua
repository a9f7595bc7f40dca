-- Cisco Secure Email Gateway (IronPort ESA, AsyncOS) and its cloud
-- service (mx*.<customer>.iphmx.com, esa*.<customer>.iphmx.com).
-- AsyncOS writes its default responses with a hash before the enhanced
-- status: "550 #5.1.0 Address rejected.".
-- Sources:
--   AsyncOS for Email Advanced Configuration / CLI Reference Guides:
--     - mail flow policy $BLOCKED (SenderBase reputation) default reject:
--       "554 Your access to this mail system has been rejected due to the
--       sending MTA's poor reputation ..."
--     - Recipient Access Table / LDAP acceptance default reject:
--       "550 #5.1.0 Address rejected."
--     - SPF/SIDF verification defaults: "550 #5.7.1 SPF unauthorized mail
--       is prohibited." and "451 #4.4.3 Temporary error occurred during
--       SPF verification." (AsyncOS 7.1 Advanced Configuration Guide,
--       https://manualsbrain.com/it/manuals/1649627/?page=293; AsyncOS 9.1
--       CLI Reference, https://manualsbrain.com/en/manuals/1700579/?page=292)
--     - DMARC verification default reject: "#5.7.1 DMARC unauthenticated
--       mail is prohibited."
--   Cisco tech note 118214 (the BLOCKED mail flow policy rejects with a 5xx):
--     https://cisco.com/c/en/us/support/docs/security/email-security-appliance/118214-configure-esa-00.html
--   Cisco tech note 118495 (header size limit):
--     https://cisco.com/c/zh_tw/support/docs/security/email-security-appliance/118495-technote-esa-00.html
return {
    providers = {
        { id = "cisco", name = "Cisco Secure Email (IronPort)",
          hosts = { "iphmx.com" },
          tokens = { ".iphmx.com", "sending mta's poor reputation",
                     "sbrs score", "senderbase reputation score", "senderbase.org",
                     "sending mta poor reputation",
                     "spf unauthorized mail is prohibited",
                     "temporary error occurred during spf verification",
                     "dmarc unauthenticated mail is prohibited",
                     "message header size exceeds limit" } },
    },
    rules = {
        -- SenderBase Reputation Score below the BLOCKED threshold: no named
        -- list, the score recovers as the IP's reputation does.  The $BLOCKED
        -- policy refuses the connection outright (554) and sends the sender
        -- to the recipient "via alternate means": contact, not a retry
        { id = "cisco.sbrs", provider = "cisco", reason = "badreputation",
          action = "contact", scope = "sender",
          any = { "sending mta's poor reputation", "sending mta poor reputation" },
          examples = {
            "Remote host said: 554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
            { reply = "554-m1pismtp01-024.prod.mesa1.secureserver.net\n554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
              mx = "smtp.secureserver.net" },
            -- newer AsyncOS wording, pointing at Talos (pastebin.com/J4q2KYX2)
            "The mail system jacob.sandell@vgregion.se host vgas1864.vgregion.se [194.14.235.224] refused to talk to me. 554-vgas1864.vgregion.se 554 your access to this mail system has been rejected due to the sending MTA poor reputation. If you believe that this failure is in error please contact the intended recipient via alternate means. 554-554 https://www.talosintelligence.com/reputation_center",
          },
          source = "https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/118214-configure-esa-00.html",
          note = "AsyncOS default reject text of the $BLOCKED mail flow policy" },

        -- the SenderBase Reputation Score (SBRS) named as such: the
        -- gateway's score for our IP is under its threshold; no listing to
        -- be removed from, the score recovers with the IP's reputation
        { id = "cisco.sbrs-score", provider = "cisco", reason = "badreputation",
          any = { "sbrs score", "sbrs too low", "senderbase reputation score",
                  "senderbase score" },
          examples = {
            "smtp-fw-9107.amazon.com; SBRS score too low: http://www.senderbase.org/",
          },
          source = "https://github.com/reacherhq/check-if-email-exists/blob/master/core/src/smtp/parser.rs (a reply met from an IronPort-fronted domain)" },

        -- Recipient Access Table / LDAP accept query: not a known recipient
        -- ("550 #5.1.0 Address rejected."; the parser takes "#5.1.0" as
        -- the enhanced status, so the rule keys on the status and text)
        { id = "cisco.rat", provider = "cisco", reason = "userunknown",
          status = "5.1.0", any = { "address rejected" },
          examples = {
            { reply = "host mx1.microchip.iphmx.com[68.232.147.91] said: 550\n    #5.1.0 Address rejected. (in reply to RCPT TO command)",
              mx = "mx1.microchip.iphmx.com" },
          },
          source = "https://manualsbrain.com/it/manuals/1649627/?page=293" },

        -- SPF / DMARC verification on the listener
        { id = "cisco.auth", provider = "cisco", reason = "authfailure",
          any = { "spf unauthorized mail is prohibited",
                  "temporary error occurred during spf verification",
                  "dmarc unauthenticated mail is prohibited" },
          examples = {
            "550 #5.7.1 SPF unauthorized mail is prohibited.",
            "451 #4.4.3 Temporary error occurred during SPF verification.",
          },
          source = "https://manualsbrain.com/en/manuals/1700579/?page=292" },

        -- message header over the ESA's limit
        { id = "cisco.header-size", provider = "cisco", reason = "emailtoolarge",
          any = { "message header size exceeds limit" },
          examples = {
            "552 #5.3.4 message header size exceeds limit",
          },
          source = "https://cisco.com/c/zh_tw/support/docs/security/email-security-appliance/118495-technote-esa-00.html" },
    },
}
