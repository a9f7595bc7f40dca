-- Fresh dev batch (round 9), second part: more replies that blame
-- something other than the address, from Postfix policy daemons and
-- filters (mtpolicyd, Policyd v2, Proxmox Mail Gateway's pmgpolicy,
-- policyd-rate-guard, rblpolicyd), Rspamd's rate-limit module,
-- Courier's filters, a hosting provider's script that watches its
-- outgoing log for remote spam rejections, Exchange Online's and Exchange
-- Server's documented texts, Amazon SES's SMTP responses, and pages
-- quoting rejections.  Replies whose exact text the corpus already held
-- were left out.  A Postfix policy daemon's REJECT/DEFER text reaches the
-- client inside Postfix's own wording; with the daemon in
-- smtpd_recipient_restrictions (where their documentation puts it):
-- "554 5.7.1 <rcpt>: Recipient address rejected: TEXT" for REJECT,
-- "450 4.7.1 <rcpt>: Recipient address rejected: TEXT" for DEFER and
-- DEFER_IF_PERMIT.  Rspamd's "soft reject" reaches a milter client as
-- 451 4.7.1 with the module's message.  Template values are filled with
-- documentation values (example.org, 192.0.2.1) or a plausible value.
-- Labelled from each source's meaning (reason, action by the policy of
-- accuracy/corpus/README.md), before any was classified.
local e = dofile("accuracy/entry.lua")
local O = "other"
local B, D = "bounced", "deferred"

local MTP = "github.com/benningm/mtpolicyd lib/Mail/MtPolicyd/Plugin/"
local CBP = "github.com/hummermania/policyd cbp/modules/"
local PMG = "github.com/proxmox/pmg-api src/bin/pmgpolicy greylist_value() (PMG's policy service, check_policy_service in smtpd_recipient_restrictions per src/templates/main.cf.in)"
local RSPAMD = "github.com/rspamd/rspamd src/plugins/lua/"
local COURIER = "github.com/svarshavchik/courier courier/courier/filters/"
local EXO_THROTTLE = "github.com/x13-me/OfficeDocs-Exchange Exchange/ExchangeOnline/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions.md (the new errors seen when throttling is hit)"
local EXS = "github.com/x13-me/OfficeDocs-Exchange Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md (common enhanced status codes table)"
local SES = "github.com/awsdocs/amazon-ses-developer-guide doc-source/smtp-response-codes.md (SMTP response codes returned by Amazon SES)"
local PICK = "a cPanel host's outgoing-spam suspender script, read via the code index (file id 17173535347): the remote rejection texts it greps its Exim log for as signs that its customers' mail was refused as spam (texts as given there, without their codes)"

return {
  -- {==================================================================
  -- mtpolicyd plugin defaults (more)
  -- ===================================================================
  e(O, B, "blocked", "contact", MTP .. "DBL.pm (default reject_message '%CHECK% rejected (%HOSTNAME%%INFO%)', sender check)",
    "The sender's domain is listed on a domain blocklist.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: sender rejected (example.org, https://www.spamhaus.org/query/dbl?domain=example.org)]==]),
  e(O, B, "blocked", "contact", MTP .. "DBL.pm (reverse_client_name check)",
    "The client's reverse DNS name is listed on a domain blocklist.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: reverse_client_name rejected (mail.example.net, https://www.spamhaus.org/query/dbl?domain=example.net)]==]),

  -- {==================================================================
  -- Policyd v2 (cluebringer) quotas
  -- ===================================================================
  e(O, D, "ratelimited", "throttle", CBP .. "Quotas.pm (MessageCount limit; verdict DEFER with the module's text)",
    "The sender or client exceeded its message-count quota for the period.",
    [==[450 4.7.1 <bob@example.com>: Recipient address rejected: Policy rejection; Message count quota exceeded]==]),
  e(O, B, "ratelimited", "throttle", CBP .. "Quotas.pm (MessageCumulativeSize limit; verdict REJECT with the module's text)",
    "The sender or client exceeded its quota of total message size for the period.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Policy rejection; Cumulative message size quota exceeded]==]),

  -- {==================================================================
  -- Proxmox Mail Gateway pmgpolicy
  -- ===================================================================
  e(O, B, "authfailure", "fix", PMG .. "; SPF fail: 'reject ${auth_expl}', Mail::SPF's default authority explanation filled in",
    "The sender fails SPF; the reply only carries the SPF explanation link.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Please see http://www.open-spf.org/Why?s=mfrom;id=alice%40example.org;ip=192.0.2.1;r=pmg.example.com]==]),
  e(O, D, "undefined", "retry", PMG .. "; greylisting: 'defer_if_permit Service is unavailable (try later)'",
    "Greylisting: the triplet is new; retry later.",
    [==[450 4.7.1 <bob@example.com>: Recipient address rejected: Service is unavailable (try later)]==]),

  -- {==================================================================
  -- other policy daemons
  -- ===================================================================
  e(O, D, "ratelimited", "throttle", "github.com/onlime/policyd-rate-guard app/handler.py (default ACTION_TEXT_BLOCKED with DEFER_IF_PERMIT)",
    "The authenticated sender reached its sending quota; retry later.",
    [==[450 4.7.1 <bob@example.com>: Recipient address rejected: Rate limit reached, retry later]==]),
  e(O, B, "blocked", "contact", "github.com/tlamy/rblpolicyd worker.c worker_th() ('action=REJECT Blocked through <lists>')",
    "The client IP's weighted DNSBL score reached the limit; the lists that matched are named.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Blocked through zen.spamhaus.org, bl.spamcop.net]==]),

  -- {==================================================================
  -- Rspamd modules (soft reject through the milter)
  -- ===================================================================
  e(O, D, "ratelimited", "throttle", RSPAMD .. "ratelimit.lua (set_pre_result soft reject 'Ratelimit exceeded')",
    "A rate bucket (per recipient, per IP, per sender) is over its limit.",
    [==[451 4.7.1 Ratelimit exceeded]==]),

  -- {==================================================================
  -- Courier filters
  -- ===================================================================
  e(O, B, "ratelimited", "throttle", COURIER .. "ratefilter.C (recipients per interval over filters/ratefilter-maxrcpts)",
    "The (local) sender sent to more recipients in the interval than allowed.",
    [==[500 Number of messages exceeded administrative limit.]==]),
  e(O, B, "rejected", "fix", COURIER .. "verifyfilter.c format_as_smtp() (HARDFAIL_STATUS 530, VERIFICATION_FAILED_FORMAT)",
    "The callout to the envelope sender's own server failed: the sender address could not be verified.",
    [==[530 <alice@example.org> verification failed.]==]),
  e(O, D, "rejected", "retry", COURIER .. "verifyfilter.c format_as_smtp() (SOFTFAIL_STATUS 430)",
    "The sender verification callout failed temporarily.",
    [==[430 <alice@example.org> verification failed.]==]),

  -- {==================================================================
  -- remote spam rejections watched for by a hosting provider
  -- ===================================================================
  e(O, B, "spamdetected", "fix", PICK,
    "The remote server's filter judged the message spam (or it was reported as spam).",
    [==[Your message looks like SPAM or has been reported as SPAM]==]),
  e(O, B, "spamdetected", "fix", PICK,
    "The remote server refused the message as spam, a virus or a blocked sender.",
    [==[Message contains spam or virus or sender is blocked]==]),
  e(O, B, "spamdetected", "fix", PICK,
    "The remote server refused the content as suspected spam.",
    [==[Message content rejected due to suspected spam]==]),
  e(O, B, "spamdetected", "fix", PICK,
    "The remote server found spam content in the message.",
    [==[Message blocked due to spam content in the message]==]),
  e(O, B, "contenterror", "fix", PICK,
    "The remote server refused the message's content.",
    [==[Message rejected because of unacceptable content]==]),
  e(O, B, "spamdetected", "fix", PICK,
    "The remote server's local policy refuses spam.",
    [==[Refused by local policy. No SPAM please]==]),
  e(O, B, "policyviolation", "fix", PICK,
    "The remote server's local policy refused the message.",
    [==[Message rejected due to local policy]==]),
  e(O, B, "spamdetected", "fix", PICK,
    "The remote server refused the message as spam by shared (community) judgment.",
    [==[message has been rejected due to content judged to be spam by the internet community]==]),
  e(O, B, "spamdetected", "fix", PICK,
    "The remote server refused the message for possible spam content.",
    [==[Message rejected due to possible spam content]==]),
  e(O, B, "spamdetected", "fix", PICK,
    "The remote server's filters detected the message as spam.",
    [==[Email detected as Spam by spam filters]==]),

  -- {==================================================================
  -- pages quoting rejections
  -- ===================================================================
  e(O, B, "authfailure", "fix", "https://support.kerioconnect.gfi.com/hc/en-us/articles/360015187600-Secure-email-delivery-via-Sender-Policy-Framework-and-Greylisting (DSN quoted: the destination's SPF rejection, relayed by a hosting provider's MTA)",
    "The destination refused the message because the sender's SPF record does not allow the sending IP.",
    [==[550 5.7.0 Please see http://www.openspf.net/why.html?sender=johndoe%40connect_domain.com]==]),
  e(O, D, "badreputation", "throttle", "https://www.emailquestions.com/threads/smtp-550-blocked-why-is-my-email-blocked-with-an-error-message.8845/ (errors listed as reputation blocks)",
    "The receiver refuses mail from the sending IP for its poor reputation.",
    [==[Poor reputation]==]),
  e(O, B, "blocked", "contact", "https://www.emailquestions.com/threads/smtp-550-blocked-why-is-my-email-blocked-with-an-error-message.8845/ (errors listed as reputation blocks)",
    "The receiver refuses the sending IP on a reputation service's verdict.",
    [==[Blocked by Email Reputation Service]==]),
  e(O, D, "systemerror", "retry", "https://wanglu.net/thread/t12-245059-0.html (webmail delivery log causes, retry class)",
    "The receiving server is short of resources for now.",
    [==[420 Resources unavailable temporarily. Please try later (mta1023.mail.tp2.yahoo.com)]==]),
  e(O, D, "systemerror", "retry", "https://wanglu.net/thread/t12-245059-0.html (webmail delivery log causes: memory)",
    "The receiving server ran out of memory.",
    [==[452 4.3.1 Out of memory]==]),

  -- {==================================================================
  -- Exchange Online: continuous error throttling of SMTP AUTH senders
  -- ===================================================================
  e(O, B, "ratelimited", "throttle", EXO_THROTTLE,
    "The sending account is throttled because its submissions keep failing on full mailboxes: the sender's sending, not the recipient, is refused.",
    [==[550 5.2.251 Sender throttled due to continuous mailbox full errors.]==]),
  e(O, B, "ratelimited", "throttle", EXO_THROTTLE,
    "The sending account is throttled because its submissions keep failing on Send As permission.",
    [==[550 5.2.252 Sender throttled due to continuous send as denied errors.]==]),
  e(O, B, "ratelimited", "throttle", EXO_THROTTLE,
    "The sending account is throttled because its submissions keep failing on an invalid license.",
    [==[550 5.2.253 Sender throttled due to continuous invalid license errors.]==]),
  e(O, B, "ratelimited", "throttle", EXO_THROTTLE,
    "The sending account is throttled because its submissions keep exceeding the recipient limit.",
    [==[550 5.2.254 Sender throttled due to continuous too many recipients errors.]==]),
  e(O, B, "ratelimited", "throttle", EXO_THROTTLE,
    "The sending account is throttled because its submissions keep naming invalid recipients.",
    [==[550 5.2.255 Sender throttled due to continuous invalid recipients errors.]==]),

  -- {==================================================================
  -- Exchange Server: common enhanced status codes (the table gives the
  -- enhanced code and the text, no reply code)
  -- ===================================================================
  e(O, D, "systemerror", "retry", EXS,
    "Important Exchange components are inactive or a connector is misplaced: the receiving server's trouble.",
    [==[4.3.2 Service not active]==]),
  e(O, B, "spamdetected", "fix", EXS,
    "The message was quarantined by content filtering.",
    [==[5.2.1 Content Filter agent quarantined this message]==]),
  e(O, B, "emailtoolarge", "fix", EXS,
    "The message is larger than the size limit configured for this recipient.",
    [==[5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient]==]),
  e(O, B, "contenterror", "fix", EXS,
    "The message was found malformed and moved to the poison message queue.",
    [==[5.3.0 Too many related errors]==]),
  e(O, B, "systemerror", "contact", EXS,
    "The delivering server's store driver lacks properties it needs (address book policy routing): the receiving organisation's setup.",
    [==[5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB properties]==]),
  e(O, B, "networkerror", "contact", EXS,
    "A mail loop: a receive connector's FQDN matches another server in the mail flow.",
    [==[5.3.5 System incorrectly configured]==]),
  e(O, B, "networkerror", "contact", EXS,
    "A configuration error caused a mail loop; Exchange stopped it after 20 hops.",
    [==[5.4.6 Hop count exceeded - possible mail loop]==]),
  e(O, B, "syntaxerror", "fix", EXS,
    "The client sent a command before EHLO/HELO.",
    [==[5.5.2 Send hello first]==]),
  e(O, B, "ratelimited", "throttle", EXS,
    "The message has more recipients than allowed for one message.",
    [==[5.5.3 Too many recipients]==]),
  e(O, B, "securityerror", "fix", EXS,
    "Exchange Server authentication (X-EXPS) could not be done: a firewall or connector setup blocks it.",
    [==[5.7.3 Cannot achieve Exchange Server authentication]==]),
  e(O, B, "policyviolation", "fix", EXS,
    "A mail flow (transport) rule rejected the message.",
    [==[5.7.900 Delivery not authorized, message refused]==]),

  -- {==================================================================
  -- Amazon SES SMTP interface (our own sending service refusing us)
  -- ===================================================================
  e(O, D, "ratelimited", "throttle", SES,
    "The account exceeded its maximum send rate per second.",
    [==[454 Throttling failure: Maximum sending rate exceeded]==]),
  e(O, D, "securityerror", "retry", SES,
    "SES had a problem validating the SMTP credentials; retry.",
    [==[454 Temporary authentication failure]==]),
  e(O, D, "systemerror", "retry", SES,
    "SES did not receive the request properly; retry.",
    [==[454 Temporary service failure]==]),
  e(O, B, "securityerror", "fix", SES,
    "The SMTP credentials given are wrong.",
    [==[535 Authentication Credentials Invalid]==]),
  e(O, B, "securityerror", "fix", SES,
    "The AWS account owning the SMTP credentials is not signed up for SES.",
    [==[535 Account not subscribed to SES]==]),
  e(O, B, "securityerror", "fix", SES .. " (ARNs filled with documentation values)",
    "The IAM user owning the SMTP credentials may not call the SES SMTP endpoint for that identity.",
    [==[554 Access denied: User arn:aws:iam::123456789012:user/ses-smtp is not authorized to perform ses:SendRawEmail on resource arn:aws:ses:us-east-1:123456789012:identity/example.org]==]),
  e(O, B, "rejected", "fix", SES .. " (identity and region filled in)",
    "The sending address or domain has not been verified with SES in that region.",
    [==[554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: alice@example.org]==]),
}
