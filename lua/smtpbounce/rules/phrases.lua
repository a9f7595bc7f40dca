-- Built-in phrase rules: what the words of a reply say, whoever sent it.
-- First match wins inside this layer, so the specific come before the
-- general: a named blocklist before "spam", a full mailbox before a size
-- limit (the seed's 552 names both and advises not to resend).
-- Phrases are matched case-insensitively with whitespace folded; a phrase
-- may start or end with a space to mean a word boundary there.  By
-- default these rules apply to failures only (4xx, 5xx, no code).
local function r (id, reason, any, t)
    t = t or {}
    t.id = id
    t.reason = reason
    t.any = any
    return t
end

return {
    rules = {
        -- malware first: nothing else matters once a virus is named
        r("phrase.virus", "virusdetected", {
            "virus", "malware", "infected", "trojan", "malicious content",
            "malicious attachment", "phishing",
        }),

        -- the sender address on the recipient side's own list
        r("phrase.sender-listed", "filtered", {
            "sender", "from address",
        }, { all = { { "blacklist", "blocklist", "black list", "block list",
                       "blacklisted", "blocklisted", "black listed" } },
             none = { "ip ", " ip", "spamhaus", "spamcop", "barracuda", "rbl",
                      "sorbs", "client host", "dnsbl" } }),

        -- our IP or domain on a named list
        r("phrase.blocklist", "blocked", {
            "spamhaus", "spamcop", "barracudacentral", "b.barracuda",
            "sorbs", "uceprotect", "spamrats", "psbl", "dnsbl", "rbl ",
            " rbl", "rbl:", "blacklist", "black list", "blocklist",
            "block list", "blocked using", "listed at", "listed on", "black ip",
            "listed in", "is listed", "realtime blackhole",
        }),
        r("phrase.ptr", "requireptr", {
            "reverse dns", "reverse-dns", "rdns", "ptr record", "no ptr",
            "reverse lookup", "reverse hostname", "reverse mapping",
            "cannot find your hostname", "cannot resolve your hostname",
            "hostname does not resolve", "ptr lookup", "fcrdns",
            "does not have a valid ptr", "reverse name",
        }),

        r("phrase.ip-blocked", "blocked", {
            "client host rejected", "ip blocked", "ip address blocked",
            "ip has been blocked", "ip address has been blocked",
            "your ip", "banned ip", "ip is banned", "ip banned",
            "blocked your ip", "connection refused by policy",
            "your host has been blocked", "host blocked",
            "access denied, banned sender",
        }, { none = { "reverse", "ptr", "rdns" } }),

        -- SMTP AUTH: the client must log in
        r("phrase.smtp-auth", "securityerror", {
            "client was not authenticated", "client not authenticated",
            "authentication required", "must authenticate", "not logged in",
            "temporary authentication failure", "authentication failure",
            "auth required", "smtp auth", "authentication is required",
        }),

        -- DNS trouble while checking us: temporary, on the way
        r("phrase.dns-temp", "networkerror", {
            "dns lookup failure", "lookup failure", "temporary lookup",
            "temporary dns", "dns temporary", "dns timeout", "dns temp",
        }),

        -- authentication of the sender: SPF, DKIM, DMARC
        r("phrase.auth", "authfailure", {
            "spf", "dkim", "dmarc", "sender policy framework",
            "not authenticated", "unauthenticated", "authentication results",
            "sender authentication", "domain authentication",
            "failed authentication checks", "arc validation",
        }, { none = { "tls", "starttls" } }),

        -- TLS and SMTP AUTH
        r("phrase.tls", "securityerror", {
            "starttls", " tls", "tls ", "encryption required",
            "must issue a starttls", "secure connection", " ssl",
            "authentication required", "must authenticate", "auth required",
            "certificate", "encrypted connection",
        }),

        r("phrase.relay", "norelaying", {
            "relay access denied", "relaying denied", "relay denied",
            "relay not permitted", "not permitted to relay",
            "unable to relay", "relaying not allowed", "relay not allowed",
            "not allowed to relay", "we do not relay", "no relaying",
            "allowed rcpthosts", "relaying disallowed", "relay prohibited",
            "not a gateway", "relay rejected", "denies relay",
        }),
        r("phrase.relay-words", "norelaying", {
            "relay",
        }, { all = { { "deni", "not allowed", "not permitted", "refused",
                       "prohibited", "forbidden", "reject" } },
             none = { "host", "ip " } }),

        -- the envelope sender
        r("phrase.sender", "rejected", {
            "sender address rejected", "sender rejected", "sender denied",
            "sender verify failed", "sender unknown", "unknown sender",
            "invalid sender", "sender domain", "domain of sender",
            "sender address is invalid", "mail from address",
            "sender is not allowed", "bad sender", "sender not allowed",
            "return path", "envelope sender", "sender verification",
            "valid from", "from: domain", "from domain", "sender address has",
            "sending denied", "send as", "permissions to send",
            "not allowed to send", "sender address is not allowed",
            "invalid dns mx", "dns mx",
        }, { none = { "reputation", "spam" } }),

        -- greylisting: a policy delay that a retry clears
        r("phrase.greylist", "undefined", {
            "greylist", "graylist", "grey list", "gray list",
            "greylisted", "try again in", "not yet authorized to deliver",
        }, { class = 4, action = "retry", retry_after = 300,
             tags = { "greylisted" } }),

        -- our volume
        r("phrase.rate", "ratelimited", {
            "too many messages", "too many connections", "too many recipients",
            "too many concurrent", "too many sessions", "too many mails",
            "too many emails", "too frequent", "too fast",
            "receiving mail too quickly", "receiving mail at a rate",
            "rate limit", "ratelimit", "rate-limit", "rate exceeded",
            "exceeded the rate", "sending rate", "connection limit",
            "connection rate", "message rate", "throttling", "slow down",
            "mail flood", "exceeded the maximum number of",
            "too many invalid recipients", "unusual rate",
        }),

        r("phrase.throttled", "ratelimited", {
            "throttled", "excessive volume", "high volume", "unusual volume",
            "too much traffic",
        }, { none = { "(throttled)" } }),  -- "(throttled)": a note some tools add
        -- seed: a 421 is usually about too many messages or connections
        r("phrase.421-later", "ratelimited", {
            "try again later", "try later", "closing connection",
            "temporarily deferred", "temporarily rejected", "later",
        }, { code = 421 }),
        r("phrase.rate-words", "ratelimited", {
            " rate", "rate ",
        }, { all = { { "exceed", "limit" } } }),
        r("phrase.sending-quota", "ratelimited", {
            "exceeded your", "your quota", "sending quota", "outbound quota",
            "daily quota", "hourly quota", "send quota", "daily limit",
            "hourly limit", "sending limit", "too much email", "too much mail",
            "short period of time", "recipient quota",
        }),

        -- our reputation
        r("phrase.reputation", "badreputation", {
            "reputation", "bulk mail", "complaints", "poor sending",
            "not accepted at this time", "mail from your ip",
            "temporarily deferred",
        }),

        -- malformed messages (some servers add "to reduce spam" to these)
        r("phrase.content", "contenterror", {
            "malformed", "invalid message", "rfc 5322", "rfc5322", "rfc 2822",
            "rfc2822", "rfc 822", "8bit", "line too long", "bare lf",
            "message-id", "bad message", "mime", "encoding", "non-compliant",
            "not rfc", "smtplf", "bare linefeed", "duplicate header",
            "multiple from", "header is missing", "missing header",
            "header missing", "invalid header", "header syntax",
            "headers are", "multiple reply-to", "from: header",
        }),

        r("phrase.spam", "spamdetected", {
            "unsolicited", "suspicious due to the nature",
            "spam", "junk mail", "content rejected", "message content",
            "content filter", "contentfilter", "rejected for policy reasons (spam)",
            "looks like spam", "considered spam", "bulk", "message filtered",
            "filtered as", "score", "false positive",
        }),

        -- the mailbox
        r("phrase.mailbox-full", "mailboxfull", {
            "mailbox full", "mailbox is full", "mailbox has exceeded",
            "over quota", "overquota", "quota exceeded", "exceeded quota",
            "exceeds quota", "quota exceed", "exceeded storage",
            "storage allocation", "mailbox size limit", "mail quota",
            "user quota", "disk quota", "out of storage space",
            "full mailbox", "mailbox over", "inbox is full", "insufficient quota",
        }),
        r("phrase.system-full", "systemfull", {
            "insufficient system storage", "insufficient storage",
            "disk full", "out of disk", "no space left", "system full",
            "not enough space", "insufficient disk",
        }),
        r("phrase.size", "emailtoolarge", {
            "message is too long", "message too long", "attachment is too long",
            "attachment too large", "mail is too long",
            "message too large", "message too big", "message is too large",
            "message is too big", "message size exceeds", "exceeds size limit",
            "size limit", "exceeds the maximum size", "maximum message size",
            "message length exceeds", "message is larger than", "too large",
            "size exceeds", "exceeded maximum size", "mail size",
        }),
        r("phrase.suspended", "suspend", {
            "disabled", "inactive", "suspended", "deactivated",
            "account locked", "mailbox locked", "account has been locked",
            " locked",
            "not active", "no longer active", "blocked account",
            "account is unavailable", "mailbox is frozen", "frozen",
        }, { none = { "spam", "relay" } }),

        -- the destination domain
        r("phrase.no-domain", "hostunknown", {
            "host not found", "domain not found", "no such domain",
            "domain does not exist", "domain doesn't exist", "host unknown",
            "unknown host", "unknown domain", "name or service not known",
            "nxdomain", "unrouteable", "unroutable", "no route to domain",
            "domain is not valid", "invalid domain", "bad destination system",
            "could not be resolved", "host or domain name not found",
        }),
        r("phrase.null-mx", "notaccept", {
            "does not accept mail", "doesn't accept mail", "accepts no mail",
            "null mx", "nullmx", "not accepting mail", "no mx",
            "no smtp service",
        }, { none = { "sender" } }),
        r("phrase.moved", "hasmoved", {
            "user not local", "has moved", "moved to", "forwarded to",
            "new address", "changed address",
        }, { code = { 551, "55x", 0 } }),

        -- the recipient
        r("phrase.no-user", "userunknown", {
            "user unknown", "unknown user", "no such user", "no such mailbox",
            "no such recipient", "no such account", "does not exist",
            "doesn't exist", "not exist", "invalid recipient",
            "invalid mailbox", "mailbox not found", "recipient not found",
            "recipient unknown", "unknown recipient", "user not found",
            "not a valid mailbox", "no mailbox", "invalid address",
            "bad destination mailbox", "unknown local part",
            "not our customer", "unknown or illegal alias",
            "recipient address rejected", "address rejected", "no user",
            "user doesn't", "user does not", "unknown mailbox",
            "mailbox unknown", "account does not", "address unknown",
            "unknown address", "invalid user", "not a known user",
            "addressee unknown", "recipient rejected", "unknown alias",
            "no valid recipients", "not listed in", "mailbox does not",
            "recipient does not", "non-existent", "nonexistent",
            "undeliverable address", "does not have an account",
        }),
        r("phrase.refused-by-recipient", "filtered", {
            "recipient does not accept", "rejected by recipient",
            "blocked by recipient", "blocked by the recipient",
            "user has blocked", "not authorized to send", "sender is blocked",
            "blocked senders", "envelope blocked", "administrative prohibition",
            "on the recipient's block", "only accepts mail from",
            "refused by recipient",
        }),

        -- mail loops, whatever the wording says about headers
        r("phrase.loop", "networkerror", {
            "too many received", "too many hops", "mail loop", "routing loop",
            "loop detected", "looping", "loops back",
        }),

        -- the message
        r("phrase.attachment", "policyviolation", {
            "attachment", "file type", "filename", "executable", "macro",
            "content restriction", "file extension", "forbidden_file",
            "prohibited", "banned", "not permitted", "local policy",
            "policy violation", "violates", "against policy",
        }),

        -- the way there
        r("phrase.expired", "expired", {
            "delivery time expired", "retry time", "too long in queue",
            "queue too long", "message expired", "expired in queue",
            "retry timeout exceeded", "message has been in queue too long",
            "maximum time", "giving up",
        }),
        r("phrase.network", "networkerror", {
            "connection refused", "connection timed out", "timed out",
            "lost connection", "connection reset", "no route to host",
            "network is unreachable", "connection dropped", "timeout",
            "name server", "dns failure", "dns error", "routing loop",
            "mail loop", "too many hops",
        }),

        -- the other side's trouble
        r("phrase.system", "systemerror", {
            "temporary local problem", "local error", "temporarily unavailable",
            "temporary failure", "temporary error", "system error",
            "internal error", "server error", "service unavailable",
            "service not available", "try again later", "please try later",
            "try later", "resources temporarily", "temporarily rejected",
            "mail system problem", "configuration error", "backend",
            "transient",
        }),

        -- a refusal after the message was sent, naming nothing else, is
        -- about the content
        r("phrase.eod-refusal", "spamdetected", {
            "policy", "denied", "rejected", "refused", "blocked",
            "not accepted",
        }, { phase = "eod", class = 5 }),

        r("phrase.syntax", "syntaxerror", {
            "syntax error", "command unrecognized", "unrecognized command",
            "command not implemented", "not implemented",
            "bad sequence of commands", "parameter not implemented",
            "invalid command", "unknown command", "line too long for",
            "bad command",
        }),
    },
}
