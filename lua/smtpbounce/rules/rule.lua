-- The constructor the built-in phrase rule files (rules/phrases.lua,
-- intl.lua, intl_address.lua, nocode.lua, fallback.lua) write their rules with:
-- rule(id, reason, any [, t]) is the rule table t (a new one when absent)
-- with its id, its reason and its list of phrases 'any' set, so that each
-- rule reads as its id, reason and words first, then its other fields.
-- Not a rule file: init.lua's BUILTIN does not list it.
return function (id, reason, any, t)
    t = t or {}
    t.id = id
    t.reason = reason
    t.any = any
    return t
end
