-- smtpbounce.log.presets -- the field mappings of the JSON-lines logs and
-- event feeds scan knows by name (--fields NAME; smtpbounce.log.jsonl
-- reads them, and says what each reads).  Per preset:
--   fields      smtpbounce's field -> dotted path(s) into a line's object
--               ("a|b": a, else b; "*": each element of a list)
--   status      what the mta_status path says -> sent, deferred, bounced,
--               expired, complained (a value not listed: no attempt)
--   relay_from_text  the relay is named in the text ("SMTP to host (ip)")
--   sns         the object may be an SNS notification: its record is the
--               JSON text in Message
--   items       the path of a list of events in a line (an API's page)
--   diagnostic  the reply may start with its RFC 3464 type ("smtp; ")
--   hint        the class of a reply without one follows the verdict
--               (mta_status); a table: from the value at its 'path' first
--               ("Permanent" = "5"; false: none)
-- Sources: the page each provider documents its records on (named in
-- smtpbounce.log.jsonl), and spec/fixtures/events/SOURCES.

return {
    kumomta = {
        fields = { time = "timestamp", queue_id = "id", recipient = "recipient",
                   relay = "peer_address.name", relay_ip = "peer_address.addr",
                   phase = "response.command", mta_status = "type",
                   code = "response.code", dsn = "response.enhanced_code",
                   reply = "response.content" },
        status = { Delivery = "sent", TransientFailure = "deferred",
                   Bounce = "bounced", Expiration = "expired",
                   AdminBounce = "bounced", OOB = "bounced" },
    },
    postal = {
        fields = { time = "payload.timestamp|timestamp",
                   queue_id = "payload.message.id|message.id",
                   recipient = "payload.message.to|message.to",
                   mta_status = "payload.status|status",
                   reply = "payload.output|output", text = "payload.details|details" },
        status = { Sent = "sent", SoftFail = "deferred", HardFail = "bounced",
                   Bounced = "bounced" },
        -- "Message sent by SMTP to aspmx.l.google.com (2a00:...) (from ...)"
        relay_from_text = true,
    },
    ses = {
        fields = {
            time = "bounce.timestamp|complaint.timestamp|delivery.timestamp"
                   .. "|deliveryDelay.timestamp|mail.timestamp",
            queue_id = "mail.messageId",
            recipient = "bounce.bouncedRecipients.*.emailAddress"
                        .. "|complaint.complainedRecipients.*.emailAddress"
                        .. "|deliveryDelay.delayedRecipients.*.emailAddress"
                        .. "|delivery.recipients.*",
            relay_ip = "bounce.remoteMtaIp|delivery.remoteMtaIp",
            mta_status = "notificationType|eventType",
            dsn = "bounce.bouncedRecipients.*.status|deliveryDelay.delayedRecipients.*.status",
            reply = "bounce.bouncedRecipients.*.diagnosticCode"
                    .. "|deliveryDelay.delayedRecipients.*.diagnosticCode|delivery.smtpResponse",
            text = "complaint.complaintFeedbackType|bounce.bounceSubType|deliveryDelay.delayType",
        },
        status = { Bounce = "bounced", Complaint = "complained", Delivery = "sent",
                   DeliveryDelay = "deferred" },
        -- an SNS HTTP notification: the record is the JSON text in Message
        sns = true,
        -- diagnosticCode: an RFC 3464 Diagnostic-Code ("smtp; 550 ...")
        diagnostic = true,
        -- a bounce's class is its bounceType's, not always 5
        hint = { path = "bounce.bounceType", Permanent = "5", Transient = "4",
                 Undetermined = false },
    },
    sendgrid = {
        hint = true,
        fields = { time = "timestamp", queue_id = "sg_message_id", recipient = "email",
                   mta_status = "event", dsn = "status", reply = "reason|response" },
        status = { bounce = "bounced", dropped = "bounced", deferred = "deferred",
                   delivered = "sent", spamreport = "complained" },
    },
    mailgun = {
        hint = true,
        fields = { time = "event-data.timestamp|timestamp",
                   queue_id = "event-data.message.headers.message-id|message.headers.message-id",
                   recipient = "event-data.recipient|recipient",
                   relay = "event-data.delivery-status.mx-host|delivery-status.mx-host",
                   -- failed: its severity says which; the others: the event
                   mta_status = "event-data.severity|severity|event-data.event|event",
                   code = "event-data.delivery-status.code|delivery-status.code",
                   dsn = "event-data.delivery-status.enhanced-code|delivery-status.enhanced-code",
                   reply = "event-data.delivery-status.message|delivery-status.message"
                           .. "|event-data.delivery-status.description|delivery-status.description",
                   text = "event-data.reason|reason" },
        status = { permanent = "bounced", temporary = "deferred", delivered = "sent",
                   complained = "complained", rejected = "bounced" },
        items = "items",
    },
    postmark = {
        hint = true,
        diagnostic = true,     -- Details: "smtp;550 5.1.1 ..." (the bounce's)
        fields = { time = "BouncedAt|DeliveredAt", queue_id = "MessageID",
                   recipient = "Email|Recipient", mta_status = "Type|RecordType",
                   reply = "Details", text = "Description" },
        -- (Postmark's bounce types: developer/api/bounce-api#bounce-types)
        status = { HardBounce = "bounced", SoftBounce = "deferred", Transient = "deferred",
                   DnsError = "deferred", BadEmailAddress = "bounced", Blocked = "bounced",
                   SpamNotification = "bounced", VirusNotification = "bounced",
                   DMARCPolicy = "bounced", ManuallyDeactivated = "bounced",
                   Unknown = "bounced", SpamComplaint = "complained", Delivery = "sent" },
    },
    sparkpost = {
        hint = true,
        fields = { time = "msys.message_event.timestamp|timestamp",
                   queue_id = "msys.message_event.message_id|message_id",
                   recipient = "msys.message_event.rcpt_to|rcpt_to",
                   relay_ip = "msys.message_event.ip_address|ip_address",
                   mta_status = "msys.message_event.type|type",
                   code = "msys.message_event.error_code|error_code",
                   reply = "msys.message_event.raw_reason|raw_reason",
                   text = "msys.message_event.fbtype|fbtype" },
        status = { bounce = "bounced", out_of_band = "bounced", policy_rejection = "bounced",
                   delay = "deferred", delivery = "sent", spam_complaint = "complained" },
        -- (the message events API's page: {"results":[...]})
        items = "results",
    },
}
