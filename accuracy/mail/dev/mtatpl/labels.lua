-- Bounces built from the templates of mail programs found through the
-- code index, filled in with example values: the template's text as
-- written, its placeholders (host, addresses, reply, dates, boundaries)
-- replaced as said per mail.  Labels follow from what each filled-in
-- mail says.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
return {
    ["masqmail-failure.eml"] = {
        source = "MasqMail failmsg template (code index file id 15171157455), filled in: host mail.example.org, version 0.3.4, @failed_rcpts one address, ${err_msg} an example SMTP reply (the program's own wording of it not seen), a short original",
        format = "masqmail",
        recipients = { r("kim@example.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["masqmail-warning.eml"] = {
        source = "MasqMail warnmsg template (code index file id 15053284664), filled in as the failure one, ${err_msg} an example 451 reply",
        format = "masqmail",
        recipients = { r("pat@example.net", "delayed", "4.3.0", "systemerror", "system") },
    },
    ["gobounce-permanent-dsn.eml"] = {
        source = "a Go mail server's BounceGenerator.GenerateBounce (code index file id 52182962734), filled in: reason 550 'Requested action not taken: mailbox unavailable' (its GetEnhancedStatusCode gives 5.1.1 for a 550 naming a mailbox), remote mx.example.org; the text part written out without its quoted-printable soft breaks",
        format = "rfc3464",
        recipients = { r("kim@example.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["gobounce-delay-warning.eml"] = {
        source = "the same BounceGenerator.GenerateDelayWarning (code index file id 52182962734), filled in: 4h0m0s, 5 attempts",
        format = "generic",
        recipients = { r("pat@example.net", "delayed", nil, "networkerror", "system") },
    },
    ["sentio-dsn-two-recipients.eml"] = {
        source = "a Rust MTA's generate_dsn (code index file id 61678104976), filled in with the values of its own test_params and its dsn_multiple_recipients test (Hard bounce: Status 5.0.0)",
        format = "rfc3464",
        recipients = {
            r("alice@example.org", "failed", "5.0.0", "userunknown", "address"),
            r("bob@example.org", "failed", "5.0.0", "userunknown", "address"),
        },
    },
    ["sentio-dsn-soft.eml"] = {
        source = "the same generate_dsn (code index file id 61678104976), its dsn_delayed_action_for_soft_bounce test's values (450 Try again later, Status 4.0.0)",
        format = "rfc3464",
        recipients = { r("recipient@example.org", "delayed", "4.0.0", "undefined", "undefined") },
    },
    ["relay-mail-system-reason.eml"] = {
        source = "a Rust relay's bounce text (code index file id 56005587003), filled in: host relay.example.net, two failed recipients, {reason} an example 550 reply, a short original header block",
        format = "generic",
        recipients = {
            r("kim@example.org", "failed", "5.1.1", "userunknown", "address"),
            r("pat@example.org", "failed", "5.1.1", "userunknown", "address"),
        },
    },
}
