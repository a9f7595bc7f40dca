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
    ["exchange-online-amd-notfound.eml"] = {
        source = "amd-gfx list (lists.freedesktop.org), Jiri Slaby's reply of 2024-08-19/20 (code index file id 13269561152), quoting the Exchange Online NDR he had got ('FTR: Delivery has failed to these recipients or groups: ...'); the three NDR lines only; Subject added as Exchange writes it ('Undeliverable: ' + the thread's subject); address masked",
        format = "exchange",
        recipients = { r("user1@amd.com", "failed", nil, "userunknown", "address") },
    },
    ["exchange-online-analog-notfound.eml"] = {
        source = "netdev list, Alexandru Ardelean's reply of 2020-10-21 quoting Andrew Lunn's P.S. with the Exchange Online NDR for a mistyped analog.com address (code index file id 49806736283); Subject added ('Undeliverable: ' + the thread's subject); address masked (the local part was a typo of a person's name)",
        format = "exchange",
        recipients = { r("user1@analog.com", "failed", nil, "userunknown", "address") },
    },
    ["exchange-online-marvell-group.eml"] = {
        source = "netdev list, Pavel Skripkin 2021-11-14 ('Quoting private email from postmaster@marvel.com', code index file id 44146354427): the NDR lines as quoted; the From line is the sender the post names; group address kept",
        format = "exchange",
        recipients = { r("gr-everest-linux-l2@marvell.com", "failed", nil, "userunknown", "address") },
    },
    ["exchange-online-wdc-expired.eml"] = {
        source = "linux-scsi list (lore.kernel.org mirror), Manivannan Sadhasivam's mail of 2026-07 replying inside the NDR from postmaster@sharedspace.onmicrosoft.com (code index file id 66488786340): the two quoted pieces joined (his interjection removed), quote marks removed; From/Date rebuilt from the attribution line; the 'Original message headers' block cut to its Date and From lines; address masked",
        format = "exchange",
        recipients = { r("user1@wdc.com", "failed", "5.4.317", "expired", "system") },
    },
    ["gmail-vger-html-rejected.eml"] = {
        source = "git list (vger), reply of 2015-02-09 quoting erik@aercon.net's Gmail bounce for git@vger.kernel.org (code index file id 739042139): the bounce body as quoted; Gmail's usual From/Subject added",
        format = "gmail",
        recipients = { r("git@vger.kernel.org", "failed", "5.7.1", "policyviolation", "content") },
    },
}
