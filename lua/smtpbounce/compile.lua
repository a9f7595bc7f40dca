-- smtpbounce.compile -- check rule and provider data, and compile it into
-- the description smtpbounce.core.compile takes.
--
-- Rule data is plain Lua.  A rule file returns either a list of rules or
-- a table { rules = {...}, providers = {...}, policy = {...},
-- disable = {...}, phases = {...} }.  Mistakes raise an error that names
-- the file, the line of the rule (found by its id) and the field.

local core = require "smtpbounce.core"
local vocab = require "smtpbounce.vocab"

local lpeg_ok, lpeg = pcall(require, "lpeg")

local error, ipairs, pairs, type, tostring, tonumber, next, pcall, require =
      error, ipairs, pairs, type, tostring, tonumber, next, pcall, require
local sort, concat = table.sort, table.concat
local open, loadfile = io.open, loadfile
local fmt, match, find = string.format, string.match, string.find
local floor = math.floor

local _M = { _VERSION = "0.1.0" }

-- layers, lowest first; a higher layer always wins
_M.layers = { "defaults", "phrases", "providers", "operator" }
local layer_rank = {}
for i, name in ipairs(_M.layers) do layer_rank[name] = i end
_M.layer_rank = layer_rank


-- {======================================================================
-- Where things are defined
-- =======================================================================

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

-- a source: { file = path or chunk name, lines = id -> line, layer = ... }
local function where (src, id)
    local line = id and src.lines[id]
    if line then return fmt("%s:%d", src.file, line) end
    return src.file
end

local function fail (src, id, msg, ...)
    local what = id and fmt("rule '%s'", tostring(id)) or "rules"
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
        if type(v[i]) ~= "string" or v[i] == "" then
            fail(src, id, "field '%s' item %d must be a non-empty string", field, i)
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
            fail(src, id, "field 'code' item %d: bad reply code %s", i, tostring(c))
        end
        out[#out + 1] = lo
        out[#out + 1] = hi
    end
    return out
end

-- the C core's numbers: the mask bit of each class a rule may name, and
-- the kinds of clause (smtpbounce.h: SB_CLASS_BIT, sb_clause_kind)
local class_bits, CLAUSE = core.CLASS_BIT, core.CLAUSE

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

local function check_word (src, id, field, v, known, list)
    if type(v) ~= "string" or not known[v] then
        fail(src, id, "field '%s': unknown %s '%s' (one of: %s)", field, field,
             tostring(v), concat(list, ", "))
    end
    return v
end

local function check_pattern (src, id, v)
    if not lpeg_ok then fail(src, id, "field 'pattern' needs LPeg") end
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
    return lpeg.P{ v + 1 * lpeg.V(1) }
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
            out[i] = { item }
        else
            fail(src, id, "field 'all' item %d must be a string or a list", i)
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
    local c = { id = id, src = src, where = where(src, id), layer = src.layer }
    c.reason = check_word(src, id, "reason", r.reason, vocab.is_reason, vocab.reasons)
    if r.action ~= nil then
        c.action = check_word(src, id, "action", r.action, vocab.is_action, vocab.actions)
    end
    if r.scope ~= nil then
        c.scope = check_word(src, id, "scope", r.scope, vocab.is_scope, vocab.scopes)
    end
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
    if r.pattern ~= nil then c.pattern = check_pattern(src, id, r.pattern) end
    for _, f in ipairs{ "retry_after", "give_up_after" } do
        if r[f] ~= nil then c[f] = check_seconds(src, id, f, r[f]) end
    end
    c.tags = r.tags ~= nil and check_strings(src, id, "tags", r.tags) or {}
    if r.examples ~= nil then c.examples = check_examples(src, id, r.examples) end
    for _, f in ipairs{ "source", "note" } do
        if r[f] ~= nil and type(r[f]) ~= "string" then
            fail(src, id, "field '%s' must be a string", f)
        end
        c[f] = r[f]
    end
    -- phrase rules speak of failures unless told otherwise
    if not c.classes and not c.codes and (c.any or c.all or c.ordered) then
        c.classes = check_class(src, id, { 0, 4, 5 })
    end
    return c
end

-- }======================================================================


-- {======================================================================
-- Gathering sources
-- =======================================================================

local PROVIDER_FIELDS = { id = true, name = true, hosts = true, domains = true,
                          tokens = true, source = true, note = true }
local POLICY_FIELDS = { provider = true, reason = true, class = true,
                        action = true, scope = true, retry_after = true,
                        give_up_after = true, tags = true, source = true,
                        note = true }
local SPEC_FIELDS = { rules = true, providers = true, policy = true,
                      disable = true, phases = true }

-- a new, empty set of rule data
function _M.new_set ()
    return { rules = {}, providers = {}, provider_list = {}, policy = {},
             phases = {}, ids = {}, disabled = {} }
end

local function add_provider (set, src, p, n)
    if type(p) ~= "table" or type(p.id) ~= "string"
       or not match(p.id, "^[%w_][%w_%.%-]*$") then
        error(fmt("%s: providers: item %d needs an 'id' string", src.file, n), 0)
    end
    for k in pairs(p) do
        if not PROVIDER_FIELDS[k] then
            error(fmt("%s: provider '%s': unknown field '%s'", where(src, p.id),
                      p.id, tostring(k)), 0)
        end
    end
    local q = set.providers[p.id]
    if not q then
        q = { id = p.id, name = p.name or p.id, hosts = {}, domains = {},
              tokens = {}, where = where(src, p.id) }
        set.providers[p.id] = q
        set.provider_list[#set.provider_list + 1] = q
    end
    for _, f in ipairs{ "hosts", "domains", "tokens" } do
        if p[f] ~= nil then
            for _, s in ipairs(check_strings(src, p.id, f, p[f])) do
                q[f][#q[f] + 1] = s
            end
        end
    end
end

local function add_policy (set, src, o, n)
    local id = fmt("policy #%d", n)
    if type(o) ~= "table" then fail(src, nil, "policy item %d must be a table", n) end
    for k in pairs(o) do
        if not POLICY_FIELDS[k] then fail(src, id, "unknown field '%s'", tostring(k)) end
    end
    local c = { where = src.file }
    c.reason = check_word(src, id, "reason", o.reason, vocab.is_reason, vocab.reasons)
    if o.provider ~= nil then
        if type(o.provider) ~= "string" or not set.providers[o.provider] then
            fail(src, id, "field 'provider': unknown provider '%s'", tostring(o.provider))
        end
        c.provider = o.provider
    end
    if o.class ~= nil then
        if o.class ~= 0 and o.class ~= 4 and o.class ~= 5 then
            fail(src, id, "field 'class' must be 0, 4 or 5")
        end
        c.class = o.class
    end
    if o.action ~= nil then
        c.action = check_word(src, id, "action", o.action, vocab.is_action, vocab.actions)
    end
    if o.scope ~= nil then
        c.scope = check_word(src, id, "scope", o.scope, vocab.is_scope, vocab.scopes)
    end
    for _, f in ipairs{ "retry_after", "give_up_after" } do
        if o[f] ~= nil then c[f] = check_seconds(src, id, f, o[f]) end
    end
    if o.tags ~= nil then c.tags = check_strings(src, id, "tags", o.tags) end
    set.policy[#set.policy + 1] = c
end

--[[
Add the data 'spec' (a table, as a rule file returns) to 'set'.
'src' = { file = name for messages, lines = id -> line, layer = name }.
Providers are added before rules, so a file may use its own providers.
]]
function _M.add (set, spec, src)
    src.lines = src.lines or {}
    if type(spec) ~= "table" then
        error(fmt("%s: rule data must be a table, got %s", src.file, type(spec)), 0)
    end
    if spec[1] ~= nil then spec = { rules = spec } end
    for k, v in pairs(spec) do
        if not SPEC_FIELDS[k] then
            error(fmt("%s: unknown top-level field '%s'", src.file, tostring(k)), 0)
        end
        if type(v) ~= "table" and k ~= "disable" then
            error(fmt("%s: field '%s' must be a table, got %s", src.file, k, type(v)), 0)
        end
    end
    for n, p in ipairs(spec.providers or {}) do add_provider(set, src, p, n) end
    for n, r in ipairs(spec.rules or {}) do
        local c = check_rule(src, r, n, set.providers)
        local first = set.ids[c.id]
        if first then
            -- a repeat inside one file: name the repeat's line, not the first
            local line = first.src == src and src.again and src.again[c.id]
            error(fmt("%s: rule '%s': duplicate id (first defined at %s)",
                      line and fmt("%s:%d", src.file, line) or where(src, c.id),
                      c.id, first.where), 0)
        end
        set.ids[c.id] = c
        set.rules[#set.rules + 1] = c
    end
    for n, o in ipairs(spec.policy or {}) do add_policy(set, src, o, n) end
    for _, id in ipairs(spec.disable and check_strings(src, nil, "disable", spec.disable) or {}) do
        if not set.ids[id] then
            error(fmt("%s: disable: no rule with id '%s'", src.file, id), 0)
        end
        set.disabled[id] = true
    end
    for name in pairs(spec.phases or {}) do
        if not vocab.phase_index[name] then
            error(fmt("%s: phases: unknown phase '%s'", src.file, tostring(name)), 0)
        end
    end
    -- in the order of the phases, never table order (a phrase listed
    -- under two phases takes the first)
    for i, name in ipairs(vocab.phases) do
        local list = spec.phases and spec.phases[name]
        for _, s in ipairs(list ~= nil and check_strings(src, nil, "phases." .. name, list) or {}) do
            set.phases[#set.phases + 1] = { phrase = s, phase = i }
        end
    end
    return set
end

-- load a rule file (trusted Lua) and add it to 'set'
function _M.add_file (set, path, layer)
    -- "bin/../lua/x.lua" -> "lua/x.lua", for messages
    local shown = path
    repeat
        local n
        shown, n = shown:gsub("[^/%.][^/]*/%.%./", "", 1)
    until n == 0
    local chunk, err = loadfile(path)
    if not chunk then error(err, 0) end
    local ok, spec = pcall(chunk)
    if not ok then
        local msg = tostring(spec)  -- a runtime error usually names the file already
        if msg:sub(1, #path) ~= path then msg = fmt("%s: %s", shown, msg) end
        error(msg, 0)
    end
    local lines, again = id_lines(path)
    return _M.add(set, spec, { file = shown, lines = lines, again = again,
                               layer = layer })
end

-- }======================================================================


-- {======================================================================
-- Building the description
-- =======================================================================

local function interner (desc)
    local ids = {}
    return function (s)
        local n = core.normalize(s)
        local i = ids[n]
        if not i then
            i = #desc.phrases + 1
            desc.phrases[i] = n
            ids[n] = i
        end
        return i
    end
end

local function clauses_of (r, intern)
    local out = {}
    local function add (kind, list)
        local cl = { kind }
        for _, s in ipairs(list) do cl[#cl + 1] = intern(s) end
        out[#out + 1] = cl
    end
    if r.any then add(CLAUSE.any, r.any) end
    if r.ordered then add(CLAUSE.ordered, r.ordered) end
    for _, alt in ipairs(r.all or {}) do add(CLAUSE.any, alt) end
    if r.none then add(CLAUSE.none, r.none) end
    return out
end

--[[
Compile 'set' into a ruleset.  Returns ruleset, rules (in priority order),
providers (list), phrases (normalised, by id).
]]
function _M.build (set)
    local desc = { phrases = {}, rules = {}, token_of = {}, phase_of = {},
                   hosts = {}, domains = {} }
    local intern = interner(desc)
    local provs = set.provider_list
    local pindex = {}
    for i, p in ipairs(provs) do pindex[p.id] = i end
    desc.nproviders = #provs
    -- priority: higher layer first, then the order of definition
    local rules, pos = {}, {}
    for i, r in ipairs(set.rules) do
        if not set.disabled[r.id] then rules[#rules + 1] = r; pos[r] = i end
    end
    sort(rules, function (a, b)
        local la, lb = layer_rank[a.layer], layer_rank[b.layer]
        if la ~= lb then return la > lb end
        return pos[a] < pos[b]
    end)
    for i, r in ipairs(rules) do
        local d = { classes = r.classes, phases = r.phases, codes = r.codes,
                    statuses = r.statuses, external = r.pattern ~= nil,
                    clauses = clauses_of(r, intern) }
        if r.providers then
            d.provs = {}
            for j, p in ipairs(r.providers) do d.provs[j] = pindex[p] end
        end
        desc.rules[i] = d
    end
    for i, p in ipairs(provs) do
        for _, t in ipairs(p.tokens) do
            local id = intern(t)
            if not desc.token_of[id] then desc.token_of[id] = i end
        end
        for _, h in ipairs(p.hosts) do desc.hosts[#desc.hosts + 1] = { h:lower(), i } end
        for _, h in ipairs(p.domains) do desc.domains[#desc.domains + 1] = { h:lower(), i } end
    end
    for _, ph in ipairs(set.phases) do
        local id = intern(ph.phrase)
        if not desc.phase_of[id] then desc.phase_of[id] = ph.phase end
    end
    return core.compile(desc), rules, provs, desc.phrases
end

-- }======================================================================

_M.where = where

return _M
