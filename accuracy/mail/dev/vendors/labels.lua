-- Bounces of MTAs and gateways the other groups lack (MDaemon and its
-- SecurityGateway, Apache James, Lotus Domino, Exchange 5.5's Internet
-- Mail Service, an RSCS/SMTP gateway) and an Exchange Online NDR, from
-- code comments, documentation, a ticket export, a test file and one
-- gateway's source.  Where the source gives no header, the MTA's usual
-- From (and a Subject where it is known) was put above the text (said
-- below).  Personal addresses were replaced by userN@<same domain>.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
return {
    ["mdaemon-no-such-user.eml"] = {
        source = "the comments of a Java bounce parser (package eris.parser.providers, MDaemonProParser; code index file id 6759221505) quoting an MDaemon PRO 13.0.5 bounce of 2013-06-13 as 'HEADER> ' / 'MESS>> ' log lines: prefixes removed; the returned message part the log names (message/rfc822) is not shown there and was left out",
        format = "mdaemon",
        recipients = { r("user1@ibisacam.at", "failed", nil, "userunknown", "address") },
    },
    ["mdaemon-dns-domain-unknown.eml"] = {
        source = "the same parser's comments (code index file id 6759221505) quoting an MDaemon PRO 10.0.4 'Permanent Delivery Failure' of 2013-09-11 (session transcript ending 'Name server reports domain name unknown'); prefixes removed, the qmail Received lines of the receiving side left out",
        format = "mdaemon",
        recipients = { r("user1@russellinc.co.za", "failed", nil, "hostunknown", "address") },
    },
    ["mdaemon-temporary-no-ptr.eml"] = {
        source = "a Jira ticket export in Spanish (SNB-235, 2022-08-09; code index file id 53346565996) quoting an MDaemon 'TEMPORARY non-fatal delivery errors' notice whose transcript ends in '450 4.7.25 Client host rejected: cannot find your hostname'; From/Subject/Date added",
        format = "mdaemon",
        recipients = { r("user1@tvpublica.com.ar", "delayed", "4.7.25", "requireptr", "reputation") },
    },
    ["securitygateway-data-rejected.eml"] = {
        source = "a Python test file of a Russian mail sender (sender/tests/test_dsn.py, NDR_SECURITY_GATEWAY, described there as a real SecurityGateway (MDaemon) report of 2026-08-05; code index file id 60839793901): 'Failed address' and a transcript ending in '500 Message rejected' after DATA",
        format = "mdaemon",
        recipients = { r("user1@el5-energo.ru", "failed", nil, "rejected", "relay") },
    },
    ["james-gmail-unauthenticated.eml"] = {
        source = "MOSIP mail-server documentation, Troubleshooting (code index file id 38141845045): an Apache James bounce quoting Gmail's 550 5.7.26 'sender is unauthenticated' reply; From/To added",
        format = "james",
        recipients = { r("user1@gmail.com", "failed", "5.7.26", "authfailure", "auth") },
    },
    ["exchange55-ims-size-limit.eml"] = {
        source = "Microsoft KB Q266092 'XFOR: NDR When Sending an Excel Spreadsheet As an Attachment' (public copy, code index file id 16283188313): the Exchange 5.5 Internet Mail Service NDR it shows; From/Subject added, '<BR/>' of the copy removed",
        format = "exchange",
        recipients = { r("user1@actium.com", "failed", nil, "emailtoolarge", "content") },
    },
    ["exchange-online-ip-not-accepted.eml"] = {
        source = "a Spanish guide on Gmail error 5.7.708 in a project's docs (code index file id 25868131597) quoting an Exchange Online NDR ('550 5.7.708 ... traffic not accepted from this IP'); From/Subject added",
        format = "exchange",
        recipients = { r("user1@gmail.com", "failed", "5.7.708", "blocked", "reputation") },
    },
    ["domino-dsn-not-listed.eml"] = {
        source = "github.com/jungleran/inmail tests/modules/inmail_test/eml/nouser.eml (Drupal inmail module; a Lotus Domino 8.5.3 DSN of 2014-02-19, addresses masked by that project): spam-filter and trace headers and the returned message's base64 body cut",
        format = "rfc3464",
        recipients = { r("user@example.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["rscs-gateway-mx-lookup.eml"] = {
        source = "an RSCS/SMTP gateway's source (Go, sendBounce() and sendDirectMX(); code index file id 295625189) filled in with example values: the MX lookup error Go's resolver gives for a name that does not exist",
        format = "generic",
        recipients = { r("user1@example.invalid", "failed", nil, "hostunknown", "address") },
    },
    ["rscs-gateway-rcpt-rejected.eml"] = {
        source = "the same source (sendBounce() after sendMail() via the configured relay) filled in with example values: a remote 550 5.1.1 reply to RCPT TO",
        format = "generic",
        recipients = { r("user1@example.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["mailenable-yahoo-no-account.eml"] = {
        source = "a C# product's bounce tests (EmailParserTest / BounceBackEmailDetails tests; code index file id 69855325061): a MailEnable notice of 2014 with the returned message's header ('Message contents follow:'), quoting Yahoo's '554 delivery error: dd This user doesn't have a yahoo.com account'; MailEnable's usual From/Subject (as in mailenable-spf-refused of the erislog group) and the test's To put above it, some X- headers of the returned message left out",
        format = "mailenable",
        recipients = { r("user1@yahoo.com", "failed", nil, "userunknown", "address") },
    },
    ["mailenable-invalid-domain-9003.eml"] = {
        source = "a C# product's bounce tests (EmailParserTest / BounceBackEmailDetails tests; code index file id 69494860367): a MailEnable note ('Reason: The message could not be delivered because the domain name (...) does not appear to be registered.', 'Reason Code: Invalid Domain Name', 'Error Number: 9003'); From/To/Subject added",
        format = "mailenable",
        recipients = { r("user1@co.cz.au.com", "failed", nil, "hostunknown", "address") },
    },
    ["domino-dsn-in-alternative.eml"] = {
        source = "a C# product's bounce tests (EmailParserTest / BounceBackEmailDetails tests; code index file id 69855325061, TestParserWithMultipartEML): an IBM Domino 9.0.1 DSN of 2016 whose parts sit under multipart/alternative (base64 prose naming another address than the delivery-status part, whose X-Notes diagnostic is folded mid-word); labelled as the delivery-status part gives it; From/To/Subject added, the returned message's X- headers left out",
        format = "rfc3464",
        recipients = { r("test.email@us.cw1.com", "failed", "5.0.0", "userunknown", "address") },
    },
}
