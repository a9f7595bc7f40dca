-- The constructor the built-in phrase rule files (rules/phrases.lua,
-- intl.lua, intl_address.lua, nocode.lua, fallback.lua) write their rules with:
-- rule(id, reason, any [, t]) is the rule table t (a new one when absent)
-- with its id, its reason and its list of phrases 'any' set, so that each
-- rule reads as its id, reason and words first, then its other fields.
-- rule.with(list, more) is a new list: the words of 'list', then those of
-- 'more' (absent: none), for a rule's 'none' built from a shared list.
-- Not a rule file: init.lua's BUILTIN does not list it.
local function rule (_, id, reason, any, t)
    t = t or {}
    t.id = id
    t.reason = reason
    t.any = any
    return t
end

local function with (list, more)
    local t = {}
    for i, v in ipairs(list) do t[i] = v end
    for _, v in ipairs(more or {}) do t[#t + 1] = v end
    return t
end

return setmetatable({ with = with }, { __call = rule })
