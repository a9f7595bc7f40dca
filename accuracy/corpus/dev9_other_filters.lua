-- Fresh dev batch (round 9): replies that blame something other than the
-- address, from filters and servers: three rows of the spamdyke qmail
-- filter's rejection table (its other rows are already in mta_more.lua
-- and were left out), the Postal mail server, the mtpolicyd and Policyd
-- v2 (cluebringer) policy daemons (rows not already in dev7_*), Courier's
-- ESMTP daemon, IceWarp's table of 5xx replies, Titan's table of incoming
-- rejects, an SMTP filtering proxy's reply list (rows not in
-- generic.lua), forum and provider pages quoting rejections.  Replies
-- whose exact text the corpus already held were left out.  Template
-- values are filled with documentation values (example.org, 192.0.2.1)
-- or a plausible value.
-- A Postfix policy daemon's REJECT/DEFER text reaches the client inside
-- Postfix's own wording: with the daemon in smtpd_recipient_restrictions
-- (where both daemons' documentation puts it) "554 5.7.1 <rcpt>:
-- Recipient address rejected: TEXT" for REJECT and "450 4.7.1 <rcpt>:
-- Recipient address rejected: TEXT" for DEFER/DEFER_IF_PERMIT.
-- Labelled from each source's meaning (reason, action by the policy of
-- accuracy/corpus/README.md), before any was classified.
local e = dofile("accuracy/entry.lua")
local O = "other"
local B, D = "bounced", "deferred"

local SD = "github.com/chrisboulton/spamdyke spamdyke/spamdyke.h REJECTION_DATA table "
    .. "(REJECT_SEVERITY_PERMANENT is \"554 \", _TEMPORARY \"421 \", _AUTH_FAILURE \"535 \", "
    .. "_AUTH_UNKNOWN \"504 \", _TLS_FAILURE \"454 \"): "
local POSTAL = "github.com/postalserver/postal app/lib/smtp_server/client.rb "
local MTP = "github.com/benningm/mtpolicyd lib/Mail/MtPolicyd/Plugin/"
local CBP = "github.com/hummermania/policyd cbp/modules/"
local ICEWARP = "https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm (table of SMTP errors: code, enhanced code, error phrase)"
local ICEWARP_KR = "http://blog.softmail.co.kr/554 (IceWarp SMTP 5xx error table, copy of the vendor's table with more rows)"
local TITAN = "https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes"
local COURIER = "github.com/svarshavchik/courier courier/courier/module.esmtp/courieresmtpd.c "
local SMTPF = "http://www.milter.info/smtp/smtpf/reply.html (smtpf 2.1.56 SMTP filtering proxy, reply list; %s filled in; four other rows of the list are in generic.lua)"
local LK = "https://linuxkitchen.com/2013/08/16/smtp-greske-koje-mogu-da-se-jave-pri-slanju-mail-a/ (list of common replies)"

return {
  -- {==================================================================
  -- spamdyke (qmail connection-time filter)
  -- ===================================================================
  e(O, D, "requireptr", "fix", SD .. "ERROR_RDNS_MISSING (temporary)",
    "The client IP has no reverse DNS entry; the filter refuses it.",
    [==[421 Refused. You have no reverse DNS entry.]==]),
  e(O, D, "requireptr", "fix", SD .. "ERROR_RDNS_RESOLVE (temporary)",
    "The client IP's reverse DNS name does not resolve.",
    [==[421 Refused. Your reverse DNS entry does not resolve.]==]),
  e(O, B, "blocked", "contact", SD .. "ERROR_ACCESS_DENIED",
    "The client is denied access by the filter's access rules.",
    [==[554 Refused. Access is denied.]==]),

  -- {==================================================================
  -- Postal (mail server) SMTP server
  -- ===================================================================
  e(O, B, "rejected", "fix", POSTAL .. "rcpt_to() (server.suspended?)",
    "The sending mail server (account) on Postal is suspended.",
    [==[535 Mail server has been suspended]==]),
  e(O, B, "securityerror", "fix", POSTAL .. "authenticate()",
    "The SMTP credential given is not valid.",
    [==[535 Invalid credential]==]),

  -- {==================================================================
  -- mtpolicyd (Postfix policy daemon) plugin defaults
  -- ===================================================================
  e(O, D, "ratelimited", "throttle", MTP .. "Quota.pm (default action 'defer smtp traffic quota has been exceeded')",
    "The sender's (or client's) traffic quota for the period is used up.",
    [==[450 4.7.1 <bob@example.com>: Recipient address rejected: smtp traffic quota has been exceeded]==]),
  e(O, D, "ratelimited", "throttle", MTP .. "Quota.pm (example in its documentation: action 'defer you exceeded your monthly limit, please insert coin')",
    "The client exceeded its monthly mail count.",
    [==[450 4.7.1 <bob@example.com>: Recipient address rejected: you exceeded your monthly limit, please insert coin]==]),
  e(O, B, "badreputation", "throttle", MTP .. "CtIpRep.pm (default reject_message; the action text itself starts with 550)",
    "The Commtouch IP reputation service classifies the client IP as bad (permfail).",
    [==[550 delivery from 192.0.2.1 is rejected. Check at http://www.commtouch.com/Site/Resources/Check_IP_Reputation.asp. Reference code: 0xa1b2c3]==]),
  e(O, D, "badreputation", "throttle", MTP .. "CtIpRep.pm (default defer_message, tempfail)",
    "The IP reputation service returned tempfail for the client IP.",
    [==[450 delivery from 192.0.2.1 is deferred,repeatedly. Send again or check at http://www.commtouch.com/Site/Resources/Check_IP_Reputation.asp. Reference code: 0xa1b2c3]==]),

  -- {==================================================================
  -- Policyd v2 (cluebringer)
  -- ===================================================================
  e(O, D, "authfailure", "retry", CBP .. "CheckSPF.pm (temperror: DEFER_IF_PERMIT 'Failed SPF check: $reason')",
    "The SPF check failed temporarily (DNS error); retry later.",
    [==[450 4.7.1 <bob@example.com>: Recipient address rejected: Failed SPF check: example.org: Temporary DNS error while looking up SPF record]==]),
  e(O, D, "undefined", "retry", CBP .. "Greylisting.pm (new triplet: DEFER with its own code)",
    "Greylisting: the triplet is new; retry after the greylist period.",
    [==[451 4.7.1 Greylisting in effect, please come back later]==]),

  -- {==================================================================
  -- Courier ESMTP daemon
  -- ===================================================================
  e(O, D, "systemerror", "retry", COURIER .. "badfork()",
    "The daemon could not start its submit process: a temporary fault of the server.",
    [==[432 Service temporarily unavailable.]==]),
  e(O, B, "syntaxerror", "fix", COURIER .. "mailfrom()/rcptto() (address not in angle brackets)",
    "The client's MAIL/RCPT command is malformed.",
    [==[554 Syntax error - your mail software violates RFC 821.]==]),
  e(O, B, "emailtoolarge", "fix", COURIER .. "domailfrom() (SIZE= above the limit)",
    "The declared message size exceeds the server's limit.",
    [==[534 SIZE=Message too big.]==]),

  -- {==================================================================
  -- IceWarp: table of 5xx SMTP errors
  -- ===================================================================
  e(O, B, "syntaxerror", "fix", ICEWARP,
    "The sender has no domain (usually MAIL FROM): the client's configuration.",
    [==[501 5.5.2 Domain name required]==]),
  e(O, B, "syntaxerror", "fix", ICEWARP,
    "The SMTP command syntax is invalid (unbalanced brackets).",
    [==[501 5.5.2 Unbalanced]==]),
  e(O, B, "syntaxerror", "fix", ICEWARP,
    "A syntax error in the command's parameters.",
    [==[501 5.5.4 Syntax error in parameters scanning]==]),
  e(O, B, "syntaxerror", "fix", ICEWARP,
    "HELO/EHLO without a valid domain.",
    [==[501 5.5.1 HELO/EHLO requires domain address]==]),
  e(O, B, "securityerror", "fix", ICEWARP,
    "The authentication exchange was cancelled.",
    [==[501 5.0.0 Authentication canceled]==]),
  e(O, B, "emailtoolarge", "fix", ICEWARP,
    "The message exceeds the size limit.",
    [==[501 5.7.1 Message is too long]==]),
  e(O, B, "rejected", "fix", ICEWARP,
    "The AUTH user differs from MAIL FROM, or an unauthenticated client used the submission port: our sender/login setup.",
    [==[501 5.7.1 Permission denied]==]),
  e(O, B, "securityerror", "fix", ICEWARP_KR,
    "The user name and password given at authentication were invalid.",
    [==[501 5.7.0 Authentication failed]==]),
  e(O, B, "syntaxerror", "fix", ICEWARP,
    "The command was not recognised or is not supported.",
    [==[500 5.5.1 Command unrecognized]==]),

  -- {==================================================================
  -- Titan: incoming reject codes
  -- ===================================================================
  e(O, B, "syntaxerror", "fix", TITAN,
    "A problem with the way the mail is sent: the protocol commands or their sequence.",
    [==[550 5.5.1 Protocol error]==]),
  e(O, B, "rejected", "fix", TITAN,
    "The sender domain has neither MX nor A record.",
    [==[550 5.1.8 <alice@example.org>: Sender address rejected: Domain not found]==]),
  e(O, B, "rejected", "fix", TITAN,
    "The sender domain publishes a null MX: it does not accept mail, so bounces could not return.",
    [==[550 5.7.27 <alice@example.org>: Sender address rejected: Domain example.org does not accept mail (nullMX)]==]),
  e(O, B, "blocked", "contact", TITAN,
    "The client IP is on an RBL; Titan refuses mail from it.",
    [==[554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using b.barracudacentral.org;]==]),

  -- {==================================================================
  -- smtpf (Barricade MX) reply list
  -- ===================================================================
  e(O, B, "blocked", "contact", SMTPF .. " #120",
    "The client name or IP has a REJECT entry in the access map.",
    [==[550 5.7.1 host mail.example.net [192.0.2.1] black listed #120]==]),
  e(O, D, "blocked", "throttle", SMTPF .. " #120 (TEMPFAIL)",
    "The client name or IP has a TEMPFAIL entry in the access map.",
    [==[450 4.7.1 host mail.example.net [192.0.2.1] temporary failure #120]==]),
  e(O, B, "blocked", "contact", SMTPF .. " #121",
    "The client's host name is in an RFC 2606 reserved domain.",
    [==[550 5.7.1 host mail.example.net [192.0.2.1] from RFC2606 reserved domain #121]==]),
  e(O, B, "blocked", "contact", SMTPF .. " #122",
    "The client's host name is in an unknown top-level domain.",
    [==[550 5.7.1 host mail.example.invalid [192.0.2.1] from unknown TLD #122]==]),
  e(O, B, "blocked", "contact", SMTPF .. " #125",
    "The client and sender pair has a REJECT entry in the access map.",
    [==[550 5.7.1 host mail.example.net [192.0.2.1] sender <alice@example.org> black listed #125]==]),
  e(O, D, "blocked", "throttle", SMTPF .. " #815",
    "The sender has a TEMPFAIL entry in the access map.",
    [==[450 4.7.1 sender <alice@example.org> temporary failure #815]==]),
  e(O, B, "rejected", "fix", SMTPF .. " #129",
    "The sender's domain is in an unknown top-level domain.",
    [==[550 5.7.1 sender <alice@example.invalid> from unknown TLD #129]==]),

  -- {==================================================================
  -- pages and threads quoting rejections
  -- ===================================================================
  e(O, D, "blocked", "throttle", "https://logsat.com/spamfilter/forums/printer_friendly_posts.asp?TID=6127 (LogSat SpamFilter 'IP Blacklist Cache' disconnect message)",
    "The client IP sent too much spam in a short time and is banned for a while.",
    [==[421 Your IP is temporarily blocked, please try again later]==]),
  e(O, B, "blocked", "contact", "https://community.spectrum.net/discussion/172891/i-manage-a-domain-stovebolt-com-that-is-having-emails-to-spectum-users-blocked (bounce quoted; the moderator: AUP#1020 is a block for suspicious activity)",
    "Charter/Spectrum blocks the sender for suspicious activity (recipients marking mail as spam).",
    [==[554 impin004.msg.chrl.nc.charter.net cmsmtp 192.0.2.1 blocked. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1020]==]),
  e(O, D, "ratelimited", "throttle", "https://forums.cox.com/discussions/internet/cox-has-marked-my-email-server-as-a-spammer---how-to-resolve/136978 (bounce quoted; a reply explains CXCNCT as too many concurrent connections)",
    "Cox refuses the connection: too many concurrent connections from the sending IP.",
    [==[421 cmsmtp blocked. Refer to Error Codes section at https://www.cox.com/internet/mail/error-codes for more information. AUP#CXCNCT]==]),
  e(O, D, "undefined", "retry", LK,
    "Greylisting: come back later.",
    [==[451 4.7.1 Greylisting in action, please come back later.]==]),
  e(O, D, "securityerror", "retry", LK,
    "TLS is not available because of a local problem at the server; retry later.",
    [==[454 4.7.0 TLS not available due to local problem. Please try again later.]==]),
  e(O, B, "blocked", "contact", LK,
    "The client IP is on a blacklist.",
    [==[550 5.7.0 Your IP address is in a blacklist.]==]),
  e(O, D, "rejected", "retry", LK,
    "The sender's domain does not resolve for the moment.",
    [==[451 4.1.8 Sender e-mail address domain does not resolve temporarily.]==]),
  e(O, B, "rejected", "fix", LK,
    "The sender's domain does not exist.",
    [==[553 5.1.8 Sender e-mail address domain does not exist.]==]),
}
