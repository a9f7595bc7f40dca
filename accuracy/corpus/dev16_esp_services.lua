-- Round 16: replies and failure records as sending services and marketing
-- platforms show them in their own documentation, help articles and
-- SDK / integration test fixtures: SparkPost (support articles, SMTP
-- relay errors, event samples), Twilio SendGrid (event webhook reference,
-- drop reasons, invalid-email and block API examples), Mailgun (webhook
-- and event samples), Amazon SES (notification examples), Mailjet (event
-- error table), Resend (bounce subtypes and webhook example), Braze (email
-- reporting help), Salesforce Marketing Cloud (event notification
-- payloads), Brevo and MailerSend (webhook captures), and Postal (its SMTP
-- sender's own failure text and held-message record).  Labels follow what
-- each source says the reply or record means (hard / soft / block, what to
-- do), mapped by the policy of accuracy/corpus/README.md, set before any
-- classifier output was seen.  A service's own code-less failure text is
-- kept where a delivery record (webhook event, API answer) shows it.
-- Templates and placeholders are filled with documentation values; such
-- entries say so.
-- "code index file id N" names a file read through the public code index.
-- Sources: see each entry.
local E = dofile("accuracy/entry.lua")
local e = E.noted
local A, O = "address", "other"
local B, D = "bounced", "deferred"

local idx = E.index
local SP = "github.com/SparkPost/support-docs articles/"
local SG_EV = "github.com/sendgrid/docs content/docs/for-developers/tracking-events/event.md"
local SG_INV = idx("1272155302", "SendGrid documentation, v2 reseller API: invalid emails response example")
local MJ = idx("6737354752", "Mailjet Event API documentation, 'Possible values for errors' table")
local MG_HOOK = idx("52511023994", "Mailgun documentation, webhook payload examples")
local MG_EV = idx("2442091958", "Mailgun documentation, events API samples")
local ANY = "github.com/anymail/django-anymail tests/"
local BRAZE = idx("66602005665", "Braze documentation, email reporting: troubleshooting bounced emails")
local SFMC = idx("39839026381", "Salesforce Marketing Cloud event notification service docs: transactional email payload examples")
local SES_EV = "github.com/awsdocs/amazon-ses-developer-guide doc-source/event-publishing-retrieving-sns-examples.md"
local RESEND = "https://resend.com/docs/dashboard/emails/email-bounces (bounce types and subtypes; read through the code index, file id 16282427353)"
local SES_DOC = "github.com/awsdocs/amazon-ses-developer-guide doc-source/notification-examples.md"

return {
  -- {==================================================================
  -- SparkPost: support articles, SMTP relay errors, event samples
  -- ===================================================================
  e(O, B, "securityerror", "fix", SP .. "faq/error-messages-smtp.md",
    "SparkPost's SMTP relay refuses the login: the API key or user name is wrong or lacks the 'Send via SMTP' permission.",
    [==[535 5.7.8 Sorry. *** No authentication type succeeded]==]),
  e(O, B, "contenterror", "fix", SP .. "faq/error-messages-smtp.md",
    "The relay refuses the message: its X-MSYS-API header is not valid JSON; the sender must fix the header.",
    [==[550 5.6.0 JSON parsing error in X-MSYS-API]==]),
  e(O, B, "rejected", "fix", SP .. "user-guide/550-5-7-1-unconfigured-sending-domain.md",
    "The From address uses a domain that is not a sending domain configured in the sender's account; change the From domain.",
    [==[550 5.7.1 Unconfigured Sending Domain <demo.example.com>]==]),
  e(O, B, "feedback", "suppress", SP .. "faq/getting-an-error-554-5-7-1-when-trying-to-send.md",
    "The recipient marked earlier mail as spam; the address is on the account's suppression list and is not sent to.",
    [==[554 5.7.1 recipient address was suppressed due to customer policy (Spam Complaint)]==]),
  e(O, B, "undefined", "suppress", SP .. "faq/recipient-address-was-suppressed-due-to-system-policy.md",
    "The address is on SparkPost's global suppression list (role and alias addresses spammers target, defunct addresses, misspelled major domains); it is not sent to.",
    [==[554 5.7.1 - Recipient address was suppressed due to system policy]==],
    "judgment call: the list mixes bad addresses and protected aliases; the source names no single cause"),
  e(O, B, "expired", "contact", SP .. "faq/understanding-delays-bounces.md",
    "The message timed out after repeated temporary failures and is bounced; the last temporary failure is quoted. Not a hard bounce.",
    [==[554 5.4.7 [internal] message timeout (last transfail: 454 4.4.4 [internal] no MX or A for domain)]==]),
  e(O, D, "ratelimited", "throttle", SP .. "faq/understanding-delays-bounces.md",
    "SparkPost's adaptive delivery backs off a receiving provider that pushed back on the sending IP; the message is held and retried.",
    [==[451 4.3.0 [internal] Sending IP temporarily suspended]==]),
  e(O, B, "blocked", "contact", SP .. "tech-resources/webhook-event-reference.md",
    "Sample raw reason of a bounce event: the receiver refuses mail because the sending IP is on its black list.",
    [==[MAIL REFUSED - IP (17.99.99.99) is in black list]==],
    "the documentation's sample value, IP as shown there"),
  e(A, B, "userunknown", "suppress", idx("12401761056", "a SparkPost .NET client's event model: documented raw_reason sample"),
    "An out-of-band bounce: the receiving system reported later that the recipient is invalid.",
    [==[550 [internal] [oob] The recipient is invalid.]==]),
  e(O, B, "contenterror", "fix", ANY .. "test_sparkpost_webhooks.py (generation_failure event)",
    "Message generation failed: the template could not be rendered for this recipient; nothing was sent.",
    [==[554 5.3.3 [internal] Error while rendering part html: ...]==]),

  -- {==================================================================
  -- Twilio SendGrid: event webhook reference, drop reasons, API examples
  -- ===================================================================
  e(A, B, "userunknown", "suppress", SG_EV .. " (bounce event example)",
    "A bounce event: the receiving server permanently refused mail to this recipient, which it does not know.",
    [==[500 unknown recipient]==]),
  e(A, B, "userunknown", "suppress", SG_EV .. " (dropped event: drop reasons)",
    "Dropped without sending: the address is on the account's bounce list after an earlier hard bounce.",
    [==[Bounced Address]==]),
  e(O, B, "filtered", "suppress", SG_EV .. " (dropped event: drop reasons)",
    "Dropped without sending: the recipient unsubscribed.",
    [==[Unsubscribed Address]==]),
  e(O, B, "feedback", "suppress", SG_EV .. " (dropped event: drop reasons)",
    "Dropped without sending: the recipient reported earlier mail as spam.",
    [==[Spam Reporting Address]==]),
  e(O, B, "contenterror", "fix", SG_EV .. " (dropped event: drop reasons)",
    "Dropped: the message's SMTPAPI header is built wrongly; the sender must fix it.",
    [==[Invalid SMTPAPI header]==]),
  e(O, B, "spamdetected", "fix", SG_EV .. " (dropped event: drop reasons)",
    "Dropped by the account's own spam checker: the content looks like spam.",
    [==[Spam Content]==]),
  e(O, B, "ratelimited", "throttle", SG_EV .. " (dropped event: drop reasons)",
    "Dropped: sending to the list would go over the account's plan quota.",
    [==[Recipient List over Package Quota]==],
    "judgment call: a sending allowance of the sender's own plan"),
  e(A, B, "hostunknown", "suppress", SG_INV,
    "The address is on the invalid-emails list: its mail domain does not exist.",
    [==[Mail domain mentioned in email address is unknown]==]),
  e(A, B, "hostunknown", "suppress", SG_INV,
    "The address is on the invalid-emails list: its domain is a known bad domain.",
    [==[Known bad domain]==]),
  e(A, B, "userunknown", "suppress", SG_INV,
    "The address is on the invalid-emails list: it is not a well-formed address.",
    [==[Bad Syntax]==],
    "judgment call: a malformed recipient address, no mailbox can exist for it"),
  e(O, D, "networkerror", "retry", "github.com/Jericho/StrongGrid Source/StrongGrid.UnitTests/Resources/BlocksTests.cs (SendGrid blocks API answer, status 4.0.0)",
    "A block: SendGrid could not reach the receiving server (no route to host); a temporary failure.",
    [==[error dialing remote address: dial tcp 10.57.152.165:25: no route to host]==]),
  e(O, D, "ratelimited", "throttle", BRAZE,
    "The mailbox provider temporarily slowed or refused mail from the sending IPs for volume or reputation; the message is retried.",
    [==[Email was deferred due to the following reason(s): [IPs were throttled by recipient server]]==]),

  -- {==================================================================
  -- Braze
  -- ===================================================================
  e(A, B, "userunknown", "suppress", BRAZE,
    "A bounce: the address is on the suppression list; try another address or channel.",
    [==[554 5.7.1 [internal] recipient address was suppressed due to customer policy]==]),
  e(A, B, "hostunknown", "suppress", BRAZE,
    "The recipients' domains are bad (often typos): no mail exchanger could be found for them.",
    [==[unable to get mx info]==]),

  -- {==================================================================
  -- Mailgun: webhook and event samples
  -- ===================================================================
  e(O, D, "blocked", "throttle", MG_HOOK .. " (temporary failed event, recipient provider Free FR)",
    "A temporary failure: the receiver has temporarily blacklisted the sending IP by an anti-trojan rule; retry later.",
    [==[421 Your IP (161.38.194.10) is temporary blacklisted by an anti-troyan rule, retry later and/or visit http://sample.mailgun.com/]==],
    "code and message joined from the event's delivery-status"),
  e(A, D, "hostunknown", "retry", MG_EV .. " (failed event, severity temporary, code 498)",
    "A temporary failure: the recipient's domain has no MX record; Mailgun retries.",
    [==[No MX for [example.com]]==],
    "the source marks it temporary (retry-seconds 900)"),
  e(O, B, "rejected", "fix", ANY .. "test_mailgun_webhooks.py (rejected event)",
    "Mailgun rejects the message: sandbox sending domains are for tests only; the sender must use its own domain.",
    [==[Sandbox subdomains are for test purposes only.]==]),
  e(O, B, "expired", "contact", ANY .. "test_mailgun_webhooks.py (dropped event, code 499, reason 'old')",
    "Dropped after retrying too long: Mailgun could never connect to the recipient domain's MX servers.",
    [==[Unable to connect to MX servers: [example.com]]==]),

  -- {==================================================================
  -- Amazon SES: notification examples and payloads
  -- ===================================================================
  e(A, B, "userunknown", "suppress", SES_DOC .. " (bounce notification with a DSN, status 5.1.1)",
    "A permanent bounce: the receiving server does not know the user.",
    [==[smtp; 550 5.1.1 <jane@example.com>... User]==]),
  e(O, B, "expired", "contact", idx("48167617042", "an SES bounce notification fixture, status 4.4.7, action failed"),
    "SES gave up: the message could not be delivered within 840 minutes; the last attempt timed out connecting.",
    [==[smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>]==]),
  e(O, D, "mailboxfull", "retry", idx("39832005525", "an SES bounce event example: Transient / MailboxFull, action delayed"),
    "A transient bounce: the recipient's mailbox is full.",
    [==[smtp; 452 4.2.2 Mailbox full]==]),

  -- {==================================================================
  -- Salesforce Marketing Cloud
  -- ===================================================================
  e(A, B, "userunknown", "suppress", SFMC .. ", EmailBounced (bounceCode HARD, smtpReason 5.1.1)",
    "A hard bounce: bad destination mailbox address, the user is unknown.",
    [==[5.1.1 (bad destination mailbox address) User Unknown]==]),
  e(O, B, "filtered", "suppress", SFMC .. ", EmailNotSent (statusMessage Unsubscribed)",
    "Not sent: the subscriber's status is unsubscribed.",
    [==[The subscriber ExactTarget system status is unsubscribed]==]),

  -- {==================================================================
  -- Mailjet: error values of bounce and blocked events
  -- ===================================================================
  e(A, B, "suspend", "suppress", MJ .. ", recipient / mailbox inactive",
    "The account has been inactive too long; it probably no longer exists.",
    [==[mailbox inactive]==]),
  e(A, B, "hostunknown", "suppress", MJ .. ", domain / invalid domain",
    "The domain part is wrong (a typo) or the domain has expired.",
    [==[invalid domain]==]),
  e(A, B, "userunknown", "suppress", MJ .. ", mailjet / preblocked",
    "Not sent: the address bounced recently or repeatedly, so Mailjet blocks it to protect reputation.",
    [==[preblocked]==]),
  e(O, B, "spamdetected", "fix", MJ .. ", spam / content blocked",
    "Something in the message triggered an anti-spam filter and it was rejected.",
    [==[content blocked]==]),
  e(O, D, "systemerror", "retry", MJ .. ", system / system issue",
    "Something went wrong on the sending service's side; a temporary error.",
    [==[system issue]==]),
  e(O, D, "networkerror", "retry", MJ .. ", system / connection issue",
    "A connection problem while sending; never permanent.",
    [==[connection issue]==]),

  e(O, D, "undefined", "retry", MJ .. ", domain / greylisted",
    "A temporary refusal of a possibly unrecognised sender (greylisting); delivery will be attempted again.",
    [==[greylisted]==]),
  e(A, B, "notaccept", "suppress", MJ .. ", domain / no mail host",
    "A hard domain error: nobody answers for the domain's mail.",
    [==[no mail host]==],
    "judgment call: the source's words are 'nobody answers when we knock at the door', filed with the domain's hard errors"),

  -- {==================================================================
  -- Amazon SES: event publishing examples
  -- ===================================================================
  e(O, B, "virusdetected", "fix", SES_EV .. " (Reject record)",
    "A Reject event: SES accepted the message but found a virus in it and did not try to deliver it.",
    [==[Bad content]==],
    "the meaning of a Reject event is given by the same guide's event types list"),
  e(O, B, "contenterror", "fix", SES_EV .. " (Rendering Failure record)",
    "A templated message could not be rendered: the template uses an attribute the rendering data lacks; nothing was sent.",
    [==[Attribute 'attributeName' is not present in the rendering data.]==]),
  e(O, D, "networkerror", "retry", SES_EV .. " (DeliveryDelay record, TransientCommunicationFailure)",
    "A delivery delay: SES could not connect to the receiving host and keeps trying.",
    [==[smtp; 421 4.4.1 Unable to connect to remote host]==]),
  e(O, "delivered", "delivered", "none", SES_EV .. " (Delivery record, smtpResponse)",
    "The receiving server accepted the message.",
    [==[250 2.6.0 Message received]==]),

  -- {==================================================================
  -- Resend: bounce subtypes and the bounced webhook example
  -- ===================================================================
  e(A, B, "userunknown", "suppress", "https://resend.com/docs/webhooks/emails/bounced (email.bounced example, Permanent / Suppressed)",
    "A permanent bounce: the address is on the suppression list after a recent history of hard bounces.",
    [==[The recipient's email address is on the suppression list because it has a recent history of producing hard bounces.]==]),
  e(O, B, "undefined", "suppress", RESEND .. ", Permanent / General",
    "A hard bounce with no finer cause given.",
    [==[The recipient's email provider sent a hard bounce message.]==]),
  e(O, D, "undefined", "retry", RESEND .. ", Transient / General",
    "A soft bounce with no finer cause; sending may work later once the issue is resolved.",
    [==[The recipient's email provider sent a general bounce message. You might be able to send a message to the same recipient in the future if the issue that caused the message to bounce is resolved.]==]),
  e(O, D, "mailboxfull", "retry", RESEND .. ", Transient / MailboxFull",
    "A soft bounce: the recipient's inbox was full.",
    [==[The recipient's email provider sent a bounce message because the recipient's inbox was full. You might be able to send to the same recipient in the future when the mailbox is no longer full.]==]),
  e(O, D, "emailtoolarge", "retry", RESEND .. ", Transient / MessageTooLarge",
    "A soft bounce: the message was too large; a smaller one may go through.",
    [==[The recipient's email provider sent a bounce message because message you sent was too large. You might be able to send a message to the same recipient if you reduce the size of the message.]==]),
  e(O, D, "policyviolation", "retry", RESEND .. ", Transient / ContentRejected",
    "A soft bounce: the provider does not allow the message's content.",
    [==[The recipient's email provider sent a bounce message because the message you sent contains content that the provider doesn't allow. You might be able to send a message to the same recipient if you change the content of the message.]==]),
  e(O, D, "policyviolation", "retry", RESEND .. ", Transient / AttachmentRejected",
    "A soft bounce: the provider refused an attachment (its file type or size).",
    [==[The recipient's email provider sent a bounce message because the message contained an unacceptable attachment. For example, some email providers may reject messages with attachments of a certain file type, or messages with very large attachments. You might be able to send a message to the same recipient if you remove or change the content of the attachment.]==]),
  e(A, B, "userunknown", "suppress", "github.com/Jericho/StrongGrid Source/StrongGrid.UnitTests/Resources/BouncesTests.cs (SendGrid bounces API answer, status 5.1.1)",
    "A bounce kept on SendGrid's bounce list: the recipient is unknown in the receiver's alias table.",
    [==[550 5.1.1 <testemail2@testing.com>: Recipient address rejected: User unknown in virtual alias table]==]),

  -- {==================================================================
  -- Brevo, MailerSend, Postal and Mailgun records
  -- ===================================================================
  e(A, D, "hostunknown", "retry", ANY .. "test_brevo_webhooks.py (soft_bounce event, a live capture)",
    "A soft bounce: no MX could be found for the recipient's domain.",
    [==[undefined Unable to find MX of domain no-mx.example.com]==],
    "Brevo files a non-existent domain under soft bounces (help article 'What is a soft bounce and a hard bounce')"),
  e(O, B, "filtered", "suppress", ANY .. "test_brevo_webhooks.py (blocked event, a live capture)",
    "Not sent: the contact is on the sender's own block list.",
    [==[blocked : due to blacklist user]==]),
  e(A, B, "hostunknown", "suppress", ANY .. "test_mailersend_webhooks.py (hard_bounced event, recipient_bounce reason)",
    "A hard bounce: the recipient's domain name does not resolve.",
    [==[Host or domain name not found]==]),
  e(A, B, "userunknown", "suppress", ANY .. "test_postal_webhooks.py (MessageHeld event, status Held)",
    "Postal holds the message: the recipient is on the server's suppression list after earlier hard failures.",
    [==[Recipient (suppressed@example.com) is on the suppression list]==],
    "judgment call: held, not sent; the suppression list records earlier hard bounces"),
  e(O, B, "badreputation", "throttle", idx("474041440", "Symfony Mailgun webhook payload converter: Mailgun's dropped codes, 625"),
    "Mailgun drops the message because of the poor quality of the sender's mailing list.",
    [==[Poor mailing list quality]==],
    "judgment call: a verdict on the sender's list, not on this address"),

  -- {==================================================================
  -- Postal: its SMTP sender's own failure text
  -- ===================================================================
  e(O, D, "networkerror", "retry", "github.com/postalserver/postal app/senders/smtp_sender.rb (send_message: SoftFail, retry, connect_error)",
    "A soft failure: none of the recipient domain's mail servers could be connected to; Postal retries.",
    [==[No SMTP servers were available for example.com. Tried mx1.example.com and mx2.example.com.]==],
    "template filled with documentation values"),
}
