-- smtpbounce -- classify SMTP replies: delivered, retry (and when), slow
-- down, drop the address, fix our side, or talk to the other side.
--
--   local smtpbounce = require "smtpbounce"
--   local r = smtpbounce.classify("452 4.2.2 Over Quota")
--   r.outcome, r.reason, r.action  --> "deferred", "mailboxfull", "retry"
--
-- The work is done by smtpbounce.core (C) with a compiled ruleset; this
-- facade checks arguments, loads the rule data and keeps the classifier
-- objects.  What a result holds, and how a rule's effect is resolved, is
-- smtpbounce.result's.

local core = require "smtpbounce.core"
local compile = require "smtpbounce.compile"
local vocab = require "smtpbounce.vocab"
local results = require "smtpbounce.result"
-- smtpbounce.mail (and its C module, smtpbounce.mailreader) is loaded on
-- the first bounce mail: a deployment that only classifies replies (an
-- nginx with core.so alone) never needs it
local mail_module
local function mail ()
    if not mail_module then mail_module = require "smtpbounce.mail" end
    return mail_module
end

local error, type, tostring, ipairs, pairs, setmetatable =
      error, type, tostring, ipairs, pairs, setmetatable
local fmt, match = string.format, string.match
local core_result, core_explain, core_parse, core_classify_values =
      core.result, core.explain, core.parse, core.classify_values
local outcome_of = vocab.outcome_of
local debug_getinfo = debug.getinfo
-- the effect of a deciding rule, and explain's result table
local effect, result, NO_RULE = results.effect, results.new, results.NO_RULE
local class_of, dsn_class = results.class_of, vocab.dsn_class
local forward_wanted, policy_why, matched = results.forward_wanted, results.policy_why,
                                            results.matched

local _M = { _VERSION = core._VERSION }

-- built-in rule data: module, layer (order matters inside a layer)
_M.builtin = {
    { "smtpbounce.rules.phases", "defaults" },
    { "smtpbounce.rules.status", "defaults" },
    { "smtpbounce.rules.unread", "defaults" },
    { "smtpbounce.rules.codes", "defaults" },
    { "smtpbounce.rules.phrases", "phrases" },
    { "smtpbounce.rules.intl", "phrases" },
    { "smtpbounce.rules.intl_address", "phrases" },
    { "smtpbounce.rules.registry", "phrases" },
    { "smtpbounce.rules.nocode", "phrases" },
    { "smtpbounce.rules.fallback", "phrases" },
    { "smtpbounce.providers.blocklists", "providers" },
    { "smtpbounce.providers.gmail", "providers" },
    { "smtpbounce.providers.yahoo", "providers" },
    { "smtpbounce.providers.microsoft", "providers" },
    { "smtpbounce.providers.icloud", "providers" },
    { "smtpbounce.providers.comcast", "providers" },
    { "smtpbounce.providers.gmx", "providers" },
    { "smtpbounce.providers.tonline", "providers" },
    { "smtpbounce.providers.orange", "providers" },
    { "smtpbounce.providers.yandex", "providers" },
    { "smtpbounce.providers.qq", "providers" },
    { "smtpbounce.providers.zoho", "providers" },
    { "smtpbounce.providers.proofpoint", "providers" },
    { "smtpbounce.providers.mimecast", "providers" },
    { "smtpbounce.providers.barracuda", "providers" },
    { "smtpbounce.providers.cisco", "providers" },
}


-- {======================================================================
-- Argument checks (standard wording, raised at the caller's level)
-- =======================================================================

local function argerror (n, fname, msg, level)
    error(fmt("bad argument #%d to '%s' (%s)", n, fname, msg), level + 1)
end

local function typename (v)
    return type(v) == "nil" and "no value" or type(v)
end

local function check_reply (reply, fname, level)
    local t = type(reply)
    if t == "string" then return reply end
    if t == "number" then return tostring(reply) end
    argerror(1, fname, "string expected, got " .. typename(reply), level + 1)
end

-- ctx -> mx, domain, phase index, provider index, dsn class
local CTX_FIELDS = { mx = true, domain = true, recipient = true, phase = true,
                     provider = true, dsn = true }

local function check_ctx (self, ctx, fname, level)
    if ctx == nil then return nil end
    if type(ctx) ~= "table" then
        argerror(2, fname, "table expected, got " .. type(ctx), level + 1)
    end
    for k in pairs(ctx) do  -- a misspelt field would silently do nothing
        if not CTX_FIELDS[k] then
            argerror(2, fname, "unknown field '" .. tostring(k) .. "'", level + 1)
        end
    end
    local mx, domain, phase, prov = ctx.mx, ctx.domain, nil, nil
    if mx ~= nil and type(mx) ~= "string" then
        argerror(2, fname, "field 'mx' must be a string", level + 1)
    end
    if domain == nil and ctx.recipient ~= nil then
        if type(ctx.recipient) ~= "string" then
            argerror(2, fname, "field 'recipient' must be a string", level + 1)
        end
        domain = match(ctx.recipient, "@([^@>%s]+)>?%s*$")
    elseif domain ~= nil and type(domain) ~= "string" then
        argerror(2, fname, "field 'domain' must be a string", level + 1)
    end
    if ctx.phase ~= nil then
        phase = vocab.phase_index[ctx.phase]
        if not phase then
            argerror(2, fname, "unknown phase '" .. tostring(ctx.phase) .. "'", level + 1)
        end
    end
    if ctx.provider ~= nil then
        prov = self.provider_index[ctx.provider]
        if not prov then
            argerror(2, fname, "unknown provider '" .. tostring(ctx.provider) .. "'", level + 1)
        end
    end
    local dsn = ctx.dsn
    if dsn ~= nil then
        if type(dsn) ~= "string" then
            argerror(2, fname, "field 'dsn' must be a string", level + 1)
        end
        dsn = dsn_class(dsn)
        if not dsn then
            argerror(2, fname, "field 'dsn' must be a DSN status such as '5.4.4', got '"
                     .. ctx.dsn .. "'", level + 1)
        end
    end
    return mx, domain, phase, prov, dsn
end

-- }======================================================================


-- {======================================================================
-- Classifier objects
-- =======================================================================

local Classifier = {}
Classifier.__index = Classifier

function Classifier:classify (reply, ctx)
    if type(reply) ~= "string" then reply = check_reply(reply, "classify", 2) end
    if ctx == nil then
        return core_result(self.rs, reply, nil, nil, nil, nil, self.confirm, self.env)
    end
    local mx, domain, phase, prov, dk = check_ctx(self, ctx, "classify", 2)
    return core_result(self.rs, reply, mx, domain, phase, prov, self.confirm, self.env,
                       nil, dk)
end

--[[
Like classify, but fills the caller's table 't' (replacing its result
fields, refilling t.tags) instead of making a new one: for hot loops that
keep one result table.  Returns 't'.
]]
function Classifier:classify_into (t, reply, ctx)
    if type(t) ~= "table" then
        argerror(1, "classify_into", "table expected, got " .. typename(t), 2)
    end
    if type(reply) ~= "string" then reply = check_reply(reply, "classify_into", 2) end
    if ctx == nil then
        return core_result(self.rs, reply, nil, nil, nil, nil, self.confirm, self.env, t)
    end
    local mx, domain, phase, prov, dk = check_ctx(self, ctx, "classify_into", 2)
    return core_result(self.rs, reply, mx, domain, phase, prov, self.confirm, self.env, t, dk)
end

--[[
The classification as values, for loops that write results out rather
than keep them (smtpbounce scan): no result table, no argument checks.
'reply' a string; 'mx', 'domain' strings or nil; 'phase' a phase name or
nil; 'dsn' the DSN status an MTA's log gives (its dsn=), or nil: one that
is no status ("5.4.4") counts as none.  Returns the effect of the
deciding rule for the reply's class, provider and the phase group of the
phase used, given or told from the text (a table shared by every such
result, not to be changed: reason, action, scope, retry_after,
give_up_after, rule, basis, tags), then the outcome, provider, code,
status, text, forward and template, as classify's result has them.
]]
local phase_index, early = vocab.phase_index, vocab.early
function Classifier:classify_values (reply, mx, domain, phase, dsn)
    -- core.classify's fields as values: its fast path (core.classify
    -- fills a table, about 15% more instructions a call here: see
    -- l_classify_values in csrc/lsmtpbounce.c)
    local ri, pi, ph, k, code, status, text, fwd, _, template =
        core_classify_values(self.rs, reply, mx, domain, phase_index[phase], nil, self.confirm)
    if k == 0 then k = class_of(self, ri, 0, dsn and dsn_class(dsn)) end
    local e = effect(self, ri, k, pi, early[ph])
    if fwd and not forward_wanted(e.reason, code) then fwd = nil end
    return e, outcome_of[k] or "unknown", pi and self.providers[pi].id or nil, code, status,
           text, fwd, template
end

local function loser_why (winner, r)
    local lw, lr = compile.layer_rank[winner.layer], compile.layer_rank[r.layer]
    if lr < lw then
        return fmt("lower layer (%s < %s)", r.layer, winner.layer)
    end
    return fmt("later in layer '%s' than '%s'", r.layer, winner.id)
end

--[[
Like classify, and the result carries 'why': the deciding rule, its layer
and where it was defined, the phrases that matched (offsets into 'text'),
every other rule that matched but lost, with the reason it lost, and the
operator's policy entries that apply to the effect (where each is
defined and the fields it sets; nil when none applies), and the
classifier's profile.
]]
local complete = require("smtpbounce.rulecheck").complete

-- the rules with their 'where' (and patterns) as the built-in files'
-- rules get them when first read (compile.add_file's 'lazy';
-- rulecheck.complete)
local function rules_where (self)
    if not self.where_set then
        -- (from a ruleset image: the phrase lists, examples and phrases
        -- read now: smtpbounce.compile's build)
        local later = self.later
        if later then
            self.later = nil
            self.phrases = later()
        end
        complete(self.rules)
        self.where_set = true
    end
    return self.rules
end

function Classifier:explain (reply, ctx)
    reply = check_reply(reply, "explain", 2)
    if not self.where_set then rules_where(self) end
    local mx, domain, phase, prov, dk = check_ctx(self, ctx, "explain", 2)
    local d = core_explain(self.rs, reply, mx, domain, phase, prov, self.confirm)
    local res = result(self, d, dk)  -- (d.class: the class decided)
    local rule = d.rule and self.rules[d.rule] or NO_RULE
    local why = { rule = res.rule, layer = rule.layer, where = rule.where,
                  source = rule.source, phase = vocab.phases[d.phase],
                  profile = self.profile, matched = matched(self, rule, d.hits, res.text),
                  lost = {} }
    local applied = policy_why(self.policy, rule, d.class, res.provider)
    if #applied > 0 then why.policy = applied end
    for _, i in ipairs(d.holds) do
        if i ~= d.rule then
            local r = self.rules[i]
            why.lost[#why.lost + 1] = { rule = r.id, layer = r.layer,
                                        where = r.where, why = loser_why(rule, r) }
        end
    end
    res.why = why
    return res
end

--[[
The records of a bounce mail (smtpbounce.mail): one per recipient, each
a result of this classifier with the mail's fields; or nil, "not a
bounce: <why>".
]]
function Classifier:mail (message, ctx)
    -- (no tail call: read's level 2 counts this function's frame)
    local recs, why = (mail_module or mail()).read(self, message, ctx, "mail", 2)
    return recs, why
end

function Classifier.parse (_, reply)  -- c:parse(reply)
    return core_parse(check_reply(reply, "parse", 2))
end

-- bytes used by the compiled ruleset
function Classifier:size ()
    return core.size(self.rs)
end

-- the checked rules in priority order (read-only view for tools)
function Classifier:rule_list ()
    return rules_where(self)
end

-- }======================================================================


-- {======================================================================
-- Loading rule data
-- =======================================================================

local searchpath = require("smtpbounce.rulecheck").searchpath

-- the built-in data; with 'phases_only', just how phases show in replies
-- (not rules: a classifier of the operator's own rules still needs them)
local function add_builtin (set, phases_only)
    for _, b in ipairs(_M.builtin) do
        if phases_only and b[1] ~= "smtpbounce.rules.phases" then break end
        local path, err = searchpath(b[1])
        if not path then error(err, 0) end
        compile.add_file(set, path, b[2], true)  -- (lines read when first needed)
    end
end

-- the set of the built-in rules alone read from the ruleset image
-- compile.image names (bin/smtpbounce: smtpbounce.image), or nil
local function read_image ()
    local paths = {}
    for _, b in ipairs(_M.builtin) do
        paths[b[1]] = searchpath(b[1])
        if not paths[b[1]] then return nil end
    end
    local ok, set = pcall(function ()
        return require("smtpbounce.image").read(compile.image, paths)
    end)
    return ok and set or nil
end

local OPTS = { rules = true, providers = true, policy = true, disable = true,
               file = true, files = true, builtin = true, profile = true }

--[[
smtpbounce.new{ rules = {...}, providers = {...}, policy = {...},
                disable = {...}, file = "ops.lua", files = {...},
                builtin = true, profile = "seed" }
A classifier with the built-in rules (unless builtin = false) and the
operator's: rule files and/or tables, in the operator layer.  'profile'
(vocab.profiles): "seed", the default, or "cautious" (suppress only
where an address failure is named: smtpbounce.result's resolve).
]]
function _M.new (opts)
    if opts == nil then opts = {} end
    if type(opts) ~= "table" then
        argerror(1, "new", "table expected, got " .. type(opts), 2)
    end
    for k in pairs(opts) do
        if not OPTS[k] then argerror(1, "new", "unknown option '" .. tostring(k) .. "'", 2) end
    end
    if opts.builtin ~= nil and type(opts.builtin) ~= "boolean" then
        argerror(1, "new", "'builtin' must be a boolean", 2)
    end
    local profile = opts.profile or "seed"
    if not vocab.is_profile[profile] then
        argerror(1, "new", fmt("unknown profile '%s' (%s)", tostring(profile),
                               table.concat(vocab.profiles, ", ")), 2)
    end
    local more = opts.files
    -- the built-in rules alone: read from an image when there is one
    local set = compile.image and opts.builtin ~= false and opts.file == nil
                and (more == nil or type(more) == "table" and next(more) == nil)
                and not (opts.rules or opts.providers or opts.policy or opts.disable)
                and read_image()
    if not set then
        compile.start_collector()  -- (the files' garbage is collected)
        set = compile.new_set()
        add_builtin(set, opts.builtin == false)
    end
    local files = { opts.file }
    if type(more) == "string" then more = { more } end
    if more ~= nil and type(more) ~= "table" then
        argerror(1, "new", "'files' must be a path string or a list of them", 2)
    end
    for _, f in ipairs(type(more) == "table" and more or {}) do files[#files + 1] = f end
    for _, f in ipairs(files) do
        if type(f) ~= "string" or f == "" then argerror(1, "new", "'file' must be a path string", 2) end
        compile.add_file(set, f, "operator")
    end
    if opts.rules or opts.providers or opts.policy or opts.disable then
        -- the caller's line; past C frames such as pcall
        local level, info = 2, debug_getinfo(2, "Sl")
        while info and info.what == "C" do
            level = level + 1
            info = debug_getinfo(level, "Sl")
        end
        info = info or {}
        local file = fmt("%s:%d", (info.short_src or "?"), info.currentline or 0)
        compile.add(set, { rules = opts.rules, providers = opts.providers,
                           policy = opts.policy, disable = opts.disable },
                    { file = file, layer = "operator" })
    end
    local rs, rules, provs, phrases, later = compile.build(set)
    local self = setmetatable({
        rs = rs, rules = rules, providers = provs, phrases = phrases, later = later,
        policy = set.policy, memo = {}, provider_index = {},
        profile = profile,  -- (phrase_id, phrase -> id, and span_phrases: spans makes them)
    }, Classifier)
    for i, p in ipairs(provs) do self.provider_index[p.id] = i end
    -- what core.result needs to build result tables
    self.env = results.env(self)
    local has_pattern = false
    for _, r in ipairs(rules) do has_pattern = has_pattern or r.pattern ~= nil end
    if has_pattern then
        -- (a deferred pattern, rulecheck's, compiled on its first match
        -- and kept here: a call then is the pattern's match alone)
        local compiled = {}
        self.confirm = function (i, text)
            local p = compiled[i]
            if p == nil then
                p = rules[i].pattern
                if type(p) == "table" and p.deferred then p = p.deferred() end
                compiled[i] = p
            end
            return p:match(text) ~= nil
        end
    end
    compile.start_collector()
    return self
end

-- }======================================================================


-- the default classifier, built on first use
local default
local function get_default ()
    if not default then default = _M.new() end
    return default
end

function _M.classify (reply, ctx)
    local self = default or get_default()
    if type(reply) ~= "string" then reply = check_reply(reply, "classify", 2) end
    if ctx == nil then
        return core_result(self.rs, reply, nil, nil, nil, nil, self.confirm, self.env)
    end
    local mx, domain, phase, prov, dk = check_ctx(self, ctx, "classify", 2)
    return core_result(self.rs, reply, mx, domain, phase, prov, self.confirm, self.env,
                       nil, dk)
end

function _M.classify_into (t, reply, ctx)
    return (default or get_default()):classify_into(t, reply, ctx)
end

function _M.explain (reply, ctx)
    if type(reply) ~= "string" and type(reply) ~= "number" then
        check_reply(reply, "explain", 2)
    end
    if ctx ~= nil and type(ctx) ~= "table" then check_ctx(nil, ctx, "explain", 2) end
    return get_default():explain(reply, ctx)
end

function _M.parse (reply)
    return core_parse(check_reply(reply, "parse", 2))
end

function _M.mail (message, ctx)
    local recs, why = (mail_module or mail()).read(default or get_default(), message, ctx,
                                                   "mail", 2)
    return recs, why  -- (no tail call, as in Classifier:mail)
end

_M.vocab = vocab
-- smtpbounce.tracker (decisions over time), loaded on first use
setmetatable(_M, { __index = function (t, k)
    if k ~= "tracker" then return nil end
    rawset(t, k, require "smtpbounce.tracker")
    return t[k]
end })
-- result tables' metatable ('template' computed when first read)
_M.RESULT_MT = results.MT
-- the classifiers' :mail (smtpbounce.mail's json_writer knows their fields)
_M.CLASSIFIER_MAIL = Classifier.mail

return _M
