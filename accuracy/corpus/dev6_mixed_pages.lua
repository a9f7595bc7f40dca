-- Fresh dev batch (round 6): short replies, most without an enhanced
-- status code, from hosting help pages and public issue threads not used
-- before, both sides (address failures and other causes).  Labelled from
-- the meaning each page or thread gives (reason, action by the policy of
-- accuracy/corpus/README.md), before any was classified.  family:
-- "address" for userunknown, hostunknown, notaccept, hasmoved, suspend;
-- "other" for the rest.
local e = dofile("accuracy/entry.lua")
local A, O = "address", "other"
local B, D = "bounced", "deferred"

local HOSTX = "https://www.hostx.eu/members/index.php?rp=%2Fknowledgebase%2F789%2FEmail-error-554.html (variations of error 554, each with the page's explanation)"

return {
  -- {==================================================================
  -- hostx.eu knowledge base: variations of 554
  -- ===================================================================
  e(O, B, "emailtoolarge", "fix", HOSTX, "The size of the email is too large.",
    [==[554 5.7.0 Message Size Violation]==]),
  e(O, B, "spamdetected", "fix", HOSTX, "Blocked for spam content.",
    [==[554 5.7.1 Message blocked due to spam content in the message]==]),
  e(O, B, "authfailure", "fix", HOSTX, "Yahoo cannot verify that the mail came from a legitimate sender (use SPF, DKIM, DMARC).",
    [==[554 5.7.9 Message not accepted for policy reasons.]==], "yahoo_aol"),
  e(A, B, "userunknown", "suppress", HOSTX, "The recipient does not exist.",
    [==[554 Invalid recipient]==]),
  e(O, B, "contenterror", "fix", HOSTX, "The message is not in the correct format.",
    [==[554 Malformed mail denied!]==]),
  e(O, B, "contenterror", "fix", HOSTX, "The header lacks the Date field.",
    [==[554 Message is not RFC compliant; missing "Date" header]==]),
  e(O, B, "blocked", "contact", HOSTX, "The receiver does not accept mail from the sending domain.",
    [==[554 Message permanently rejected]==]),
  e(A, B, "userunknown", "suppress", HOSTX, "The recipient does not exist.",
    [==[554 no valid recipients, bye]==]),
  e(O, B, "spamdetected", "fix", HOSTX, "Marked as spam content.",
    [==[554 rejected due to spam content]==]),
  e(O, B, "virusdetected", "fix", HOSTX, "Contains files with viruses.",
    [==[554 rejected due to virus]==]),
  e(A, B, "userunknown", "suppress", HOSTX, "The recipient's email address does not exist.",
    [==[554 Sorry, no mailbox here by that name.]==]),
  e(O, B, "spamdetected", "fix", HOSTX, "Detected as spam.",
    [==[554 Spam detected]==]),
  e(A, B, "userunknown", "suppress", HOSTX, "The recipient has no account at ymail.com.",
    [==[554 delivery error: dd This user doesn't have a ymail.com account]==], "yahoo_aol"),

  -- {==================================================================
  -- other help pages
  -- ===================================================================
  e(A, B, "userunknown", "suppress", "https://www.kbase.pt/mensagens-erro-smtp/",
    "Example NDN: reply 550, status 5.0.0, text 'No Such User Here': the recipient address does not exist.",
    [==[550 No Such User Here]==]),

  -- {==================================================================
  -- issue threads
  -- ===================================================================
  e(O, B, "blocked", "contact", "https://github.com/postalserver/postal/issues/571",
    "The recipient's server is blocking mail from this Postal server (maintainer's answer).",
    [==[550 Administrative prohibition]==]),
  e(O, B, "spamdetected", "fix", "https://github.com/Cloud9Developer/Jellyfin-Newsletter-Plugin/issues/71",
    "DSN (Status 5.7.1): the receiving host judged the newsletter spam (maintainer's reading).",
    [==[554 5.7.1 Spam message rejected]==]),
  e(O, B, "securityerror", "fix", "https://github.com/gophish/gophish/issues/1701",
    "The relay service (smtp2go) refuses to send from the client's IP address; the account does not allow it.",
    [==[550 that IP address is not allowed to send]==]),
  e(O, B, "policyviolation", "fix", "https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/48",
    "The provider's anti-spam policy refuses mail that looks sent by list software (the List-Id header).",
    [==[550-"[ACD14] List software not permitted]==]),
  e(O, D, "systemerror", "retry", "https://github.com/hitobito/hitobito/issues/3795",
    "The receiving mail server was temporarily unavailable; retry later.",
    [==[454 4.3.0 Try again later]==]),
  e(O, D, "undefined", "retry", "https://github.com/roundcube/roundcubemail/issues/7448",
    "A commenter's example of a temporary greylisting reply.",
    [==[451 4.2.1 Mailbox busy, try again later]==]),
  e(O, B, "rejected", "fix", "https://github.com/postalserver/postal/issues/1199",
    "The receiving filter cannot find the domain of the envelope sender (the return-path domain): sender DNS problem.",
    [==[550 5.1.0 MailProtect : Domain of sender address khcrqq@psrp.mydmain.com does not exist]==]),
  e(A, D, "hostunknown", "retry", "https://github.com/dyve-agency/zeitkit/issues/92",
    "Postfix (temporary, 4.1.2): the recipient's domain was not found.",
    [==[450 4.1.2 <mike.scharber@scharbers.com>: Recipient address rejected: Domain not found]==]),

  -- {==================================================================
  -- mailing-list posts quoting bounces (read via the code index, which
  -- mirrors the vger and freedesktop list archives)
  -- ===================================================================
  e(A, B, "userunknown", "suppress", "linux-input list, 2021-12-21, 'drivers/input/touchscreen/melfas_mip4.c: Maintainer email address bounces' (linux-mailinglist-archives/linux-input.vger.kernel.org.0; public code index file 45121276169)",
    "qmail bounce: the maintainer's address is not in the remote server's local list.",
    [==[550 sorry, your recipient address is not in my local list]==]),
  e(A, B, "userunknown", "suppress", "linux-kernel list post (2023-08-10) quoting an Exim bounce for an @208suo.com address (public code index file 7506231158)",
    "The recipient address does not exist (the reviewers note the addresses are send-only).",
    [==[554 RCPT (hanyu001@208suo.com) dosn't exist]==]),
  e(A, B, "userunknown", "suppress", "linux-kernel list post quoting a qmail bounce for a misspelt list address (public code index file 16402638824)",
    "vger's server: the mistyped list address does not exist.",
    [==[554 Hi [192.35.100.1], 5.0.0 unresolvable address: <linux-kerne@vger.kernel.org>; nosuchuser; linux-kerne@vger.kernel.org]==]),
  e(A, B, "userunknown", "suppress", "netdev list, 2024-12-15, 'Note the hippi list address bounces' (public code index file 14725285016)",
    "The list address no longer exists at sunsite.dk (qmail text, no reply code).",
    [==[Sorry, no mailbox here by that name. (#5.1.1)]==]),
  e(A, B, "userunknown", "suppress", "dri-devel list, 2024-12-22, 'zhenyuw@linux.intel.com's address bounces' (public code index file 42401687182)",
    "The maintainer left Intel; the relay's NDR quotes the remote 550 5.1.1 user unknown.",
    [==[5.1.0 - Unknown address error 550-'5.1.1 <zhenyuw@linux.intel.com>: Recipient address rejected: User unknown in virtual mailbox table']==]),

  -- {==================================================================
  -- more issue threads and help pages
  -- ===================================================================
  e(A, B, "userunknown", "suppress", "https://github.com/yegor256/netbout/issues/736",
    "The sending service refuses the address because it hard-bounced before (its suppression list).",
    [==[550  previously hard-bounced]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/fschulze/jumpnbump/issues/3 (German Exchange Online NDR text quoted; no reply code)",
    "The recipient was not found at swipnet.se: the address is dead.",
    [==[Ihre Nachricht an equel@swipnet.se konnte nicht zugestellt werden. equel wurde nicht in swipnet.se gefunden.]==]),
  e(O, D, "blocked", "throttle", "public code index file 69685077145 (a project's delivery notes, 'The Naver block, 11 September 2026')",
    "Naver refuses the sending IP at connection time.",
    [==[421 4.3.2 Your ip blocked from this server.   ref VPdBxVRJReWvU4oJvox9JA]==]),
  e(O, B, "badreputation", "contact", "https://mailenable.com/kb/content/article.asp?ID=ME020517",
    "The remote server refuses the sending MTA for its poor reputation (no PTR, spam source, open relay).",
    [==[554-mail.example.com 554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.]==]),
  e(A, B, "userunknown", "suppress", "https://www.mailenable.com/kb/content/article.asp?ID=ME020219",
    "The domain is hosted here but the recipient is not in the address map (no mailbox).",
    [==[Domain for ([SMTP:mailbox@domain]) is locally serviced, but recipient is not defined in address map]==]),
  e(O, B, "ratelimited", "throttle", "http://wiki.polarismail.com/display/Support/Common+Problems",
    "The account has reached its daily sending limit (300 messages).",
    [==[462 Daily send limit reached. Please try again tomorrow]==]),
  e(O, B, "norelaying", "suppress", "http://wiki.polarismail.com/display/Support/Common+Problems",
    "SMTP authentication is not enabled in the client.",
    [==[553 sorry, that domain isn't in my list of allowed rcpthosts]==]),
  e(O, B, "mailboxfull", "suppress", "https://support.nimbushosting.co.uk/docs/email-smtp-error-codesbounce-backs",
    "The recipient's mailbox is over its storage quota.",
    [==[522 5.7.1 : Recipient address rejected: Requested mail action aborted: exceeded storage allocation]==]),
  e(O, B, "securityerror", "fix", "https://support.nimbushosting.co.uk/docs/email-smtp-error-codesbounce-backs",
    "The sender sends to a remote domain without SMTP authentication.",
    [==[530 5.7.0 Recipient address rejected: Authentication Required]==]),
  e(A, B, "userunknown", "suppress", "https://english.awaisora.com/?p=1145",
    "The recipient address does not exist on the receiving server.",
    [==[550 5.1.1 Recipient not found]==]),

  e(O, B, "contenterror", "fix", "linux-kernel list post (2007-11-06) quoting a ZMailer DSN from cs.tu-berlin.de (public code index file 45913965075)",
    "amavisd-new at the recipient's site refuses the message for a duplicated Cc header (BAD_HEADER).",
    [==[554 (Reject, id=18169-17 - BAD_HEADER: Header field occurs more than once: "Cc" occurs 5 times)]==]),

  e(O, D, "mailboxfull", "retry", "Postfix VDA quota patch (virtual_maildir_limit_message default; public code index file 1910201645)",
    "The recipient's maildir is over its quota (the text asks to try again later).",
    [==[Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.]==]),
  e(O, B, "mailboxfull", "suppress", "a Postfix main.cf with the VDA quota patch posted in a support thread (virtual_maildir_limit_message; public code index file 56890987763)",
    "The recipient is over quota.",
    [==[The user you are trying to reach is over quota.]==]),
  e(O, D, "mailboxfull", "retry", "a Postfix mail-server how-to (virtual_maildir_limit_message; public code index file 49859222560)",
    "The recipient has exceeded the disk quota; try again later.",
    [==[Sorry,thisuser has exceeded their disk space quota,   pleasetryagain later.]==]),
  e(O, B, "rejected", "fix", "forum thread on mutt and a localhost.localdomain sender ('Post by multios on 2005-10-10'; public code index file 56805818632)",
    "The receiving server cannot find the sender's domain (localhost.localdomain), not the recipient's.",
    [==[550 <steve@localhost.localdomain>: No thank you rejected: Domain not found]==]),
  e(O, B, "filtered", "suppress", "http://wiki.polarismail.com/display/Support/Common+Problems",
    "The account's own blacklist blocks the sender (recipient-side setting).",
    [==[Sorry, you are blacklisted on this server]==]),
}
