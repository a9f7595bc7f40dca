-- smtpbounce.tracker.check -- the tracker's rules: each is checked and
-- normalised, and a mistake raises an error naming the file, the line the
-- rule is defined at (found by its id, as smtpbounce.rulecheck does) and
-- the field.
--
-- A rule file returns a list of rules or { rules = {...}, disable = {...} }.
-- A classifier's rule file (smtpbounce.new's 'files', the CLI's --rules)
-- may carry them too, in its top-level field 'tracker' (the same list or
-- table): tracker.new's 'rule_files' reads that field alone.
-- The operator's rules come before the built-in ones, and a result that
-- an operator's rule counts is not counted by a built-in one (the
-- classifier's layers: smtpbounce.tracker).
-- A rule:
--   id        letters, digits, '_', '.', '-', ':'
--   on        "recipient": soft bounces per address -> suppress
--             "provider": throttle and block events -> pause / slow
-- conditions on the result (each a value or a list; all given must hold):
--   reason, action, outcome, provider (provider ids), rule (the
--   classifier's rule ids), status (enhanced status prefixes, "4.7")
--   count     events that decide (a whole number >= 1)
--   window    seconds: 'count' events within it
-- "recipient" rules:
--   expire    seconds a suppression holds (default 30 days)
-- "provider" rules (one of pause, slow at least):
--   per       what counts apart: "provider" (the default; the recipient
--             domain where the provider is unknown), "domain"; events are
--             counted per sending IP too unless 'ip' is false
--   ip        false: all sending IPs together (default true)
--   pause     seconds to stop sending, from the event that crossed
--   slow      "N/minute" or "N/hour": the rate after the pause
--   quiet     seconds without an event before the slow rate ends
--             (default 1 hour)
--   example   a reply (or { reply =, mx =, domain = }) the classifier
--             decides so that this rule counts it
--   source, note  strings

local rulecheck = require "smtpbounce.rulecheck"
local vocab = require "smtpbounce.vocab"

local error, type, pairs, ipairs, tostring, pcall, loadfile, setmetatable =
      error, type, pairs, ipairs, tostring, pcall, loadfile, setmetatable
local fmt, match, sub = string.format, string.match, string.sub
local where, fail = rulecheck.where, rulecheck.fail
local check_strings, check_seconds, check_word =
      rulecheck.check_strings, rulecheck.check_seconds, rulecheck.check_word

local _M = { _VERSION = "0.1.0" }

_M.EXPIRE = 30 * 86400
_M.QUIET = 3600

local FIELDS = {
    id = true, on = true, reason = true, action = true, outcome = true,
    provider = true, rule = true, status = true, count = true, window = true,
    expire = true, per = true, ip = true, pause = true, slow = true, quiet = true,
    example = true, source = true, note = true,
}
local ONLY = {  -- fields only one kind of rule takes
    expire = "recipient", per = "provider", ip = "provider", pause = "provider",
    slow = "provider", quiet = "provider",
}
local UNIT = { minute = 60, hour = 3600 }
local OUTCOMES = { delivered = true, deferred = true, bounced = true, unknown = true }

-- a set of the words of field 'f' (a string or a list), each checked
local function word_set (src, id, r, f)
    if r[f] == nil then return nil end
    local set = {}
    for _, w in ipairs(check_strings(src, id, f, r[f])) do
        if f == "reason" or f == "action" then check_word(src, id, f, w)
        elseif f == "outcome" and not OUTCOMES[w] then
            fail(src, id, "field 'outcome': unknown outcome '%s'", w)
        end
        set[w] = true
    end
    return set
end

local function check_count (src, id, v)
    if type(v) ~= "number" or v < 1 or v % 1 ~= 0 or v > 1000 then
        fail(src, id, "field 'count' must be a whole number from 1 to 1000")
    end
    return v
end

local function check_positive (src, id, f, v)
    local s = check_seconds(src, id, f, v)
    if s == 0 then fail(src, id, "field '%s' must be at least one second", f) end
    return s
end

-- "300/hour" -> 300, "hour"
local function check_slow (src, id, v)
    local n, unit = match(type(v) == "string" and v or "", "^(%d+)/(%a+)$")
    if not n or not UNIT[unit] or n + 0 == 0 then
        fail(src, id, "field 'slow' must be a rate such as '300/hour' or '5/minute'")
    end
    return n + 0, unit
end

-- the checks of a recipient rule: it may only count replies that blame
-- the address (vocab.policy's scope recipient)
local function check_recipient (src, id, r, c)
    c.reasons = c.reasons or { mailboxfull = true }
    c.outcomes = c.outcomes or { deferred = true }
    for reason in pairs(c.reasons) do
        if vocab.policy[reason].scope ~= "recipient" then
            fail(src, id, "field 'reason': '%s' does not blame the recipient (scope %s)",
                 reason, vocab.policy[reason].scope)
        end
    end
    c.expire = r.expire ~= nil and check_positive(src, id, "expire", r.expire) or _M.EXPIRE
end

local function check_provider (src, id, r, c)
    if r.pause == nil and r.slow == nil then
        fail(src, id, "a provider rule needs 'pause' or 'slow'")
    end
    if r.pause ~= nil then c.pause = check_positive(src, id, "pause", r.pause) end
    if r.slow ~= nil then c.rate, c.per_unit = check_slow(src, id, r.slow) end
    c.quiet = r.quiet ~= nil and check_positive(src, id, "quiet", r.quiet) or _M.QUIET
    c.per = r.per or "provider"
    if c.per ~= "provider" and c.per ~= "domain" then
        fail(src, id, "field 'per' must be 'provider' or 'domain'")
    end
    if r.ip ~= nil and type(r.ip) ~= "boolean" then fail(src, id, "field 'ip' must be a boolean") end
    c.by_ip = r.ip ~= false
end

-- a checked copy of rule 'r' (item 'n' of source 'src')
local function check_rule (src, r, n)
    if type(r) ~= "table" then
        error(fmt("%s: tracker rules: item %d is a %s, not a rule table", where(src), n, type(r)), 0)
    end
    local id = r.id
    if type(id) ~= "string" or not match(id, "^[%w_][%w_%.%-:]*$") then
        error(fmt("%s: tracker rules: item %d: field 'id' must be a string of letters, "
                  .. "digits, '_', '.', '-', ':'", where(src), n), 0)
    end
    for k in pairs(r) do
        if not FIELDS[k] then fail(src, id, "unknown field '%s'", tostring(k)) end
    end
    if r.on ~= "recipient" and r.on ~= "provider" then
        fail(src, id, "field 'on' must be 'recipient' or 'provider'")
    end
    for k, kind in pairs(ONLY) do
        if r[k] ~= nil and r.on ~= kind then
            fail(src, id, "field '%s' is for '%s' rules, not '%s'", k, kind, r.on)
        end
    end
    local c = { id = id, on = r.on, where = where(src, id), layer = src.layer,
                source = r.source, note = r.note, example = r.example }
    c.reasons = word_set(src, id, r, "reason")
    c.actions = word_set(src, id, r, "action")
    c.outcomes = word_set(src, id, r, "outcome")
    c.providers = word_set(src, id, r, "provider")
    c.rules = word_set(src, id, r, "rule")
    if r.status ~= nil then c.status = check_strings(src, id, "status", r.status) end
    c.count = check_count(src, id, r.count)
    c.window = check_positive(src, id, "window", r.window)
    if r.on == "recipient" then check_recipient(src, id, r, c) else check_provider(src, id, r, c) end
    if r.on == "provider" and not (c.reasons or c.actions or c.rules or c.status) then
        fail(src, id, "a provider rule needs a condition: reason, action, rule or status")
    end
    for _, f in ipairs{ "source", "note" } do
        if r[f] ~= nil and type(r[f]) ~= "string" then fail(src, id, "field '%s' must be a string", f) end
    end
    local e = r.example
    if e ~= nil and type(e) ~= "string" and not (type(e) == "table" and type(e.reply) == "string") then
        fail(src, id, "field 'example' must be a reply string or a table with a 'reply' string")
    end
    return c
end

-- {======================================================================
-- Rule sets
-- =======================================================================

local function new_set ()
    return { list = {}, ids = {}, disabled = {} }
end

--[[
Add the data 'spec' (a list of rules, or { rules =, disable = }) from
source 'src' ({ file =, lines = id -> line, layer = }) to 'set'.
]]
local function add (set, spec, src)
    src.lines = src.lines or {}
    if type(spec) ~= "table" then
        error(fmt("%s: tracker rule data must be a table, got %s", where(src), type(spec)), 0)
    end
    if spec[1] ~= nil then spec = { rules = spec } end
    for k in pairs(spec) do
        if k ~= "rules" and k ~= "disable" then
            error(fmt("%s: unknown top-level field '%s'", where(src), tostring(k)), 0)
        end
    end
    if spec.rules ~= nil and type(spec.rules) ~= "table" then
        error(fmt("%s: field 'rules' must be a table, got %s", where(src), type(spec.rules)), 0)
    end
    for i in pairs(spec.rules or {}) do  -- (one rule not in a list would do nothing)
        if type(i) ~= "number" then
            error(fmt("%s: field 'rules' must be a list, not a table with field '%s'", where(src),
                      tostring(i)), 0)
        end
    end
    for n, r in ipairs(spec.rules or {}) do
        local c = check_rule(src, r, n)
        local first = set.ids[c.id]
        if first then
            local line = first.src_file == src.file and src.again and src.again[c.id]
            error(fmt("%s: rule '%s': duplicate id (first defined at %s)",
                      line and fmt("%s:%d", src.file, line) or c.where, c.id, first.where), 0)
        end
        c.src_file = src.file
        set.ids[c.id] = c
        set.list[#set.list + 1] = c
    end
    for _, id in ipairs(spec.disable and check_strings(src, nil, "disable", spec.disable) or {}) do
        if not set.ids[id] then error(fmt("%s: disable: no tracker rule with id '%s'", where(src), id), 0) end
        set.disabled[id] = true
    end
end

-- 'embedded': a classifier's rule file, whose 'tracker' field (if any)
-- holds the tracker's rules
local function add_file (set, path, layer, embedded)
    local chunk = require("smtpbounce.compile").load_chunk(loadfile, path)
    local ok, spec = pcall(chunk)
    if not ok then error(fmt("%s: %s", path, tostring(spec)), 0) end
    if embedded then
        if type(spec) ~= "table" or spec.tracker == nil then return end
        spec = spec.tracker
    end
    local lines, again = rulecheck.id_lines(path)
    add(set, spec, { file = require("smtpbounce.compile").shown_path(path), lines = lines,
                     again = again, layer = layer })
end

local searchpath = rulecheck.searchpath

_M.BUILTIN = "smtpbounce.tracker.rules"

--[[
The rules a tracker applies, in order: the operator's (the 'tracker'
field of the classifier's 'rule_files', the files, then
'rules' given as a table, whose errors name 'caller' = { file =, lines =
id -> line } as where they were written),
then the built-in ones unless 'builtin' is false; 'disable' turns rules
off by id.  Returns the list.
]]
function _M.load (opts, caller)
    caller = type(caller) == "table" and caller or { file = caller or "?" }
    local set = new_set()
    if opts.builtin ~= false then
        local path, err = searchpath(_M.BUILTIN)
        if not path then error(err, 0) end
        add_file(set, path, "builtin")
    end
    for _, f in ipairs(opts.rule_files or {}) do add_file(set, f, "operator", true) end
    for _, f in ipairs(opts.files or {}) do add_file(set, f, "operator") end
    if opts.rules ~= nil then
        add(set, { rules = opts.rules }, { file = caller.file, lines = caller.lines,
                                           line = caller.line, layer = "operator" })
    end
    if opts.disable ~= nil then
        add(set, { disable = opts.disable }, { file = caller.file, line = caller.line,
                                               layer = "operator" })
    end
    local out = {}
    for _, layer in ipairs{ "operator", "builtin" } do
        for _, c in ipairs(set.list) do
            if c.layer == layer and not set.disabled[c.id] then out[#out + 1] = c end
        end
    end
    return out
end

--[[
Where a table of rules given to tracker.new was written: the file of the
function 'level' levels up from the one that calls caller() (1: its
caller; past C frames such as pcall), and a table of the line of each id in that file (else
that function's line).  Returns the file's short name, the table.
]]
function _M.caller (level)
    level = level + 2
    local info = debug.getinfo(level, "Sl")
    while info and info.what == "C" do
        level = level + 1
        info = debug.getinfo(level, "Sl")
    end
    info = info or {}
    local lines = {}
    if (info.source or ""):sub(1, 1) == "@" then lines = rulecheck.id_lines(info.source:sub(2)) end
    local line = info.currentline or 0
    return info.short_src or "?", setmetatable(lines, { __index = function () return line end }),
           info.currentline
end

-- tracker.new's 'limits': each a positive whole number (errors at the
-- level of new's caller)
function _M.limits (limits, known)
    if limits == nil then return {} end
    local function bad (msg) error("bad argument #1 to 'new' (" .. msg .. ")", 4) end
    if type(limits) ~= "table" then bad("'limits' must be a table") end
    for k, v in pairs(limits) do
        if not known[k] then bad("unknown limit '" .. tostring(k) .. "'") end
        if type(v) ~= "number" or v < 1 or v % 1 ~= 0 then
            bad(fmt("limit '%s' must be a positive whole number", k))
        end
    end
    return limits
end

-- tracker.new's 'builtin' and 'store' (a store: the methods the tracker
-- calls; errors at the level of new's caller)
local STORE_METHODS = { "get", "set", "delete", "each", "count", "evicted", "save" }
function _M.options (opts)
    local function bad (msg) error("bad argument #1 to 'new' (" .. msg .. ")", 4) end
    if opts.builtin ~= nil and type(opts.builtin) ~= "boolean" then
        bad("'builtin' must be a boolean")
    end
    local st = opts.store
    if st == nil then return end
    if type(st) ~= "table" and type(st) ~= "userdata" then
        bad("'store' must be a store (smtpbounce.tracker.store), got " .. type(st))
    end
    for _, m in ipairs(STORE_METHODS) do
        if st[m] == nil then bad("'store' has no method '" .. m .. "'") end
    end
end

-- advice's 'who' as a table: { provider =, domain = }, strings (errors
-- at the level of advice's caller)
function _M.who (who)
    for k, v in pairs(who) do
        if k ~= "provider" and k ~= "domain" then
            error("bad argument #1 to 'advice' (unknown field '" .. tostring(k) .. "')", 3)
        elseif type(v) ~= "string" then
            error(fmt("bad argument #1 to 'advice' (field '%s' must be a string)", k), 3)
        end
    end
    return who.provider, who.domain
end

_M.check_rule = check_rule

-- whether the conditions of checked rule 'c' hold for result 'r' of
-- provider 'prov' (smtpbounce.tracker's observe)
function _M.matches (c, r, prov)
    if c.reasons and not c.reasons[r.reason] then return false end
    if c.actions and not c.actions[r.action] then return false end
    if c.outcomes and not c.outcomes[r.outcome] then return false end
    if c.rules and not c.rules[r.rule] then return false end
    if c.providers and not (prov and c.providers[prov]) then return false end
    if c.status then
        local s = r.status
        if not s then return false end
        for _, p in ipairs(c.status) do
            if s == p or sub(s, 1, #p + 1) == p .. "." then return true end
        end
        return false
    end
    return true
end

-- }======================================================================

return _M
