-- A group (r28) of 7 mails, 9 labelled recipients: bounce notices as
-- mailing-list archives keep them whole, headers and body as archived:
-- notices a list member forwarded to the list (an Exim 3 notice cut to
-- its returned copy, naming no recipient and no reason; a sendmail DSN
-- cut to its delivery-status fields after '[...]', in quoted-printable;
-- a 2005 Postfix notice attached as message/rfc822 for a mistyped list
-- address; a 2025 Exim notice for three Gmail recipients refused as
-- unsolicited; a bounce service's 'MESSAGE NOT DELIVERED ... 5.1.2
-- Error' forwarded by a Gmail user), an Exim notice sent to the list
-- itself as backscatter of a spam that forged the list's address, and a
-- member's reply quoting five delivery-status fields (notbounce).
-- Personal addresses were replaced with userN@<same domain>; list,
-- role and daemon addresses and Message-IDs were kept.  Labels were
-- written from each mail's own text and its source, before any reader
-- ran on it.  Fewer mails than meant: the time given ran out.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local CI = "code index file id "
return {
    ["exim3-forwarded-copy-only-no-recipient-no-reason.eml"] = {
        source = "linux-kernel list 2004-07-21, Linas Vepstas 'Remail: [PATCH] 2.6 PPC64: PCI Config Space reads need EEH checking', Message-ID <20040721212621.GZ13171@austin.ibm.com> (ammarfaizi2/lore-inbox, " .. CI .. "46482562721): 'Here's another patch that was blocked by the email gateways.' and '----- Forwarded message from Mail Delivery System <Mailer-Daemon@bilge> -----' with only '------ This is a copy of the message, including all the headers. ------' and the returned patch: the notice names no recipient and no reason",
        format = "exim",
        recipients = {},
    },
    ["sendmail-forwarded-dsn-fields-only-triple-x-subject-spam.eml"] = {
        source = "linux-kernel list 2003-04-08, Robert Schiele '[PATCH] aic7* claims all checked EISA io ranges (was: [MAILER-DAEMON@rumms.uni-mannheim.de: Returned mail: see transcript for details])', Message-ID <20030408071845.GA10002@schiele.local> (ammarfaizi2/lore-inbox, " .. CI .. "34281170646): a Mail Delivery Subsystem notice forwarded cut to '[...]' and its delivery-status fields in quoted-printable (Final-Recipient linux-kernel@vger.kernel.org, Action failed, Status 5.7.1, 'The Triple-X in subject is way too often associated with junk email, please rephrase.'), then the returned patch",
        format = "sendmail",
        recipients = { r("linux-kernel@vger.kernel.org", "failed", "5.7.1", "spamdetected", "content") },
    },
    ["postfix-2005-forwarded-as-attachment-nosuchuser-mistyped-list.eml"] = {
        source = "linux-mm list 2005-10-16, Andi Kleen 'Re: [PATCH] Add page migration support via swap to the NUMA policy layer', Message-Id <200510161056.07050.ak@suse.de> (sjp38/lore-linux-mm, " .. CI .. "49457995607): '[original mail had a mistyped linux-mm address]' and the whole Postfix notice of mx2.suse.de attached as message/rfc822 ('<linux-mm@vger.kernel.org>: host vger.kernel.org[...] said: 554 5.0.0 Hi [...], unresolvable address: <linux-mm@vger.kernel.org>; nosuchuser', Status 5.0.0)",
        format = "postfix",
        recipients = { r("linux-mm@vger.kernel.org", "failed", "5.0.0", "userunknown", "address") },
    },
    ["exim-siteground-backscatter-to-list-no-such-user-here.eml"] = {
        source = "ksummit list (lists.linux.dev) 2022-10-05, 'Mail delivery failed: returning message to sender', Message-Id <E1ofxGm-000Fek-1l@us256.siteground.us> (lfdr.de list archive, " .. CI .. "3064992261): an Exim 4.96 notice sent to the list address, the sender a spam had forged; 'The following address(es) failed:' '  <addr>' '    No Such User Here', Status 5.0.0, X-Failed-Recipients, the returned headers only",
        format = "exim",
        recipients = { r("user1@salonbasinger.com", "failed", "5.0.0", "userunknown", "address") },
    },
    ["exim-forwarded-three-gmail-recipients-unsolicited-blocked.eml"] = {
        source = "linux-kernel list 2025-10-08, Matthew Wilcox 'Using Gmail for kernel development Considered Harmful', Message-ID <aOaEb_9j6CwGgX7r@casper.infradead.org> (lfdr.de list archive, " .. CI .. "48743395591): an Exim 4.98 notice forwarded whole in the text (no MIME parts): three Gmail recipients, each '550-5.7.1 ... Gmail has detected that this message is likely unsolicited mail ... this message has been blocked', then the delivery-status fields as text (Status 5.0.0 each) and the returned message",
        format = "exim",
        recipients = {
            r("user2@gmail.com", "failed", "5.0.0", "spamdetected", "content"),
            r("user3@gmail.com", "failed", "5.0.0", "spamdetected", "content"),
            r("user4@gmail.com", "failed", "5.0.0", "spamdetected", "content"),
        },
    },
    ["bounceio-message-not-delivered-512-forwarded-by-gmail-user.eml"] = {
        source = "netdev list 2023-04-08, Jamal Hadi Salim 'netdev email issues?', Message-ID <CAM0EoMkuv=3C_jsn6NEsWoGBBzL2WDSNAOWxTfJ-Oh8xfJs1Fg@mail.gmail.com> (lfdr.de list archive, " .. CI .. "8703606835): a bounce service's notice from Postmaster <postmaster@dopamine-today.bounceio.net>, 'Undeliverable: Re: [PATCH ...]', forwarded by Gmail: 'MESSAGE NOT DELIVERED', 'There was an issue delivering your message to <addr>. This is an 5.1.2 Error.', 'This error typically means: The domain name of the email address is not valid'",
        format = "generic",
        recipients = { r("user2@dopamine.today", "failed", "5.1.2", "hostunknown", "address") },
    },
    ["notbounce-reply-quoting-dsn-fields-sophos-command-rejected.eml"] = {
        source = "linux-scsi list 2024-11-02, Dr. David Alan Gilbert 'Re: [PATCH] scsi: esas2r: Remove unused esas2r_build_cli_req', Message-ID <ZyajBhCcMv865wLZ@gallifrey> (lfdr.de list archive, " .. CI .. "47382364175): a member's reply that the maintainer's mail server 'didn't like the patch', quoting five delivery-status fields (Action failed, Final-Recipient, Status 5.0.0, a Sophos Remote-MTA, '550 5.7.1 XGEMAIL_0011 Command rejected') and his own patch; a person's mail, no bounce",
        format = "notbounce",
        recipients = {},
    },
}
