-- A group (r22b) of 20 mails, 20 labelled recipients, taken for notices
-- whose recipient or status is hard to find: bounces quoted in list posts
-- as the list archives keep them (Gmail's newer one-line notices quoted
-- with '> ' and wrapped by the replier's mailer, Exchange/Microsoft 365
-- diagnostic lines pasted without their heading, two recipients under
-- quoted-printable soft breaks, a Coremail notice in Chinese and English
-- pasted into a qemu-devel post), Gmail's 2008-2009 notices as Ubuntu
-- Forums' web archive renders them, notices as help pages and a setup
-- guide show them (an Exchange 2003 example run together by a web page,
-- HTML attributes mangled; a sendmail warning template; Gmail and Exim
-- fragment on an Italian page), a LISTSERV owner notice carrying
-- an Exchange DSN, a Postfix line pasted into a French issue with markdown
-- links and blank lines between its wrapped lines, an InterMail notice
-- from a spam corpus whose preprocessing stripped the addresses, a Lotus
-- Domino backscatter notice of 2000 in Big5 Chinese and an IronPort-style
-- DSN of 2013 with a stray header line, both whole from a mail library's
-- test data; two automatic replies (an application's "this address only
-- collects replies" notice sent as MAILER-DAEMON, a Gmail vacation reply
-- quoted in a write-up) and a list mail that only speaks of moderation
-- notices (notbounce).  Two more mails collected with them (an Exim
-- fragment on a Dutch help page, a list reply quoting a bounce report)
-- were left out at the merge: the reply hold-out had taken those pages.
-- List mails keep the archive's own header lines (From, To, Cc, Subject,
-- Date, Message-ID, MIME and list fields); Received, DKIM, ARC and
-- spam-scoring lines were cut ("CUT").  A forum post has no mail header:
-- the archive's poster name, thread title and post date were put as From,
-- Subject and Date ("FORUM").  Where a source shows only a notice's text,
-- a minimal header in the usual form of the sender named was added ("HDR";
-- addresses and dates in it are stand-ins).  Placeholders a page shows were
-- filled with example values where said.  Masked addresses were kept.
-- Labels were written from each mail's own text and its source, before any
-- reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local function v (addr) return { recipient = addr, reason = "vacation", family = "delivered" } end
local CI = "code index file id "
local CUT = "; Received/DKIM/ARC/spam lines cut (CUT)"
local FORUM = "; the archive's poster, thread title and post date put as From/Subject/Date (FORUM)"
local HDR = "; a header added, the source shows the text alone (HDR)"
local PANTO = "github.com/huxley-barbee/pantomime "
return {
    ["exchange-listserv-owner-notice-x-report-type-dsn-enclosed.eml"] = {
        source = "https://its.uiowa.edu/services/listserv-owner-information/listserv-x-report-type-field-found-mail-header (a university's LISTSERV owner help page): LISTSERV's owner notice ('The enclosed message, found in the listname mailbox and shown under the spool ID xxxx ... has been identified as a possible delivery error notice for the following reason: \"X-Report-Type:\" field found in the mail header', the page's '>>' quote marks dropped) and the attachment's text as the page gives it ('This is an automatically generated Delivery Status Notification.', 'Delivery to the following recipients failed.', 'janedoe@example.com'); the notice put in a text part and the attachment as a message/rfc822 part" .. HDR .. " (for both the notice and the enclosed DSN)",
        format = "exchange",
        recipients = { r("janedoe@example.com", "failed", nil, "undefined", "undefined") },
    },
    ["intermail-enron-spam-folder-lowercased-addresses-stripped.eml"] = {
        source = "https://www.sweetstudy.com/files/emailclassification1-zip:enron-spam/enron5/spam/4690.2005-07-19.SA_and_HP.spam.txt (a copy of the Enron-Spam data set, enron5/spam/4690.2005-07-19.SA_and_HP.spam.txt): an InterMail-worded 'mail system error - returned mail' notice filed as spam, as the data set stores it (its Subject line, then the body lowercased, punctuation spaced off, the bracketed addresses removed by the data set's preprocessing: 'recipient :', 'reason : invalid recipient :'); nothing added.  Whether a real bounce (backscatter) or spam dressed as one, its text is a bounce's, and the recipient it names was stripped: labelled without an address",
        format = "intermail",
        recipients = { r(nil, "failed", nil, "userunknown", "address") },
    },
    ["postfix-issue-paste-markdown-links-blank-lines-gmail-5-7-26-fenced.eml"] = {
        source = "github.com/stephane-klein/backlog/issues/149 (stephane-klein, 2023-03-01, French issue 'Probl\195\168me DKIM, SPF d'une personne qui m'envoie un mail depuis une adresse orange'): the Postfix recipient line as pasted in a code fence, the address and hosts turned into markdown links ('<[klein.stephane@gmail.com](mailto:klein.stephane@gmail.com)>', '[gmail-smtp-in.l.google.com](http://gmail-smtp-in.l.google.com/)[66.102.1.26]', '[[orange.fr](http://orange.fr/)]'), a blank line between each wrapped line; Gmail's 550-5.7.26 SPF/DKIM reply" .. HDR .. " (Postfix's sender and subject)",
        format = "postfix",
        recipients = { r("klein.stephane@gmail.com", "failed", "5.7.26", "authfailure", "auth") },
    },
    ["autoreply-app-mailer-daemon-sender-reply-address-not-read.eml"] = {
        source = "github.com/modoboa/modoboa/issues/1999 (physiii, 2020-07-31): the notice the issue shows ('MAILER-DAEMON <bounce@domain.com>', 'The email sent to andy@domain.com cannot be processed. This address is used to collect replies and should not be used to directly contact Domain.', 'Please contact us instead using sales@domain.com'): an application's automatic answer from the address that received the mail, not a delivery failure; From as the issue shows it, To/Subject/Date stand-ins (HDR)",
        format = "autoreply",
        recipients = { v("andy@domain.com") },
    },
    ["exchange2003-technet-example-page-run-together-relay-denied.eml"] = {
        source = "http://technet.microsoft.com/en-us/exchange/bb288511.aspx (Exchange Hosted Services help page on relay bounces): 'Example 1' as the stored page renders it, run together on one line, the '<Host name that rejected the message #5.5.0 smtp;554 Recipient Email Address>' line mangled by the page into HTML attributes ('<Host name=\"\" that=\"\" rejected=\"\" ... #5.5.0=\"\" SMTP=\"\"; 554=\"\" Recipient=\"\" Email=\"\" Address=\"\" >: Relay access denied>', kept as shown); the page's placeholders for the subject, date and the first 'Recipient Email Address' filled with example values; From and Subject as the example names them (HDR)",
        format = "exchange",
        recipients = { r("user@example.com", "failed", "5.5.0", "norelaying", "relay") },
    },
    ["sendmail-help-page-warning-template-filled-connection-timed-out.eml"] = {
        source = "http://www.helpdesk.umd.edu/topics/troubleshooting/email/3024/ (a university help desk page on bounces): the sendmail warning it shows ('** THIS IS A WARNING MESSAGE ONLY **', 'The following addresses had transient non-fatal errors', 'Warning: message still undelivered after 4 hours', 'Will keep trying until message is 4 days old', its subject 'Warning: could not send message for past 1 day'), its placeholders filled (date/time, recipient's-address as <jdoe@example.edu>, REASON with the page's listed 'Deferred: Connection timed out with' the recipient's host)" .. HDR .. " (sendmail's sender)",
        format = "sendmail",
        recipients = { r("jdoe@example.edu", "delayed", nil, "networkerror", "system") },
    },
    ["gmail-italian-blog-example-placeholder-filled-undeliverable-address.eml"] = {
        source = "https://webdiretto.it/messaggio-non-recapitato-perche-la-email-torna-indietro-risolvere-problema/ (an Italian blog on returned mail): the Gmail text it shows ('Delivery to the following recipient failed permanently:', '[email del destinatario]', 'The error that the other server returned was:', '550 5.1.1: Recipient address rejected: undeliverable address.'), the placeholder filled as mario.rossi@example.it" .. HDR .. " (Gmail's sender and subject)",
        format = "gmail",
        recipients = { r("mario.rossi@example.it", "failed", "5.1.1", "userunknown", "address") },
    },
    ["gmail-linux-arm-kernel-recipient-inbox-full-quoted-reply.eml"] = {
        source = "linux-arm-kernel list 2019-07-30, Arnd Bergmann 'Re: RFC: remove Nuvoton w90x900/nuc900 platform?' (lists.infradead.org pipermail, " .. CI .. "38184054852): his reply quoting Gmail's notice to him ('On ... Mail Delivery Subsystem <mailer-daemon@googlemail.com> wrote:', his own quoted post, then 'Recipient inbox full', 'Your message couldn't be delivered to mcuos.com@gmail.com. Their inbox is full, or it's getting too much mail right now.'), the list footer kept" .. CUT,
        format = "gmail",
        recipients = { r("mcuos.com@gmail.com", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["gmail-linux-stm32-remote-server-misconfigured-wrapped-nested-quote.eml"] = {
        source = "linux-stm32 list 2022-09-12, Nathan Lu 'Re: [Linux-stm32] [PATCH v2 0/6] Add first version mt8188 vdosys0 driver' (" .. CI .. "35602746030): his reply quoting Krzysztof Kozlowski, who quoted Gmail's notice re-wrapped by his mailer ('Your message couldn't be delivered to wsd_upstream@mediatek.com', 'because', 'the remote server is misconfigured. See the technical details below', 'for', 'more information.'), no technical details kept" .. CUT,
        format = "gmail",
        recipients = { r("wsd_upstream@mediatek.com", "failed", nil, "undefined", "undefined") },
    },
    ["exchange-qemu-devel-spf-two-recipients-quoted-printable-soft-breaks.eml"] = {
        source = "qemu-devel list 2024-02-29, Jamin Lin 'RE: [PATCH v1 8/8] aspeed: Add an AST2700 eval board' (lists.nongnu.org, " .. CI .. "16410077438): his Outlook reply quoting his own earlier post, in quoted-printable with soft breaks inside words ('som=/e', 'ma=/il', 'aspeedtech.=/c'), which pasted the Exchange Online diagnostic lines for two recipients ('qemu-devel@nongnu.org', 'eggs.gnu.org', 'Remote Server returned '550-[SPF] 211.20.114.70 is not allowed to send mail from aspeedtech.com. ...''; the same for qemu-arm@nongnu.org); the quoted patch below his reply cut" .. CUT,
        format = "exchange",
        recipients = {
            r("qemu-devel@nongnu.org", "failed", nil, "authfailure", "auth"),
            r("qemu-arm@nongnu.org", "failed", nil, "authfailure", "auth"),
        },
    },
    ["exchange-linux-mmc-resolver-recipnotfound-address-line-quoted.eml"] = {
        source = "linux-mmc/linux-kernel list 2024-02-16, Adrian Hunter 'Re: [EXT] Re: [PATCH v2 0/2] Fix PHY init timeout issues' (" .. CI .. "31407917940): his reply quoting Elad Nachman, who pasted the Exchange lines he got ('huziji@marvell.com', 'Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'') without their heading; the address is also in Cc" .. CUT,
        format = "exchange",
        recipients = { r("huziji@marvell.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["gmail-linux-watchdog-may-contain-virus-quoted-wrapped.eml"] = {
        source = "linux-watchdog list 2019-10-01, Andy Shevchenko 'Re: [PATCH v1] watchdog: intel-mid_wdt: Add WATCHDOG_NOWAYOUT support' (" .. CI .. "23759323771): his reply quoting the Gmail notice razvan becheriu got ('Message may contain a virus', 'Your message wasn't delivered to linux-watchdog@vger.kernel.org because it', 'may contain a virus.'), wrapped by the quoting" .. CUT,
        format = "gmail",
        recipients = { r("linux-watchdog@vger.kernel.org", "failed", nil, "virusdetected", "content") },
    },
    ["notbounce-lkml-reply-complains-of-list-moderation-notices.eml"] = {
        source = "linux-kernel list 2023-01-27, Jens Axboe 'Re: [PATCH v1 0/2] two suggested iouring op audit updates' (" .. CI .. "26322929847): a thread reply quoting 'Your message to Linux-audit awaits moderator approval' as an annoyance: a list post, no bounce" .. CUT,
        format = "notbounce",
        recipients = {},
    },
    ["coremail-qemu-devel-chinese-english-notice-pasted-rcpt-timeout.eml"] = {
        source = "qemu-devel list 2021-10-21, Song Gao 'Re: [PATCH v7 02/21] target/loongarch: Add core definition' (" .. CI .. "32378854259): his post pasting, unquoted, the Coremail notice a colleague got (Chinese with English after each label: '\230\138\177\230\173\137\239\188\140\230\130\168\231\154\132\233\130\174\228\187\182\232\162\171\233\128\128\229\155\158\230\157\165\228\186\134\226\128\166\226\128\166/ Sorry, your mail is returned...', '\230\148\182\228\187\182\228\186\186/To : qemu-devel@nongnu.org', 'Bounce reason', 'rcpt handle timeout,last handle info: Can not connect to nongnu.org:...', 'Bounce Code : can not connect to'), tabs kept, the discussion around it kept" .. CUT,
        format = "generic",
        recipients = { r("qemu-devel@nongnu.org", "failed", nil, "networkerror", "system") },
    },
    ["gmail-ubuntu-forums-2008-perm-failure-relay-denied-bbcode-first-line-quoted.eml"] = {
        source = "Ubuntu Forums 'How to send/recieve mail with postfix/sendmail?' 2008-03-10, Scooter7's second post (" .. CI .. "57126914218): Gmail's 2008 notice as the archive renders it (the forum's '> ' on its first line only, '[email]vertimyst@darknet-fusion.co.cc[/email]', 'PERM_FAILURE: SMTP Error (state 13): 554 5.7.1 <...>: Relay access denied'), then a mail client's own error for another address (no bounce) and his PHP code" .. FORUM,
        format = "gmail",
        recipients = { r("vertimyst@darknet-fusion.co.cc", "failed", "5.7.1", "norelaying", "relay") },
    },
    ["gmail-ubuntu-forums-2009-dns-error-root-at-old-hostname-original-below.eml"] = {
        source = "Ubuntu Forums 'Anacron doesn't know I changed computer's name' 2009-10-23, t0p's first post (" .. CI .. "57075911320): Gmail's notice ('> ' on its first line only, 'root@ubunty', 'DNS Error: Domain name not found', '----- Original message -----' with the returned message's header, the poster's own address masked 'xxxxxxxx@googlemail.com'), then his questions and a second quote of the anacron mail" .. FORUM,
        format = "gmail",
        recipients = { r("root@ubunty", "failed", nil, "hostunknown", "address") },
    },
    ["autoreply-gmail-vacation-responder-quoted-in-writeup.eml"] = {
        source = "a CTF write-up quoting the automated response a team got from a challenge's Gmail address (" .. CI .. "42245745459; 'emilytwaters92@gmail.com', '> I will be out of the office from Sunday, September 6th onward.', signed 'Emily Theresa Waters.', a P.S. with a markdown link), the write-up's '> ' quoting kept; From as the write-up names the address, To/Subject/Date stand-ins (HDR)",
        format = "autoreply",
        recipients = { v("emilytwaters92@gmail.com") },
    },
    ["gmail-setup-guide-markdown-escaped-underscores-domain-not-found.eml"] = {
        source = "a self-hosting guide's GitLab chapter (" .. CI .. "20668229591, '5.3. UI Guide: Fixing the Root Admin's Email'): the bounce it shows for GitLab's dummy root address, as its markdown has it ('> ```' fences, 'Address not found', 'Your message wasn't delivered to gitlab\\_admin\\_0537fd@example.com because the domain example.com couldn't be found.', underscores escaped with backslashes, '...' for the cut rest)" .. HDR .. " (Gmail's sender and subject)",
        format = "gmail",
        recipients = { r("gitlab_admin_0537fd@example.com", "failed", nil, "hostunknown", "address") },
    },
    ["domino-big5-chinese-notice-backscatter-551-not-our-customer.eml"] = {
        source = PANTO .. "data/untroubled/2000/12/976632400.14597_10.txt (a mail library's test data taken from a public spam archive): a Lotus Domino 5.0.4 backscatter notice of 2000-12 from a Taiwanese host, whole: Subject and text part in Big5 (base64; '\230\130\168\231\154\132\232\168\138\230\129\175', '\230\178\146\230\156\137\229\130\179\233\128\129\232\135\179:', 'cockatoo@ibm.net', '\229\155\160\231\130\186:'), a delivery-status part (Status 5.0.0, X-Notes Diagnostic-Code 'SMTP Protocol Returned a Permanent Error 551 not our customer'), the returned spam; the Diagnostic-Code's 8-bit Chinese stored as UTF-8 as the index gives it (ENC)",
        format = "rfc3464",
        recipients = { r("cockatoo@ibm.net", "failed", "5.0.0", "userunknown", "address") },
    },
    ["ironport-dsn-stray-boundary-line-bad-destination-host-base64-status.eml"] = {
        source = PANTO .. "data/0006.eml (the library's test data, its author's own 2013 mail, domains renamed by him): a Cisco IronPort-style DSN relayed through Exchange, whole: a stray folded 'boundary=' line after MIME-Version, a '> This message is in MIME format' preamble, 'The following message to <nobody@nowhere.com> was undeliverable.', '5.1.2 - Bad destination host 'DNS Hard Error looking up nowhere.com (A): domain has no A record'', the delivery-status part base64 (Status 5.0.0 (permanent failure))",
        format = "rfc3464",
        recipients = { r("nobody@nowhere.com", "failed", "5.0.0", "hostunknown", "address") },
    },
}
