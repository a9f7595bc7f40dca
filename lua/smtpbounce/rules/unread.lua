-- The last word before the reply code's default: a 5xx whose text names
-- something, yet neither the address nor any cause a phrase or status
-- rule knows.
--
-- The seed's advice for an unknown 5xx is to count the address as bad
-- (rules/codes.lua).  That stands where the text says nothing more than a
-- refusal ("554 Transaction failed", "550 message rejected", "554 5.7.1 -
-- ERROR: Mail refused") or speaks of the address in words no phrase rule
-- has ("550 Mottagaren hittades inte", "551 not our customer").  A text
-- that names something else ("550 You are not localhost", "550 MX
-- without A records", "550 ip in prison") blames what it names, which is
-- not the address: dropping the address on it is the
-- costliest mistake, and only a person who reads the text can say what
-- it asks.  So such a reply asks for contact, reason undefined, scope the
-- receiving system.
--
-- "Names something" is read word by word: a word of three or more ASCII
-- letters that is not part of a host name, an address, a URL or a number
-- and is not one of the words every refusal uses (GENERIC below).  Words
-- of other scripts, and Latin words joined to a letter outside ASCII,
-- are not counted: a language we cannot read is no evidence either way,
-- and the seed's default stands.  A word of the address, the mailbox or
-- its storage in any language the other rules know (ADDRESS below) keeps
-- the default as well.
--
-- The rule sits in the defaults layer after the status rules and before
-- the code rules: every phrase and provider rule, and every status rule,
-- decides first; it takes only the codes whose default would suppress.
-- After it, status.5.7-other: a security or policy status (X.7) that no
-- status rule and no word explained is not the address's either.
local lpeg = require "lpeg"
local r = require "smtpbounce.rules.rule"

local P, R, S, B = lpeg.P, lpeg.R, lpeg.S, lpeg.B

-- the codes whose default (rules/codes.lua) suppresses: 550, 551, 552,
-- 553 and every 5xx the generic 5xx rule takes (not 500-504 and 555,
-- syntax; not 521 and 556, RFC 7504's "accepts no mail"; not 525, 530,
-- 534, 535, 538, authentication)
local CODES = {}
do
    local others = { [521] = true, [525] = true, [530] = true, [534] = true,
                     [535] = true, [538] = true, [555] = true, [556] = true }
    for code = 505, 599 do
        if not others[code] then CODES[#CODES + 1] = code end
    end
end

-- words of the address, the mailbox and its storage: any of them keeps
-- the default (rules/rule.lua's, and more).  "owner": RFC 7293's
-- "mailbox owner has changed", "domain owner has changed".  "address"
-- and "unknown" are read in the pattern below (QUALIFIED): there the
-- word keeps the default unless it names our side.
local ADDRESS = r.with(r.with(r.ADDRESS, r.INTL_ADDRESS), {
    "unresolvable", "owner", "exist", "not found",
    "alias", "local part", "localpart", "customer", "member", "person",
    "nobody", "inactive", "disabled", "suspend", "deactivat", "no longer",
    "bounced", "quota", "full", "storage", "folder",
    -- "recipient" in Swedish, Danish, Norwegian, Finnish, Czech
    "mottagar", "modtager", "mottaker", "vastaanottaja", "příjemce", "prijemce",
})

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

-- the codes of the security-status rule below: this rule's, and no code
local CODES_7 = { 0 }
for _, code in ipairs(CODES) do CODES_7[#CODES_7 + 1] = code end

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
local NAMES = at_start * -search(QUALIFIED, (1 - S"aAuU")^1 + 1) * search(named, joiner^1 + 1)

return {
    rules = {
        r("unread", "undefined", nil, {
            code = CODES,
            none = ADDRESS,
            pattern = NAMES,
            action = "contact",
            scope = "destination",
            source = "the seed guide's 554 advice (read the human-readable part); contact as README's Vocabulary defines it",
            note = "a 5xx naming something other than the address: a person reads it",
            examples = {
                { reply = [=[550 You are not localhost]=],
                  source = "github.com/smtpd/qpsmtpd plugins/helo (a HELO of 'localhost' from afar; 550 by lib/Qpsmtpd/SMTP.pm helo())" },
                { reply = [=[550 MX without A records]=],
                  source = "github.com/haraka/Haraka plugins/mail_from.is_resolvable.js mxErr() (our sender domain's MX has no address)" },
            },
        }),
        -- a security or policy status no rule read (5.7.0 "other or
        -- undefined security status", and the details rules/status.lua
        -- has no rule for), with a text that names nothing this rule
        -- reads: RFC 3463 gives the X.7 subject to security and policy,
        -- never to the address, so the code's default does not count
        -- the address as bad; a person reads it.  Also for a reply
        -- without a code that carries such a status.
        { id = "status.5.7-other", status = { "5.7" }, code = CODES_7,
          reason = "undefined", action = "contact", scope = "destination",
          source = "RFC 3463 section 3.8 (X.7.XXX Security or Policy Status)",
          note = "a security or policy status the text does not explain: not the address",
          examples = {
              { reply = [=[2018-02-19 23:06:36 40.97.132.226 OutboundConnectionResponse SMTPSVC1 FBDC-001 - 0 - - 550+5.7.60+SMTP;+Client+does+not+have+permissions+to+send+as+this+sender+[BY2PR1001MB1094.namprd10.prod.outlook.com] 0 0 116 0 11485 SMTP - - - -]=],
                source = "https://pastebin.com/wtU9XT6T (an IIS SMTP log line: the words joined by '+', the status 5.7.60)" },
          } },
    },
}
