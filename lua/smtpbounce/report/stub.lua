-- smtpbounce.report.stub -- a rule to start from, for a group of replies
-- no rule explained: Lua rule data in the format of the built-in rules
-- and of operator files (see examples/rules/), with the reply code and
-- enhanced status of the example, the longest literal phrase of the
-- template (what every reply of the group says, whatever the numbers,
-- hosts and ids in it), the provider when known, and the example as the
-- rule's example.  The reason is left for a person to choose.
--
--   stub.rule(u [, source])  --> text: one entry of a file's 'rules' list
--      u: { template, example, provider, reason }  (scan.summary's group)

local smtpbounce = require "smtpbounce"
local vocab = require "smtpbounce.vocab"

local ipairs, type = ipairs, type
local concat = table.concat
local fmt, find, gsub, lower, sub, match, gmatch =
    string.format, string.find, string.gsub, string.lower, string.sub, string.match,
    string.gmatch

local _M = { _VERSION = "0.1.0" }

-- at most this many bytes of phrase (a phrase is matched as a whole)
_M.PHRASE = 60

-- text lower-cased with runs of white space folded, as rules match it
local function folded (s)
    return lower((gsub(s, "%s+", " ")))
end

--[[
The phrase of a template: its literal parts (between the placeholders
{email} {ip} {host} {n} {id} {hex}), without the reply code and the
enhanced status, longest first; the first that the example holds
(folded), cut at a word boundary to PHRASE bytes.  nil when none.
]]
function _M.phrase (template, example)
    local t = gsub(template, "^%d%d%d[ %-]", "")
    t = gsub(t, "^%s*%d%.%d%d?%d?%.%d%d?%d?%d?%s", "")
    local parts = {}
    for part in gmatch(t .. "{n}", "(.-){%a+}") do
        part = gsub(gsub(part, "^[%s%p]+", ""), "[%s%p]+$", "")
        if #part >= 4 then parts[#parts + 1] = part end
    end
    table.sort(parts, function (a, b)
        if #a ~= #b then return #a > #b end
        return a < b
    end)
    local ex = folded(example or "")
    for _, p in ipairs(parts) do
        p = folded(p)
        if #p > _M.PHRASE then
            p = match(sub(p, 1, _M.PHRASE + 1), "^(.*%w)%W") or sub(p, 1, _M.PHRASE)
        end
        if find(ex, p, 1, true) then return p end
    end
    return nil
end

-- a Lua long string holding 's' whatever is in it
local function long_string (s)
    -- (a long string drops a first newline: such text is quoted)
    if sub(s, 1, 1) == "\n" or sub(s, 1, 1) == "\r" then return fmt("%q", s) end
    local eq = ""
    while find(s, "]" .. eq .. "]", 1, true) or sub(s, -1 - #eq) == "]" .. eq do
        eq = eq .. "="
    end
    return "[" .. eq .. "[" .. s .. "]" .. eq .. "]"
end
_M.long_string = long_string

-- an id from the provider and the phrase: "ops.gmail.mailbox-unavailable"
local function rule_id (provider, phrase, code)
    local words = {}
    for w in gmatch(phrase or "", "%w+") do
        if #words < 4 then words[#words + 1] = w end
    end
    local slug = #words > 0 and concat(words, "-") or ("code-" .. (code or "none"))
    return "ops." .. (provider or "any") .. "." .. slug
end

-- the reasons a person may choose from, as a comment
local function reasons_line ()
    local t = {}
    for _, r in ipairs(vocab.reasons) do t[#t + 1] = r end
    return concat(t, " ")
end

--[[
The rule entry for group 'u' (text; 'source' says where the example
comes from, e.g. "maillog, 42 replies").  The reason is the group's
(undefined, most often) with the vocabulary in a comment beside it.
]]
function _M.rule (u, source)
    local example = u.example ~= "" and u.example or u.template
    local p = smtpbounce.parse(example)
    local phrase = _M.phrase(u.template, example)
    local lines = { "{ id = " .. fmt("%q", rule_id(u.provider, phrase, p.code)) .. "," }
    local function add (s) lines[#lines + 1] = "  " .. s end
    if u.provider then add("provider = " .. fmt("%q", u.provider) .. ",") end
    if type(p.code) == "number" and p.code > 0 then add("code = " .. p.code .. ",") end
    if p.status then add("status = " .. fmt("%q", p.status) .. ",") end
    if phrase then
        add("any = { " .. fmt("%q", phrase) .. " },")
    else
        add("-- any = { \"a phrase of the reply\" },  -- none found: the rule rests on the code")
    end
    add("reason = " .. fmt("%q", u.reason or "undefined") .. ",  -- choose one:")
    add("  -- " .. reasons_line())
    add("-- action = \"contact\",  -- optional: the reason's default applies")
    add("examples = {")
    add("  { reply = " .. long_string(example) .. ",")
    add("    source = " .. fmt("%q", source or "mail log") .. " },")
    add("} },")
    return concat(lines, "\n")
end

return _M
