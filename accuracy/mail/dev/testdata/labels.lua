-- Bounces kept as test data by bounce-handling projects not used before:
-- the phpspec suite of a PHP bounce handler (Malas\BounceHandler, real
-- mails with the sender's domain replaced by the project), the test of an
-- App Engine bounce handler (Gmail texts with placeholder addresses), and
-- the comments of a Java bounce parser ("eris", a job site's parser of
-- 2013) which quote the real bounces each class was written for, as
-- "HEADER> " / "MESS>> " log lines: those prefixes and the comment marks
-- were removed, header lines put before the body.  Personal addresses
-- were replaced by userN@<same domain>; role and placeholder addresses kept.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local MALAS = "a PHP bounce handler's phpspec suite (namespace Malas\\BounceHandler, spec BounceHandlerSpec::getMessageArray; code index file id 37675478566): "
local APPENGINE = "an App Engine bounce handler's unit test ('emailbouncehandler', test_bounce.py; code index file id 13061658582): "
local ERIS = "the comments of a Java bounce parser (package eris.parser.providers, "
return {
    ["gmail-delay-timeout.eml"] = {
        source = MALAS .. "message 0, the header and body strings joined as written (CRLF); recipient masked",
        format = "gmail",
        recipients = { r("user1@lt.g4s.com", "delayed", nil, "networkerror", "system") },
    },
    ["autoreply-lithuanian-vacation.eml"] = {
        source = MALAS .. "message 1, a Lithuanian out-of-office reply (CRLF)",
        format = "autoreply",
        recipients = { r("visita@vvvgr.lt", nil, nil, "vacation", "delivered") },
    },
    ["exim-relay-not-permitted.eml"] = {
        source = MALAS .. "message 2, an Exim bounce without a delivery-status part (CRLF); recipient masked",
        format = "exim",
        recipients = { r("user2@ppp.ru", "failed", nil, "norelaying", "relay") },
    },
    ["gmail-appengine-dns-error.eml"] = {
        source = APPENGINE .. "testBounceParsePermanent's message (subject given apart; Gmail's From added)",
        format = "gmail",
        recipients = { r("failed@address.com", "failed", nil, "hostunknown", "address") },
    },
    ["gmail-appengine-delay-refused.eml"] = {
        source = APPENGINE .. "testBounceParseTemporary's message (subject given apart; Gmail's From added)",
        format = "gmail",
        recipients = { r("delayed@address.com", "delayed", nil, "networkerror", "system") },
    },
    ["mxlogic-delay-resources.eml"] = {
        source = ERIS .. "ModQueueParser; code index file id 7427182525): a McAfee MXLogic 'mod_queue/warn' warning of 2013 (the X-MX-Bounce header and the text part the comment gives; MIME-Version/Content-Type added for the boundary it shows); recipient masked",
        format = "mxlogic",
        recipients = { r("user1@eastrock.com", "delayed", "4.3.1", "systemfull", "system") },
    },
    ["dovecot-forthnet-quota-reject.eml"] = {
        source = ERIS .. "DeliveryStatusParser; code index file id 7153985891): forthnet.gr's Dovecot rejection (an MDN, 2013-06-13) with its header lines; the address in the text has its '@' turned into a dot, so it was written (the comment says so); its local part masked",
        format = "dovecot",
        recipients = { r("user1.ath.forthnet.gr", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["b1gmail-storage-limit.eml"] = {
        source = ERIS .. "B1gMailParser; code index file id 6695687884): the first b1gMail bounce (hallomail.ch, 2013-06-13) with its header lines; recipient masked",
        format = "b1gmail",
        recipients = { r("user1@hallomail.ch", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["b1gmail-no-valid-recipients.eml"] = {
        source = ERIS .. "B1gMailParser; code index file id 6695687884): the second b1gMail bounce (office2go.eu, 2013-06-14), which names the recipient only in the returned message's X-Original-To; masked",
        format = "b1gmail",
        recipients = { r("user2@mybox.de", "failed", nil, "userunknown", "address") },
    },
    ["iomart-mailfilter-failed.eml"] = {
        source = ERIS .. "IOmartParser; code index file id 6783931647): iomart's 'Mail Filter' bounce of 2013-06-14 with its header lines, as far as the comment gives it (it stops at the technical-information heading); recipient masked",
        format = "iomart",
        recipients = { r("user1@mypostoffice.co.uk", "failed", nil, "undefined", "undefined") },
    },
    ["messagelabs-mailbox-unavailable.eml"] = {
        source = ERIS .. "MessageLabsParser; code index file id 6800297301): the MessageLabs bounce text the comment gives; From/Subject added (the parser keys on Subject 'failure notice'); recipient masked",
        format = "messagelabs",
        recipients = { r("user1@barclays.com", "failed", nil, "userunknown", "address") },
    },
    ["googlegroups-no-group.eml"] = {
        source = ERIS .. "XFailedParser; code index file id 7428666679): a Google Groups bounce of 2013-08-16 with the header lines the comment gives, the body as far as it goes (the details list is not quoted); role address kept",
        format = "gmail",
        recipients = { r("jobs@centralgestalt.de", "failed", nil, "filtered", "filter") },
    },
}
