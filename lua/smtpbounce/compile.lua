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

--[[
Load a rule file (trusted Lua) and add it to 'set'.  With 'lazy' (the
built-in files, which do not change under a running process) the lines
of its ids are read only when first needed (rulecheck.lazy_id_lines):
messages and 'where' are the same, the start-up skips a scan of every
file.
]]
function _M.add_file (set, path, layer, lazy)
    -- "bin/../lua/x.lua" -> "lua/x.lua", for messages
    local shown = path
    repeat
        local n
        shown, n = shown:gsub("[^/%.][^/]*/%.%./", "", 1)
    until n == 0
    local chunk, err = (lazy and _M.loadfile or loadfile)(path)
    if not chunk then error(err, 0) end
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
        r.basis = basis_of(r)  -- what its reason rests on (result.basis_of)
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


-- {======================================================================
-- Ruleset images: the built-in rules compiled once, kept in a file
-- =======================================================================

--[[
The command-line tool's start-up spends most of its time compiling the
built-in rules.  `make` keeps them compiled in a file (tools/bytecode.lua
--ruleset: core.image), and bin/smtpbounce sets _M.image to
{ path = that file, stamp = logio.file_stamp }; build() then reads the
compiled ruleset from the file (core.load_image) instead, for a set of
the built-in rules alone, when the file is exactly the one made from the
files the set was read from as they are now:

  * its first line (image_head) names the interpreter, and the stamp
    (size, modification time, inode) of each source the ruleset comes
    from: every built-in rule file, each module they required, the
    modules that check and compile them, and the core's library;
  * the image's checksum, format and every index hold (core.load_image);
  * the rules it was compiled from, by id and in priority order, are the
    set's (kept in the image).

Else the set is compiled as any other.
]]
_M.image = nil

-- a file on a package path ('package.path' or 'package.cpath'), or nil
local function find_module (name, path)
    local search = rawget(package, "searchpath")
    if search then return (search(name, path)) end
    local file = name:gsub("%.", "/")
    for tpl in path:gmatch("[^;]+") do
        local f = tpl:gsub("%?", file)
        local h = io.open(f, "rb")
        if h then h:close(); return f end
    end
    return nil
end

local IMAGE_MODULES = { "smtpbounce", "smtpbounce.compile", "smtpbounce.rulecheck",
                        "smtpbounce.vocab", "smtpbounce.result" }

--[[
The first line of the image of the built-in rules whose files are
'paths' (module name -> file): the interpreter and the stamp of every
source, by 'stamp' (logio.file_stamp); nil when one has none.
]]
function _M.image_head (paths, stamp)
    local names, files = {}, {}
    for name, path in pairs(paths) do names[#names + 1] = name; files[name] = path end
    for name in pairs(package.loaded) do  -- what the rule files required
        if (name:find("^smtpbounce%.rules%.") or name:find("^smtpbounce%.providers%."))
           and not files[name] then
            names[#names + 1] = name
            files[name] = find_module(name, package.path) or ""
        end
    end
    for _, name in ipairs(IMAGE_MODULES) do
        names[#names + 1] = name
        files[name] = find_module(name, package.path) or ""
    end
    names[#names + 1] = "smtpbounce.core"
    files["smtpbounce.core"] = find_module("smtpbounce.core", package.cpath) or ""
    table.sort(names)
    local jit = rawget(_G, "jit")
    local t = { "smtpbounce-ruleset", _VERSION .. (jit and " " .. jit.version or ""),
                core._VERSION }
    for _, name in ipairs(names) do
        local st = stamp(files[name])
        if not st then return nil end
        t[#t + 1] = name .. "=" .. st:gsub(" ", ",")
    end
    return table.concat(t, " ") .. "\n"
end

-- the ids of 'rules', in their order
local function id_list (rules)
    local ids = {}
    for i, r in ipairs(rules) do ids[i] = r.id end
    return table.concat(ids, " ")
end

-- what the image keeps besides the ruleset, as lines: its phrases
-- (normalised: no line breaks), then the ids of its rules in priority
-- order
local function image_extra (rules, phrases)
    return table.concat(phrases, "\n") .. "\n" .. id_list(rules)
end

-- the file's compiled 'rules' and their phrases, or nil
local function read_image (set, rules)
    local img = _M.image
    local head = set.builtin_paths and _M.image_head(set.builtin_paths, img.stamp)
    if not head then return nil end
    local rs, lines = core.load_image(img.path, head)
    if not rs or lines[#lines] ~= id_list(rules) then return nil end
    lines[#lines] = nil
    return rs, lines
end

--[[
The image of 'set' (compiled), for a file image_head's line heads
(tools/bytecode.lua --ruleset).
]]
function _M.image_of (set)
    local rs, rules, _, phrases = _M.build(set)
    return core.image(rs, image_extra(rules, phrases))
end

-- }======================================================================


--[[
Compile 'set' into a ruleset.  Returns ruleset, rules (in priority order),
providers (list), phrases (normalised, by id).  A set of the built-in
rules alone (set.builtin_paths: module -> file) is read from _M.image
when that holds it (see above).
]]
function _M.build (set)
    local rules, provs = priority_order(set), set.provider_list
    if _M.image and set.builtin_paths then
        local rs, phrases = read_image(set, rules)
        if rs then return rs, rules, provs, phrases end
    end
    local desc = describe(set, rules, provs)
    return core.compile(desc), rules, provs, desc.phrases
end

-- }======================================================================

_M.where = where

return _M
