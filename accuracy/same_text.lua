-- same_text.lua -- the reply texts of the development corpus
-- (accuracy/corpus/*.lua) that occur more than once with differing
-- labels (outcome, reason, action) or context (mx, phase): each text,
-- then each copy's labels and file:entry.  Texts are compared in lower
-- case with blanks squeezed; with --masked, also with the parts that
-- name one message or host masked (addresses, IP addresses, host names,
-- numbers of four digits or more: ids), so that "TLS is required, but
-- was not offered by host mx.a.example" and "... by host mx.b.example"
-- are one text (the reply code and the status stay).
-- accuracy/corpus/README.md ("One text, one label") says how such copies
-- are labelled.  Run from the project's root:
-- lua5.4 accuracy/same_text.lua [--masked]

local fmt = string.format

local function files ()
    local p = io.popen("ls accuracy/corpus/*.lua")
    local t = {}
    for f in p:lines() do t[#t + 1] = f end
    p:close()
    return t
end

local MASKED = arg[1] == "--masked"

-- the parts of a text that name one message, address or host
local function masked (s)
    s = s:gsub("[%w._%%+-]+@[%w.-]+", "<addr>")
    s = s:gsub("%d+%.%d+%.%d+%.%d+", "<ip>")
    s = s:gsub("%f[%w][%w-]+%.[%w.-]*%a%f[^%w.-]", "<host>")
    s = s:gsub("%d%d%d%d+", "<n>")
    return s
end

local function key_of (reply)
    local k = reply:lower():gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
    return MASKED and masked(k) or k
end

local function label_of (e)
    return fmt("%s %s/%s phase=%s mx=%s", e.outcome, e.reason, e.action,
               tostring(e.phase), tostring(e.mx))
end

local copies, order = {}, {}
for _, file in ipairs(files()) do
    for i, e in ipairs(dofile(file)) do
        local k = key_of(e.reply)
        if not copies[k] then
            copies[k] = {}
            order[#order + 1] = k
        end
        local t = copies[k]
        t[#t + 1] = { where = fmt("%s:%d", file:match("[^/]+$"), i), label = label_of(e) }
    end
end

local n = 0
for _, k in ipairs(order) do
    local t, labels, distinct = copies[k], {}, 0
    for _, c in ipairs(t) do
        if not labels[c.label] then
            labels[c.label] = true
            distinct = distinct + 1
        end
    end
    if distinct > 1 then
        n = n + 1
        print(k)
        for _, c in ipairs(t) do print(fmt("    %-52s %s", c.label, c.where)) end
    end
end
print(fmt("%d texts whose copies differ", n))
