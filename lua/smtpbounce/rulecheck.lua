-- smtpbounce.rulecheck -- the fields of rule, provider and policy data:
-- each is checked and normalised, and a mistake raises an error naming
-- the file, the line the rule is defined at (found by its id) and the
-- field.  smtpbounce.compile gathers the data and builds the ruleset.

local core = require "smtpbounce.core"
local vocab = require "smtpbounce.vocab"

local lpeg_ok, lpeg = pcall(require, "lpeg")

local error, ipairs, pairs, type, tostring, tonumber, next, pcall =
      error, ipairs, pairs, type, tostring, tonumber, next, pcall
local setmetatable, rawget = setmetatable, rawget
local concat = table.concat
local open = io.open
local fmt, match, find, gsub, ssub =
      string.format, string.match, string.find, string.gsub, string.sub
local floor = math.floor

local _M = { _VERSION = "0.1.0" }


-- {======================================================================
-- Where things are defined
-- =======================================================================

-- the file of module 'name' on package.path (rule files: where a rule
-- is defined), or nil and a message
local function searchpath (name)
    local search = rawget(package, "searchpath")  -- Lua 5.2+
    if search then return search(name, package.path) end
    local path = name:gsub("%.", "/")
    for tpl in package.path:gmatch("[^;]+") do
        local f = tpl:gsub("%?", path)
        local h = open(f, "rb")
        if h then h:close(); return f end
    end
    return nil, "module '" .. name .. "' not found"
end

-- line of each "id = '...'" in a file's text, for error messages/explain;
-- and the line of its second occurrence (a duplicate id), if any
local function id_lines (path)
    local lines, again = {}, {}
    local f = path and open(path, "rb")
    if not f then return lines, again end
    local n = 0
    for line in f:lines() do
        n = n + 1
        -- "id = 'x'", or a helper call whose first argument is the id
        -- (the unanchored pattern is tried only from the first "id": it
        -- costs every position it is tried at, and most lines have none)
        local k = find(line, "id", 1, true)
        local id = k and match(line, "%f[%w_]id%s*=%s*[\"']([^\"']+)[\"']", k)
                   or match(line, "^%s*[%a_][%w_]*%s*%(%s*[\"']([^\"']+)[\"']")
        if id and not lines[id] then lines[id] = n
        elseif id and not again[id] then again[id] = n end
    end
    f:close()
    return lines, again
end

--[[
id_lines(path) read when first needed: the tables 'lines', 'again' fill
themselves on their first look-up (a look-up of any key reads the file
once; then they are plain tables).  For the built-in rule files: every
start would otherwise read and scan them for the lines only explain,
rules --list and error messages show.
]]
local function lazy_id_lines (path)
    local lines, again = {}, {}
    local function fill ()
        setmetatable(lines, nil); setmetatable(again, nil)
        local l, a = id_lines(path)
        for k, v in pairs(l) do lines[k] = v end
        for k, v in pairs(a) do again[k] = v end
    end
    local mt = { __index = function (t, k) fill(); return rawget(t, k) end }
    setmetatable(lines, mt); setmetatable(again, mt)
    return lines, again
end

--[[
The line of each entry of the first list "policy = { ... }" in a file's
text (the line of the entry's first token), by position: a policy entry
has no id to find it by.  A light scan of Lua's tokens: comments and
strings are skipped, and commas inside an entry's brackets are not
counted.  Nothing (no lines) when the file has no such list.
]]
local function policy_lines (path)
    local lines = {}
    local f = path and open(path, "rb")
    if not f then return lines end
    local s = f:read("*a")
    f:close()
    local i, len, n = 1, #s, 1
    local t1, t2            -- the two tokens before this one
    local depth, item, want  -- inside the list: bracket depth, entry, first token due
    local function skip_to (j)  -- past s[i..j], counting its newlines
        local _, nl = gsub(ssub(s, i, j), "\n", "")
        n, i = n + nl, j + 1
    end
    while i <= len do
        local c, tok, at = ssub(s, i, i), nil, n
        local eq = match(s, "^%[(=*)%[", c == "-" and i + 2 or i)
        if c == "\n" then n, i = n + 1, i + 1
        elseif find(c, "^%s") then i = i + 1
        elseif c == "-" and ssub(s, i + 1, i + 1) == "-" then
            local _, j = find(s, eq and "]" .. eq .. "]" or "\n", i, true)
            skip_to((j or len + 1) - (eq and 0 or 1))
        elseif eq and c == "[" then
            tok = "string"
            local _, j = find(s, "]" .. eq .. "]", i, true)
            skip_to(j or len)
        elseif c == '"' or c == "'" then
            tok = "string"
            local j = i + 1
            while j <= len and ssub(s, j, j) ~= c do
                j = j + (ssub(s, j, j) == "\\" and 2 or 1)
            end
            skip_to(j)
        else
            tok = match(s, "^[%w_%.]+", i) or c
            if find(tok, "^%.") then tok = c end
            i = i + #tok
        end
        if tok and depth then
            if want and tok ~= "}" then lines[item], want = at, false end
            if tok == "{" or tok == "(" or tok == "[" then depth = depth + 1
            elseif tok == "}" or tok == ")" or tok == "]" then depth = depth - 1
            elseif depth == 1 and (tok == "," or tok == ";") then
                item, want = item + 1, true
            end
            if depth == 0 then break end
        elseif tok == "{" and t1 == "=" and t2 == "policy" then
            depth, item, want = 1, 1, true
        end
        if tok then t2, t1 = t1, tok end
    end
    return lines
end

-- a source: { file = path or chunk name, lines = id -> line, layer = ...,
-- policy_lines = entry number -> line }.  'id' a rule's id, or a policy
-- entry (policy_entry)
local function where (src, id)
    if type(id) == "table" then return id.where end
    local line = id and src.lines[id] or src.line  -- (src.line: a table's, its caller's)
    if line then return fmt("%s:%d", src.file, line) end
    return src.file
end

-- what errors and explain call policy entry 'n' of 'src'
local function policy_entry (src, n)
    local line = src.policy_lines and src.policy_lines[n]
    return { what = fmt("policy entry #%d", n),
             where = line and fmt("%s:%d", src.file, line) or src.file }
end

-- a rule's 'where' ("file:line"), set now unless its source's lines are
-- read when first needed (src.lazy: lazy_id_lines): then complete sets
-- it, when a reader of 'where' (explain, rule_list) first asks.  (A plain
-- table, no metatable: the fields a rule lacks are read on every reply.)
local function set_where (t, src, id)
    if not src.lazy then t.where = where(src, id) end
    return t
end

-- the 'where' of each rule of the list 'rules' that has none yet, and
-- its pattern compiled if it was deferred (deferred_pattern, below)
local function complete (rules)
    for _, r in ipairs(rules) do
        if r.where == nil then r.where = where(r.src, r.id) end
        local p = r.pattern
        if type(p) == "table" and p.deferred then r.pattern = p.deferred() end
    end
end

local function fail (src, id, msg, ...)
    local what = type(id) == "table" and id.what
                 or id and fmt("rule '%s'", tostring(id)) or "rules"
    error(fmt("%s: %s: " .. msg, where(src, id), what, ...), 0)
end

-- }======================================================================


-- {======================================================================
-- Field checks: each returns the normalised value or raises
-- =======================================================================

local function list_of (v)
    if type(v) ~= "table" then return { v } end
    return v
end

local function check_strings (src, id, field, v)
    v = list_of(v)
    if #v == 0 or next(v, #v > 0 and #v or nil) ~= nil then
        fail(src, id, "field '%s' must be a string or a list of strings", field)
    end
    for i = 1, #v do
        local s = v[i]
        if type(s) ~= "string" or s == "" then
            fail(src, id, "field '%s' item %d must be a non-empty string", field, i)
        elseif not find(s, "[^%s%c_]") then  -- (the automaton's spaces: one ' ')
            fail(src, id, "field '%s' item %d is blanks only (it would hold for every reply)", field, i)
        end
    end
    return v
end

-- code: 550, "4xx", "55x", 0 (no code), or a list of them -> {lo, hi, ...}
local function check_code (src, id, v)
    local out = {}
    for i, c in ipairs(list_of(v)) do
        local lo, hi
        if type(c) == "number" and c == 0 then
            lo, hi = 0, 0
        elseif type(c) == "number" and c % 1 == 0 and c >= 200 and c <= 599 then
            lo, hi = c, c
        elseif type(c) == "string" and match(c, "^[2-5][0-9x]x$") then
            local a, b = match(c, "^([2-5])([0-9x])x$")
            if b == "x" then lo, hi = a * 100, a * 100 + 99
            else lo = a * 100 + b * 10; hi = lo + 9 end
        else
            fail(src, id, "field 'code' item %d: bad reply code %s (a number such as 550, or a "
                 .. "string such as '5xx' or '55x'; 0: no code)", i,
                 type(c) == "string" and "'" .. c .. "'" or tostring(c))
        end
        out[#out + 1] = lo
        out[#out + 1] = hi
    end
    return out
end

-- the C core's numbers: the mask bit of each class a rule may name
-- (smtpbounce.h: SB_CLASS_BIT)
local class_bits = core.CLASS_BIT

local function check_class (src, id, v)
    local mask = 0
    for i, c in ipairs(list_of(v)) do
        local bit = class_bits[c]
        if not bit then
            fail(src, id, "field 'class' item %d: bad class %s (0, 2, 3, 4 or 5)",
                 i, tostring(c))
        end
        if mask % (2 * bit) < bit then mask = mask + bit end
    end
    return mask
end

-- "5.7.1", "5.7", "5", "x.7.1", "x.7" -> {class, subject, detail, ...}
local function check_status (src, id, v)
    local out = {}
    for i, s in ipairs(check_strings(src, id, "status", v)) do
        local c, rest = match(s, "^([245x])(.*)$")
        local sub, det
        if c and rest ~= "" then
            sub, det = match(rest, "^%.(%d%d?%d?)%.(%d%d?%d?)$")
            if not sub then sub = match(rest, "^%.(%d%d?%d?)$") end
        end
        if not c or (rest ~= "" and not sub) then
            fail(src, id, "field 'status' item %d: bad enhanced status '%s'", i, s)
        end
        out[#out + 1] = c == "x" and -1 or tonumber(c)
        out[#out + 1] = sub and tonumber(sub) or -1
        out[#out + 1] = det and tonumber(det) or -1
    end
    return out
end

local function check_phase (src, id, v)
    local mask = 0
    for _, p in ipairs(check_strings(src, id, "phase", v)) do
        local i = vocab.phase_index[p]
        if not i then
            fail(src, id, "field 'phase': unknown phase '%s' (%s)", p,
                 concat(vocab.phases, ", "))
        end
        local bit = 2 ^ i
        if mask % (2 * bit) < bit then mask = mask + bit end
    end
    return mask
end

-- at most 2^53 (285 million years): past that, floor() gives a float on
-- Lua 5.3+, not the integer the Result table promises
local function check_seconds (src, id, field, v)
    if type(v) ~= "number" or v < 0 or v % 1 ~= 0 or v > 2 ^ 53 then
        fail(src, id, "field '%s' must be a whole number of seconds", field)
    end
    return floor(v)  -- an integer on Lua 5.3+, also when given as 60.0
end

-- the vocabulary of each field that takes one of its words
local WORDS = {
    reason = { vocab.is_reason, vocab.reasons }, action = { vocab.is_action, vocab.actions },
    scope = { vocab.is_scope, vocab.scopes }, basis = { vocab.is_basis, vocab.bases },
}

-- field 'field' of rule 'id' (value 'v'): one of its vocabulary's words
local function check_word (src, id, field, v)
    local w = WORDS[field]
    if v == nil then fail(src, id, "field '%s' is missing (one of: %s)", field, concat(w[2], ", ")) end
    if type(v) ~= "string" or not w[1][v] then
        fail(src, id, "field '%s': unknown %s '%s' (one of: %s)", field, field,
             tostring(v), concat(w[2], ", "))
    end
    return v
end

-- c[f] = t[f] checked, for each of the word fields 'fields' that 't' has
local function check_words (src, id, t, c, fields)
    for _, f in ipairs(fields) do
        if t[f] ~= nil then c[f] = check_word(src, id, f, t[f]) end
    end
end

-- patterns that start only at a byte of a set (lead(p, set), 'set' a
-- pattern of one byte): their search passes over the other bytes at once
local LEADS = setmetatable({}, { __mode = "k" })
function _M.lead (p, set) LEADS[p] = set; return p end

-- the 're' strings of the built-in rules, as plain LPeg makes them (the
-- matches re.compile's give: %d is "0"-"9"), so that `re`, which costs
-- more to load than the rest of a pattern's first use, is not loaded
local RE_LPEG = {
    ["%d+ '.' %d+ '.' %d+ '.' %d+"] = function ()  -- rules/fallback.lua's ip-literal
        local d = lpeg.R("09")^1
        return _M.lead(d * "." * d * "." * d * "." * d, lpeg.R("09"))
    end,
}

local function check_pattern (src, id, v)
    if not lpeg_ok then fail(src, id, "field 'pattern' needs LPeg") end
    if RE_LPEG[v] then v = RE_LPEG[v]() end
    if type(v) == "string" then
        local ok, re = pcall(require, "re")
        -- (not "ok and pcall(...)": 'and' would keep pcall's first value only)
        local okc, p = false, "needs LPeg's 're' module"
        if ok then okc, p = pcall(re.compile, v) end
        if not okc then fail(src, id, "field 'pattern': %s", tostring(p)) end
        v = p
    end
    if lpeg.type(v) ~= "pattern" then
        fail(src, id, "field 'pattern' must be an LPeg pattern or a re string")
    end
    -- search anywhere in the text
    local lead = LEADS[v]
    local search = lpeg.P{ v + (lead and (1 - lead)^1 + 1 or 1) * lpeg.V(1) }
    -- the rule looks for the pattern at every position of the text, the
    -- end too: one that matches "" there holds for every reply.  (Tried
    -- at position 1 of "": a pattern that looks behind, or at the
    -- position, may still match "" elsewhere; a capture function that
    -- raises here is let be.)  The search tries only the pattern at the
    -- end of "" ('1' fails there), so it answers for it, and LPeg
    -- compiles one pattern, not two (a large one costs a tenth of a
    -- millisecond and more)
    local okm, at = pcall(lpeg.match, search, "")
    if okm and at then
        fail(src, id, "field 'pattern' matches the empty string (it would hold for every reply)")
    end
    return search
end

--[[
A 're' string pattern of a source whose lines are read when first needed
(src.lazy: the built-in files) is compiled, and checked, when first
matched (LPeg's 're' module costs about as much to load as a tenth of
the start-up, for one built-in rule), or by complete() (rule_list,
explain: so `rules --check` still checks it).  The stand-in has the
method the classifier calls, match(text); 'deferred' compiles it.  'v'
may also be a function that gives the pattern (a ruleset image's rule
whose LPeg pattern smtpbounce.rules.patterns makes: that module is
loaded when first matched).
]]
local function deferred_pattern (src, id, v)
    local p = {}
    function p.deferred ()
        local compiled = check_pattern(src, id, type(v) == "function" and v() or v)
        p.match = function (_, text) return compiled:match(text) end
        p.deferred = function () return compiled end
        return compiled
    end
    function p.match (_, text) return p.deferred():match(text) end
    return p
end

local function check_examples (src, id, v)
    if type(v) ~= "table" or #v == 0 then
        fail(src, id, "field 'examples' must be a non-empty list")
    end
    for i, e in ipairs(v) do
        if type(e) == "string" then
            v[i] = { reply = e }
        elseif type(e) ~= "table" or type(e.reply) ~= "string" then
            fail(src, id, "field 'examples' item %d must be a reply string or "
                 .. "a table with a 'reply' string", i)
        end
    end
    return v
end

-- all = { "a", { "b", "c" } }: every item must occur; a list item means
-- one of its phrases
local function check_all (src, id, v)
    if type(v) ~= "table" or #v == 0 then
        fail(src, id, "field 'all' must be a non-empty list")
    end
    local out = {}
    for i, item in ipairs(v) do
        if type(item) == "table" then
            out[i] = check_strings(src, id, "all", item)
        elseif type(item) == "string" and item ~= "" then
            out[i] = check_strings(src, id, "all", item)
        else
            fail(src, id, "field 'all' item %d must be a non-empty string or a list", i)
        end
    end
    return out
end

local RULE_FIELDS = {
    id = true, code = true, class = true, status = true, provider = true,
    phase = true, any = true, all = true, ordered = true, none = true,
    pattern = true, reason = true, action = true, scope = true,
    retry_after = true, give_up_after = true, tags = true, examples = true,
    source = true, note = true,
}

-- lists check_rule reads (made once, not once a rule)
local ACTION_SCOPE, SECONDS, TEXTS = { "action", "scope" }, { "retry_after", "give_up_after" },
                                     { "source", "note" }
local FAILURES = { 0, 4, 5 }

-- a checked copy of rule 'r' from source 'src', at position 'n'
local function check_rule (src, r, n, providers)
    if type(r) ~= "table" then
        error(fmt("%s: rules: item %d is a %s, not a rule table", src.file, n,
                  type(r)), 0)
    end
    local id = r.id
    if type(id) ~= "string" or not match(id, "^[%w_][%w_%.%-:]*$") then
        error(fmt("%s: rules: item %d: field 'id' must be a string of letters, "
                  .. "digits, '_', '.', '-', ':'", src.file, n), 0)
    end
    for k in pairs(r) do
        if not RULE_FIELDS[k] then fail(src, id, "unknown field '%s'", tostring(k)) end
    end
    local c = set_where({ id = id, src = src, layer = src.layer }, src, id)
    c.reason = check_word(src, id, "reason", r.reason)
    check_words(src, id, r, c, ACTION_SCOPE)
    if r.code ~= nil then c.codes = check_code(src, id, r.code) end
    if r.class ~= nil then c.classes = check_class(src, id, r.class) end
    if r.status ~= nil then c.statuses = check_status(src, id, r.status) end
    if r.phase ~= nil then c.phases = check_phase(src, id, r.phase) end
    if r.provider ~= nil then
        c.providers = check_strings(src, id, "provider", r.provider)
        for _, p in ipairs(c.providers) do
            if not providers[p] then fail(src, id, "field 'provider': unknown provider '%s'", p) end
        end
    end
    if r.any ~= nil then c.any = check_strings(src, id, "any", r.any) end
    if r.all ~= nil then c.all = check_all(src, id, r.all) end
    if r.ordered ~= nil then c.ordered = check_strings(src, id, "ordered", r.ordered) end
    if r.none ~= nil then c.none = check_strings(src, id, "none", r.none) end
    if r.pattern ~= nil then
        c.pattern = (src.lazy and lpeg_ok and type(r.pattern) == "string"
                     and deferred_pattern or check_pattern)(src, id, r.pattern)
    end
    for _, f in ipairs(SECONDS) do
        if r[f] ~= nil then c[f] = check_seconds(src, id, f, r[f]) end
    end
    c.tags = r.tags ~= nil and check_strings(src, id, "tags", r.tags) or {}
    if r.examples ~= nil then c.examples = check_examples(src, id, r.examples) end
    for _, f in ipairs(TEXTS) do
        if r[f] ~= nil and type(r[f]) ~= "string" then
            fail(src, id, "field '%s' must be a string", f)
        end
        c[f] = r[f]
    end
    -- phrase rules speak of failures unless told otherwise
    if not c.classes and not c.codes and (c.any or c.all or c.ordered) then
        c.classes = check_class(src, id, FAILURES)
    end
    return c
end

-- }======================================================================

_M.id_lines, _M.where, _M.fail = id_lines, where, fail
_M.lazy_id_lines, _M.complete, _M.searchpath = lazy_id_lines, complete, searchpath
_M.deferred_pattern = deferred_pattern
_M.policy_lines, _M.policy_entry = policy_lines, policy_entry
_M.check_rule, _M.check_strings, _M.check_seconds, _M.check_word, _M.check_words =
    check_rule, check_strings, check_seconds, check_word, check_words

return _M
