-- smtpbounce.result -- the result of a classification, in one place: its
-- fields, what the deciding rule asks for (the effect, after the
-- classifier's policy), the result table, and its JSON forms.
--
--   result.FIELDS               the fields, in DESIGN.md's order (JSON's)
--   result.basis_of(rule)       --> what a rule's reason rests on
--   result.class_of(c, ri, k, dk) --> the class a result is resolved for
--   result.effect(c, ri, k, pi, early) --> the effect of rule ri for reply
--                                   class k, provider pi and phase group
--                                   early (memoised in c.memo)
--   result.env(c)               --> what core.result needs to build tables
--   result.new(c, d, dk)        --> a result table from core.explain's
--                                   decision table (dk: ctx.dsn's class)
--   result.forward_wanted(reason, code)  whether 'forward' is given
--   result.json(r)              --> the result as a JSON object
--   result.scan_entry(c, ...)   --> scan's view of a classification (JSON)
--
-- The C side of the same table is csrc/lsmtpbounce.c (result_keys,
-- l_result): a field added here is added there.  A result table's
-- 'template' (the reply's shape) is computed when first read: most
-- callers never look at it.

local core = require "smtpbounce.core"
local vocab = require "smtpbounce.vocab"
local json = require "smtpbounce.json"

local ipairs, rawget, rawset, setmetatable, type = ipairs, rawget, rawset, setmetatable, type
local concat = table.concat
local find, gsub, sub = string.find, string.gsub, string.sub
local core_template = core.template
local outcome_of, policy, column = vocab.outcome_of, vocab.policy, vocab.column
local FORWARD_CODE, CLASS_BIT = core.FORWARD_CODE, core.CLASS_BIT
local jstring, object, list = json.string, json.object, json.list

local _M = { _VERSION = "0.1.0" }

_M.FIELDS = { "code", "status", "outcome", "reason", "action", "scope",
              "provider", "text", "tags", "forward", "retry_after",
              "give_up_after", "rule", "basis", "template" }
-- explain's 'why', and its lists
_M.WHY = { "rule", "layer", "where", "source", "phase", "profile" }
_M.MATCHED = { "phrase", "at", "len" }
_M.LOST = { "rule", "layer", "where", "why" }
_M.POLICY = { "where", "fields" }
-- the CLI's explain: the tracker rules that would count the reply
_M.TRACKER = { "id", "on", "layer", "where", "count", "window", "expire", "pause",
               "slow", "quiet", "per" }


-- {======================================================================
-- Effects: what a rule decides for a class and a provider
-- =======================================================================

--[[
What the reason of a rule rests on (a result's 'basis'), from the
conditions the rule has; compile.build sets rule.basis once per rule:
  "text"    the rule has phrases (any, all, ordered: a provider's
            bracketed tokens such as "[TSS04]" are phrases too) or a
            pattern: the reply's words named the cause
  "status"  no phrase, but a status condition: the enhanced status alone
  "code"    neither: the reply code or class alone
  "none"    no rule decided (NO_RULE), or the rule asks only for a reply
            without a code (code 0 or class 0, as smtp.none): nothing
            recognisable
('history' is a tracker's, never a rule's.)  Conditions that do not
read the reply's cause add nothing: a provider condition (the provider
is known from the host or domain as often as from the text), a phase
condition (from the log or the caller), and 'none' phrases (they only
rule out).  So a provider rule that matches on provider and status
rests on the status, and a phase rule on its status or code.
]]
function _M.basis_of (rule)
    if rule.any or rule.all or rule.ordered or rule.pattern then return "text" end
    if rule.statuses then return "status" end
    local codes, classes = rule.codes, rule.classes
    if codes and #codes == 2 and codes[1] == 0 and codes[2] == 0 then return "none" end
    if not codes and classes == CLASS_BIT[0] then return "none" end
    return "code"
end

-- the rule of a reply no rule decided
_M.NO_RULE = { id = "none", reason = "undefined", tags = {}, basis = "none" }
local NO_RULE = _M.NO_RULE

--[[
Whether a suppress that rule 'rule' (of basis 'basis') asks for stands
under the cautious profile: the text named an address failure (basis
text, reason in ADDRESS), the rule's status condition is an address
status (X.1.x or X.2.1: the reply's status then is one too), or history
escalated it.  The rule is what is known per effect: a reply's own
status, when no rule read it, is not.
]]
local ADDRESS = { userunknown = true, hostunknown = true, notaccept = true,
                  hasmoved = true, suspend = true }
_M.ADDRESS = ADDRESS
local function address_failure (rule, basis)
    if basis == "history" or (basis == "text" and ADDRESS[rule.reason]) then return true end
    local st = rule.statuses  -- { class, subject, detail, ... }
    if not st or #st == 0 then return false end
    for i = 1, #st, 3 do
        local subj, det = st[i + 1], st[i + 2]
        if not (subj == 1 or (subj == 2 and det == 1)) then return false end
    end
    return true
end
_M.address_failure = address_failure

-- whether an operator's policy entry 'o' applies to the effect of a rule
-- of reason 'reason' and basis 'basis' for class 'k' and provider id 'prov'
local function applies (o, reason, k, prov, basis)
    return o.reason == reason and (o.provider == nil or o.provider == prov)
           and (o.class == nil or o.class == k) and (o.basis == nil or o.basis == basis)
end

--[[
Order of precedence: the operator's policy for (provider, reason, class,
basis), then the rule's own fields after the classifier's profile, then
the default policy of its reason.  The basis is the rule's whatever the
policy says (basis_of when the rule has none set).
'overrides' is the classifier's policy list, 'k' the reply class (2-5, 0
none), 'prov' the provider's id or nil, 'early' true for a reply at
connect, HELO/EHLO or MAIL, 'profile' "seed" (nil: seed) or "cautious".
  cautious  a suppress that address_failure does not ground asks for
            contact instead (scope unchanged)
  none      whatever the profile, a suppress of basis none (no rule read
            the reply; only an enhanced status's class or the caller's
            DSN made it final, as "5.0.0 <text no rule reads>") asks for
            contact: the guide's advice for a reason it cannot parse
  early     whatever the profile and the policy, the recipient is not
            blamed: suppress becomes contact (any other action stands),
            scope recipient becomes destination when the reason's own
            scope is (systemerror, systemfull, networkerror, expired), else
            sender
]]
local function resolve (overrides, rule, k, prov, early, profile)
    local col = column[k] or "x"
    local base = policy[rule.reason]
    local e = { rule = rule.id, reason = rule.reason, tags = rule.tags,
                basis = rule.basis or _M.basis_of(rule) }
    e.action = rule.action or base[col]
    e.scope = rule.scope or (col == "x" and base.xscope)
              or (col == "d" and base.dscope) or base.scope
    e.retry_after, e.give_up_after = rule.retry_after, rule.give_up_after
    if e.action == "suppress" and (e.basis == "none"
       or (profile == "cautious" and not address_failure(rule, e.basis))) then
        e.action = "contact"
    end
    for _, o in ipairs(overrides) do
        if applies(o, rule.reason, k, prov, e.basis) then
            e.action = o.action or e.action
            e.scope = o.scope or e.scope
            e.retry_after = o.retry_after or e.retry_after
            e.give_up_after = o.give_up_after or e.give_up_after
            e.tags = o.tags or e.tags
        end
    end
    if early then
        if e.action == "suppress" then e.action = "contact" end
        if e.scope == "recipient" then
            e.scope = base.scope == "destination" and "destination" or "sender"
        end
    end
    local temporary = e.action == "retry" or e.action == "throttle"
    if temporary and (k == 4 or e.action == "throttle") then
        e.retry_after = e.retry_after or vocab.RETRY_AFTER[e.action]
        if k == 4 then e.give_up_after = e.give_up_after or vocab.GIVE_UP_4XX end
    end
    return e
end
_M.resolve = resolve

--[[
explain's 'why.policy': the entries of 'overrides' that apply to the
effect of 'rule' for class 'k' and provider id 'prov' (resolve's test,
in its order), each as { where = "file:line", fields = { the fields it
sets } }.  Made for explain only: classify never calls it.
]]
local SETS = { "action", "scope", "retry_after", "give_up_after", "tags" }
function _M.policy_why (overrides, rule, k, prov)
    local out = {}
    for _, o in ipairs(overrides) do
        if applies(o, rule.reason, k, prov, rule.basis or _M.basis_of(rule)) then
            local fields = {}
            for _, f in ipairs(SETS) do
                if o[f] ~= nil then fields[#fields + 1] = f end
            end
            out[#out + 1] = { where = o.where, fields = fields }
        end
    end
    return out
end

-- the phrases of 'rule' as { string, phrase id } pairs, in the order
-- matched lists them (any, ordered, then each 'all' alternative), made once
-- a rule (the first explain it decides) rather than normalised each call
local function rule_phrases (self, rule)
    local cache = self.span_phrases
    if not cache then
        local ids = {}
        for i, p in ipairs(self.phrases) do ids[p] = i end
        self.phrase_id = ids
        cache = setmetatable({}, { __mode = "k" })
        self.span_phrases = cache
    end
    local got = cache[rule]
    if got then return got end
    got = {}
    local function add (l)
        for _, s in ipairs(l or {}) do
            local id = self.phrase_id[core.normalize(s)]
            if id then got[#got + 1] = { s, id } end
        end
    end
    add(rule.any); add(rule.ordered)
    for _, alt in ipairs(rule.all or {}) do add(alt) end
    cache[rule] = got
    return got
end

-- the span of a phrase with "'" in 'text', which may write it with the
-- typeset apostrophe (U+2019, three bytes) that the core reads as "'":
-- its start is given as its end less the phrase's length, two bytes late
-- for each such apostrophe (from there, back to where the text read so
-- is the phrase's length and starts on a character)
local function typeset_span (text, from, len)
    local stop, k = from + len - 1, 0
    while from - k > 1 and (#gsub(sub(text, from - k, stop), "\226\128\153", "'") < len
                            or find(sub(text, from - k, from - k), "[\128-\191]")) do
        k = k + 1
    end
    return from - k, len + k
end

--[[
explain's 'why.matched': the phrases of 'rule' that the core found
('hits': phrase id, 0-based start, ...) in the result's 'text' of the
classifier 'self', each { phrase = as the rule gives it, at = 1-based
start, len = bytes }, so that text:sub(at, at + len - 1) is what was read.
]]
function _M.matched (self, rule, hits, text)
    local at = {}
    for i = 1, #hits, 2 do at[hits[i]] = hits[i + 1] end
    local out = {}
    for _, p in ipairs(rule_phrases(self, rule)) do
        local id = p[2]
        if at[id] then
            -- 1-based, as string.sub counts: text:sub(at, at + len - 1)
            local from, len = at[id] + 1, #self.phrases[id]
            if find(self.phrases[id], "'", 1, true) then from, len = typeset_span(text, from, len) end
            out[#out + 1] = { phrase = p[1], at = from, len = len }
        end
    end
    return out
end

--[[
The class a reply is resolved for, its outcome's: 'k', the reply's
effective class (code / 100, else its enhanced status's class), unless
that is 0; then 'dk', the class of the caller's DSN status (ctx.dsn, 2,
4 or 5; nil none), else the class the cause of rule 'ri' (an index into
c.rules, or nil: none) implies: 4 when the rule itself asks for a
temporary action (retry, throttle: "deferred using ..."), 5 when it
asks for a final one (fix, contact, suppress: a loop that a retry only
repeats), else its reason's (vocab.cause_class); else 0 (outcome
unknown: blank or unintelligible).  Decided before the effect is, so
that action, scope and retry hints follow it (and its memo is keyed by
it).  The rule itself was decided with the reply's own class.
]]
local cause_class = vocab.cause_class
function _M.class_of (c, ri, k, dk)
    if k ~= 0 then return k end
    if dk then return dk end
    local rule = ri and c.rules[ri] or NO_RULE
    local a = rule.action
    if a == "retry" or a == "throttle" then return 4 end
    if a == "fix" or a == "contact" or a == "suppress" then return 5 end
    return cause_class[rule.reason] or 0
end
local class_of = _M.class_of

--[[
The effect of rule 'ri' (an index into c.rules, or nil: none) for reply
class 'k', provider 'pi' (an index into c.providers, or nil) and phase
group 'early' (true, or 1: connect, HELO/EHLO, MAIL; nil, false or 0
else): reason, action, scope, retry_after, give_up_after, rule (its id),
basis, tags.  Made on first use and kept in c.memo: shared, not to be
changed.  The profile (c.profile) is the classifier's: no key of its own.
]]
function _M.effect (c, ri, k, pi, early)
    early = early and early ~= 0
    local key = (ri or 0) * 64 + k * 8 + (early and 1 or 0)
    local byprov = c.memo[key]
    if not byprov then byprov = {}; c.memo[key] = byprov end
    local e = byprov[pi or 0]
    if not e then
        local rule = ri and c.rules[ri] or NO_RULE
        e = resolve(c.policy, rule, k, pi and c.providers[pi].id, early, c.profile)
        byprov[pi or 0] = e
    end
    return e
end
local effect = _M.effect

-- }======================================================================


-- {======================================================================
-- Result tables
-- =======================================================================

_M.MT = { __index = function (t, k)
    if k ~= "template" then return nil end
    local v = core_template(rawget(t, "text"), rawget(t, "code"), rawget(t, "status"))
    rawset(t, "template", v)
    return v
end }
local MT = _M.MT

--[[
Whether a result carries the forward path its reply names: for a rule
whose reason is hasmoved, and for every reply with the code
core.FORWARD_CODE (551); 'code' nil asks about the rule alone (what
core.result is told per effect: it tests the code itself).
]]
local function forward_wanted (reason, code)
    return reason == "hasmoved" or code == FORWARD_CODE
end
_M.forward_wanted = forward_wanted

--[[
What core.result needs of classifier 'c' to build result tables in C:
the metatable, and the effect of (rule, class, provider, phase group) as
an array, made on first use (indices from 1, 0 for none; 'early' 1 for
connect, HELO/EHLO and MAIL, else 0) and kept in 'memo'.  core.result
passes ctx.dsn's class as 'k' for a reply with no class of its own; a
'k' still 0 takes its rule's cause's class (class_of: one class per
rule, so memo's key (rule, 0, provider, early) names one decided class).
]]
function _M.env (c)
    return { mt = MT, memo = {}, resolve = function (ri, k, pi, early)
        ri = ri > 0 and ri or nil
        if k == 0 then k = class_of(c, ri, 0) end
        local e = effect(c, ri, k, pi > 0 and pi or nil, early)
        return { e.reason, e.action, e.scope, e.retry_after, e.give_up_after,
                 e.rule, e.tags, outcome_of[k] or "unknown",
                 pi > 0 and c.providers[pi].id or false, forward_wanted(e.reason),
                 e.basis }
    end }
end

local function copy (t)
    local c = {}
    for i = 1, #t do c[i] = t[i] end
    return c
end

--[[
A result table from the decision table core.classify and core.explain
give: rule and provider indices, phase, class, code, status, text,
forward, flags, template; 'dk' the class of the caller's ctx.dsn, or
nil.  d.class becomes the class decided (class_of).
]]
local EARLY = vocab.early
function _M.new (c, d, dk)
    local pi, code = d.provider, d.code
    local k = class_of(c, d.rule, d.class, dk)
    d.class = k
    local e = effect(c, d.rule, k, pi, EARLY[d.phase])
    return {
        code = code, status = d.status, outcome = outcome_of[k],
        reason = e.reason, action = e.action, scope = e.scope,
        provider = pi and c.providers[pi].id or nil, text = d.text,
        tags = copy(e.tags), forward = forward_wanted(e.reason, code) and d.forward or nil,
        retry_after = e.retry_after, give_up_after = e.give_up_after,
        rule = e.rule, basis = e.basis, template = d.template,
    }
end

-- }======================================================================


-- {======================================================================
-- JSON
-- =======================================================================

-- a result (with its 'why' when explain made it) as a JSON object;
-- why's "policy" only when an entry applied (explain leaves it nil else),
-- "tracker" only when the CLI's explain found a tracker rule counting it
function _M.json (r)
    if type(r) ~= "table" then json.arg_error(1, "json", "table", r) end
    local extra
    if r.why then
        local w = r.why
        local pj = w.policy and #w.policy > 0 and ',"policy":' .. list(w.policy, _M.POLICY) or ""
        if w.tracker and #w.tracker > 0 then pj = pj .. ',"tracker":' .. list(w.tracker, _M.TRACKER) end
        extra = '"why":' .. object(w, _M.WHY, '"matched":' .. list(w.matched, _M.MATCHED)
                                             .. ',"lost":' .. list(w.lost, _M.LOST) .. pj)
    end
    return object(r, _M.FIELDS, extra)
end

--[[
scan's view of a classification: what it keeps per cached classification
and writes after each attempt's log fields.  Returns

  entry(text, relay, domain, phase, plain, dsn) --> kept, template

which classifies 'text' in its context with c:classify_values (no result
table) and gives, with 'json', its JSON members: the same members, order
and bytes as result.json's (nil fields left out), without the "{"; with
'fields', { json = those or nil, r = the fields the text lines and the
summary read (outcome, reason, action, provider, rule, basis, text, template
when 'templates'; scope and status, which scan --state's tracker reads) }
instead.  'plain': the log line the text came from needs no escaping in
JSON (a grammar's hint).  'dsn': the MTA's dsn=
(the class of a reply without a code or status; nil none).  The template comes
second, for the cache to decide whether to keep it.  'm', 'str': a
json.memo, shared with the log fields.
]]
function _M.scan_entry (c, m, str, opts)
    local classify_values = c.classify_values
    local want_json, fields, templates = opts.json, opts.fields, opts.templates
    -- the members of an effect around the text: outcome to provider,
    -- tags, retry_after to rule (effects are few and shared: kept)
    local effect_json = {}
    local function effect_parts (e, outcome, provider)
        local tags, tj = e.tags, "[]"
        if #tags > 0 then
            local t = {}
            for i, tag in ipairs(tags) do t[i] = str(tag) end
            tj = "[" .. concat(t, ",") .. "]"
        end
        local retry, give_up = e.retry_after, e.give_up_after
        local p = { '"outcome":' .. str(outcome) .. ',"reason":' .. str(e.reason)
                    .. ',"action":' .. str(e.action) .. ',"scope":' .. str(e.scope)
                    .. (provider and ',"provider":' .. str(provider) or ""),
                    ',"tags":' .. tj,
                    (retry and ',"retry_after":' .. retry or "")
                    .. (give_up and ',"give_up_after":' .. give_up or "")
                    .. ',"rule":' .. str(e.rule) .. ',"basis":' .. str(e.basis) }
        effect_json[e] = p
        return p
    end
    -- '"code":550,' for each code seen (numbers are slow to turn into text)
    local code_j = setmetatable({}, { __index = function (t, code)
        local j = '"code":' .. code .. ","
        t[code] = j
        return j
    end })
    local plain_p = json.plain

    return function (text, relay, domain, phase, plain, dsn)
        local e, outcome, provider, code, status, rtext, forward, template =
            classify_values(c, text, relay, domain, phase, dsn)
        local j
        if want_json then
            local p = effect_json[e] or effect_parts(e, outcome, provider)
            local fj = forward and ',"forward":' .. jstring(forward) or ""
            -- text and template: plain when the reply is and has no HTML
            -- entity to decode (they are made of its bytes, spaces and
            -- placeholders); plain most often else too (one look at both)
            if code and status and template
               and ((plain and not find(text, "&", 1, true)) or plain_p:match(rtext .. template)) then
                -- (the usual reply: one concatenation)
                j = code_j[code] .. '"status":' .. (m.new[status] or str(status)) .. ","
                    .. p[1] .. ',"text":"' .. rtext .. '"' .. p[2] .. fj .. p[3]
                    .. ',"template":"' .. template .. '"}'
            else
                j = (code and code_j[code] or "")
                    .. (status and '"status":' .. (m.new[status] or str(status)) .. "," or "")
                    .. p[1] .. ',"text":' .. jstring(rtext) .. p[2] .. fj .. p[3]
                    .. (template and ',"template":' .. jstring(template) or "") .. "}"
            end
        end
        if not fields then return j, template end
        return { json = j, r = { outcome = outcome, reason = e.reason, action = e.action,
                                 scope = e.scope, status = status,
                                 provider = provider, rule = e.rule, basis = e.basis,
                                 text = rtext,
                                 template = templates and template or nil } }, template
    end
end

-- }======================================================================

return _M
