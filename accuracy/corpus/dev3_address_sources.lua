-- Diagnostics written by MTA source code (Postfix, Exim), as the
-- delivery agents log them or put them in a bounce: none has a reply
-- code.  Each was read in the source file named beside it (a format
-- string's %s filled with an example value).  Labelled from what the
-- code does with it (bounce or defer) and the cause it names, before any
-- classifier output was seen.  family: "address" for the address
-- failures, "other" for the rest.
local e = dofile("accuracy/entry.lua")
local A, O = "address", "other"
local B, D = "bounced", "deferred"

return {
  e(A, B, "userunknown", "suppress", "github.com/vdukhovni/postfix postfix/src/virtual/unknown.c deliver_unknown() (dsb_smtp 5.1.1, '550 user unknown')",
    "Postfix virtual delivery agent: no such virtual user; bounced with 5.1.1.",
    [==[unknown user: "bob@example.com"]==]),
  e(O, D, "systemerror", "retry", "github.com/vdukhovni/postfix postfix/src/local/unknown.c deliver_unknown() (fallback_transport_maps lookup error, 4.3.0)",
    "Postfix local: the fallback transport table could not be read; the delivery is deferred.",
    [==[table lookup failure]==]),
  e(O, D, "systemerror", "retry", "github.com/vdukhovni/postfix postfix/src/smtp/smtp_connect.c smtp_connect_unix() (unix-domain name too long, 4.3.5)",
    "Postfix smtp/lmtp client: the configured socket path is unusable; deferred as a server configuration error.",
    [==[Server configuration error]==]),
  e(O, D, "networkerror", "retry", "github.com/vdukhovni/postfix postfix/src/smtp/smtp_connect.c smtp_connect_inet() (inet_protocols leaves none, 4.4.4)",
    "Postfix smtp client: no network protocol is enabled, nothing can be connected; deferred.",
    [==[all network protocols are disabled]==]),
  e(O, D, "networkerror", "retry", "github.com/vdukhovni/postfix postfix/src/smtp/smtp_connect.c smtp_connect_addr() (dns_rr_to_sa failed, 4.4.0; %m filled in)",
    "Postfix smtp client: a DNS address could not be turned into a socket address; deferred.",
    [==[network address conversion failed: Address family not supported by protocol]==]),
  e(O, B, "networkerror", "contact", "Exim src/src/deliver.c deliver_message() (RECIP_FAIL_LOOP), read via the code index (file id 4602069003)",
    "Exim: more Received: headers than received_headers_max, a mail loop is suspected (no reply code).",
    [==[Too many "Received" headers - suspected mail loop]==]),
  e(O, D, "systemerror", "retry", "Exim src/src/deliver.c deliver_message() (hold_domains match, DEFER), read via the code index (file id 4602069003)",
    "Exim: the domain is on hold by configuration; the address is deferred.",
    [==[domain is held]==]),
  e(A, B, "userunknown", "suppress", "Linux kernel patch mail 'MAINTAINERS: Remove linux-hippi' (2024-12-16) quoting the list's qmail bounce, read via the code index (file id 40236931032)",
    "qmail bounce: the mailing list address no longer has a mailbox.",
    [==[<linux-hippi@sunsite.dk>: Sorry, no mailbox here by that name. (#5.1.1)]==]),
}
