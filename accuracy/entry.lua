-- entry.lua -- the entry most files of accuracy/corpus build theirs
-- with: local e = dofile("accuracy/entry.lua"), then
-- e(family, outcome, reason, action, source, meaning, reply [, group]),
-- group "generic" when not given; or local e = dofile(...).noted, then
-- e(family, outcome, reason, action, source, meaning, reply [, note]),
-- group "generic" (family nil where a file gives none); or .provided,
-- then p(provider, family, ..., reply [, note]): a noted entry whose
-- group and provider are 'provider'.
--
-- Its sources are written with issue(repo, n, what) for a GitHub issue,
-- github(repo, kind, n [, what]) for any GitHub page ("pull", "discussions"),
-- and index(id, what) for a file read through the code index.
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

local function github (repo, kind, n, what)
    return "https://github.com/" .. repo .. "/" .. kind .. "/" .. n .. (what and (" (" .. what .. ")") or "")
end

local function issue (repo, n, what) return github(repo, "issues", n, what) end

local function index (id, what) return "code index file id " .. id .. " (" .. what .. ")" end

return setmetatable({ noted = noted, provided = provided, github = github, issue = issue, index = index },
                    { __call = function (_, ...) return entry(...) end })
