-- Bounces quoted or forwarded in public mailing-list archives (the
-- linux-kernel and netdev lists as kept in public mail-archive mirrors,
-- read through the code index).  Where the list post gives only the body of
-- the bounce, or only some of its header lines, the .eml holds what the post
-- quotes, with the quote marks ("> ") removed; header lines the post does
-- not give are said in the source field.  Personal addresses were replaced
-- by userN@<same domain>; list and role addresses kept.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
return {
    ["intermail-verizon-hostnotfound.eml"] = {
        source = "linux-kernel list, Gene Heskett, 2004-12-31, 'Re: [KJ] Re: [PATCH] esp: Make driver SMP-correct' (code index file id 35993522500), quoting the bounce Verizon's mail system (InterMail, per the Received line the thread quotes) sent him: its From/To lines and body; the Subject line added (the one these notices carry, 'Mail System Error - Returned Mail'); To masked",
        format = "intermail",
        recipients = { r('""@coyote.coyote.den', "failed", nil, "hostunknown", "address") },
    },
    ["intermail-verizon-vger.eml"] = {
        source = "linux-kernel list, Matti Aarnio, 2004-07-14, 'Re: Fwd: Mail System Error - Returned Mail' (code index file id 46243533886), quoting Gene Heskett's forward of a Verizon bounce: the forwarded Subject/Date/From/To lines and the body as quoted (the poster's forward is abridged: the opening 'This Message was undeliverable due to the following reason:' paragraph is not in it; the 'Status: 5.1.2 / Remote-MTA' lines quoted apart are left out); To masked",
        format = "intermail",
        recipients = { r("linux-kernel@vger.kernel.org", "failed", nil, "hostunknown", "address") },
    },
    ["intermail-transmet-quota.eml"] = {
        source = "linux-kernel list, reply of 2002-02-08 to Anton Altaparmakov's 'Linus' email account appears to be full' (code index file id 43050478623), quoting the whole bounce with its header lines ('>' quote marks removed); the recipient and the To/Envelope-to addresses masked",
        format = "intermail",
        recipients = { r("user1@transmet.com", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["generic-bounceio-domain.eml"] = {
        source = "netdev list, Bagas Sanjaya's reply of 2023-04-09 to Jamal Hadi Salim (code index file id 8419303795), quoting the forwarded 'Undeliverable:' notice from postmaster@dopamine-today.bounceio.net: the forwarded header lines (Subject unwrapped into a folded header) and the body as far as the reply quotes it (quoted-printable decoded, quote marks removed); MIME-Version/Content-Type added; addresses masked",
        format = "generic",
        recipients = { r("user1@dopamine.today", "failed", "5.1.2", "hostunknown", "address") },
    },
}
