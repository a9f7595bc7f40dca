-- mail-perturb-text.lua -- the mail handling tools/mail-perturb.lua builds
-- its variants with (loaded by it with dofile): a mail's header fields
-- and body, transfer encodings, its first text part found and replaced,
-- and that text made HTML, Latin-1 or wrapped.  Returns a table of the
-- functions.
local fmt, concat = string.format, table.concat

-- {==================================================================
-- Mail text
-- ===================================================================

-- header block and body, the line end the mail uses
local function split (mail)
    local nl = mail:find("\r\n", 1, true) and "\r\n" or "\n"
    local e = mail:match("^\r?\n()")
    if e then return "", mail:sub(e), nl end  -- a part without fields
    local a, b = mail:find("\r?\n\r?\n")
    if not a then return mail, "", nl end
    return mail:sub(1, a - 1), mail:sub(b + 1), nl
end

-- header fields: array of { name = lowercase, raw = the field's lines }
local function fields_of (head)
    local t = {}
    if head == "" then return t end
    for line in (head:gsub("\r\n", "\n") .. "\n"):gmatch("([^\n]*)\n") do
        if line:match("^[ \t]") and #t > 0 then
            t[#t].raw = t[#t].raw .. "\n" .. line
        else
            t[#t + 1] = { name = (line:match("^([^:]+):") or ""):lower(), raw = line }
        end
    end
    return t
end

local function get (fs, name)
    for _, f in ipairs(fs) do
        if f.name == name then
            return (f.raw:gsub("\n[ \t]+", " "):match("^[^:]*:%s*(.-)%s*$"))
        end
    end
end

-- a copy of fs with field 'name' set to 'value' (nil: removed); a field
-- not there is added last
local function set (fs, name, value)
    local t, done = {}, false
    for _, f in ipairs(fs) do
        if f.name ~= name then
            t[#t + 1] = f
        elseif value ~= nil and not done then
            t[#t + 1] = { name = name, raw = f.raw:match("^([^:]*:)") .. " " .. value }
            done = true
        end
    end
    if value ~= nil and not done then
        local cap = name:gsub("^%l", string.upper):gsub("%-%l", string.upper)
        t[#t + 1] = { name = name, raw = cap .. ": " .. value }
    end
    return t
end

local function join (fs, body)
    local t = {}
    for i, f in ipairs(fs) do t[i] = f.raw .. "\n" end
    return concat(t) .. "\n" .. body
end

local function ctype (fs)
    local v = get(fs, "content-type") or "text/plain"
    local ty = (v:match("^%s*([%w%-%.]+/[%w%-%.%+]+)") or "text/plain"):lower()
    local b = v:match('[Bb][Oo][Uu][Nn][Dd][Aa][Rr][Yy]%s*=%s*"([^"]+)"')
        or v:match("[Bb][Oo][Uu][Nn][Dd][Aa][Rr][Yy]%s*=%s*([^;%s]+)")
    local cs = v:match('[Cc][Hh][Aa][Rr][Ss][Ee][Tt]%s*=%s*"?([^";%s]+)')
    return ty, b, cs
end

local B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local B64V = {}
for i = 1, 64 do B64V[B64:sub(i, i)] = i - 1 end

local function unbase64 (s)
    s = s:gsub("[^%w%+/]", "")
    local out = {}
    for i = 1, #s - 1, 4 do
        local a, b = B64V[s:sub(i, i)], B64V[s:sub(i + 1, i + 1)]
        local c, d = B64V[s:sub(i + 2, i + 2)], B64V[s:sub(i + 3, i + 3)]
        local n = a * 262144 + b * 4096 + (c or 0) * 64 + (d or 0)
        local x, y, z = math.floor(n / 65536), math.floor(n / 256) % 256, n % 256
        out[#out + 1] = string.char(x) .. (c and string.char(y) or "") .. (d and string.char(z) or "")
    end
    return concat(out)
end

local function base64 (s)
    local out = {}
    for i = 1, #s, 3 do
        local a, b, c = s:byte(i, i + 2)
        local n = a * 65536 + (b or 0) * 256 + (c or 0)
        local q = { math.floor(n / 262144), math.floor(n / 4096) % 64, math.floor(n / 64) % 64, n % 64 }
        out[#out + 1] = B64:sub(q[1] + 1, q[1] + 1) .. B64:sub(q[2] + 1, q[2] + 1)
            .. (b and B64:sub(q[3] + 1, q[3] + 1) or "=") .. (c and B64:sub(q[4] + 1, q[4] + 1) or "=")
    end
    local s64, t = concat(out), {}
    for i = 1, #s64, 76 do t[#t + 1] = s64:sub(i, i + 75) end
    return concat(t, "\n") .. "\n"
end

local function unqp (s)
    return (s:gsub("=\r?\n", ""):gsub("=(%x%x)", function (h) return string.char(tonumber(h, 16)) end))
end

-- quoted-printable, lines of at most 76 with soft breaks
local function qp (s)
    local out = {}
    for line in (s:gsub("\r\n", "\n") .. "\n"):gmatch("([^\n]*)\n") do
        local e = line:gsub("[=\128-\255]", function (c) return fmt("=%02X", c:byte()) end)
        e = e:gsub("([ \t])$", function (c) return fmt("=%02X", c:byte()) end)
        while #e > 76 do
            local cut = 75
            -- never inside an escape: no "=" at the cut or just before it
            while e:sub(cut, cut) == "=" or e:sub(cut - 1, cut - 1) == "=" do cut = cut - 1 end
            out[#out + 1] = e:sub(1, cut) .. "="
            e = e:sub(cut + 1)
        end
        out[#out + 1] = e
    end
    return concat(out, "\n")
end

local function decode (fs, body)
    local cte = (get(fs, "content-transfer-encoding") or ""):lower()
    if cte:find("base64", 1, true) then return unbase64(body) end
    if cte:find("quoted", 1, true) then return unqp(body) end
    return body
end

-- }==================================================================

-- {==================================================================
-- The text part and what is done to it
-- ===================================================================

--[[
** edit(fs, body, fn): the mail (or part) with its first text/plain part
** (its text if it is one, else looked for in its multipart parts, never
** in an attached message) replaced by fn(fs, text, charset), which
** returns the part's new fields and body; nil when there is none.
]]
local function edit (fs, body, fn, depth)
    for _, f in ipairs(fs) do
        if f.name == "" then return nil end  -- a header that cannot be read alike
    end
    local ty, bnd, cs = ctype(fs)
    if ty == "text/plain" then
        local nfs, nbody = fn(fs, decode(fs, body):gsub("\r\n", "\n"), cs or "us-ascii")
        return nfs, nbody
    end
    if not ty:match("^multipart/") or not bnd or depth > 2 then return nil end
    local delim = "--" .. bnd
    local pieces, pos = {}, 1
    local esc = delim:gsub("%p", "%%%0")
    while true do
        local a, b = body:find("\n" .. esc, pos - 1)
        if pos == 1 and body:sub(1, #delim) == delim then a, b = 0, #delim end
        if not a then break end
        pieces[#pieces + 1] = { from = pos, to = a }
        pos = b + 1
    end
    pieces[#pieces + 1] = { from = pos, to = #body + 1 }
    -- pieces[1] is the preamble; each later one starts with the rest of
    -- its delimiter line
    for i = 2, #pieces - 1 do
        local p = body:sub(pieces[i].from, pieces[i].to - 1)
        local line_end = p:find("\n", 1, true)
        if line_end then
            local ph, pb = split(p:sub(line_end + 1))
            local pfs = fields_of(ph)
            local nfs, nbody = edit(pfs, pb, fn, depth + 1)
            if nfs then
                return fs, body:sub(1, pieces[i].from - 1) .. p:sub(1, line_end)
                    .. join(nfs, nbody) .. "\n" .. body:sub(pieces[i].to)
            end
        end
    end
    return nil
end

-- the mail with its text part made by fn, or nil
local function with_text (mail, fn)
    local head, body = split(mail)
    body = body:gsub("\r\n", "\n")
    local fs, nbody = edit(fields_of(head), body, fn, 0)
    if not fs then return nil end
    return join(fs, nbody)
end

local function part (fs, ty, cs, cte)
    fs = set(fs, "content-type", ty .. "; charset=" .. cs)
    return set(fs, "content-transfer-encoding", cte)
end

local function esc_html (s)
    return (s:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"))
end

local function lines (t)
    local r = {}
    for l in (t .. "\n"):gmatch("([^\n]*)\n") do r[#r + 1] = l end
    if r[#r] == "" then r[#r] = nil end
    return r
end

-- the non-ASCII characters of HTML as numeric character references
-- ("&#233;"), as HTML writers do; nil for a charset other than UTF-8,
-- US-ASCII or ISO-8859-1
local function entities (h, cs)
    cs = cs:lower():gsub('"', "")
    if cs == "iso-8859-1" or cs == "latin1" then
        return (h:gsub("[\128-\255]", function (c) return "&#" .. c:byte() .. ";" end))
    end
    if cs ~= "utf-8" and cs ~= "us-ascii" then return nil end
    return (h:gsub("([\192-\247])([\128-\191]*)", function (a, rest)
        local n = a:byte()
        local len = n >= 240 and 3 or n >= 224 and 2 or 1
        if #rest < len then return nil end
        local cp = n % (len == 3 and 8 or len == 2 and 16 or 32)
        for i = 1, len do cp = cp * 64 + rest:byte(i) % 64 end
        return "&#" .. cp .. ";" .. rest:sub(len + 1)
    end):gsub("'", "&#39;"))
end

-- a UTF-8 text in ISO-8859-1, or nil (another charset, no character
-- outside ASCII, or one outside Latin-1)
local function latin1 (t, cs)
    cs = cs:lower():gsub('"', "")
    if cs ~= "utf-8" or not t:find("[\128-\255]") then return nil end
    local bad = false
    local r = t:gsub("([\192-\223])([\128-\191])", function (a, b)
        local cp = (a:byte() % 32) * 64 + b:byte() % 64
        if cp > 255 then bad = true return nil end
        return string.char(cp)
    end)
    if bad or r:find("[\192-\255][\128-\191]") then return nil end
    return r
end

-- the text as HTML: 'p' paragraphs (lines within joined by <br>),
-- 'br' every line ended by <br>, the whole on one line, 'table' a
-- table of one row a line (a label cell and its value where a line
-- reads "Label: value")
local function html (t, how)
    local ls, out = lines(t), {}
    if how == "br" then
        for i, l in ipairs(ls) do out[i] = esc_html(l) .. "<br>" end
        return "<html><body><div>" .. concat(out) .. "</div></body></html>\n"
    elseif how == "table" then
        for _, l in ipairs(ls) do
            local k, v = l:match("^(%a[%w %-]*):%s+(.+)$")
            if k then
                out[#out + 1] = "<tr><td>" .. esc_html(k) .. ":</td><td>" .. esc_html(v) .. "</td></tr>"
            else
                out[#out + 1] = "<tr><td colspan=\"2\">" .. esc_html(l) .. "</td></tr>"
            end
        end
        return "<html><body>\n<table>\n" .. concat(out, "\n") .. "\n</table>\n</body></html>\n"
    end
    local para = {}
    for _, l in ipairs(ls) do
        if l:match("^%s*$") then
            if #para > 0 then out[#out + 1] = "<p>" .. concat(para, "<br>\n") .. "</p>" end
            para = {}
        else
            para[#para + 1] = esc_html(l)
        end
    end
    if #para > 0 then out[#out + 1] = "<p>" .. concat(para, "<br>\n") .. "</p>" end
    return "<html><head><style>p { margin: 0 }</style></head><body>\n" .. concat(out, "\n") .. "\n</body></html>\n"
end

-- lines longer than w wrapped at a space; 'flowed': each line but a
-- paragraph's last ends in a space (RFC 3676)
local function wrap (t, w, flowed)
    local out = {}
    for _, l in ipairs(lines(t)) do
        if flowed then l = l:gsub(" +$", "") end
        while #l > w do
            local cut
            for i = w, 2, -1 do
                if l:sub(i, i) == " " then cut = i break end
            end
            if not cut then break end
            out[#out + 1] = flowed and l:sub(1, cut) or l:sub(1, cut - 1)
            l = l:sub(cut + 1)
        end
        out[#out + 1] = l
    end
    return concat(out, "\n") .. "\n"
end

-- }==================================================================

return {
    split = split,
    fields_of = fields_of,
    get = get,
    set = set,
    join = join,
    ctype = ctype,
    unbase64 = unbase64,
    base64 = base64,
    unqp = unqp,
    qp = qp,
    decode = decode,
    edit = edit,
    with_text = with_text,
    part = part,
    esc_html = esc_html,
    lines = lines,
    entities = entities,
    latin1 = latin1,
    html = html,
    wrap = wrap,
}
