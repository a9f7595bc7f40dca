-- Bounces written by MTAs whose bounce text is in their public source,
-- filled with documentation values (example.org/.net/.com, .invalid,
-- 192.0.2.0/24); one mail per case, labels from the text the source
-- produces:
--   dma-*:     github.com/corecode/dma mail.c bounce() (the fixed header and
--              text, "Message headers follow." without FULLBOUNCE) with the
--              reasons net.c writes: expect_response() "remote host did not
--              like our %s:\n<reply>" for RCPT TO and final DATA, and
--              deliver_remote() "DNS lookup failure: host %s not found";
--              VERSION "DragonFly Mail Agent v0.13"
--   dovecot-*: github.com/dovecot/core src/lib-lda/mail-send.c
--              mail_send_rejection(): the DSN form (LDA reject when the
--              mailbox is full: Status 5.2.2, reason the default quota
--              message) and the MDN form (Sieve "reject", Disposition
--              ...; deleted); default rejection_subject "Rejected: %s" and
--              rejection_reason "Your message to <%t> was automatically
--              rejected:%n%r"; lines written with LF as a mailbox stores them
local DMA = "github.com/corecode/dma mail.c bounce() and net.c, filled with example values: "
local DOV = "github.com/dovecot/core src/lib-lda/mail-send.c mail_send_rejection(), filled with example values: "
return {
    ["dma-rcpt.eml"] = {
        source = DMA .. "RCPT TO refused, 550 5.1.1 User unknown in local recipient table",
        format = "dma",
        recipients = { { recipient = "bob@example.net", dsn_action = "failed", status = "5.1.1",
                         reason = "userunknown", family = "address" } },
    },
    ["dma-dns.eml"] = {
        source = DMA .. "'DNS lookup failure: host example.invalid not found'",
        format = "dma",
        recipients = { { recipient = "carol@example.invalid", dsn_action = "failed",
                         reason = "networkerror", family = "system" } },
    },
    ["dma-data.eml"] = {
        source = DMA .. "final DATA refused, 554 5.7.1 Message rejected as spam",
        format = "dma",
        recipients = { { recipient = "dave@example.com", dsn_action = "failed", status = "5.7.1",
                         reason = "spamdetected", family = "content" } },
    },
    ["dovecot-quota-dsn.eml"] = {
        source = DOV .. "DSN form, mailbox full (Status 5.2.2)",
        format = "rfc3464",
        recipients = { { recipient = "erin@example.net", dsn_action = "failed", status = "5.2.2",
                         reason = "mailboxfull", family = "mailbox" } },
    },
    ["dovecot-sieve-reject.eml"] = {
        source = DOV .. "MDN form of a Sieve reject (Disposition automatic-action/MDN-sent-automatically; deleted), the reason the recipient's script gives",
        format = "dovecot",
        recipients = { { recipient = "frank@example.net", dsn_action = "failed",
                         reason = "filtered", family = "filter" } },
    },
}
