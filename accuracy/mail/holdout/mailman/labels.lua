-- Hold-out: bounce mails of GNU Mailman's collection, as shipped in
-- Debian's python3-flufl.bounce 4.0-3 (apt-get download), directory
-- /usr/lib/python3/dist-packages/flufl/bounce/tests/data/NAME.txt.
-- The collection had already replaced most addresses with userx@example...;
-- personal addresses left in the returned copies were replaced here with
-- personN@... (same in mail and labels).  Labels written from each mail's
-- text before any reader ran on it.  Nobody writes or tunes a reader
-- against this directory (README.md).
local S = "Debian python3-flufl.bounce 4.0-3, flufl/bounce/tests/data/"
local function r (rcpt, action, reason, family, status)
    return { recipient = rcpt, dsn_action = action, reason = reason, family = family, status = status }
end
local function m (file, format, note, ...)
    return { source = S .. file .. (note and (" (" .. note .. ")") or ""), format = format,
             recipients = { ... } }
end
local F, D = "failed", "delayed"
return {
    -- qmail and qmail-like
    ["qmail_01.eml"] = m("qmail_01.txt", "qmail", "qmail-send, no cause given", r("userx@example.de", F, "undefined", "undefined")),
    ["qmail_02.eml"] = m("qmail_02.txt", "qmail", "GoDaddy secureserver.net", r("userx@example.com", F, "mailboxfull", "mailbox")),
    ["qmail_03.eml"] = m("qmail_03.txt", "qmail", "vpopmail", r("userx@example.jp", F, "userunknown", "address", "5.1.1")),
    ["qmail_04.eml"] = m("qmail_04.txt", "qmail", "messagelabs.com", r("userx@example.au", F, "userunknown", "address")),
    ["qmail_05.eml"] = m("qmail_05.txt", "qmail", "untd.com", r("userx@example.com", F, "userunknown", "address")),
    ["qmail_06.eml"] = m("qmail_06.txt", "qmail", "outblaze", r("ntl@xxx.com", F, "mailboxfull", "mailbox")),
    ["qmail_07.eml"] = m("qmail_07.txt", "qmail", "GoDaddy, child status 100", r("user@example.net", F, "mailboxfull", "mailbox")),
    ["qmail_08.eml"] = m("qmail_08.txt", "autoreply", "Spanish auto reply, Precedence: auto_reply",
        { recipient = "contact@example.com", reason = "vacation", family = "delivered" }),
    ["newmailru_01.eml"] = m("newmailru_01.txt", "qmail", "newmail.ru, Russian and English",
        r("zzzzz@newmail.ru", F, "mailboxfull", "mailbox")),
    ["simple_25.eml"] = m("simple_25.txt", "qmail", "xinnetdns, HTML", r("userx@example.com", F, "userunknown", "address")),
    -- Yahoo and Yahoo-run domains
    ["yahoo_01.eml"] = m("yahoo_01.txt", "yahoo", "queue too long, #4.4.1", r("userx@example.com", F, "expired", "system", "4.4.1")),
    ["yahoo_02.eml"] = m("yahoo_02.txt", "yahoo", "yahoo.es", r("userx@example.es", F, "mailboxfull", "mailbox")),
    ["yahoo_03.eml"] = m("yahoo_03.txt", "yahoo", nil, r("userx@example.com", F, "suspend", "address")),
    ["yahoo_04.eml"] = m("yahoo_04.txt", "yahoo", nil, r("userx@example.es", F, "mailboxfull", "mailbox"),
        r("usery@example.uk", F, "mailboxfull", "mailbox")),
    ["yahoo_06.eml"] = m("yahoo_06.txt", "yahoo", nil, r("userx@example.com", F, "suspend", "address"),
        r("usery@example.com", F, "suspend", "address"), r("userz@example.com", F, "suspend", "address"),
        r("usera@example.com", F, "suspend", "address")),
    ["yahoo_10.eml"] = m("yahoo_10.txt", "yahoo", nil, r("userx@example.com", F, "userunknown", "address"),
        r("usery@example.com", F, "suspend", "address"), r("userz@example.com", F, "userunknown", "address")),
    ["yahoo_11.eml"] = m("yahoo_11.txt", "yahoo", "an address after the copy line is no recipient",
        r("bad_user@aol.com", F, "userunknown", "address", "5.1.1")),
    ["yahoo_13.eml"] = m("yahoo_13.txt", "yahoo", "multipart/report without a delivery-status part",
        r("bogus-address@example.net", F, "userunknown", "address", "5.1.1")),
    ["simple_05.eml"] = m("simple_05.txt", "yahoo", "sbcglobal.net", r("userx@example.net", F, "userunknown", "address")),
    ["simple_06.eml"] = m("simple_06.txt", "yahoo", "hamiltonpacific.com", r("userx@example.com", F, "userunknown", "address")),
    -- SMTP32 (IMail)
    ["smtp32_01.eml"] = m("smtp32_01.txt", "smtp32", "failed 20 attempts", r("userx@example.ph", F, "expired", "system")),
    ["smtp32_02.eml"] = m("smtp32_02.txt", "smtp32", "failed 20 attempts", r("userx@example.com", F, "expired", "system")),
    ["smtp32_03.eml"] = m("smtp32_03.txt", "smtp32", "no cause given", r("userx@example.com", F, "undefined", "undefined")),
    ["smtp32_04.eml"] = m("smtp32_04.txt", "smtp32", nil, r("after_another@example.net", F, "userunknown", "address", "5.3.0"),
        r("one_bad_address@example.net", F, "userunknown", "address", "5.3.0")),
    ["smtp32_05.eml"] = m("smtp32_05.txt", "smtp32", "no cause given", r("userx@example.com", F, "undefined", "undefined")),
    ["smtp32_06.eml"] = m("smtp32_06.txt", "smtp32", nil, r("Absolute_garbage_addr@example.net", F, "userunknown", "address", "5.3.0")),
    ["smtp32_07.eml"] = m("smtp32_07.txt", "smtp32", nil, r("userx@example.com", F, "userunknown", "address")),
    ["simple_12.eml"] = m("simple_12.txt", "smtp32", nil, r("userx@example.ac.jp", F, "userunknown", "address")),
    -- Exim and Exim-like
    ["exim_01.eml"] = m("exim_01.txt", "exim", "Exim 2.05", r("userx@its.example.nl", F, "userunknown", "address", "5.1.1")),
    ["simple_03.eml"] = m("simple_03.txt", "exim", "delay warning, no cause given", r("userx@example.za", D, "undefined", "undefined")),
    ["simple_08.eml"] = m("simple_08.txt", "exim", "kundenserver.de", r("userx@example.de", F, "userunknown", "address")),
    ["simple_09.eml"] = m("simple_09.txt", "exim", "kundenserver.de", r("userx@example.de", F, "mailboxfull", "mailbox")),
    ["simple_16.eml"] = m("simple_16.txt", "exim", "an undisclosed address generated from the recipient, no cause given",
        r("userx@example.com", F, "undefined", "undefined")),
    ["simple_29.eml"] = m("simple_29.txt", "exim", "mxlogic", r("userx@example.com", F, "userunknown", "address")),
    ["simple_39.eml"] = m("simple_39.txt", "exim", "mail.ru, Russian", r("userx@example.ru", F, "userunknown", "address")),
    ["simple_40.eml"] = m("simple_40.txt", "exim", "kundenserver.de delay warning", r("user@example.com", D, "networkerror", "system")),
    -- Exchange
    ["groupwise_01.eml"] = m("groupwise_01.txt", "exchange", "Exchange 5.5 IMS NDR", r("userx@example.EDU", F, "userunknown", "address")),
    ["groupwise_02.eml"] = m("groupwise_02.txt", "exchange", "Exchange 5.5 IMS NDR in HTML", r("userx@example.com", F, "userunknown", "address")),
    ["microsoft_01.eml"] = m("microsoft_01.txt", "exchange", "Exchange IMS NDR, X.400-wrapped address",
        r("userx@example.COM", F, "userunknown", "address")),
    ["microsoft_02.eml"] = m("microsoft_02.txt", "exchange", nil, r("userx@example.COM", F, "userunknown", "address")),
    ["simple_10.eml"] = m("simple_10.txt", "exchange", "text-only DSN, no cause given", r("userx@example.com", F, "undefined", "undefined")),
    ["simple_24.eml"] = m("simple_24.txt", "exchange", "no cause given", r("userx@example.com", F, "undefined", "undefined")),
    -- Postfix (pre-DSN)
    ["postfix_01.eml"] = m("postfix_01.txt", "postfix", nil, r("xxxxx@local.ie", F, "userunknown", "address", "5.1.1")),
    ["postfix_02.eml"] = m("postfix_02.txt", "postfix", "name service error, try again", r("yyyyy@digicool.com", F, "networkerror", "system")),
    ["postfix_03.eml"] = m("postfix_03.txt", "postfix", "amavis died", r("ttttt@ggggg.com", F, "systemerror", "system")),
    ["postfix_04.eml"] = m("postfix_04.txt", "postfix", "Keftamail", r("userx@mail1.example.com", F, "mailboxfull", "mailbox")),
    ["postfix_05.eml"] = m("postfix_05.txt", "postfix", "554 No Resent-From field given", r("userx@example.net", F, "contenterror", "content")),
    -- Sendmail, Google, Domino, others
    ["sendmail_01.eml"] = m("sendmail_01.txt", "sendmail", "too many hops", r("zzzzz@shaft.coal.nl", F, "systemerror", "system")),
    ["simple_17.eml"] = m("simple_17.txt", "gmail", "no cause given", r("userx@example.com", F, "undefined", "undefined")),
    ["simple_28.eml"] = m("simple_28.txt", "gmail", "delay, no cause given", r("userx@example.com", D, "undefined", "undefined")),
    ["simple_11.eml"] = m("simple_11.txt", "domino", nil, r("userx@example.com", F, "userunknown", "address")),
    ["simple_01.eml"] = m("simple_01.txt", "mdaemon", "552 would exceed mailbox quota", r("bbbsss@example.com", F, "mailboxfull", "mailbox")),
    ["simple_27.eml"] = m("simple_27.txt", "mdaemon", nil, r("userx@example.net.py", F, "userunknown", "address")),
    ["simple_30.eml"] = m("simple_30.txt", "kerio", nil, r("userx@example.com", F, "userunknown", "address", "5.3.0")),
    ["simple_33.eml"] = m("simple_33.txt", "kerio", nil, r("userx@example.com", F, "userunknown", "address", "5.3.0")),
    ["simple_34.eml"] = m("simple_34.txt", "hmailserver", nil, r("roland@example.com", F, "userunknown", "address", "5.1.1")),
    ["simple_41.eml"] = m("simple_41.txt", "mailenable", nil, r("userx@example.com", F, "userunknown", "address")),
    ["simple_18.eml"] = m("simple_18.txt", "lsmtp", "554 message looping", r("userx@example.com", F, "systemerror", "system")),
    ["simple_38.eml"] = m("simple_38.txt", "dovecot", "Dovecot rejection as message/disposition-notification: quota exceeded",
        r("userx@example.com", F, "mailboxfull", "mailbox")),
    ["netscape_01.eml"] = m("netscape_01.txt", "netscape", "delivery-status part without recipient fields; queue period exceeded",
        r("aaaaa@corel.com", F, "expired", "system"), r("bbbbb@corel.com", F, "expired", "system")),
    ["simple_02.eml"] = m("simple_02.txt", "other", "usa.net processing error", r("userx@example.net", F, "systemerror", "system")),
    ["simple_04.eml"] = m("simple_04.txt", "other", "airmail.net", r("userx@example.com", F, "hostunknown", "address")),
    ["simple_07.eml"] = m("simple_07.txt", "other", "prodigy.net", r("userx@example.net", F, "mailboxfull", "mailbox")),
    ["simple_15.eml"] = m("simple_15.txt", "other", "Trend Micro InterScan", r("userx@example.be", F, "userunknown", "address", "5.1.1")),
    ["simple_20.eml"] = m("simple_20.txt", "other", "socgen, French and English, no cause given", r("userx@example.com", F, "undefined", "undefined")),
    ["simple_21.eml"] = m("simple_21.txt", "other", "delay warning, server did not respond", r("userx@example.com", D, "networkerror", "system")),
    ["simple_23.eml"] = m("simple_23.txt", "other", "user not known", r("userx@example.it", F, "userunknown", "address")),
    ["simple_26.eml"] = m("simple_26.txt", "other", "campus server, address wrong or no longer valid", r("userx@example.it", F, "userunknown", "address")),
    ["simple_35.eml"] = m("simple_35.txt", "other", "delay warning, full mailbox", r("calvin@example.com", D, "mailboxfull", "mailbox")),
    ["simple_36.eml"] = m("simple_36.txt", "other", nil, r("userx@example.com", F, "userunknown", "address")),
    ["simple_37.eml"] = m("simple_37.txt", "other", "phquery: no final delivery point", r("user@example.edu", F, "userunknown", "address")),
    ["simple_44.eml"] = m("simple_44.txt", "other", "30 attempts over 92 hours, 4.4.4", r("user@example.com", F, "expired", "system", "4.4.4")),
    ["microsoft_03.eml"] = m("microsoft_03.txt", "other", "'Non-Delivery Report' quoting a list notice, no cause given",
        r("userx@example.com", F, "undefined", "undefined")),
    ["hotpop_01.eml"] = m("hotpop_01.txt", "other", "HotPOP over disk quota", r("userx@example.com", F, "mailboxfull", "mailbox")),
    ["llnl_01.eml"] = m("llnl_01.txt", "other", "LLNL directory: no such address", r("user1@example.gov", F, "userunknown", "address")),
    ["bounce_02.eml"] = m("bounce_02.txt", "other", "E500 SMTP Mail Service", r("userx@example.com", F, "userunknown", "address")),
    -- RFC 3464 reports
    ["simple_42.eml"] = m("simple_42.txt", "rfc3464", "Exim DSN, Gmail 550 5.7.1 unsolicited mail",
        r("david...@gmail.com", F, "spamdetected", "content", "5.0.0")),
    ["dsn_01.eml"] = m("dsn_01.txt", "rfc3464", "Sun Internet Mail Server; Original-Recipient labelled",
        r("userx@example.com", F, "mailboxfull", "mailbox", "5.0.0")),
    ["dsn_03.eml"] = m("dsn_03.txt", "rfc3464", "'Action: failure', Status holds a reply", r("userx@example.be", F, "emailtoolarge", "content")),
    ["dsn_04.eml"] = m("dsn_04.txt", "rfc3464", "PMDF, disk quota exceeded; Original-Recipient labelled",
        r("userx@example.ch", F, "mailboxfull", "mailbox", "5.0.0")),
    ["dsn_05.eml"] = m("dsn_05.txt", "rfc3464", nil, r("userx@example.cz", D, "networkerror", "system", "4.4.1")),
    ["dsn_06.eml"] = m("dsn_06.txt", "rfc3464", nil, r("userx@example.com", D, "networkerror", "system", "4.4.0")),
    ["dsn_07.eml"] = m("dsn_07.txt", "rfc3464", nil, r("userx@example.nz", D, "networkerror", "system", "4.4.1")),
    ["dsn_08.eml"] = m("dsn_08.txt", "rfc3464", "virus scanner daemon refused connection", r("userx@example.de", D, "systemerror", "system", "4.0.0")),
    ["dsn_10.eml"] = m("dsn_10.txt", "rfc3464", nil, r("anne.person@dom.ain", F, "userunknown", "address", "5.0.0")),
    ["dsn_12.eml"] = m("dsn_12.txt", "rfc3464", nil, r("userx@example.jp", F, "userunknown", "address", "5.1.1")),
    ["dsn_13.eml"] = m("dsn_13.txt", "rfc3464", "Exchange", r("userx@example.com", F, "userunknown", "address", "5.1.1")),
    ["dsn_14.eml"] = m("dsn_14.txt", "rfc3464", "no Status field", r("userx@example.com.dk", F, "userunknown", "address", "5.1.1")),
    ["dsn_15.eml"] = m("dsn_15.txt", "rfc3464", "Exchange", r("userx@example.com", F, "userunknown", "address", "5.1.1")),
    ["dsn_16.eml"] = m("dsn_16.txt", "rfc3464", "Postfix", r("userx@example.com", F, "userunknown", "address", "5.0.0")),
    ["dsn_17.eml"] = m("dsn_17.txt", "rfc3464", "quota exceeded, Final-Recipient labelled",
        r("xxx@example.fi", D, "mailboxfull", "mailbox", "4.3.0")),
    -- no bounce
    ["groupwise_03.eml"] = m("groupwise_03.txt", "notbounce", "a person's reply quoting the original"),
}
