-- entry.lua -- the entry most files of accuracy/corpus build theirs
-- with: local e = dofile("accuracy/entry.lua"), then
-- e(family, outcome, reason, action, source, meaning, reply [, group]),
-- group "generic" when not given.
return function (family, outcome, reason, action, source, meaning, reply, group)
    return { reply = reply, group = group or "generic", family = family,
             outcome = outcome, reason = reason, action = action,
             source = source, meaning = meaning }
end
