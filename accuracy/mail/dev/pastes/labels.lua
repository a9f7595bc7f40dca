-- Bounces pasted into issue trackers and pull requests (second round,
-- read through the issues search).  The .eml holds the bounce text as the
-- post quotes it; the header (From, Subject, Date, To) was added, with the
-- MTA's usual From and Subject.  Markdown escapes were removed; markdown
-- link and code-fence markup the post shows inside the bounce was kept.
-- Personal addresses were replaced by userN@<same domain> where noted.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local GH = "https://github.com/"
return {
    ["postfix-onet-user-unknown.eml"] = {
        source = GH .. "yasm/yasm/pull/71 (texrg, 2015-10-08): a Postfix bounce from smtp.poczta.onet.pl; the poster cut the address to '<ya...tall.net>', put back as user1@tortall.net",
        format = "postfix",
        recipients = { r("user1@tortall.net", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-network-unreachable.eml"] = {
        source = GH .. "ritiksahni/ASN-Eagle/pull/2 (ritiksahni's comment, 2020-02-22): a Postfix bounce, 'delivery temporarily suspended ... Network is unreachable'",
        format = "postfix",
        recipients = { r("info@emkej.cz", "failed", nil, "networkerror", "system") },
    },
    ["postfix-connect-timeout.eml"] = {
        source = GH .. "LalitMaganti/.dotfiles/issues/1 (mtlynch, 2021-02-08): a Postfix bounce, connection timed out",
        format = "postfix",
        recipients = { r("me@lalitm.com", "failed", nil, "networkerror", "system") },
    },
    ["postfix-delay-lookup-failure.eml"] = {
        source = GH .. "iho-ohi/S-102-Product-Specification/issues/202 (ronaldtse, 2026-09-04): a Postfix delay notice without its first paragraph; the personal address masked as user1@bsh.de",
        format = "postfix",
        recipients = { r("user1@bsh.de", "delayed", "4.3.0", "systemerror", "system") },
    },
    ["exim-delay-markdown-link.eml"] = {
        source = GH .. "hestiacp/hestiacp/issues/2828 (dpushkar24, 2022-08-09): an Exim delay warning; the address shown as a markdown mailto link, masked as user1@gmail.com; the quote ends at 'remains undeliver', completed to 'undelivered.'",
        format = "exim",
        recipients = { r("user1@gmail.com", "delayed", nil, "networkerror", "system") },
    },
    ["exim-delay-yahoo-ts03.eml"] = {
        source = GH .. "projectknife/Projectfork/issues/1270 (erbunty, 2014-05-11): an Exim delay warning quoting Yahoo's 421 TS03; the poster's starred host, sender and recipient replaced by srv02.example.us, projects@example.com, user1@yahoo.com; a name in the subject cut",
        format = "exim",
        recipients = { r("user1@yahoo.com", "delayed", "4.7.1", "blocked", "reputation") },
    },
    ["gmail-address-not-found-short.eml"] = {
        source = GH .. "logto-io/logto/issues/3589 (redimongo, 2023-03-23): Gmail's 'Address not found' text without the remote reply",
        format = "gmail",
        recipients = { r("feedback@logto.io", "failed", nil, "userunknown", "address") },
    },
    ["gmail-address-rejected-run-together.eml"] = {
        source = GH .. "ombegov/policy-v2/issues/138 (phillipremaker, 2018-05-04): the last copy of the Gmail text in the post (the post repeats it as a table); the address runs into 'because' as pasted",
        format = "gmail",
        recipients = { r("ofcio@omb.eop.gov", "failed", "5.1.0", "userunknown", "address") },
    },
    ["dsn-fields-as-text.eml"] = {
        source = GH .. "ombegov/policy-v2/issues/138 (phillipremaker, 2018-05-04): the second rejection, delivery-status fields pasted as plain text",
        format = "rfc3464",
        recipients = { r("ofcio@omb.eop.gov", "failed", "5.0.0", "userunknown", "address") },
    },
    ["gmail-unrouteable.eml"] = {
        source = GH .. "sinak/democracy.io/issues/126 (dan-0, 2018-09-27): Gmail's 'Address not found' with '550 Unrouteable address'",
        format = "gmail",
        recipients = { r("democracy@eff.org", "failed", nil, "userunknown", "address") },
    },
    ["gmail-domain-not-found-run-together.eml"] = {
        source = GH .. "BitcoinDeveloperNetwork/tutorials/issues/16 (motorina0, 2021-02-03): Gmail's domain-not-found text; the address runs into 'because' as pasted",
        format = "gmail",
        recipients = { r("inbox@bitcoindev.network", "failed", nil, "hostunknown", "address") },
    },
    ["exchange-dsn-address-alone.eml"] = {
        source = GH .. "wp-e-commerce/WP-e-Commerce/issues/1886 (TMUND, 2015-05-23): an Exchange-style text DSN, the address alone on a line under the failure sentence",
        format = "exchange",
        recipients = { r("admin@wpecommerce.org", "failed", nil, "undefined", "undefined") },
    },
    ["postfix-expanded-no-brackets.eml"] = {
        source = GH .. "YunoHost/issues/issues/2684 (Pentaonia, 2025-10-21): a Postfix bounce line as posted (angle brackets lost); the poster's placeholders user@main_address.de / user@other_hosted_domain.de written with '-' for '_'",
        format = "postfix",
        recipients = { r("user@main-address.de", "failed", "5.1.2", "userunknown", "address") },
    },
    ["notbounce-worm-delivery-failure.eml"] = {
        source = GH .. "Perl/perl5/issues/7674 (rt.perl.org #32857, 2004-12-05): a virus-scanner notice over a Sober worm's fake 'Mail_Delivery_failure' text; no delivery failed",
        format = "notbounce",
        recipients = {},
    },
    ["exim-retry-timeout-dsn-text.eml"] = {
        source = GH .. "roundcube/roundcubemail/issues/9442 (NoerSalehh, 2024-05-06): an Exim failure with delivery-status fields pasted after it, the address as a markdown mailto link",
        format = "exim",
        recipients = { r("support+id485694@foodticketsupport.zendesk.com", "failed", "5.0.0", "expired", "system") },
    },
    ["postfix-callout-recipient-not-found.eml"] = {
        source = GH .. "gregkh/usbutils/issues/145 (idallen, 2022-05-07): the Postfix bounce line alone (ethz.ch callout quoting Exchange's RecipientNotFound)",
        format = "postfix",
        recipients = { r("sailer@ife.ee.ethz.ch", "failed", "5.1.10", "userunknown", "address") },
    },
    ["qmail-forwarded-quoted.eml"] = {
        source = GH .. "Perl/perl5/issues/681 (rt.perl.org #1571, Richard Foley, 1999-10-05): a forwarded qmail failure notice, the recipient lines above the quoted original header, four of the bounced recipients",
        format = "qmail",
        recipients = {
            r("irfan.siddiqui@sabre.com", "failed", "5.1.2", "hostunknown", "address"),
            r("tammie.n.philpott@lmco.com", "failed", "5.1.2", "hostunknown", "address"),
            r("tromp@sanger.med.wayne.edu", "failed", "5.1.2", "hostunknown", "address"),
            r("Richard.Hensgens@nl.origin-it.com", "failed", "5.1.2", "hostunknown", "address"),
        },
    },
    ["gmail-socket-error.eml"] = {
        source = GH .. "DOAJ/doaj/issues/963 (dommitchell, 2015-12-08): Gmail's old 'failed permanently' text, the address in a code fence",
        format = "gmail",
        recipients = { r("feedback@mail136-14.atl41.mandrillapp.com", "failed", nil, "networkerror", "system") },
    },
    ["gmail-zoho-user-unknown.eml"] = {
        source = GH .. "StyleCI/StyleCI/issues/415 (flaiker, 2015-07-05): Gmail's old 'failed permanently' text quoting Zoho's 550 5.1.1",
        format = "gmail",
        recipients = { r("support@alt-three.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["o365-group-allowed-senders.eml"] = {
        source = GH .. "MicrosoftDocs/OfficeDocs-DeployOffice/issues/444 (carlneustaedter, 2019-09-12): the Office 365 NDR's first lines, a group that takes mail from allowed senders only; From (the usual MicrosoftExchange... form) and Subject added",
        format = "exchange",
        recipients = { r("omexconeint@microsoft.com", "failed", nil, "filtered", "filter") },
    },
    ["o365-german-diag-expired.eml"] = {
        source = GH .. "FundersClub/fire/issues/441 (LinqLover's comment, 2025-08-23): the German diagnostic part of an Outlook.com NDR (message expired after connection refused), with the first original header line",
        format = "exchange",
        recipients = { r("wannkommtrewe-calendar@fire.fundersclub.com", "failed", "5.4.316", "expired", "system") },
    },
    ["sendmail-deferred-5-days.eml"] = {
        source = GH .. "MicrosoftDocs/OfficeDocs-o365seccomp/issues/666 (DeanHougen, 2019-05-21): a sendmail failure quoted with its lines run together; From/Subject added",
        format = "sendmail",
        recipients = { r("abuse@messaging.microsoft.com", "failed", nil, "expired", "system") },
    },
}
