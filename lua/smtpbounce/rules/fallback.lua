-- Built-in last-resort phrase rules: cue words that name a cause other
-- than the address, for replies no more specific phrase recognised.
--
-- These rules sit in the "phrases" layer after the English and the other
-- languages' rules (rules/phrases.lua, rules/intl.lua): first match wins
-- inside a layer, so every address phrase ("user unknown", "recipient
-- address rejected", "mailbox full", ...) has already had its say and a
-- reply such as "550 user unknown (192.0.2.1)" never reaches them.  What
-- reaches them would otherwise fall to the reply code's default (550 ->
-- userunknown -> suppress), although the text names another cause:
--   fallback.blocked      a block, ban, blacklisting or denial of access
--   fallback.refused      a bare refusal naming no cause (policy)
--   fallback.ip-literal   a refusal that quotes an IPv4 address (ours)
--   fallback.header       a message header refused as invalid/missing
--   fallback.network      the way there failed (closed, unreachable, ...)
--   fallback.credentials  our own login/authentication was refused
-- Each rule still refuses texts that speak of a user, mailbox, recipient
-- or account, so an address failure in unusual words keeps its default.
local function r (id, reason, any, t)
    t = t or {}
    t.id = id
    t.reason = reason
    t.any = any
    return t
end

-- words that make a reply about the address after all
local ADDRESS = {
    "user", "mailbox", "recipient", "account", "rcpt", "no such",
    "address rejected", "invalid address", "unknown address",
    "not exist", "mailbox unavailable",
}

local function with (list, more)
    local t = {}
    for i, v in ipairs(list) do t[i] = v end
    for _, v in ipairs(more or {}) do t[#t + 1] = v end
    return t
end

return {
    rules = {
        -- a refusal worded as a block, a ban or a denial of access, with
        -- nothing else named: only the receiving postmaster can say more
        r("fallback.blocked", "blocked", {
            "blocked", "blacklisted", "blocklisted", "denylisted", "banned",
            "access denied", "access refused", "your access",
        }, {
          none = with(ADDRESS, { "content", "attachment", "file", "virus",
                                 "malware", "size" }),
          examples = {
              { reply = [=[550 Blocked]=],
                source = "https://smtp.codes/550 (Barracuda)" },
          },
        }),

        -- a bare refusal that names no cause at all ("Denied", sendmail's
        -- default text for a milter's reject, "Command rejected"): the
        -- receiver's policy refused the transaction, not the address
        r("fallback.refused", "policyviolation", {
            "command rejected", "command refused", "denied", "forbidden",
            "prohibited", "not permitted",
        }, {
          none = with(ADDRESS, { "relay", "quota", "full", "helo", "ehlo",
                                 "invalid", "syntax" }),
          examples = {
              { reply = [=[554 Denied (Mode: normal)]=],
                source = "https://blog.mxtoolbox.com/2011/09/ (example bounces for spam and IP reputation denials)" },
              { reply = [=[550 5.7.1 Command rejected]=],
                source = "github.com/jcbf/smf-spf/issues/33 (sendmail's default text for a milter reject)" },
          },
        }),

        -- a refusal that quotes an IPv4 address and names no address: the
        -- receiving server echoes the client's IP (ours) when it refuses
        -- the client (the "host X[ip] said:" prefix of a relay's log line
        -- is not part of the text the rules read)
        r("fallback.ip-literal", "blocked", {
            "reject", "refuse", "denied", "block", "not allowed",
            "not accepted", "not permitted", "unauthori", "banned",
            "listed", "policy", "prohibited", "forbidden",
        }, {
          pattern = "%d+ '.' %d+ '.' %d+ '.' %d+",
          none = with(ADDRESS, { "helo", "ehlo", "invalid ip", "syntax" }),
          examples = {
              { reply = [=[550 unauthorized interface for <192.0.2.1>]=],
                source = "http://worldnet.att.net/general-info/bls_info/block_enduser.html (AT&T/BellSouth 'Error Message Summary')" },
          },
        }),

        -- a header refused as malformed, in other words than the content
        -- rules know
        r("fallback.header", "contenterror", {
            "header",
        }, {
          all = { { "fail", "invalid", "error", "missing", "malformed",
                    "syntax", "not allowed", "bad " } },
          none = ADDRESS,
          examples = {
              { reply = [=[Message headers fail syntax check]=],
                source = "github.com/Eugeny/ajenti-v/issues/177 (Exim acl_check_data message)" },
          },
        }),

        -- the way there failed, in other words than the network rule knows
        r("fallback.network", "networkerror", {
            "connection closed", "closed by", "unreachable",
            "could not connect", "couldn't connect", "not responding",
            "no response from", "no answer from", "connection lost",
        }, {
          none = ADDRESS,
          examples = {
              { reply = [=[441 4.4.1 No answer from host]=],
                source = "http://kbit.tistory.com/tag/reply%20error%20message" },
          },
        }),

        -- our login: the server wants (other) credentials from us
        r("fallback.credentials", "securityerror", {
            "authenticat", "credential", "logged in", "log in", "login",
        }, {
          none = with(ADDRESS, { "check", "spf", "dkim", "dmarc", "too long",
                                 "line" }),
          examples = {
              { reply = [=[MAIL FROM failed: '550 Authentication is required for relay']=],
                source = "github.com/4IceG/luci-app-sms-tool-js/issues/45" },
          },
        }),
    },
}
