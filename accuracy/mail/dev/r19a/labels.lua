-- A fresh group (r19a) of 18 mails (and two added after the first measure) taken for automatic replies and their
-- kin (which must read as auto-replies, never as bounces), list moderation
-- notices (not bounces) and prose notices of older and smaller systems:
-- an Exchange mailbox-rules auto-reply kept as its header alone; a Request
-- Tracker 'AutoReply' (ticket created) as an Outlook forward showed it; a
-- Zimbra out-of-office reply from its source, filled in; Lotus Notes
-- out-of-office replies ('AUTO: ... is out of the office (returning ...)',
-- 'This is the only notification you will receive while this person is
-- away.'), once posted back to an issue and once filled from the Notes C
-- API's documented defaults; QQ Mail's holiday, acknowledgement and
-- school-term auto-replies and a bilingual acknowledgement with no marker
-- at all, all posted back to issues; an English away notice kept in a
-- bounce classifier's comments; Mailman 2 and 3 'awaits moderator approval'
-- notices (notbounce); a Zoho notice pasted in a list post (a Mimecast
-- refusal through a blocklist); CompuServe's 'Invalid receiver address' and
-- 'Illegally formatted To: header text' notices from two old Knowledge Base
-- articles; the KA9Q NOS 'Failed mail' transcript, filled in.
-- Where a source shows only the text, a minimal header in the usual form of
-- the program named was added (said per mail: "HDR"); addresses and dates
-- in such a header are stand-ins.  Where we chose the charset or transfer
-- encoding, the label says so ("ENC").  Personal addresses were replaced
-- with userN@<same domain>; role and list addresses, masked ones and the
-- documents' example addresses were kept as shown.
-- Labels were written from each mail's own text and its source, before any
-- reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local function v (addr) return { recipient = addr, reason = "vacation", family = "delivered" } end
local CI = "code index file id "
local GH = "https://github.com/"
local HDR = "; a header added (the source shows the text alone)"
local GHC = " posted back to the issue as a comment (the mail a reply to GitHub's notification)" .. HDR
    .. " (the address a stand-in)"
return {
    ["exchange-mailbox-rules-autoreply-headers-only.eml"] = {
        source = "a PHP utility library's e-mail tests (" .. CI .. "37289218583), getTestDataForAutoReplyHeadersSuppress: "
            .. "the header of a real Exchange 2013 auto-reply of 2017 ('Subject: Selwyn Autoreply', "
            .. "'x-ms-exchange-generated-message-source: Mailbox Rules Agent', 'auto-submitted: auto-generated', "
            .. "X-MS-Exchange-Inbox-Rules-Loop naming the replying mailbox); the source keeps the header alone, so the "
            .. "body is empty",
        format = "autoreply",
        recipients = { v("buildingadmin_designdocument@selwyn.govt.nz") },
    },
    ["rt-autoreply-ticket-created-outlook-forward-headers.eml"] = {
        source = "a CRM activity export (" .. CI .. "52585895643): a customer's reply quoting, under '-----Original "
            .. "Message-----', a Request Tracker auto-reply of 2026-02-05 from 'Apache <tickets@peer1.com>' "
            .. "('This message has been automatically generated in response to the creation of a trouble ticket', "
            .. "'Your ticket has been assigned an ID of [peer1.com #2410014]'); the quoted From/Sent/To/Subject made "
            .. "the header, the quoted text the body (with the receiving side's 'External email. Use caution.' "
            .. "banner and no-break spaces as stored); the customer's and an agent's address replaced; "
            .. "quoted-printable UTF-8 (ENC)",
        format = "autoreply",
        recipients = { v("tickets@peer1.com") },
    },
    ["zimbra-ooo-template-auto-replied-zimbra-vacation.eml"] = {
        source = "Zimbra's out-of-office sender in its mailbox server (" .. CI .. "3510265050): From the account, "
            .. "To the envelope sender, 'Re: ' and the subject, In-Reply-To, 'Auto-Submitted: auto-replied (zimbra; "
            .. "vacation)', 'Precedence: bulk' and the user's reply text; filled in with example values (names, "
            .. "addresses, dates, ids and the one-line reply text ours)",
        format = "autoreply",
        recipients = { v("pdoe@example.com") },
    },
    ["notes-ooo-github-comment-returning-date.eml"] = {
        source = GH .. "octocat/Hello-World/issues/104 (hungrywolf42, 2013-09-26): a Lotus Notes out-of-office reply "
            .. "('I am out of the office until 30/09/2013.', 'Note: This is an automated response to your message ...', "
            .. "'This is the only notification you will receive while this person is away.', an EY disclaimer)" .. GHC
            .. "; the Subject in the form of Notes' default out-of-office subject ('AUTO: <name> is out of the office "
            .. "(returning <date>)', " .. CI .. "5704351391)",
        format = "autoreply",
        recipients = { v("user1@example.com") },
    },
    ["notes-ooo-api-doc-general-subject-filled.eml"] = {
        source = "the HCL Notes C API reference, OOOSetGeneralSubject (" .. CI .. "5704351391; also 5722413312) and the "
            .. "text a Java binding documents as always appended to the body (" .. CI .. "10868475598): the subject "
            .. "'AUTO: Katherine Smith is out of the office (returning 02/23/2009 10:12:17 AM)' and 'Note: This is an "
            .. "automated response to your message \"Message subject\" sent on 2/12/2009 10:12:17 AM. This is the only "
            .. "notification you will receive while this person is away.', as documented; the opening line in the "
            .. "form of a Notes reply kept in a Ruby MSG library's tests (" .. CI .. "9074314683: 'I will be out of the "
            .. "office starting  ... and will not return until ...'), with the documentation's dates; addresses ours",
        format = "autoreply",
        recipients = { v("ksmith@example.com") },
    },
    ["qq-holiday-autoreply-utf8-base64.eml"] = {
        source = GH .. "francistao/LearningNotes/issues/124 (hcwstar, 2023-09-27): QQ Mail's holiday auto-reply "
            .. "('这是来自QQ邮箱的假期自动回复邮件。', '您好，我最近正在休假中，无法亲自回复您的邮件。...')" .. GHC
            .. "; the Subject in QQ Mail's '自动回复: ' form; UTF-8 base64 (ENC)",
        format = "autoreply",
        recipients = { v("user1@qq.com") },
    },
    ["qq-autoreply-received-gb18030-qp.eml"] = {
        source = GH .. "XiangLinPro/IT_book/issues/30 (wangkaiju, 2022-10-11): QQ Mail's auto-reply acknowledging "
            .. "receipt ('这是来自QQ邮箱的自动回复邮件。', '您好，您发的邮件已收到！')" .. GHC
            .. "; the Subject in QQ Mail's '自动回复: ' form; GB18030 quoted-printable (ENC)",
        format = "autoreply",
        recipients = { v("user2@qq.com") },
    },
    ["qq-autoreply-school-term-gb18030-base64.eml"] = {
        source = GH .. "scutan90/DeepLearning-500-questions/pull/530 (kongshuchen, 2023-02-07): QQ Mail's auto-reply "
            .. "of a student ('这是来自QQ邮箱的自动回复邮件。您好，我最近正在上学期间，无法亲自回复您的邮件。...')" .. GHC
            .. "; the Subject in QQ Mail's '自动回复: ' form; GB18030 base64 (ENC)",
        format = "autoreply",
        recipients = { v("user3@qq.com") },
    },
    ["autoreply-bilingual-ack-no-marker-qp.eml"] = {
        source = GH .. "jackfrued/Python-100-Days/pull/981 (Ben-unbelieveable, 2023-08-14): a Chinese and English "
            .. "acknowledgement auto-reply ('感谢您的来信，邮件已发送到我的邮箱，收到后会尽快给您答复...Thanks for your letter. "
            .. "I'll write back as soon as i can. ...')" .. GHC .. "; no auto-reply header or subject marker (the "
            .. "program unknown, the Subject a plain 'Re: '); quoted-printable UTF-8 (ENC)",
        format = "autoreply",
        recipients = { v("user3@example.com") },
    },
    ["ooo-away-no-access-colleague-contact.eml"] = {
        source = "a job site's bounce classifier, OutOfOfficeParser comments (" .. CI .. "7752421421): the text of an "
            .. "out-of-office reply it received in 2013 ('I am away from the office with no access to emails.', "
            .. "'Should you need any assistance please contact my colleague Emma ...')" .. HDR .. " (the address a "
            .. "stand-in in the domain the text names; To the collector address the classifier's other samples show; "
            .. "Subject a stand-in in the form of those samples)",
        format = "autoreply",
        recipients = { v("user1@taggedresources.com") },
    },
    ["mailman2-held-for-moderation-non-member.eml"] = {
        source = "linux-arm-kernel list 2019-10-23, maowenan quoting a Mailman 2 notice from alsa-devel (" .. CI
            .. "25238184914): 'Your mail to 'Alsa-devel' with the subject ... Is being held until the list moderator "
            .. "can review it for approval.', 'Post by non-member to a members-only list', the confirm URL" .. HDR
            .. " (From the list's -bounces address and Mailman 2's usual Subject); no recipient failed",
        format = "notbounce",
        recipients = {},
    },
    ["mailman3-held-not-from-list-member.eml"] = {
        source = "linux-kernel list 2025-09-30, Jens Wiklander's reply quoting Geert Uytterhoeven's patch mail that "
            .. "quotes a Mailman 3 notice from op-tee@lists.trustedfirmware.org (" .. CI .. "21849648727): 'The message "
            .. "is being held because: The message is not from a list member' (the subject elided as '[...]' there)"
            .. HDR .. " (Mailman 3's usual Subject, its -bounces sender); no recipient failed",
        format = "notbounce",
        recipients = {},
    },
    ["mailman-held-suspicious-header-pasted.eml"] = {
        source = "netdev list 2023-01-26, Arınç ÜNAL's reply (" .. CI .. "6809674410) pasting a linux-arm-kernel "
            .. "moderation notice ('Is being held until the list moderator can review it for approval.', 'Message has "
            .. "a suspicious header'), its indentation and line break as pasted" .. HDR .. "; no recipient failed",
        format = "notbounce",
        recipients = {},
    },
    ["mailman-held-forum-quote-members-only.eml"] = {
        source = "Ubuntu Forums thread of 2010-12 (" .. CI .. "57081228459), a post quoting the Ubuntu-installer "
            .. "list's moderation notice ('> Your mail to 'Ubuntu-installer' with the subject', 'Post by non-member "
            .. "to a members-only list'), the stray '>' of the forum quote kept" .. HDR .. "; no recipient failed",
        format = "notbounce",
        recipients = {},
    },
    ["zoho-notice-mimecast-spamcop-blocked-pasted.eml"] = {
        source = "netdev list 2023-01-26, Arınç ÜNAL's reply (" .. CI .. "6809674410) pasting the notice his Zoho-hosted "
            .. "mail got ('This message was created automatically by mail delivery software.', 'pabeni@redhat.com, "
            .. "ERROR CODE :550 - spamcop.mimecast.org Blocked - see https://www.spamcop.net/bl.shtml?136.143.188.14. "
            .. "...'), its line breaks and trailing spaces as pasted" .. HDR .. " (sender and Subject stand-ins)",
        format = "generic",
        recipients = { r("pabeni@redhat.com", "failed", nil, "blocked", "reputation") },
    },
    ["compuserve-invalid-receiver-address-kb-filled.eml"] = {
        source = "Microsoft Knowledge Base Q136413 'How to Send E-mail to CompuServe Accounts' (The Microsoft Network; "
            .. "public copies at http://cwcyrix.ddnsfree.com/ftp-archives/ftp.microsoft.com/Products/peropsys/GEN_INFO/"
            .. "KB/Q136/4/13.TXT and in an old knowledge base archive): the Electronic Postmaster's notice ('? Invalid "
            .. "receiver address: <address>', 'Your message could not be delivered as addressed.', '--- Message From "
            .. "Postmaster ---', 'Subject: Addressing CompuServe Mail users' and the start of its list), the "
            .. "placeholder filled with an example address, the rest of the list cut; From and Subject as Q153060 "
            .. "gives them for the same postmaster" .. HDR,
        format = "generic",
        recipients = { r("12345.678@compuserve.com", "failed", nil, "userunknown", "address") },
    },
    ["compuserve-illegally-formatted-to-header-kb.eml"] = {
        source = "https://library.thedatadungeon.com/msdn-1998-06/kb/Source/exchange/q153060.content.htm (Microsoft "
            .. "Knowledge Base Q153060 'XCLN: Undeliverable Msg, Illegally Formatted to: Header Text'): CompuServe's "
            .. "'Electronic Postmaster' notice ('Subject: Undeliverable message', 'Illegally formatted To: header "
            .. "text', '------- Returned Message --------' and the returned header, the article's own wraps kept, its "
            .. "indent removed, its placeholders kept); the failed address only in the returned To: "
            .. "('12345,6789@compuserve.com', a comma in a CompuServe ID)" .. HDR .. " (To and Date stand-ins)",
        format = "generic",
        recipients = { r("12345,6789@compuserve.com", "failed", nil, "userunknown", "address") },
    },
    ["ka9q-nos-failed-mail-transcript-filled.eml"] = {
        source = "KA9Q NOS (the amateur-radio TCP/IP package) SMTP client retmail() (" .. CI .. "23164070237; the "
            .. "server's mdaemon() in " .. CI .. "35142221810 has the same body): 'Subject: Failed mail', '  ===== "
            .. "transcript follows =====' over the server's refusal lines, '  ===== Unsent message follows ===='; "
            .. "filled in with example values (the reply line, addresses, dates and the unsent message ours)",
        format = "generic",
        recipients = { r("wa2xyz@w1aw.ampr.org", "failed", nil, "userunknown", "address") },
    },
    ["ack-autoreply-received-will-reply-later-utf8.eml"] = {
        source = GH .. "geekcompany/ResumeSample/pull/51 (fusiming, 2024-08-14): a short Chinese acknowledgement "
            .. "auto-reply ('我已经收到你的邮件，我稍后会给你回复。')" .. GHC .. "; no auto-reply header or subject marker "
            .. "(a plain 'Re: '); UTF-8 base64 (ENC); added after the first measure, labelled before any output",
        format = "autoreply",
        recipients = { v("user4@example.com") },
    },
    ["qq-autoreply-received-reply-soon-gb18030.eml"] = {
        source = GH .. "MLEveryday/100-Days-Of-ML-Code/pull/104 (Cherrie52, 2022-04-06): QQ Mail's auto-reply "
            .. "('这是来自QQ邮箱的自动回复邮件。', '您好，您的邮件我已经收到，我将尽快跟您回复！！')" .. GHC
            .. "; the Subject in QQ Mail's '自动回复: ' form; GB18030 base64 (ENC); added after the first measure, "
            .. "labelled before any output",
        format = "autoreply",
        recipients = { v("user5@qq.com") },
    },
}
