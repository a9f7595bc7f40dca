-- smtpbounce.vocab -- the public vocabulary (outcome, reason, action,
-- scope, phase) and the default policy: what each reason asks for when
-- the reply is temporary (4xx), permanent (5xx) or has no code.

local PHASES = require("smtpbounce.core").PHASES
local ipairs = ipairs

local _M = { _VERSION = "0.1.0" }

-- outcome by effective class (code / 100, else enhanced class, else 0)
_M.outcome_of = { [0] = "unknown", [2] = "delivered", [3] = "unknown",
                  [4] = "deferred", [5] = "bounced" }

_M.reasons = {
    "delivered", "userunknown", "hostunknown", "notaccept", "hasmoved",
    "suspend", "mailboxfull", "emailtoolarge", "ratelimited", "blocked",
    "badreputation", "requireptr", "rejected", "norelaying", "filtered",
    "spamdetected", "virusdetected", "policyviolation", "contenterror",
    "authfailure", "securityerror", "systemerror", "systemfull",
    "networkerror", "expired", "syntaxerror", "undefined",
}
_M.actions = { "none", "retry", "throttle", "suppress", "fix", "contact" }
_M.scopes = { "recipient", "message", "sender", "destination", "none" }
-- SMTP phases, numbered as the C core numbers them (sb_phase)
_M.phases = {}
for i = 1, #PHASES do _M.phases[i] = PHASES[i] end

local function set (list)
    local s = {}
    for i = 1, #list do s[list[i]] = i end
    return s
end
_M.is_reason = set(_M.reasons)
_M.is_action = set(_M.actions)
_M.is_scope = set(_M.scopes)
_M.phase_index = set(_M.phases)
-- the phases before any recipient is named (connect, HELO/EHLO, MAIL): a
-- reply there never blames the recipient.  early[phase index] = true
_M.early = {}
for _, name in ipairs{ "connect", "helo", "mail" } do _M.early[_M.phase_index[name]] = true end
-- policy profiles (smtpbounce.new{ profile = ... }), the default first
_M.profiles = { "seed", "cautious" }
_M.is_profile = set(_M.profiles)
-- what a result's reason rests on (result.basis_of; 'history': a tracker's)
_M.bases = { "text", "status", "code", "none", "history" }
_M.is_basis = set(_M.bases)

-- seconds
_M.GIVE_UP_4XX = 72 * 3600     -- the seed's 72-hour retry window
_M.RETRY_AFTER = { retry = 600, throttle = 3600 }

-- policy[reason] = { t = temporary (4xx), p = permanent (5xx),
--                    x = no class (default: p), d = delivered (2xx,
--                    default: p), scope = ... }
local R, T, S, F, C = "retry", "throttle", "suppress", "fix", "contact"
local function p (t, perm, scope, x, xscope, d, dscope)
    return { t = t, p = perm, x = x or perm, scope = scope,
             xscope = xscope or scope, d = d or perm, dscope = dscope or scope }
end
_M.policy = {
    delivered       = p("none", "none", "none", "none"),
    userunknown     = p(R, S, "recipient"),
    hostunknown     = p(R, S, "recipient"),
    notaccept       = p(R, S, "recipient"),
    hasmoved        = p(R, S, "recipient"),
    suspend         = p(R, S, "recipient"),
    mailboxfull     = p(R, S, "recipient"),
    norelaying      = p(R, S, "recipient"),
    filtered        = p(R, S, "recipient"),
    emailtoolarge   = p(R, F, "message"),
    ratelimited     = p(T, T, "sender"),
    blocked         = p(T, C, "sender"),
    badreputation   = p(T, T, "sender"),
    requireptr      = p(F, F, "sender"),
    rejected        = p(R, F, "sender"),
    spamdetected    = p(T, F, "message"),
    virusdetected   = p(F, F, "message"),
    policyviolation = p(R, F, "message"),
    contenterror    = p(R, F, "message"),
    authfailure     = p(R, F, "sender"),
    securityerror   = p(R, F, "sender"),
    -- with no code, these read as the temporary troubles they usually are
    systemerror     = p(R, C, "destination", R),
    systemfull      = p(R, C, "destination", R),
    networkerror    = p(R, C, "destination", R),
    expired         = p(C, C, "destination"),
    syntaxerror     = p(R, F, "sender"),
    -- (a reply with no code whose caller's DSN status says 2.x.x: the
    -- MTA delivered it, whatever its words)
    undefined       = p(R, S, "recipient", C, "none", "none", "none"),
}

-- column of the policy for an effective class
_M.column = { [0] = "x", [2] = "d", [3] = "x", [4] = "t", [5] = "p" }

--[[
The class a reply with neither a code, nor an enhanced status, nor a DSN
status from the caller (ctx.dsn) takes from the cause its rule names
(DESIGN.md, 'outcome'): 5 (bounced) where the cause, once named, is a
failure that waiting does not cure (no such host or mailbox, moved,
disabled, refused, expired, ...); 4 (deferred) for the passing troubles
(connection and DNS-timeout failures, the remote system's, rate and
reputation deferrals); 2 for a delivery.  (A rule that sets a temporary
action of its own, retry or throttle, implies 4 whatever its reason,
and one that sets a final action, fix, contact or suppress, implies 5:
result.class_of.)  'undefined' (blank or
unintelligible) has none: its outcome stays unknown.  Each reason's
action and scope under its class are those it had with no class
(policy's x column, which is the p column but for the three passing
troubles, whose x is t's 'retry'): the class adds the outcome and, for
4, the retry hints.
]]
_M.cause_class = {
    delivered = 2,
    userunknown = 5, hostunknown = 5, notaccept = 5, hasmoved = 5,
    suspend = 5, mailboxfull = 5, norelaying = 5, filtered = 5,
    emailtoolarge = 5, blocked = 5, requireptr = 5, rejected = 5,
    spamdetected = 5, virusdetected = 5, policyviolation = 5,
    contenterror = 5, authfailure = 5, securityerror = 5, expired = 5,
    syntaxerror = 5,
    ratelimited = 4, badreputation = 4, systemerror = 4, systemfull = 4,
    networkerror = 4,
}

-- the class of a DSN status ("5.4.4": 5), or nil when 's' is none
-- (class 2, 4 or 5, subject and detail of 1 to 3 digits: RFC 3463)
local match = string.match
function _M.dsn_class (s)
    local k = match(s, "^([245])%.%d%d?%d?%.%d%d?%d?$")
    return k and (k == "5" and 5 or k == "4" and 4 or 2) or nil
end

return _M
