-- mail-perturb-mangle.lua -- the ways a bounce's text is mangled as
-- people pass it around, seen in the dev corpus's pastes (groups, wild,
-- r12-r22 in accuracy/mail/README.md), for tools/mail-perturb.lua
-- (loaded by it with dofile).  Each changes the text part in place,
-- the headers kept, so that only the mangling is measured:
--   escaped   the text as a web page's source or a mail archive shows
--             it: '<', '>', '&' and '"' as HTML's entities ("&lt;a@b&gt;")
--   markdown  as issues and chats paste it: the text in a code fence,
--             addresses made markdown links ("[a@b](mailto:a@b)"), an
--             Outlook plain text's "a@b<mailto:a@b>", the first line
--             bold ("**...**")
--   flat      every line of the text run into one, as a web page's
--             snippet or a log line keeps it (paragraphs too)
--   atword    addresses as a web archive masks them for spammers:
--             "a at b.org", "a (at) b.org", MARC's "a () b ! org", a
--             page's "a&#64;b.org"
--   indent    every line indented by four spaces (a markdown code
--             block) or by a tab (a forum's quote)
--   typeset   each "'" between a letter and a lower-case one as a word
--             processor or a web page sets it (U+2019: "wasn’t")
-- Returns an array of { kind, name, fn(text) -> text or nil }.

local concat = table.concat

local ADDR = "([%w%.%-_%+=!#%%&'%*/%?%^`{|}~]+)@([%w%-]+%.[%w%.%-]*%w)"

-- a text's lines (tools/mail-perturb-text.lua's)
local lines = dofile(((debug.getinfo(1, "S").source:match("^@(.*[/\\])")) or "")
                     .. "mail-perturb-text.lua").lines

local function each_line (t, fn)
    local out = {}
    for i, l in ipairs(lines(t)) do out[i] = fn(l) end
    return concat(out, "\n") .. "\n"
end

-- the addresses of t made by fn(local part, domain); nil when t has none
local function addresses (t, fn)
    local r, n = t:gsub(ADDR, fn)
    if n == 0 then return nil end
    return r
end

local M = {}
local function add (kind, name, fn) M[#M + 1] = { kind, name, fn } end

add("escaped", "entities", function (t)
    if not t:find("[<>&\"]") then return nil end
    return (t:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"):gsub('"', "&quot;"))
end)
add("escaped", "angles", function (t)  -- only the brackets (a paste's escaping)
    if not t:find("[<>]") then return nil end
    return (t:gsub("<", "&lt;"):gsub(">", "&gt;"))
end)

add("markdown", "fence", function (t)
    return "```\n" .. t:gsub("\n*$", "") .. "\n```\n"
end)
add("markdown", "links", function (t)
    return addresses(t, function (l, d)
        local a = l .. "@" .. d
        return "[" .. a .. "](mailto:" .. a .. ")"
    end)
end)
add("markdown", "mailto", function (t)  -- Outlook's plain text of a link
    return addresses(t, function (l, d)
        local a = l .. "@" .. d
        return a .. "<mailto:" .. a .. ">"
    end)
end)
add("markdown", "bold", function (t)
    local done = false
    return each_line(t, function (l)
        if done or l:match("^%s*$") then return l end
        done = true
        return "**" .. l .. "**"
    end)
end)

add("flat", "one-line", function (t)
    local ls = {}
    for _, l in ipairs(lines(t)) do
        l = l:gsub("^%s+", ""):gsub("%s+$", "")
        if l ~= "" then ls[#ls + 1] = l end
    end
    return concat(ls, " ") .. "\n"
end)

add("atword", "at", function (t)
    return addresses(t, function (l, d) return l .. " at " .. d end)
end)
add("atword", "paren-at", function (t)
    return addresses(t, function (l, d) return l .. " (at) " .. d end)
end)
add("atword", "marc", function (t)  -- MARC's "a () b ! org"
    return addresses(t, function (l, d) return l .. " () " .. d:gsub("%.", " ! ") end)
end)
add("atword", "entity", function (t)  -- a page's "a&#64;b.org"
    return addresses(t, function (l, d) return l .. "&#64;" .. d end)
end)

add("typeset", "apostrophe", function (t)  -- "wasn\226\128\153t", as word processors set it
    local r, n = t:gsub("(%a)'(%l)", "%1\226\128\153%2")
    if n == 0 then return nil end
    return r
end)

add("indent", "spaces", function (t)
    return each_line(t, function (l) return l == "" and l or "    " .. l end)
end)
add("indent", "tab", function (t)
    return each_line(t, function (l) return l == "" and l or "\t" .. l end)
end)

return M
