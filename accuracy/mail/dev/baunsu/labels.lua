-- Bounces from the npm package baunsu 0.2.3 (tests/emails/*.txt), fetched
-- with `npm pack baunsu`; Postfix DSNs from one sending host (2012) for
-- recipients at AOL, AT&T, Charter, Cox, EarthLink, Gmail, Hotmail, me.com,
-- Yahoo and a MessageLabs-filtered domain, an amavis spam rejection, and an
-- EarthLink challenge auto-reply.  Addresses as the package shows them
-- (already made up by its author).
local S = "npm package baunsu 0.2.3, tests/emails/"
local function dsn (file, rcpt, status, reason, family)
    return { source = S .. file, format = "rfc3464",
             recipients = { { recipient = rcpt, dsn_action = "failed", status = status,
                              reason = reason, family = family } } }
end
return {
    ["bounce_aol.eml"] = dsn("bounce_aol.txt", "mango3438kaskdmdfklas@aol.com", "5.1.1", "userunknown", "address"),
    ["bounce_att.eml"] = dsn("bounce_att.txt", "mango3438kaskdmdfklas@att.net", "5.0.0", "blocked", "reputation"),
    ["bounce_charter.eml"] = dsn("bounce_charter.txt", "mango3438kaskdmdfklas@charter.net", "5.1.1", "userunknown", "address"),
    ["bounce_cox.eml"] = dsn("bounce_cox.txt", "mango3438kaskdmdfklas@cox.com", "5.0.0", "userunknown", "address"),
    ["bounce_earthlink.eml"] = dsn("bounce_earthlink.txt", "mango3438kaskdmdfklas@earthlink.net", "5.0.0", "userunknown", "address"),
    ["bounce_exchange.eml"] = dsn("bounce_exchange.txt", "mango3432dkl@skylight.com", "5.0.0", "userunknown", "address"),
    ["bounce_gmail.eml"] = dsn("bounce_gmail.txt", "mango3432xlkdieldkl@gmail.com", "5.1.1", "userunknown", "address"),
    ["bounce_hotmail.eml"] = dsn("bounce_hotmail.txt", "mango3432xlkdieldkl@hotmail.com", "5.0.0", "userunknown", "address"),
    ["bounce_me.eml"] = dsn("bounce_me.txt", "mango3438kaskdmdfklas@me.com", "5.1.1", "userunknown", "address"),
    ["bounce_postfix.eml"] = dsn("bounce_postfix.txt", "mango-=#43@panda.com", "5.1.1", "userunknown", "address"),
    ["bounce_spam.eml"] = dsn("bounce_spam.txt", "dev@sender.com", "5.7.0", "spamdetected", "content"),
    ["bounce_yahoo.eml"] = dsn("bounce_yahoo.txt", "mango3438kaskdmdfklas@yahoo.com", "5.0.0", "userunknown", "address"),
    ["auto_earthlink.eml"] = {
        source = S .. "auto_earthlink.txt (EarthLink spamBlocker challenge: an automatic reply, the message held until the sender is approved)",
        format = "autoreply",
        recipients = { { recipient = "mangoresponse@earthlink.net", reason = "vacation", family = "delivered" } },
    },
}
