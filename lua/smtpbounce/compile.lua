-- smtpbounce.compile -- gather rule and provider data (checked by
-- smtpbounce.rulecheck) and compile it into
-- the description smtpbounce.core.compile takes.
--
-- Rule data is plain Lua.  A rule file returns either a list of rules or
-- a table { rules = {...}, providers = {...}, policy = {...},
-- disable = {...}, phases = {...} }.  Mistakes raise an error that names
-- the file, the line of the rule (found by its id) and the field.

local core = require "smtpbounce.core"
local vocab = require "smtpbounce.vocab"
local rulecheck = require "smtpbounce.rulecheck"
local basis_of = require("smtpbounce.result").basis_of

local error, ipairs, pairs, type, tostring, pcall =
      error, ipairs, pairs, type, tostring, pcall
local setmetatable, rawget, rawset = setmetatable, rawget, rawset
local loadfile = loadfile
local fmt, match = string.format, string.match
-- the kinds of clause of the C core (smtpbounce.h: sb_clause_kind)
local CLAUSE = core.CLAUSE

local _M = { _VERSION = "0.1.0" }

-- layers, lowest first; a higher layer always wins
_M.layers = { "defaults", "phrases", "providers", "operator" }
local layer_rank = {}
for i, name in ipairs(_M.layers) do layer_rank[name] = i end
_M.layer_rank = layer_rank

local id_lines, where, fail = rulecheck.id_lines, rulecheck.where, rulecheck.fail
local check_rule, check_strings, check_seconds, check_word, check_words =
      rulecheck.check_rule, rulecheck.check_strings, rulecheck.check_seconds,
      rulecheck.check_word, rulecheck.check_words


-- {======================================================================
-- Gathering sources
-- =======================================================================

local PROVIDER_FIELDS = { id = true, name = true, hosts = true, domains = true,
                          tokens = true, source = true, note = true }
local POLICY_FIELDS = { provider = true, reason = true, class = true, basis = true,
                        action = true, scope = true, retry_after = true,
                        give_up_after = true, tags = true, source = true,
                        note = true }
-- ('tracker': smtpbounce.tracker's rules, read by tracker.new's
-- 'rule_files'; the classifier leaves them alone)
local SPEC_FIELDS = { rules = true, providers = true, policy = true,
                      disable = true, phases = true, tracker = true }

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
              tokens = {} }
        if src.lazy then  -- 'where' when first read (rulecheck.lazy_id_lines)
            setmetatable(q, { __index = function (t, k)
                if k ~= "where" then return nil end
                rawset(t, "where", where(src, p.id))
                return rawget(t, "where")
            end })
        else
            q.where = where(src, p.id)
        end
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

-- policy entry 'n': errors name it "policy entry #n" and its line (by
-- position in the file, rulecheck.policy_lines), explain its line
local function add_policy (set, src, o, n)
    local id = rulecheck.policy_entry(src, n)
    if type(o) ~= "table" then fail(src, id, "must be a table, got %s", type(o)) end
    for k in pairs(o) do
        if not POLICY_FIELDS[k] then fail(src, id, "unknown field '%s'", tostring(k)) end
    end
    local c = { where = id.where }
    c.reason = check_word(src, id, "reason", o.reason)
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
    check_words(src, id, o, c, { "basis", "action", "scope" })
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
local LISTS = { rules = true, providers = true, policy = true }
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
        for i in pairs(LISTS[k] and v or {}) do  -- (one entry not in a list would do nothing)
            if type(i) ~= "number" then
                error(fmt("%s: field '%s' must be a list, not a table with field '%s'",
                          src.file, k, tostring(i)), 0)
            end
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
                      c.id, first.where or where(first.src, first.id)), 0)
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

-- what reads a built-in rule file (add_file's 'lazy'): loadfile, or the
-- command-line tool's reader of precompiled chunks (bin/smtpbounce)
_M.loadfile = loadfile

-- the ruleset image smtpbounce.new reads the built-in rules from, when
-- it holds them as they are: { path = file, stamp = logio.file_stamp,
-- collector_stopped = true when the start-up stopped the collector }
-- (bin/smtpbounce; smtpbounce.image), or nil
_M.image = nil

-- the collector restarted if the start-up stopped it (image's
-- collector_stopped: bin/smtpbounce), once
function _M.start_collector ()
    local image = _M.image
    if image and image.collector_stopped then
        image.collector_stopped = nil
        collectgarbage("restart")
    end
end

--[[
Load a rule file (trusted Lua) and add it to 'set'.  With 'lazy' (the
built-in files, which do not change under a running process) the lines
of its ids are read only when first needed (rulecheck.lazy_id_lines):
messages and 'where' are the same, the start-up skips a scan of every
file.
]]
-- "bin/../lua/x.lua" -> "lua/x.lua", for messages
local function shown_path (path)
    local shown = path
    repeat
        local n
        shown, n = shown:gsub("[^/%.][^/]*/%.%./", "", 1)
    until n == 0
    return shown
end

_M.shown_path = shown_path  -- (smtpbounce.tracker.check's files too)

--[[
The chunk of rule file 'path' read by 'load' (loadfile's kind); raises
when it cannot be read, in the words the command line uses for its
other files ("PATH: No such file or directory", "PATH: is a directory")
rather than Lua's ("cannot open PATH: ..."); a syntax error as Lua says
it ("PATH:LINE: ...").
]]
function _M.load_chunk (load, path)
    local chunk, err = load(path)
    if chunk then return chunk end
    err = tostring(err)
    local what, e = err:match("^cannot (%a+) ([^\n]*)$")
    if what and e:sub(1, #path + 2) == path .. ": " then
        e = e:sub(#path + 3)
        if what ~= "open" then e = e:gsub("^%u", string.lower) end
        err = path .. ": " .. e
    end
    error(err, 0)
end

function _M.add_file (set, path, layer, lazy)
    local shown = shown_path(path)
    local chunk = _M.load_chunk(lazy and _M.loadfile or loadfile, path)
    local ok, spec = pcall(chunk)
    if not ok then
        local msg = tostring(spec)  -- a runtime error usually names the file already
        if msg:sub(1, #path) ~= path then msg = fmt("%s: %s", shown, msg) end
        error(msg, 0)
    end
    local lines, again = (lazy and rulecheck.lazy_id_lines or id_lines)(path)
    -- (the policy's lines only when the file has one: a second read)
    local plines = type(spec) == "table" and type(spec.policy) == "table"
                   and spec.policy[1] ~= nil and rulecheck.policy_lines(path) or nil
    return _M.add(set, spec, { file = shown, lines = lines, again = again,
                               layer = layer, policy_lines = plines, lazy = lazy })
end

--[[
Add to 'set' what add_file adds for the built-in file 'path' (read when
first needed, as add_file's 'lazy'), from its part of a ruleset image
(smtpbounce.image): 'seg' = { providers, disable, phases as the file
has them, rules = its rules as check_rule made them (no src, layer,
pattern), patterns = rule number -> its 're' string pattern, lpeg = rule
number -> the key of its LPeg pattern in smtpbounce.rules.patterns }.
The rules are not checked again: the image was made from the file as it
is.
]]
function _M.add_checked (set, path, layer, seg)
    local src = { file = shown_path(path), layer = layer, lazy = true }
    src.lines, src.again = rulecheck.lazy_id_lines(path)
    if seg.providers then _M.add(set, { providers = seg.providers }, src) end
    for n, c in ipairs(seg.rules) do
        c.src, c.layer = src, layer
        local p, name = seg.patterns[n], seg.lpeg and seg.lpeg[n]
        if name then  -- (smtpbounce.rules.patterns loaded when first matched)
            c.pattern = rulecheck.deferred_pattern(src, c.id, function ()
                return require("smtpbounce.rules.patterns")[name]
            end)
        elseif p then
            c.pattern = check_rule(src, { id = c.id, reason = c.reason, pattern = p }, n,
                                   set.providers).pattern
        end
        set.ids[c.id] = c
        set.rules[#set.rules + 1] = c
    end
    if seg.disable or seg.phases then
        _M.add(set, { disable = seg.disable, phases = seg.phases }, src)
    end
    return set
end

-- }======================================================================


-- {======================================================================
-- Building the description
-- =======================================================================

-- phrase -> its id (of its normalised form); a phrase seen before is not
-- normalised again (many rules share phrases).  Returns intern and its
-- table 'seen' (phrase -> id, for a look-up without the call)
local function interner (desc)
    local ids, seen = {}, {}
    local normalize = core.normalize
    local phrases = desc.phrases
    local np = #phrases
    return function (s)
        local i = seen[s]
        if i then return i end
        local n = normalize(s)
        i = ids[n]
        if not i then
            np = np + 1
            i = np
            phrases[i] = n
            ids[n] = i
        end
        seen[s] = i
        return i
    end, seen
end

-- the clause { kind, phrase ids... } of the phrase list 'list'
local function clause (kind, list, intern, seen)
    local cl = { kind }
    for j = 1, #list do
        local s = list[j]
        cl[j + 1] = seen[s] or intern(s)
    end
    return cl
end

local function clauses_of (r, intern, seen)
    local out, n = {}, 0
    if r.any then n = n + 1; out[n] = clause(CLAUSE.any, r.any, intern, seen) end
    if r.ordered then n = n + 1; out[n] = clause(CLAUSE.ordered, r.ordered, intern, seen) end
    local all = r.all
    if all then
        for j = 1, #all do n = n + 1; out[n] = clause(CLAUSE.any, all[j], intern, seen) end
    end
    if r.none then n = n + 1; out[n] = clause(CLAUSE.none, r.none, intern, seen) end
    return out
end

-- the rules of 'set' in priority order, each with its 'basis': higher
-- layer first, then the order of definition (one list per layer, each in
-- the order of definition, joined highest first: the order a sort by
-- (layer, position) gives, without a sort)
local function priority_order (set)
    local by_layer = {}
    for i = 1, #_M.layers do by_layer[i] = {} end
    for _, r in ipairs(set.rules) do
        if not set.disabled[r.id] then
            local l = by_layer[layer_rank[r.layer]]
            l[#l + 1] = r
        end
    end
    local rules = {}
    for i = #_M.layers, 1, -1 do
        for _, r in ipairs(by_layer[i]) do rules[#rules + 1] = r end
    end
    for _, r in ipairs(rules) do
        -- what its reason rests on (result.basis_of; a rule read from a
        -- ruleset image has it already, its phrase lists read later)
        if r.basis == nil then r.basis = basis_of(r) end
    end
    return rules
end

-- the description core.compile takes, of 'rules' (in priority order)
-- and the providers 'provs'
local function describe (set, rules, provs)
    local desc = { phrases = {}, rules = {}, token_of = {}, phase_of = {},
                   hosts = {}, domains = {} }
    local intern, seen = interner(desc)
    local pindex = {}
    for i, p in ipairs(provs) do pindex[p.id] = i end
    desc.nproviders = #provs
    for i, r in ipairs(rules) do
        local d = { classes = r.classes, phases = r.phases, codes = r.codes,
                    statuses = r.statuses, external = r.pattern ~= nil,
                    clauses = clauses_of(r, intern, seen) }
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
    return desc
end

-- }======================================================================


--[[
Compile 'set' into a ruleset.  Returns ruleset, rules (in priority order),
providers (list), phrases (normalised, by id).  A set read from a ruleset
image (smtpbounce.image) has its ruleset compiled already: set.image =
{ rs = ruleset, later = function }; its phrases are nil, and the fifth
value is 'later', which returns them (and completes the rules' phrase
lists and examples) when first called.
]]
function _M.build (set)
    local rules, provs = priority_order(set), set.provider_list
    if set.image then return set.image.rs, rules, provs, nil, set.image.later end
    local desc = describe(set, rules, provs)
    return core.compile(desc), rules, provs, desc.phrases
end

-- }======================================================================

_M.priority_order = priority_order

_M.where = where

return _M
