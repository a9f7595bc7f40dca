-- Bounces quoted in public issue trackers (GitHub issues, read through the
-- issues search).  The .eml holds the bounce as the issue quotes it; where
-- the issue gives no header, the MTA's usual From (and Subject where named
-- below) was added.  Personal addresses were replaced by userN@<same domain>.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local GH = "https://github.com/"
return {
    ["qmail-ezmlm-dmarc.eml"] = {
        source = GH .. "bruceg/ezmlm-idx/issues/11 (igravious, 2017-12-23): the whole qmail bounce ezmlm received, with its header; the poster had cut the recipient's local part ('<...@umail.ucc.ie>'), put back as user1",
        format = "qmail",
        recipients = { r("user1@umail.ucc.ie", "failed", "5.7.1", "authfailure", "auth") },
    },
    ["qmail-phorum-greeting-expired.eml"] = {
        source = GH .. "Phorum/Core/issues/890 (albertj8, 2013-04-06): the qmail bounce text; From/Subject ('failure notice') added",
        format = "qmail",
        recipients = { r("phorum-announce-request@lists.phorum.org", "failed", "4.7.1", "requireptr", "reputation") },
    },
    ["haraka-some-recipients-failed-1.eml"] = {
        source = GH .. "haraka/Haraka/issues/848 (smfreegard, 2015-02-18): Haraka's outbound bounce text; From/Subject added; address masked (the issue's log line shows the remote reply was a blocklist 550, the bounce itself does not say so)",
        format = "haraka",
        recipients = { r("user1@hilleltoronto.org", "failed", nil, "undefined", "undefined") },
    },
    ["haraka-some-recipients-failed-2.eml"] = {
        source = GH .. "haraka/Haraka/issues/848 (willin's comment, 2015-05-27): a second Haraka bounce of the same form; From/Subject added; address masked",
        format = "haraka",
        recipients = { r("user2@wuliangroup.com", "failed", nil, "undefined", "undefined") },
    },
    ["haraka-tried-all-mxs.eml"] = {
        source = GH .. "haraka/Haraka/issues/568 (msimerson, 2014-05-06): the bounce with the header lines the issue gives (placeholder address kept, the returned message cut by the poster)",
        format = "haraka",
        recipients = { r("user@sending-domain.com", "failed", nil, "networkerror", "system") },
    },
    ["exim-delay-maxperhour-1.eml"] = {
        source = GH .. "freeCodeCamp/guide/pull/1844 (pawan-mehta's comment, 2017-10-19): an Exim (cPanel) 'temporary error ... deferred' notice pasted into the pull request; From added; address masked",
        format = "exim",
        recipients = { r("user1@gmail.com", "delayed", nil, "ratelimited", "rate") },
    },
    ["exim-delay-maxperhour-2.eml"] = {
        source = GH .. "freeCodeCamp/guide/pull/1611 (pawan-mehta's comment, 2017-10-19): the same kind of notice with another count; From added; address masked",
        format = "exim",
        recipients = { r("user1@gmail.com", "delayed", nil, "ratelimited", "rate") },
    },
    ["exim-delay-maxperhour-3.eml"] = {
        source = GH .. "freeCodeCamp/guide/pull/1675 (pawan-mehta's comment, 2017-10-19): the same kind of notice with another count; From added; address masked",
        format = "exim",
        recipients = { r("user1@gmail.com", "delayed", nil, "ratelimited", "rate") },
    },
    ["gmail-500-internal-error.eml"] = {
        source = GH .. "Gilwyad/mailnesia.com/issues/13 (ammonarrow, 2016-08-21): Gmail's text bounce as pasted; Gmail's usual From/Subject added; address masked",
        format = "gmail",
        recipients = { r("user1@mailnesia.com", "failed", nil, "systemerror", "system") },
    },
    ["hmailserver-connect-to-self.eml"] = {
        source = GH .. "hmailserver/hmailserver/issues/367 (StasToken, 2021-04-05): hMailServer's notice as pasted (inside a code block, its four-space indent kept; the poster masked the address and the IP); Subject added in hMailServer's form ('Message undeliverable: ' + subject); address masked",
        format = "hmailserver",
        recipients = { r("user1@yandex.ru", "failed", nil, "networkerror", "system") },
    },
    ["exchange-online-group-auth.eml"] = {
        source = GH .. "Xilinx/embeddedsw/issues/176 (elodg, 2021-10-13): the Microsoft 365 NDR as pasted with its subject line; the two group addresses' personal prefix masked",
        format = "exchange",
        recipients = {
            r("user1-all-emp@xilinx.com", "failed", "5.7.133", "filtered", "filter"),
            r("user1-xhd-npw@xilinx.com", "failed", "5.7.133", "filtered", "filter"),
        },
    },
    ["yahoo-service-unavailable.eml"] = {
        source = GH .. "iina/iina-website/issues/3 (dalDevelo, 2019-01-29): the Yahoo Mail bounce text as pasted; Yahoo's usual From/Subject added; role address kept",
        format = "yahoo",
        recipients = { r("developers@iina.io", "failed", "5.7.1", "blocked", "reputation") },
    },
    ["notbounce-sober-fake-failure.eml"] = {
        source = GH .. "Perl/perl5/issues/7605 (migrated rt.perl.org #32505, 2004-11-19, 'Re: Mail delivery_failed' from Error_Mail@ics.co.at): a fake failure notice sent by the Sober worm to perlbug (the ticket was rejected as such); the migration's markdown escapes (backslashes, zero-width spaces) removed; From/Subject from the ticket",
        format = "notbounce",
        recipients = {},
    },
    ["vtext-no-such-user.eml"] = {
        source = GH .. "0perationPrivacy/VoIP/issues/99 (kramer9, 2021-12-06): the bounce text for a Verizon e-mail-to-SMS (vtext.com) address as pasted, without header (none given); the markdown escapes of the poster's masks removed, the masked recipient written as user1",
        format = "generic",
        recipients = { r("user1@vtext.com", "failed", nil, "userunknown", "address") },
    },
    ["qmail-perlbug-nomailbox.eml"] = {
        source = GH .. "Perl/perl5/issues/1572 (migrated rt.perl.org #2790, 2000-03-29): the qmail bounce quoted twice over ('> > '); quote marks and the migration's markdown escapes removed; From added (the ticket title names MAILER-DAEMON@tmtowtdi.perl.org), the quoted Subject kept; alias address kept",
        format = "qmail",
        recipients = { r("richard-perlbug@tmtowtdi.perl.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-aol-action-not-taken.eml"] = {
        source = GH .. "modoboa/modoboa-webmail/issues/213 (dev-param, 2021-02-16): the Postfix notice as pasted (the poster's placeholders kept); Postfix's usual From/Subject added",
        format = "postfix",
        recipients = { r("example@aol.com", "failed", nil, "undefined", "undefined") },
    },
    ["postfix-virtual-alias-unknown.eml"] = {
        source = GH .. "littleyoda/hibiscus.depotviewer/issues/67 (WS42Hi, 2017-10-22): the Postfix notice as pasted (the poster's XXXXXXXX for the expanded address kept; his paragraphs are unwrapped); Postfix's usual From/Subject added",
        format = "postfix",
        recipients = { r("depotviewer@open4me.de", "failed", nil, "userunknown", "address") },
    },
    ["postfix-kasserver-forwarded-de.eml"] = {
        source = GH .. "fairmondo/fairmondo/issues/183 (Twiek, 2013-07-12): the forwarded Postfix notice, the German forward header (Betreff/Datum/Von/An) turned into Subject/Date/From/To; the markdown fence around 'The mail system' removed; the To address masked, the role address of the recipient kept",
        format = "postfix",
        recipients = { r("ngofeedback@fairnopoly.de", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-hetzner-host-not-found.eml"] = {
        source = GH .. "mailcow/mailcow-dockerized/issues/1647 (Conan179, 2018-08-08, German): the Postfix notice as quoted (the poster's placeholders 'richtiger hostname' kept, blank quote lines as he left them); quote marks removed; From/Subject added",
        format = "postfix",
        recipients = { r("root@richtigerhostname.your-server.de", "failed", nil, "hostunknown", "address") },
    },
    ["postfix-ifsr-user-unknown.eml"] = {
        source = GH .. "fsr/nopanic/issues/40 (dirkonet, 2014-09-01, German): the Postfix notice as quoted (without its first line, as pasted); quote marks and the markdown fence removed; From/Subject added; placeholder address kept",
        format = "postfix",
        recipients = { r("dein_name@ifsr.de", "failed", "5.1.1", "userunknown", "address") },
    },
    ["googlegroups-group-may-not-exist.eml"] = {
        source = GH .. "niclabs/DTE/issues/2 (leus, 2012-01-02, Spanish): the Google Groups bounce for dte@niclabs.cl as quoted (quote marks and the mail client's 'to me' / time lines removed); Gmail's usual From/Subject added; the greeting's address masked. The notice names the group only, not its address",
        format = "gmail",
        recipients = { r("dte@niclabs.cl", "failed", nil, "filtered", "filter") },
    },
    ["postfix-list-connect-timeout.eml"] = {
        source = GH .. "dogtagpki/pki/issues/5006 (jmisset-cb, 2025-03-19): the Postfix notice as pasted, GitHub's autolinks ([x](mailto:x), [host](http://host/)) turned back into the plain text; From/Subject added",
        format = "postfix",
        recipients = { r("users@lists.dogtagpki.org", "failed", nil, "networkerror", "system") },
    },
}
