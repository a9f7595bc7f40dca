-- smtpbounce.rules.patterns -- the LPeg patterns of the built-in rules
-- (a rule's 'pattern': what phrases cannot say), in a module of their
-- own: a ruleset image (smtpbounce.image) keeps the data of every
-- built-in rule but cannot keep a pattern, so it names the pattern and
-- takes it from here when it is read, instead of reading the rule's file.
--   rate_window  rules/phrases.lua's phrase.rate-window
--   unread       rules/unread.lua's unread and rules/status.lua's
--                status.5.7.1-named (see rules/unread.lua)
local lpeg = require "lpeg"
local r = require "smtpbounce.rules.rule"

local P, R, S, B = lpeg.P, lpeg.R, lpeg.S, lpeg.B
local lower, find, sub, gsub, byte = string.lower, string.find, string.sub, string.gsub,
                                     string.byte

local _M = {}

-- a count over a time window, in any words ("100 messages per 1 hour",
-- "31 exceed 30/60s", "500 per 24 hours", "in the last 10 minutes", "in a
-- twenty-four hour period"): "per" or "/" or "within"/"in the last", a
-- number or none, a unit of time; or "in a"/"in any" and a unit of time
-- named a period or window.  Letters of either case.
do
    local function ci (word)
        local p = P(true)
        for ch in word:gmatch(".") do p = p * S(ch:lower() .. ch:upper()) end
        return p
    end
    local letter = R("az", "AZ")
    local sp, sp1 = S" \t"^0, S" \t"^1
    local num = R"09"^1
    local unit = (ci"second" + ci"sec" + ci"minute" + ci"min" + ci"hour" + ci"hr"
                  + ci"day" + ci"week" + ci"month") * ci"s"^-1 * -letter
    local short = S"smhdSMHD" * -letter
    local start = -lpeg.B(letter)
    -- (led by the first bytes the three may start with: a search for the
    -- pattern then passes over other bytes at once, as it cannot over a
    -- look behind)
    -- a period named as such ("in a twenty-four hour period", "in any
    -- 24-hour period", "within a 1 hour window")
    local count = num + ci"twenty-four" + ci"twenty four" + ci"one" + ci"single"
    local period = (ci"in a" + ci"in any" + ci"in one" + ci"in each" + ci"within a"
                    + ci"within any") * sp1 * (count * (sp1 + P"-"))^-1 * unit
                   * sp1 * (ci"period" + ci"window" + ci"timeframe")
    -- (rulecheck's lead: its search passes over the other bytes at once)
    local first = S"pPwWiI/"
    _M.rate_window = require("smtpbounce.rulecheck").lead(#first * (
        start * ci"per" * sp1 * (num * sp1)^-1 * (ci"the" * sp1)^-1 * unit
        + P"/" * sp * num^-1 * sp * (unit + short)
        + start * (ci"within" + ci"in the last" + ci"in the past") * sp1 * (num * sp1)^-1 * unit
        + start * period), first)
end


-- {======================================================================
-- unread: a reply that names something and no address word of the
-- recipient's (rules/unread.lua says why)
-- =======================================================================

-- the words any refusal uses, naming nothing by themselves
local GENERIC = [[
a about after again all also an and any are as at be been before being
but by can cannot could data deliver delivered delivery deny denied did
do does done due ehlo email error errors fail failed failing fails
failure for from given had has have helo here how info information into
is isn it its later mail mails message messages more not now occurred of
ok on only or our out over permanent permanently please problem
processed processing rcpt reason reasons refused refusal reject rejected
rejecting rejection reply request requested response rset see send sent
sending server smtp esmtp some sorry status system taken than that the
then there this to transaction try unable undeliverable undelivered was
we were what when which will with would you your action aborted command
commands code details contact administrator admin postmaster away
authorized authorised unauthorized unauthorised authorization
authorisation
]]

local GENERIC_SET = {}
for w in GENERIC:gmatch("%a+") do GENERIC_SET[w] = true end

local letter = R("az", "AZ")
-- what a word may touch on either side and still be a word of prose:
-- not a letter or digit, not a byte of another script, not the
-- punctuation of host names, addresses, URLs and identifiers
local joiner = R("az", "AZ", "09", "\128\255") + S("@._/:=-+#%&\\'")
local word_end = -(letter + joiner) + P"." * -(letter + R"09" + S"@_/-")
-- (a word may end a sentence with a full stop; "mx.example" goes on)

-- a word that names something: starts a word, three letters or more,
-- ends a word, and is not generic (looked up when the rest has matched:
-- the rule is tried only for replies that reach it)
local named = -B(joiner) * lpeg.Cmt(lpeg.C(letter * letter * letter^1) * #word_end,
                                     function (_, _, w) return not GENERIC_SET[w:lower()] end)


-- "address" and "unknown" are the address's words unless the reply
-- says whose they are, and that is our side: a reply speaks to the
-- sending party, so "your address" is ours, as are the sender's, the
-- IP's or the client's address and an unknown client, HELO or command
-- ("550 Sorry, mail from your address is refused", "550 Unknown client
-- host").  A host's or server's address may be the recipient's MX ("all
-- host address lookups failed permanently"): that, and any other
-- "address" or "unknown", keeps the default.
local function ci (word)
    local p = P(true)
    for ch in word:gmatch(".") do p = p * S(ch:lower() .. ch:upper()) end
    return p
end

-- 'word' (any case, not inside a word) where none of 'words' ends just
-- before it; the word itself is tested first, so the look-behinds run
-- only where it stands
local function not_after (words, word)
    local p = -B(letter) * ci(word)
    for _, w in ipairs(words) do p = -B(ci(w)) * p end
    return #ci(word) * p
end

local OURS = { "client", "helo", "ehlo", "command", "sender" }
local after_ours, before_ours = {}, P(false)
for _, w in ipairs(OURS) do
    after_ours[#after_ours + 1] = w .. " "
    before_ours = before_ours + ci(" " .. w)
end
local address_word = not_after({ "ip ", "your ", "sender ", "sender's ", "from ",
                                 "client ", "sending ", "return ", "source ",
                                 "reply-to " }, "address")
local unknown_word = not_after(after_ours, "unknown") * -before_ours
local QUALIFIED = address_word + unknown_word

-- the whole reply read once, from its start (the rule's pattern is
-- tried at every position: elsewhere it fails at once): no address word
-- of the recipient's, and a word that names something
-- (the text's start: nothing behind; the search the rule's pattern is
-- wrapped in fails here at once at every later position)
local at_start = -B(1)
-- p anywhere ahead; 'skip' passes at once what p cannot start in (a
-- letter other than the first of "address" or "unknown"; the rest of a
-- run of joiners, where no word starts)
local function search (p, skip) return P{ p + skip * lpeg.V(1) } end
-- words of the address, the mailbox and its storage: any of them keeps
-- the default (rules/rule.lua's, and more).  "owner": RFC 7293's
-- "mailbox owner has changed", "domain owner has changed".  "address"
-- and "unknown" are read by QUALIFIED above: there the word keeps the
-- default unless it names our side.
local ADDRESS = r.with(r.with(r.ADDRESS, r.INTL_ADDRESS), {
    "unresolvable", "owner", "exist", "not found",
    "alias", "local part", "localpart", "customer", "member", "person",
    "nobody", "inactive", "disabled", "suspend", "deactivat", "no longer",
    "bounced", "quota", "full", "storage", "folder",
    -- "recipient" in Swedish, Danish, Norwegian, Finnish, Czech
    "mottagar", "modtager", "mottaker", "vastaanottaja", "příjemce", "prijemce",
})
_M.UNREAD_ADDRESS = ADDRESS

-- is the blank-delimited token of t around [a, b] no prose: an address
-- (an '@' in it), a URL, or a host name (labels joined by dots, the last
-- of letters; brackets and punctuation around it)?
local function not_prose (t, a, b)
    while a > 1 and byte(t, a - 1) ~= 32 do a = a - 1 end
    while b < #t and byte(t, b + 1) ~= 32 do b = b + 1 end
    local tok = sub(t, a, b)
    return find(tok, "@", 1, true) ~= nil or find(tok, "://", 1, true) ~= nil
        or find(tok, "^%p*[%w%-]+%.[%w%-%.]*%a%a%p*$") ~= nil
end

-- does the text say one of ADDRESS as prose (lower case, '_' and
-- whitespace as the automaton reads them; not inside a host name, an
-- address or a URL, where a mailbox's or a server's name holds it)?
local function address_prose (text)
    local t = gsub(gsub(lower(text), "[_%s]+", " "), "\226\128\153", "'")
    for i = 1, #ADDRESS do
        local w, init = ADDRESS[i], 1
        while true do
            local a, b = find(t, w, init, true)
            if not a then break end
            if not not_prose(t, a, b) then return true end
            init = b + 1
        end
    end
    return false
end

local NAMES = at_start * -search(QUALIFIED, (1 - S"aAuU")^1 + 1) * search(named, joiner^1 + 1)
              * lpeg.Cmt(P(true), function (s, i) return not address_prose(s) and i end)
_M.unread = NAMES

-- }======================================================================

return _M
