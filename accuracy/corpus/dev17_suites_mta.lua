-- Round 17: replies and failure texts as two mail servers' own test
-- suites expect them, each with the meaning the test's configuration
-- fixes: Postfix's smtpd_check regression tests (the *.ref expectation
-- files of src/smtpd: the access-map, DSN-mapping, null-MX, DNS-filter,
-- error, ACL, DNSWL, MX-backup and RBL/RHSBL tests) and Exim's test suite
-- (test/stdout session transcripts, test/log main-log lines and
-- test/mail bounce bodies).  Postfix's lines are the reply the test
-- prints after the log line; Exim's log lines are quoted from the word
-- after the message id.  The suites' own munged placeholders are filled:
-- Exim's "(dd)" errno with the Linux number of the error the line names,
-- its TESTSUITE directory with /usr/local/exim/test; each entry's note
-- says so.  Texts the corpus
-- already has in the same form (plain "550 Unrouteable address",
-- "Relay access denied" with the test's addresses, "Temporary lookup
-- failure", the plain Host-not-found HELO reply, ...) were left out.
-- Labels follow what each test configures to fail and why (reason,
-- action by the policy of accuracy/corpus/README.md), set before any
-- was classified.  Sources: see each entry.
local function e (family, outcome, reason, action, source, meaning, reply, note)
    return { reply = reply, group = "generic", provider = nil, family = family,
             outcome = outcome, reason = reason, action = action,
             source = source, meaning = meaning, note = note }
end
local A, O = "address", "other"
local B, D = "bounced", "deferred"

local PF = "github.com/vdukhovni/postfix postfix/src/smtpd/"
local EX = "github.com/Exim/exim test/"

return {
  -- {==================================================================
  -- Address failures
  -- ===================================================================
  e(A, B, "notaccept", "suppress", PF .. "smtpd_nullmx.ref (reject_unknown_recipient_domain, rcpt rname@nullmx.porcupine.org)",
    "The recipient's domain publishes a null MX: it declares that it accepts no mail at all.",
    [==[556 5.1.0 <rname@nullmx.porcupine.org>: Recipient address rejected: Domain nullmx.porcupine.org does not accept mail]==]),
  e(A, B, "hostunknown", "suppress", PF .. "smtpd_exp.ref (check_recipient_mx_access: rcpt foo@verisign-wildcard.com)",
    "The recipient's domain resolves only through the registry's wildcard (Site Finder) MX, i.e. the domain does not really exist; the access table refuses such domains.",
    [==[554 <foo@verisign-wildcard.com>: Recipient address rejected: Verisign wild-card]==],
    "Judgment: the text names the wildcard, not a missing domain; the test's table entry exists to refuse non-existent domains that the 2003 wildcard made resolve."),
  e(A, B, "userunknown", "suppress", PF .. "smtpd_check_dsn.ref (recipient_restrictions hash:smtpd_check_access, rcpt user@4.1.1_dsn)",
    "The access table refuses the recipient with the status the operator set for it, 5.1.1 (bad destination mailbox); Postfix keeps that status for a recipient.",
    [==[554 5.1.1 <user@4.1.1_dsn>: Recipient address rejected: reject]==],
    "Judgment: the text says only 'reject'; the label follows the status the test's table entry configures."),
  e(A, B, "hostunknown", "suppress", PF .. "smtpd_check_dsn.ref (rcpt user@4.1.2_dsn)",
    "The access table refuses the recipient with the configured status 5.1.2 (bad destination system), kept for a recipient.",
    [==[554 5.1.2 <user@4.1.2_dsn>: Recipient address rejected: reject]==],
    "Judgment: the label follows the configured status; the text says only 'reject'."),
  e(A, B, "hasmoved", "suppress", PF .. "smtpd_check_dsn.ref (rcpt user@4.1.6_dsn)",
    "The access table refuses the recipient with the configured status 5.1.6 (mailbox has moved), kept for a recipient.",
    [==[554 5.1.6 <user@4.1.6_dsn>: Recipient address rejected: reject]==],
    "Judgment: the label follows the configured status; the text says only 'reject'."),
  e(A, B, "userunknown", "suppress", EX .. "stdout/0023 (session from 20.20.20.20: require verify = recipient with a custom message)",
    "The ACL requires the recipient to verify; this recipient does not route, so it is refused with the ACL's message.",
    [==[550 recipient verify failure]==],
    "Judgment: the text says only that recipient verification failed; in the test the address is unroutable."),
  e(A, B, "hostunknown", "suppress", EX .. "log/0051 (router fail_remote_domains: domains listed with :fail:)",
    "The router fails every address in a domain the configuration marks as not routable: the mail domain is refused outright.",
    [==[** userx@badbad.ex R=fail_remote_domains: unrouteable mail domain "badbad.ex" (:fail:)]==]),
  e(A, B, "hostunknown", "suppress", EX .. "mail/0051.CALLER (the bounce of the same test for domain2.ex)",
    "Exim's bounce for an address whose mail domain the configuration declares unroutable.",
    [==[A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  userx@domain2.ex
    unrouteable mail domain "domain2.ex" (:fail:)]==]),
  e(A, D, "hostunknown", "retry", EX .. "log/0099 (dnslookup router with MX records pointing to missing A records, defer requested)",
    "The recipient's domain has no usable MX: its MX hosts have no address records; the router is set to defer instead of failing.",
    [==[== userx@mxt2.test.ex R=bydns defer (-1): missing MX, or all MXs point to missing A records, and defer requested]==]),

  -- {==================================================================
  -- Near misses: the sender, the client, the HELO name
  -- ===================================================================
  e(O, B, "rejected", "fix", PF .. "smtpd_nullmx.ref (reject_unknown_sender_domain, mail sname@nullmx.porcupine.org)",
    "The sender's domain publishes a null MX, so it could never receive a reply or bounce; the envelope sender is refused.",
    [==[556 5.7.0 <sname@nullmx.porcupine.org>: Sender address rejected: Domain nullmx.porcupine.org does not accept mail]==]),
  e(O, B, "rejected", "fix", PF .. "smtpd_dns_filter.ref (reject_unknown_sender_domain, mail user@nullmx.porcupine.org)",
    "The sender's domain has a null MX (RFC 7505), so the sender address is refused.",
    [==[550 5.7.27 <user@nullmx.porcupine.org>: Sender address rejected: Domain nullmx.porcupine.org does not accept mail (nullMX)]==]),
  e(O, D, "rejected", "retry", PF .. "smtpd_dns_filter.ref (DNS reply filter configuration error; delayed reject at RCPT)",
    "The sender's domain could not be found (here because the DNS reply filter was broken); refused for now, at RCPT time.",
    [==[450 4.1.8 <user@xn--1xa.porcupine.org>: Sender address rejected: Domain not found]==]),
  e(O, B, "rejected", "fix", PF .. "smtpd_nullmx.ref (check_sender_mx_access: the sender domain's MX host is listed)",
    "The sender domain's mail or name server is on the access table, so the envelope sender is refused.",
    [==[554 5.7.1 <sname@spike.porcupine.org>: Sender address rejected: ns or mx server spike.porcupine.org]==]),
  e(O, B, "rejected", "fix", PF .. "smtpd_exp.ref (check_sender_mx_access: mail foo@verisign-wildcard.com)",
    "The sender's domain resolves only through a registry wildcard MX; the access table refuses such senders.",
    [==[554 <foo@verisign-wildcard.com>: Sender address rejected: Verisign wild-card]==]),
  e(O, B, "rejected", "fix", PF .. "smtpd_check_dsn.ref (sender_restrictions, mail user@4.1.2_dsn)",
    "The access table refuses the envelope sender; the configured 4.1.2 is mapped to the sender status 5.1.8 (bad sender's system address).",
    [==[554 5.1.8 <user@4.1.2_dsn>: Sender address rejected: reject]==]),
  e(O, B, "rejected", "fix", PF .. "smtpd_check_dsn.ref (sender_restrictions, mail user@4.1.3_dsn)",
    "The access table refuses the envelope sender; the configured 4.1.3 becomes the sender status 5.1.7 (bad sender mailbox syntax).",
    [==[554 5.1.7 <user@4.1.3_dsn>: Sender address rejected: reject]==]),
  e(O, B, "rejected", "fix", PF .. "smtpd_check_dsn.ref (sender_restrictions, mail user@4.1.1_dsn)",
    "The access table refuses the envelope sender; the configured 4.1.1 becomes the generic sender status 5.1.0.",
    [==[554 5.1.0 <user@4.1.1_dsn>: Sender address rejected: reject]==]),
  e(O, B, "blocked", "contact", PF .. "smtpd_check_dsn.ref (client_restrictions, client 4.1.1_dsn 1.2.3.4)",
    "The access table refuses the connecting client; Postfix maps the configured 4.1.1 to the generic 5.0.0 for a client.",
    [==[554 5.0.0 <4.1.1_dsn[1.2.3.4]>: Client host rejected: reject]==]),
  e(O, B, "rejected", "fix", PF .. "smtpd_acl.ref (check_sender_access with smtpd_null_access_lookup_key <>: mail <>)",
    "The access table refuses the null sender (bounces and other automatic mail) outright.",
    [==[550 <>: Sender address rejected: Go away postmaster]==]),
  e(O, B, "rejected", "fix", EX .. "stdout/0227 (callout sender verification; the test server answers the RCPT with 550 Unknown user)",
    "Sender verification: Exim called the sender's server, which does not know the sender address, so the sender is refused. The recipient is not at fault.",
    [==[550-Verification failed for <bad@localhost>
550-Called:   127.0.0.1
550-Sent:     RCPT TO:<bad@localhost>
550-Response: 550 Unknown user
550 Sender verify failed]==]),
  e(O, B, "rejected", "fix", EX .. "stdout/0227 (callout with use_postmaster; the test server refuses postmaster@)",
    "Sender verification with a postmaster check: the sender's domain refuses mail to its postmaster address, so its senders are refused.",
    [==[550-Postmaster verification failed while checking <ok@localhost1>
550-Called:   127.0.0.1
550-Sent:     RCPT TO:<postmaster@localhost1>
550-Response: 550 Don't like postmaster
550-Several RFCs state that you are required to have a postmaster
550-mailbox for each mail domain. This host does not accept mail
550-from domains whose servers reject the postmaster address.
550 Sender verify failed]==]),
  e(O, B, "rejected", "fix", EX .. "stdout/0023 (session from 23.23.23.0: require verify = sender with a custom message)",
    "The envelope sender does not route, and the ACL requires a verifiable sender.",
    [==[550-Verification failed for <x@y>
550-Unrouteable address
550 sender must verify]==]),
  e(O, B, "syntaxerror", "fix", EX .. "mail/0021.CALLER (a message submitted with -t whose To: header is empty)",
    "The submitted message named no recipient at all, so nothing could be delivered; the submission itself was faulty.",
    [==[A message that you sent contained no recipient addresses, and therefore no
delivery could be attempted.]==]),
  e(O, B, "policyviolation", "fix", EX .. "stdout/0023 (session from 26.26.26.26: ACL denies a null-sender message with more than one recipient)",
    "The ACL allows a bounce (null sender) only one recipient; the second is refused.",
    [==[550 bounce messages can have only one recipient]==]),

  -- {==================================================================
  -- Blocklists and the client
  -- ===================================================================
  e(O, B, "blocked", "contact", PF .. "smtpd_dns_filter.ref (reject_rbl_client dnsbltest.porcupine.org)",
    "The client's IP is listed on the DNS blocklist; the list's TXT record is appended.",
    [==[554 5.7.1 Service unavailable; Client host [127.0.0.2] blocked using dnsbltest.porcupine.org; DNS blocklist test]==]),
  e(O, B, "blocked", "contact", PF .. "smtpd_exp.ref (reject_rbl_client relays.mail-abuse.org=127.0.0.2)",
    "The client's IP is listed on the blocklist with the result value the restriction looks for.",
    [==[554 Service unavailable; Client host [127.0.0.2] blocked using relays.mail-abuse.org=127.0.0.2]==]),
  e(O, B, "blocked", "contact", PF .. "smtpd_exp.ref (reject_rhsbl_helo abuse.rfc-ignorant.org)",
    "The client's HELO domain is listed on a domain blocklist (for not supporting abuse@).",
    [==[554 Service unavailable; Helo command [example.tld] blocked using abuse.rfc-ignorant.org; Not supporting abuse@domain]==]),
  e(O, B, "blocked", "contact", PF .. "smtpd_exp.ref (reject_rhsbl_sender dsn.rfc-ignorant.org with rbl_reply_maps listing every template variable)",
    "The sender's domain is listed on a domain blocklist (for refusing bounces); the site's reply template prints all of the lookup's variables.",
    [==[554 client=spike.porcupine.org[168.100.189.2] client_address=168.100.189.2 client_name=spike.porcupine.org helo_name=foobar  sender=sname@example.tld sender_name=sname  sender_domain=example.tld recipient=rname@rdomain recipient_name=rname recipient_domain=rdomain rbl_code=554 rbl_domain=dsn.rfc-ignorant.org rbl_txt=Not supporting null originator (DSN) rbl_what=sname@example.tld rbl_class=Sender address]==],
    "The template names the recipient too; the listed item (rbl_what, rbl_class) is the sender."),
  e(O, B, "blocked", "contact", EX .. "stdout/0080 (ACL: deny message = host is listed in $dnslist_domain)",
    "The connecting host is on a DNS blocklist; the recipient is refused for that.",
    [==[550 host is listed in rbl.test.ex]==]),
  e(O, B, "blocked", "contact", EX .. "stdout/0023 (session from V4NET.11.12.13: dnslists with the list's TXT text)",
    "The connecting host is on the DNS blocklist; the list's TXT record is quoted.",
    [==[550 host in DNS list rbl.test.ex: This is a test blacklisting message]==]),
  e(O, B, "blocked", "contact", EX .. "stdout/0023 (session from 30.30.30.30: deny dnslists with a message printing the lookup's variables)",
    "The connecting host is on the DNS blocklist; the ACL's message prints the list domain, the returned value and the TXT text.",
    [==[550-domain=test.ex
550-value=127.0.0.2
550 text="This is a test blacklisting message"]==]),
  e(O, B, "blocked", "contact", EX .. "stdout/0023 (session from 9.9.9.8: deny hosts = with a message)",
    "The ACL refuses this connecting host by its address.",
    [==[550 don't like this host]==]),

  -- {==================================================================
  -- Relaying
  -- ===================================================================
  e(O, B, "norelaying", "suppress", PF .. "smtpd_dnswl.ref (permit_dnswl_client does not override reject_unauth_destination: rcpt wietse@porcupine.12345)",
    "The destination is not one this server accepts mail for, and the client is not allowed to relay.",
    [==[554 5.7.1 <wietse@porcupine.12345>: Relay access denied]==]),
  e(O, B, "filtered", "suppress", PF .. "smtpd_check_backup.ref (permit_mx_backup,reject: the domain's primary MX is not in permit_mx_backup_networks)",
    "The server would relay for the domain only as its backup MX, which it is not allowed to be here; the final reject of the restriction list answers.",
    [==[554 5.7.1 <wietse@backup.porcupine.org>: Recipient address rejected: Access denied]==],
    "Judgment: the text is the generic 'Access denied' of a reject restriction; the test configures a relay (backup-MX) refusal."),

  -- {==================================================================
  -- The receiving server, the network, the mailbox, the queue
  -- ===================================================================
  e(O, D, "systemerror", "retry", PF .. "smtpd_error.ref (recipient_restrictions fail:1_rcpt_access: table lookup problem)",
    "The recipient access table could not be read; the server defers with a configuration error, not a verdict on the address.",
    [==[451 4.3.5 <reject@dunno.domain>: Recipient address rejected: Server configuration error]==]),
  e(O, D, "systemerror", "retry", PF .. "smtpd_error.ref (client_restrictions fail:1_client_access: table lookup problem)",
    "The client access table could not be read; temporary server-side configuration error.",
    [==[451 4.3.5 <foo.dunno.com[131.155.210.17]>: Client host rejected: Server configuration error]==]),
  e(O, D, "systemerror", "retry", PF .. "smtpd_error.ref (check_sender_access with the null-sender lookup key: table lookup problem)",
    "The sender access table could not be read while checking the null sender; temporary configuration error.",
    [==[451 4.3.5 <>: Sender address rejected: Server configuration error]==]),
  e(O, D, "systemerror", "retry", PF .. "smtpd_error.ref (local_header_rewrite_clients fail:1_rewrite: lookup error)",
    "A table lookup the server needs failed; it defers.",
    [==[451 4.3.0 Temporary lookup error]==]),
  e(O, D, "systemerror", "retry", EX .. "stdout/0227 (recipient callout verification; the test server answers 450 Temporary error)",
    "Exim could not finish asking the next hop about the recipient (that server answered with a temporary error), so it defers.",
    [==[451 Could not complete recipient verify callout]==]),
  e(O, D, "systemerror", "retry", EX .. "log/0099 (manualroute router whose route list names a host that does not exist)",
    "The router's configured next-hop host name does not resolve; the delivery is deferred. The recipient's own domain is not looked up.",
    [==[== userx@nonexist R=all defer (-32): lookup of host "nonexist.test.ex" failed in all router]==],
    "Judgment: a routing-configuration fault on the sending side (the route list's host); reason systemerror."),
  e(O, D, "networkerror", "retry", EX .. "log/0109 (smtp transport to hosts that refuse connections)",
    "Every host for the domain refused the TCP connection; the delivery is deferred. The domain's name is not the cause.",
    [==[== xx@non-exist.test.ex R=remote T=smtp defer (111): Connection refused]==],
    "The suite's munged errno '(dd)' is filled with Linux's ECONNREFUSED, 111."),
  e(O, D, "networkerror", "retry", EX .. "log/0135 (smtp transport to an unreachable test address)",
    "The connection to the domain's host failed with a network error; deferred.",
    [==[== a@unknown.ex R=default T=smtp defer (101): Network Error]==],
    "The suite's munged errno '(dd)' is filled with 101 (ENETUNREACH); the text is the suite's."),
  e(O, D, "mailboxfull", "retry", EX .. "mail/0098.CALLER (delay warning; the test server answers RCPT with 451 Over-quota)",
    "Exim's delay warning: the remote server keeps answering that the mailbox is over quota, temporarily.",
    [==[rrrr@remote.defer
    Delay reason: H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after RCPT TO:<rrrr@remote.defer>:
    451 Over-quota]==]),
  e(O, B, "systemerror", "contact", EX .. "mail/0048.CALLER (pipe transport with return_output: the command wrote output, so delivery counts as failed)",
    "The local pipe delivery failed (the command produced output the transport treats as an error); the address itself is fine.",
    [==[A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pipe to |/usr/local/exim/test/aux-fixed/showenv
    generated by pipe@test.ex]==],
    "The suite's TESTSUITE directory is filled as /usr/local/exim/test."),
}
