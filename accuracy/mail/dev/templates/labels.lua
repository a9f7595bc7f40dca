-- MTA bounce templates read in the MTAs' source (or a site's own Postfix
-- template) and filled in with example values the way the program sends
-- them: XMail, nullmailer (nullmailer-dsn), indimail's maildirbounce, a
-- Dutch Postfix bounce template.  The remote replies put in are example
-- values of the kind each program passes on; where a source gives its
-- own reason text (XMail's "maximum number of delivery attempts",
-- maildirbounce's "This message is too old"), that text is used.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local XM = "XMail's QueUtBuildErrorResponse() (SMTP queue utilities; code index file id 5668937011) filled in with example values"
return {
    ["xmail-rcpt-user-unknown.eml"] = {
        source = XM .. ": a remote 550 5.1.1 reply to RCPT TO as the reason, the server line given",
        format = "generic",
        recipients = { r("user1@example.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["xmail-max-attempts.eml"] = {
        source = XM .. ": the reason XMail's QueUtResendMessage() itself passes when the message expires ('The maximum number of delivery attempts has been reached'), no server line",
        format = "generic",
        recipients = { r("user1@example.net", "failed", nil, "expired", "system") },
    },
    ["xmail-gmail-dmarc.eml"] = {
        source = XM .. ": as the reason, the Gmail DMARC refusal a user's XMail test notes quote ('XMail bounce: Rcpt=[...];Error= Unauthenticated email from example.com is not accepted due to domain's DMARC policy...', code index file id 67579554234), with Gmail's 550-5.7.26 code",
        format = "generic",
        recipients = { r("user1@gmail.com", "failed", "5.7.26", "authfailure", "auth") },
    },
    ["nullmailer-failed-user-unknown.eml"] = {
        source = "nullmailer's nullmailer-dsn (code index file id 17893793697) filled in with example values: a failed recipient, status 5.1.1 and a remote diagnostic",
        format = "rfc3464",
        recipients = { r("user1@example.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["nullmailer-delayed-timeout.eml"] = {
        source = "nullmailer's nullmailer-dsn (code index file id 17893793697) with its delay option ('has not been delivered', Action delayed, Will-Retry-Until) filled in with example values: status 4.4.1, a connection time-out",
        format = "rfc3464",
        recipients = { r("user1@example.net", "delayed", "4.4.1", "networkerror", "system") },
    },
    ["maildirbounce-user-unknown.eml"] = {
        source = "indimail's maildirserial bounce() (the 'maildirbounce program' notice; code index file id 1254326246) filled in with example values: the client's reason a remote 550 5.1.1 reply",
        format = "qmail",
        recipients = { r("user1@example.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["maildirbounce-too-old.eml"] = {
        source = "the same bounce() with its time-out flag ('This message is too old. Giving up.' after the client's last, temporary, reason), filled in with example values",
        format = "qmail",
        recipients = { r("user1@example.net", "failed", "4.3.0", "expired", "system") },
    },
    ["postfix-nl-template-mailbox-full.eml"] = {
        source = "a site's Dutch Postfix bounce template (bounce_template_file, failure_template 'Niet-bezorgde mail teruggestuurd naar afzender' / 'Dit is het mailsysteem van ...'; code index file id 55217294068) filled in with example values the way Postfix sends it (a remote 552 5.2.2 reply to RCPT TO)",
        format = "rfc3464",
        recipients = { r("user1@example.com", "failed", "5.2.2", "mailboxfull", "mailbox") },
    },
    ["bitmask-local-agent-user-unknown.eml"] = {
        source = "github.com/leapcode/leap_mail pull request #232 (src/leap/mail/smtp/bounces.py, BOUNCE_TEMPLATE of the Bitmask mail agent's local bounce, as the review thread quotes it) filled in with example values: the remote 550 5.1.1 reply as the raw error, the recipient named only there and in the returned message; From as the thread shows it (its display name cut there), To/Subject/Date added",
        format = "generic",
        recipients = { r("user1@example.org", "failed", "5.1.1", "userunknown", "address") },
    },
}
