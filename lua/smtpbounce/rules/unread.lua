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
-- and is not one of the words every refusal uses (GENERIC, in
-- rules/patterns.lua, which holds the rule's pattern).  Words
-- of other scripts, and Latin words joined to a letter outside ASCII,
-- are not counted: a language we cannot read is no evidence either way,
-- and the seed's default stands.  A word of the address, the mailbox or
-- its storage in any language the other rules know (UNREAD_ADDRESS in
-- rules/patterns.lua) keeps the default as well, where the text says it
-- as prose: not inside a host name, an address or a URL
-- ("mx.quota-server.example.com", "owner-list@example.org" name no
-- mailbox of the recipient's).
--
-- The rule sits in the defaults layer after the status rules and before
-- the code rules: every phrase and provider rule, and every status rule,
-- decides first; it takes only the codes whose default would suppress.
-- After it, status.5.7-other: a security or policy status (X.7) that no
-- status rule and no word explained is not the address's either.
local r = require "smtpbounce.rules.rule"

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

-- the codes of the security-status rule below: this rule's, and no code
local CODES_7 = { 0 }
for _, code in ipairs(CODES) do CODES_7[#CODES_7 + 1] = code end


return {
    rules = {
        r("unread", "undefined", nil, {
            code = CODES,
            pattern = require("smtpbounce.rules.patterns").unread,
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
