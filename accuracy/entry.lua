-- entry.lua -- the entry most files of accuracy/corpus build theirs
-- with: local e = dofile("accuracy/entry.lua"), then
-- e(family, outcome, reason, action, source, meaning, reply [, group]),
-- group "generic" when not given; or local e = dofile(...).noted, then
-- e(family, outcome, reason, action, source, meaning, reply [, note]),
-- group "generic" (family nil where a file gives none); or .provided,
-- then p(provider, family, ..., reply [, note]): a noted entry whose
-- group and provider are 'provider'.
local function entry (family, outcome, reason, action, source, meaning, reply, group)
    return { reply = reply, group = group or "generic", family = family,
             outcome = outcome, reason = reason, action = action,
             source = source, meaning = meaning }
end

local function noted (family, outcome, reason, action, source, meaning, reply, note)
    local t = entry(family, outcome, reason, action, source, meaning, reply)
    t.note = note
    return t
end

local function provided (provider, ...)
    local t = noted(...)
    t.group, t.provider = provider, provider
    return t
end

return setmetatable({ noted = noted, provided = provided }, { __call = function (_, ...) return entry(...) end })
