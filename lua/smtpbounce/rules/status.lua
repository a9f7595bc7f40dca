-- RFC 3463 enhanced status codes and the IANA "SMTP Enhanced Status Codes"
-- registry: the reason a status stands for when the text says nothing
-- more specific.  The class comes from the reply ("x"), so 4.2.2 and 5.2.2
-- share a rule and the policy decides retry or suppress.
-- Sources: RFC 3463 section 3; RFC 7505 (null MX); RFC 7372 (x.7.20-26);
-- RFC 4954 (x.7.8-12); RFC 6531 (x.6.7-10);
-- https://www.iana.org/assignments/smtp-enhanced-status-codes
-- x.0.0, x.7.0 and other "undefined" statuses are left to the reply code.
--
-- Every example is a reply a server sent or a server's own reply text,
-- with where it was found; each is one that this rule itself decides (no
-- phrase or provider rule takes it first).  Rules with no example: no such
-- reply was found (the registry's sample texts all carry words a phrase
-- rule decides on).

-- "x" means the failure classes only: a success status such as
-- "250 2.1.0 Sender OK" or "250 2.6.0 Queued mail for delivery" must not
-- be read as a failure, so "x.1.0" stands for 4.1.0 and 5.1.0.
local function failures (status)
    if type(status) == "table" then
        local out = {}
        for _, st in ipairs(status) do
            for _, one in ipairs(failures(st)) do out[#out + 1] = one end
        end
        return out
    end
    local rest = status:match("^x(%..*)$")
    if not rest then return { status } end
    return { "4" .. rest, "5" .. rest }
end

-- a 5.7.1 whose text names something else than the address: the
-- reading of rules/unread.lua (its codes, its test of a word that names
-- something, its address words), for the one status whose default
-- blames a recipient-side filter ("filtered", which suppresses on a 5xx)
-- though the registry's own words for it name no address ("Delivery not
-- authorized, message refused": rules/unread.lua counts "authorized"
-- and its kin among a refusal's words).  The address-signing
-- schemes (SRS, SES, BATV, PRVS) name the address of a returned message:
-- they keep the default.
local unread = require("smtpbounce.rules.unread").rules[1]

local NAMES_71 = unread.pattern
-- its codes, and no code: a reply that gives only the status ("5.7.1
-- ...", "#5.7.1 ...") is a 5xx by it, and read as one
local CODES_71 = { 0 }
for _, code in ipairs(unread.code) do CODES_71[#CODES_71 + 1] = code end
-- (the address words are the pattern's: rules/patterns.lua's
-- UNREAD_ADDRESS, read as prose)
local ADDRESS_71 = { " srs", "srs0", "srs1", " ses ", "batv", "prvs" }

local function s (id, status, reason, examples)
    return { id = id, status = failures(status), reason = reason,
             examples = examples, source = "RFC 3463 / IANA registry" }
end

-- where the examples come from (repeated sources)
local EXCHANGE_REPLIES = "github.com/evilashz/exchange-server-27065 "
    .. "Microsoft.Exchange.Data.Transport/Data/Transport/Smtp/SmtpResponse.cs"
    .. " (Exchange Server transport reply strings, decompiled)"
local EXCHANGE_ACKS = "github.com/evilashz/exchange-server-27065 "
    .. "Microsoft.Exchange.Transport/Exchange/Transport/AckReason.cs"
    .. " (Exchange Server transport reply strings, decompiled)"
local MS_NDR = "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/"
    .. "non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online"
local SEED = "SendGrid support article 200181758 'Common SMTP Server Bounce "
    .. "Responses' (the seed guide, examples/seed-replies.txt; line "

return {
    rules = {
        -- success: a log line or report that kept only the enhanced status
        -- (with a 2xx reply code, smtp.2xx decides)
        { id = "status.2", status = "2", code = 0, reason = "delivered",
          source = "RFC 3463 section 3.1 (2.X.X Success)",
          examples = {
              { reply = "Wed Jun 16 21:42:38 2004 Info: MID 200257070 RID [0] Response 2.6.0 \n"
                    .. "<37gva9$5uvbhe@mail.example.com> Queued mail for delivery",
                source = "Cisco IronPort AsyncOS 7.6 for Email Daily Management Guide, mail log examples (https://manualsbrain.com/pt/manuals/1649579/?page=131)" },
          } },
        -- RFC 5321's "bad sequence of commands" and "command not
        -- implemented" (503, 502) under an addressing status: the
        -- conversation went wrong, the status alone says no more of the
        -- address (a text that names an unknown user is a phrase's)
        { id = "status.sequence", code = { 502, 503 }, status = failures({ "x.1" }),
          reason = "syntaxerror",
          source = "RFC 5321 section 4.2.2 (502, 503) and section 4.3.2",
          examples = {
              { reply = [[503 5.1.1 No recipients]],
                source = "github.com/Kopano-dev/kopano-core spooler/DAgent.cpp (LMTP DATA with no accepted recipient)" },
          } },
        -- addressing
        s("status.x.1.1", "x.1.1", "userunknown", {
            { reply = [[550 5.1.1 ... User is unknown]],
              source = "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html" },
        }),
        s("status.x.1.0", "x.1.0", "userunknown", {
            { reply = [[550 5.1.0 RESOLVER.ADR.X500InSmtp; encapsulated X.500 address inside an SMTP address (IMCEAX500-)]],
              source = EXCHANGE_ACKS .. ": EncapsulatedX500Address" },
            { reply = [[550 5.1.0 RESOLVER.ADR.SmtpInSmtp; encapsulated SMTP address inside an SMTP address (IMCEASMTP-)]],
              source = EXCHANGE_ACKS .. ": EncapsulatedSmtpAddress" },
        }),
        s("status.x.1.2", "x.1.2", "hostunknown", {
            { reply = [[553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors, and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address.]],
              source = "https://support.google.com/a/answer/3726730" },
        }),
        s("status.x.1.3", "x.1.3", "userunknown", {
            { reply = [[501 5.1.3 Bad recipient address syntax.]],
              source = "https://www.yandex.com/support/mail/bounces/yandex.html" },
        }),
        s("status.x.1.4", "x.1.4", "userunknown", {
            { reply = [[550 5.1.4 RESOLVER.ADR.Ambiguous; ambiguous address]],
              source = EXCHANGE_ACKS .. ": AmbiguousAddressPermanent" },
        }),
        s("status.x.1.6", "x.1.6", "hasmoved", {
            { reply = [[550 5.1.6 recipient no longer on server]],
              source = "https://github.com/customeros/mailsherpa/issues/19" },
        }),
        s("status.x.1.7", "x.1.7", "rejected", {
            { reply = [[501 5.1.7 Bad address mailbox syntax.]],
              source = "https://github.com/nodemailer/nodemailer/issues/421" },
            { reply = [[550 5.1.7 SMTPSEND.LongSenderAddress; long sender address]],
              source = EXCHANGE_ACKS .. ": SmtpSendLongSenderAddress" },
        }),
        s("status.x.1.8", "x.1.8", "rejected", {
            { reply = [[501 5.1.8 UTF-8 addresses not supported]],
              source = EXCHANGE_REPLIES .. ": Utf8Address" },
        }),
        s("status.x.1.10", "x.1.10", "notaccept", {
            { reply = [[556 5.1.10 <your@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)]],
              source = "Postfix smtpd null-MX reject (src/dns/dns_lookup.c 'Domain %s does not accept mail (nullMX)') quoted in a Symfony Mailer exception" },
        }),
        -- mailbox; but RFC 5321's 421 is the service closing the channel
        -- (section 3.8), for every recipient at once: a mailbox status
        -- beside it names no one mailbox, and what is left is the
        -- receiving system's trouble, retried (a text that names the
        -- mailbox still decides by its phrase rule)
        { id = "status.x.2-421", status = { "4.2.0", "4.2.1", "4.2.2" }, code = 421,
          reason = "systemerror", source = "RFC 5321 sections 3.8 and 4.2.3; RFC 3463",
          examples = {
            { reply = [=[421 4.2.1 Connection deferred - OXSUS0001_102]=],
              source = "https://postmaster-oxsus.vadesecure.com/ (Vade: OXSUS0001_102, its back-end "
                       .. "servers are behind; retry later)" },
          } },
        s("status.x.2.1", "x.2.1", "suspend", {
            { reply = [[550 5.2.1 Mailbox cannot be accessed]],
              source = EXCHANGE_REPLIES .. ": MailboxOffline" },
        }),
        s("status.x.2.2", "x.2.2", "mailboxfull", {
            { reply = [[552 5.2.2 Over STORAGE quota]],
              source = "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html" },
        }),
        s("status.x.2.3", "x.2.3", "emailtoolarge", {
            -- the server fills in its configured limit in bytes
            { reply = [[552 5.2.3 Message exceeds maximum fixed size (10485760)]],
              source = "github.com/franzinc/maild smtp-server.cl: \"552 5.2.3 Message exceeds maximum fixed size (~D)\"" },
        }),
        s("status.x.2.4", "x.2.4", "systemerror", {
            { reply = [[550 5.2.4 Mailing list expansion problem]],
              source = EXCHANGE_REPLIES .. ": MailingListExpansionProblem" },
            { reply = [[550 5.2.4 RESOLVER.GRP.DDLQuery; the dynamic distribution list has a misconfigured query]],
              source = EXCHANGE_ACKS .. ": DDLMisconfiguration" },
        }),
        -- mail system
        s("status.x.3.0", "x.3.0", "systemerror", {
            { reply = [[451 qq temporary problem (#4.3.0)]],
              source = "https://major.io/tags/clamd/" },
            { reply = [[430 4.3.0 STOREDRV; mailbox database IO error]],
              source = EXCHANGE_ACKS .. ": MailboxIOError" },
        }),
        s("status.x.3.1", "x.3.1", "systemfull", {
            { reply = [[452 4.3.1 Mail system storage is full.]],
              source = "https://moongray.com/20170322" },
            { reply = [[452 4.3.1 Insufficient system resources]],
              source = EXCHANGE_REPLIES .. ": InsufficientResource" },
            { reply = [[431 4.3.1 STOREDRV; disk is full]],
              source = EXCHANGE_ACKS .. ": DiskFull" },
        }),
        s("status.x.3.2", "x.3.2", "systemerror", {
            { reply = [[421 4.3.2 All server ports are busy]],
              source = "github.com/vdukhovni/postfix postfix/src/postscreen/postscreen.c (psc_service)" },
            { reply = [[421 4.3.2 System not accepting network messages]],
              source = EXCHANGE_REPLIES .. ": ConnectionDroppedByAgentError" },
        }),
        s("status.x.3.3", "x.3.3", "systemerror", {
            { reply = [[432 4.3.3 STOREDRV.Deliver; Extended Properties not available]],
              source = EXCHANGE_ACKS .. ": ExtendedPropertiesNotAvailable" },
        }),
        s("status.x.3.4", "x.3.4", "emailtoolarge", {
            { reply = [[552 5.3.4 Error: message file too big;]],
              source = "github.com/yandex/NwSMTP src/smtp_connection.cpp" },
        }),
        s("status.x.3.5", "x.3.5", "systemerror", {
            { reply = [[451 4.3.5 Server configuration problem]],
              source = "https://www.postfix.org/postconf.5.html#smtpd_policy_service_default_action (Postfix default reply)" },
            { reply = [[550 5.3.5 System incorrectly configured]],
              source = EXCHANGE_REPLIES .. ": SystemMisconfiguration" },
        }),
        -- network and routing
        s("status.5.4.4", "5.4.4", "hostunknown", {
            { reply = [[554 5.4.4 Unable to route]],
              source = EXCHANGE_REPLIES .. ": UnableToRoute" },
        }),
        s("status.x.4.7", "x.4.7", "expired", {
            { reply = [[554 5.4.7 [internal] exceeded max time without delivery]],
              source = "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html" },
        }),
        s("status.x.4", "x.4", "networkerror", {
            { reply = [[441 4.4.1 Socket error]],
              source = EXCHANGE_REPLIES .. ": SocketError" },
            { reply = [[451 4.4.0 Connection failover]],
              source = EXCHANGE_REPLIES .. ": ConnectionFailover" },
            { reply = [[Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)]],
              source = "github.com/notqmail/notqmail qmail-remote.c (temp_noconn)" },
        }),
        -- protocol
        s("status.x.5.3", "x.5.3", "ratelimited", {
            { reply = [[452 4.5.3 Maximum limit of 100 recipients reached]],
              source = "https://github.com/emersion/go-smtp/pull/213" },
        }),
        s("status.x.5", "x.5", "syntaxerror", {
            { reply = [[503 5.5.1 MAIL first.]],
              source = "https://support.google.com/a/answer/3726730" },
            { reply = [[503 5.5.1 Error: need MAIL command]],
              source = "https://github.com/mailcow/mailcow-dockerized/issues/6486 (iCloud MX reply, in a Postfix log)" },
            { reply = [[500 5.5.2 Command too long]],
              source = EXCHANGE_REPLIES .. ": CommandTooLong" },
        }),
        -- content
        s("status.x.6", "x.6", "contenterror", {
            { reply = [[5.6.11 Invalid characters]],
              source = MS_NDR },
            { reply = [[554 5.6.1 Messages of type message/partial are not supported]],
              source = EXCHANGE_REPLIES .. ": MessagePartialNotSupported" },
        }),
        -- security and policy
        { id = "status.5.7.1-named", status = { "5.7.1" }, code = CODES_71,
          none = ADDRESS_71, pattern = NAMES_71,
          reason = "undefined", action = "contact", scope = "destination",
          source = "RFC 3463 3.8 (X.7.1: delivery not authorized, message refused); the seed guide's 554 advice (read the human-readable part), as rules/unread.lua reads it",
          note = "a 5.7.1 naming something other than the address: a person reads it",
          examples = {
              { reply = [==[550 5.7.1 Hashcash required for this MX]==],
                source = "a hashcash milter's eom() (pymilter), read via the code index (file id 3238362923)" },
              { reply = [==[550 5.7.1 We don't understand chinese]==],
                source = "github.com/sdgathman/milter bms.py (Subject in big5 or ISO-2022-JP refused)" },
          } },
        s("status.x.7.1", "x.7.1", "filtered", {
            { reply = [[554 5.7.1 - ERROR: Mail refused]],
              source = SEED .. "135)" },
            { reply = [[5.7.1 Delivery not authorized]],
              source = MS_NDR },
            { reply = [[550 5.7.1 Not authorized]],
              source = EXCHANGE_REPLIES .. ": NotAuthorized" },
        }),
        s("status.x.7.20", { "x.7.20", "x.7.21", "x.7.22", "x.7.23", "x.7.24",
                             "x.7.26", "x.7.29" }, "authfailure", {
            { reply = [[550 5.7.26 This email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.]],
              source = "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes" },
        }),
        s("status.x.7.25", "x.7.25", "requireptr", {
            { reply = [[5.7.25 Access denied, the sending IPv6 address [2a01:111:f200:2004::240] must have a reverse DNS record]],
              source = MS_NDR },
        }),
        s("status.x.7.3", { "x.7.3", "x.7.4", "x.7.5", "x.7.6", "x.7.7", "x.7.8",
                     "x.7.9", "x.7.10", "x.7.11", "x.7.12", "x.7.13", "x.7.14",
                     "x.7.30" }, "securityerror", {
            { reply = [[535 5.7.8 Authentication credentials invalid]],
              source = "RFC 4954 section 6" },
            { reply = [[535 5.7.3 Authentication unsuccessful]],
              source = EXCHANGE_REPLIES .. ": AuthUnsuccessful" },
        }),
        -- RFC 7293 (RRVS): the mailbox or the domain changed owner since
        -- the sender last knew it: the intended recipient is gone
        s("status.x.7.17", "x.7.17", "userunknown", {
            { reply = [==[550 5.7.17 Mailbox owner has changed]==],
              source = "RFC 7293 section 3, with the IANA registry's text (read via the code index, file id 11393471851)" },
        }),
        s("status.x.7.18", "x.7.18", "hostunknown", {
            { reply = [==[550 5.7.18 Domain owner has changed]==],
              source = "RFC 7293 section 3, with the IANA registry's text (read via the code index, file id 11393471851)" },
        }),
    },
}
