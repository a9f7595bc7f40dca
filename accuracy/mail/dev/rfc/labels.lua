-- RFC examples and MTA templates filled with documentation values.
-- Labels written from each mail's own text (see DESIGN.md "Bounce mails").
local R3464 = "RFC 3464 Appendix E, read from jstedfast/MimeKit:rfc/rfc3464.txt (the RFC's 3-space indent removed)"
return {
    ["rfc3464-simple.eml"] = {
        source = R3464 .. ", example 'Simple DSN'",
        format = "rfc3464",
        recipients = {
            { recipient = "louisl@larry.slip.umd.edu", dsn_action = "failed", status = "4.0.0",
              reason = "expired", family = "system" },
        },
    },
    ["rfc3464-multi.eml"] = {
        source = R3464 .. ", example 'Multi-Recipient DSN' (the RFC's stray space before the second boundary line removed)",
        format = "rfc3464",
        recipients = {
            { recipient = "arathib@vnet.ibm.com", dsn_action = "failed", status = "5.0.0",
              reason = "userunknown", family = "address" },
            { recipient = "johnh@hpnjld.njd.hp.com", dsn_action = "delayed", status = "4.0.0",
              reason = "networkerror", family = "system" },
            { recipient = "wsnell@sdcc13.ucsd.edu", dsn_action = "failed", status = "5.0.0",
              reason = "userunknown", family = "address" },
        },
    },
    ["rfc3464-gateway.eml"] = {
        source = R3464 .. ", example 'DSN from gateway to foreign system' (Final-Recipient of type unknown)",
        format = "rfc3464",
        recipients = {
            { recipient = "nair_s", dsn_action = "failed", status = "5.0.0",
              reason = "userunknown", family = "address" },
        },
    },
    ["rfc3464-delayed.eml"] = {
        source = R3464 .. ", example 'Delayed DSN'",
        format = "rfc3464",
        recipients = {
            { recipient = "thomas@de-montfort.ac.uk", dsn_action = "delayed", status = "4.0.0",
              reason = "networkerror", family = "system" },
        },
    },
    ["rfc5965-b1.eml"] = {
        source = "RFC 5965 Appendix B.1 (simple report, no Original-Rcpt-To), as quoted in a Go ARF sample generator (code index file id 56425487131)",
        format = "arf",
        recipients = {
            { reason = "feedback", family = "feedback", feedback_type = "abuse" },
        },
    },
    ["rfc5965-b2.eml"] = {
        source = "RFC 5965 Appendix B.2 (report with optional fields), as reproduced in an FBL how-to (code index file id 1471646972, its VERP placeholders put back to the RFC's values)",
        format = "arf",
        recipients = {
            { recipient = "user@example.com", reason = "feedback", family = "feedback", feedback_type = "abuse" },
        },
    },
    ["arf-dmarc-linkedin.eml"] = {
        source = "DMARC failure report (RFC 6591 ARF, Feedback-Type auth-failure) quoted in PHP's pecl mailparse test for GH issue #21 (code index file id 34135400069)",
        format = "arf",
        recipients = {
            { reason = "feedback", family = "feedback", feedback_type = "auth-failure" },
        },
    },
    ["chasquid-global-dsn.eml"] = {
        source = "chasquid internal/queue/dsn.go dsnTemplate (code index file id 31677881319), filled with example.org/example.com values and a UTF-8 recipient (RFC 6533 message/global-delivery-status)",
        format = "rfc3464",
        recipients = {
            { recipient = "josé@example.org", dsn_action = "failed", status = "5.0.0",
              reason = "userunknown", family = "address" },
        },
    },
}
