-- pages.lua -- the pages and threads a labelled entry's source names,
-- for the hold-out figures without the sources the dev corpus shares
-- (accuracy/report.lua, accuracy/mail_report.lua: dofile'd from the
-- project's root).
local M = {}

-- each address 'source' names (scheme, fragment and closing punctuation
-- left out; "github.com/o/r/issues/1" written without a scheme too) as a
-- key of 'into'; returns 'into'
function M.add (source, into)
    for u in (source or ""):gmatch("[%w%-]+%.[%w%.%-]+/[^%s\"'%)%]]*") do
        into[(u:gsub("#.*$", ""):gsub("[.,;:>]+$", ""))] = true
    end
    return into
end

-- does 'source' name a page of the set 'shared'?
function M.shared (source, shared)
    for u in pairs(M.add(source, {})) do
        if shared[u] then return true end
    end
    return false
end

return M
