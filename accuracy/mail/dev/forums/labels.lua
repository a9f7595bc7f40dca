-- Bounces quoted in public forum threads and blog posts (found through the
-- code index, which keeps copies of such pages).  The .eml holds the bounce
-- as the post gives it; header lines the post does not give were added (the
-- MTA's usual From/Subject) and are named in the source field.  Personal
-- addresses were replaced by userN@<same domain>.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
return {
    ["intermail-netvigator-rejected.eml"] = {
        source = "Ubuntu Forums thread (solidussnake, 2010-10-28, a Postfix server behind Netvigator; code index file id 56876890557): the returned error mail as posted, its Subject line and body; the forum's [email] tags around the address removed; address masked",
        format = "intermail",
        recipients = { r("user1@leo-mui.info", "failed", "5.1.0", "userunknown", "address") },
    },
    ["qmail-spawn-expired.eml"] = {
        source = "blog post 'Sorry it didn't work out' (rajapet.com, 2009-02-10; code index file id 26775954669) quoting a qmail bounce (addresses already changed by the poster); the page's HTML entities turned back into the ASCII qmail writes (&#8217; -> ', &#8212; -> ---), line-end double spaces dropped; From/Subject ('failure notice') added",
        format = "qmail",
        recipients = { r("somebody@alaska.net", "failed", "4.3.0", "expired", "system") },
    },
    ["exchange-outlook-barracuda-ratelimit.eml"] = {
        source = "automationadmin.com post 'Barracuda Rate Controlled Message' (gerryw1389, 2016-05-21; code index file id 22391580856): the Outlook/Exchange non-delivery text as posted (example address kept); the Subject line added ('Undeliverable: ' + the subject the text names)",
        format = "exchange",
        recipients = { r("example@example.com", "failed", nil, "ratelimited", "rate") },
    },
    ["gmail-at-command-nouser.eml"] = {
        source = "Ubuntu Forums thread 'Setting default email address for at command' (SageOfSmeg, 2015-07-23; code index file id 56961280425): the Gmail notice as posted, the forum's [EMAIL] tags removed and '<etc.>' (the poster's cut) kept; Gmail's usual From/Subject added; address masked",
        format = "gmail",
        recipients = { r("user1@gmail.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["gmail-bluehost-address-rejected.eml"] = {
        source = "gocalf.com blog post of 2011-07-31 'BlueHost mailbox' (Chinese; code index file id 44638846103, also 70302428152): the quoted Gmail notice, markdown line-break backslashes removed, the poster's masked address kept; Gmail's usual From/Subject added",
        format = "gmail",
        recipients = { r("xxx@xxxxxxxx.com", "failed", "5.1.0", "userunknown", "address") },
    },
    ["gmail-delay-dns-ava.eml"] = {
        source = "Ubuntu Forums thread (avaserver, 2013-02-21; code index file id 57024217512): the Gmail delay notice as posted (its one-space indent kept, [email] tags removed); Gmail's usual From/Subject added; role address kept",
        format = "gmail",
        recipients = { r("director@ava-design.ro", "delayed", nil, "hostunknown", "address") },
    },
    ["outlookcom-organization-rejected.eml"] = {
        source = "a Spanish project note of 2026-02-01 on sending through Resend (code index file id 11433801946) quoting the Outlook.com NDR the user got; a bare Subject line added; address masked",
        format = "exchange",
        recipients = { r("user1@hotmail.es", "failed", nil, "rejected", "relay") },
    },
    ["exchange-online-group-mailbox-full.eml"] = {
        source = "Microsoft troubleshooting article '\"AggregateGroupMailbox is full\" when sending emails to Microsoft 365 Groups' (code index file id 3602994330): the NDR text it quotes (example address kept); a bare Subject line added",
        format = "exchange",
        recipients = { r("AggregateGroupMailbox.A.201708181918@contoso.onmicrosoft.com", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["qmail-ddn-does-not-like-recipient.eml"] = {
        source = "http://www.ddn.ne.jp/support/faq/email/mailerdaemon.html (DDNet, Japanese ISP FAQ), first example: the qmail bounce its server sends (addresses and IPs shown as xxx by the page); the page's Subject ('failure notice') and a From line added",
        format = "qmail",
        recipients = { r("xxx@xxx.xxx", "failed", "5.3.0", "rejected", "relay") },
    },
    ["qmail-ddn-no-host.eml"] = {
        source = "http://www.ddn.ne.jp/support/faq/email/mailerdaemon.html (DDNet FAQ), second example (domain not found), as the first",
        format = "qmail",
        recipients = { r("xxx@xxx.xxx", "failed", "5.1.2", "hostunknown", "address") },
    },
    ["qmail-ddn-no-connection.eml"] = {
        source = "http://www.ddn.ne.jp/support/faq/email/mailerdaemon.html (DDNet FAQ), third example (no SMTP connection, given up), as the first",
        format = "qmail",
        recipients = { r("xxx@xxx.xxx", "failed", "4.4.1", "expired", "system") },
    },
    ["messagingserver-macdotcom-nouser.eml"] = {
        source = "Ubuntu Forums thread 'PostFix reject mails' (lister171254, 2011-06-07; code index file id 56857777484): the forwarded mac.com (Messaging Server) notice, quote marks and [email] tags removed, its header lines as the forward shows them (the delivery-status fields came inline in the forward and are kept as text); addresses masked",
        format = "messagingserver",
        recipients = { r("user1@zudiewiener.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["gmail-smtp-auth-failed.eml"] = {
        source = "Ubuntu Forums thread 'Really confused re gmail sending through my server' (puremetal, 2011-05-31; code index file id 56851534457): the Gmail notice as posted, the poster's masked recipient ('*****@*****.com') kept as written; Gmail's usual From/Subject added",
        format = "gmail",
        recipients = { r("*****@*****.com", "failed", nil, "authfailure", "auth") },
    },
}
