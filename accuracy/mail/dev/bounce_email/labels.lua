-- Bounces from the test set of the Python port of the bounce_email gem
-- (github.com/ronbeltran/bounce_email tests/bounces/), read through the code
-- index: bounces a Latvian sender received in 2005-2011 (CommuniGate Pro,
-- Postfix, Exchange, Domino, Sendmail) and a Swedish Exchange 2010 NDR.
-- Personal addresses replaced (sender -> sender@example.com, personal
-- recipients -> userN@<same domain>), DKIM headers and attachments of the
-- returned copies dropped, bodies shortened.
local S = "github.com/ronbeltran/bounce_email tests/bounces/"
local function one (file, note, rcpt, action, status, reason, family)
    return { source = S .. file .. " (" .. note .. ")", format = "rfc3464",
             recipients = { { recipient = rcpt, dsn_action = action, status = status,
                              reason = reason, family = family } } }
end
return {
    ["tt_bounce_03.eml"] = one("tt_bounce_03.txt", "CommuniGate Pro: messages without To: fields are not accepted; Final-Recipient system;<>, Original-Recipient labelled",
        "user7@apollo.lv", "failed", "5.0.0", "policyviolation", "content"),
    ["tt_bounce_05.eml"] = one("tt_bounce_05.txt", "CommuniGate Pro: 550 unknown user account",
        "user8@apollo.lv", "failed", "5.0.0", "userunknown", "address"),
    ["tt_bounce_07.eml"] = one("tt_bounce_07.txt", "CommuniGate Pro relaying 550 5.1.1 User unknown",
        "user9@citrus.lv", "failed", "5.0.0", "userunknown", "address"),
    ["tt_bounce_10.eml"] = one("tt_bounce_10.txt", "Postfix: 'temporary failure' given up, Status 4.0.0 with Action failed; the text names no cause",
        "info.rietumuradio.lv@mail.studio7.lv", "failed", "4.0.0", "undefined", "undefined"),
    ["tt_bounce_13.eml"] = one("tt_bounce_13.txt", "Exchange SMTPSVC DSN, Status 5.2.2",
        "user10@lvaei.lv", "failed", "5.2.2", "mailboxfull", "mailbox"),
    ["tt_bounce_15.eml"] = one("tt_bounce_15.txt", "Lotus Domino DSN: recipient name not unique in the Domino Directory",
        "info@rimibaltic.com", "failed", "5.0.0", "userunknown", "address"),
    ["tt_bounce_16.eml"] = one("tt_bounce_16.txt", "Postfix DSN: maildir over quota; expanded from an alias",
        "user11@tv5.lv", "failed", "5.2.3", "mailboxfull", "mailbox"),
    ["tt_bounce_23.eml"] = one("tt_bounce_23.txt", "Sendmail DSN: No such user",
        "User_Twelve@exigengroup.com", "failed", "5.1.1", "userunknown", "address"),
    ["tt_bounce_24.eml"] = one("tt_bounce_24.txt", "Exchange 2010 NDR in Swedish, RESOLVER.ADR.RecipNotFound; HTML alternative and returned body shortened",
        "customer.testemail@test-receive-domain.se", "failed", "5.1.1", "userunknown", "address"),
}
