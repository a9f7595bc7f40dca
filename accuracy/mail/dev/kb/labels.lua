-- Non-delivery reports of Exchange Server 5.5 (Internet Mail Service) as
-- Microsoft Knowledge Base articles give them, read through a public copy
-- of the old Knowledge Base (the code index keeps it; article numbers
-- below).  The article's two-space indent inside the example was removed;
-- the NDR's From/Subject lines the article shows are written as header
-- lines (its "Sent:"/"To:" display lines dropped where it shows them as
-- Outlook fields).  Example addresses kept.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
return {
    ["exchange55-owa-smtp-contact.eml"] = {
        source = "Microsoft KB Q198810 'XWEB: Mail Doesn't Get Sent to Contacts w/SMTP in E-mail Address' (Exchange/OWA 5.5; code index file id 16179092307); From line 'System Administrator' (the sender Exchange NDRs show) and Subject added",
        format = "exchange",
        recipients = { r("testuser@microsoft.com", "failed", nil, "userunknown", "address") },
    },
    ["exchange55-ims-size-limit.eml"] = {
        source = "Microsoft KB Q257264 'XFOR: Internet Mail Service NDR \"Message Exceeded Size Limit\"' (Exchange 5.5; code index file id 16377406352); From/Subject added as for the other Exchange 5.5 NDRs",
        format = "exchange",
        recipients = { r("user@test.com", "failed", nil, "emailtoolarge", "content") },
    },
    ["exchange55-ims-too-many-recipients.eml"] = {
        source = "Microsoft KB Q246051 'XIMS: No NDR If SMTP Msg Exceeds \"Max Recipients on Submit\"' (Exchange 5.5 SP4; code index file id 16003316712): the NDR as the article shows it, recipients given as X.500 distinguished names (no SMTP address); the article's 'Sent:' line dropped",
        format = "exchange",
        recipients = {
            r("/o=Organization/ou=Site/cn=Recipients/cn=User1", "failed", nil, "ratelimited", "rate"),
            r("/o=Organization/ou=Site/cn=Recipients/cn=HugeDL", "failed", nil, "ratelimited", "rate"),
            r("/o=Organization/ou=Site/cn=Recipients/cn=User2", "failed", nil, "ratelimited", "rate"),
        },
    },
    ["exchange-msmail-transfer-failed.eml"] = {
        source = "Microsoft KB Q186672 'XFOR: Russian Outlook MS Mail User Gets NDR Sending to Exchange' (Exchange 5.0/5.5 MS Mail connector; code index file id 16122750017): the MS Mail-style NDR ('Was not delivered for the following reasons'), failed address in MS Mail form; From/Subject added; the recipient is labelled with the SMTP address its To line names",
        format = "exchange",
        recipients = { r("somebody@microsoft.com", "failed", nil, "systemerror", "system") },
    },
    ["exchange-mta-deleted-dl-member.eml"] = {
        source = "Microsoft KB Q194504 'XCON: NDR Returned for Deleted Mailbox when Message Sent to DL' (Exchange 5.0/5.5 MTA; code index file id 16154670320): the NDR, recipient as an X.500 distinguished name; From/Subject added",
        format = "exchange",
        recipients = { r("/o=ORG/ou=SITE/cn=RECIPIENTS/cn=DELETED_USER", "failed", nil, "userunknown", "address") },
    },
}
