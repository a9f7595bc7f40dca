-- smtpbounce.image -- the built-in rules kept compiled in a file: the
-- command-line tool's start-up would otherwise spend most of its time
-- reading, checking and compiling them.
--
--   image.write(path, stamp)   (tools/bytecode.lua --ruleset, from `make`)
--   image.read(image, paths)   --> a rule set as the built-in files give
--                                  it, with its ruleset compiled; or nil
--
-- The file (build/<interpreter>/bc/ruleset.img) is a first line, zero
-- bytes up to a multiple of 8, then core.image's bytes: the compiled
-- ruleset (smtpbounce.core) and, kept with it, a Lua chunk of the rule
-- data as smtpbounce.compile's add_file would make it from each built-in
-- file: providers, phases, disable, and the rules already checked; then
-- a second chunk of what only explain and the rule tools read (PARTS:
-- the two chunks' lengths first; each loaded where it is mapped).  A
-- file with something no chunk can hold (a policy; a rule whose pattern
-- is an LPeg pattern that smtpbounce.rules.patterns does not hold, by
-- which the image names those it does) is marked to be read as ever.
--
-- It is used only when it is exactly the one made from the files as they
-- are now:
--   * its first line (head) names the interpreter, and the stamp (size,
--     modification time, inode: logio.file_stamp) of every source the
--     rules come from: each built-in rule file, each module they
--     required, the modules that check and compile them, the core's
--     library, as they were before `make` read them;
--   * core.load_image finds its checksum, format and every index good;
--   * the rules it was compiled from, by id and in priority order, are
--     the set's.
-- Else the caller reads the files and compiles them as any others.

local core = require "smtpbounce.core"
local compile = require "smtpbounce.compile"
local basis_of = require("smtpbounce.result").basis_of

local ipairs, pairs, type, tostring, tonumber = ipairs, pairs, type, tostring, tonumber
local concat, sort = table.concat, table.sort
local fmt = string.format

local _M = { _VERSION = "0.1.0" }


-- {======================================================================
-- The first line
-- =======================================================================

-- a file on a package path ('package.path' or 'package.cpath'), or nil
local function find_module (name, path)
    local search = rawget(package, "searchpath")
    if search then return (search(name, path)) end
    local file = name:gsub("%.", "/")
    for tpl in path:gmatch("[^;]+") do
        local f = tpl:gsub("%?", file)
        local h = io.open(f, "rb")
        if h then h:close(); return f end
    end
    return nil
end

-- the modules that read, check and compile the rule files
local MODULES = { "smtpbounce", "smtpbounce.compile", "smtpbounce.rulecheck",
                  "smtpbounce.vocab", "smtpbounce.result", "smtpbounce.image" }

--[[
The first line of the image of the built-in rules whose files are
'paths' (module -> file), 'deps' the modules they required (a list):
the interpreter and the stamp of every source, by 'stamp'
(logio.file_stamp); nil when one has none.
]]
local function head (paths, deps, stamp)
    local names, files = {}, {}
    -- (a name given twice counts once: the first file found for it)
    local function add (name, file, path)
        if files[name] then return end
        names[#names + 1] = name
        files[name] = file or find_module(name, path) or ""
    end
    for name, file in pairs(paths) do add(name, file) end
    add("smtpbounce.core", nil, package.cpath)
    for _, name in ipairs(MODULES) do add(name, nil, package.path) end
    for _, name in ipairs(deps) do add(name, nil, package.path) end
    sort(names)
    local jit = rawget(_G, "jit")
    local t = { "smtpbounce-ruleset", _VERSION .. (jit and " " .. jit.version or ""),
                core._VERSION }
    for _, name in ipairs(names) do
        local st = stamp(files[name])
        if not st then return nil end
        t[#t + 1] = name .. "=" .. st:gsub(" ", ",")
    end
    return concat(t, " ")
end

-- the ids of the rules of 'set' in priority order, as one string
local function id_list (set)
    local ids = {}
    for i, r in ipairs(compile.priority_order(set)) do ids[i] = r.id end
    return concat(ids, " ")
end

-- }======================================================================


-- {======================================================================
-- Reading
-- =======================================================================

-- 'set' from the parts of the image's data 'data' (the built-in files
-- 'paths', module -> file); false when they do not fit
local function assemble (set, data, paths)
    local builtin = require("smtpbounce").builtin
    if #data.files ~= #builtin then return false end
    for i, b in ipairs(builtin) do
        local seg = data.files[i]
        if seg.module ~= b[1] or seg.layer ~= b[2] then return false end
        if seg.live then compile.add_file(set, paths[b[1]], b[2], true)
        else compile.add_checked(set, paths[b[1]], b[2], seg) end
    end
    return id_list(set) == data.ids
end

-- the image's extra bytes (core.image's): PARTS bytes, the lengths of
-- the start-up's chunk and of the later one, then the two chunks
local PARTS = 24
local PARTS_FORMAT = "%11d %11d\n"

-- what the start-up left in the image's later chunk ('later', loaded):
-- each rule's phrase lists and examples put in 'data', and the phrases
-- (by id) returned
local function read_later (data, later)
    local t = assert(later)()
    for i, seg in ipairs(data.files) do
        local more = t.files[i]
        if more and not seg.live then
            for n, c in ipairs(seg.rules) do
                for k, v in pairs(more[n]) do c[k] = v end
            end
        end
    end
    return t.phrases
end

--[[
The rule set of the built-in files 'paths' (module -> file) read from
the image 'image' = { path = file, stamp = logio.file_stamp } (bin/
smtpbounce's smtpbounce.compile.image), set.image its compiled ruleset
and 'later', which puts in the rules what only explain, rule_list and
rules --check read, and returns the phrases (smtpbounce.compile's build,
smtpbounce's rules_where); nil when the image is not the
one of the files as they are now.
]]
function _M.read (image, paths)
    local f = io.open(image.path, "rb")
    local line = f and f:read("*l")
    if f then f:close() end
    if not line then return nil end
    local deps = {}
    for name in line:gmatch("(%S+)=%S+") do deps[#deps + 1] = name end
    if head(paths, deps, image.stamp) ~= line then return nil end
    local rs, len = core.load_image(image.path, line .. "\n", true)
    if not rs or len < PARTS then return nil end
    local n1, n2 = core.image_part(rs, 0, PARTS):match("^ *(%d+) +(%d+)\n$")
    n1, n2 = tonumber(n1), tonumber(n2)
    if not n1 or PARTS + n1 + n2 ~= len then return nil end
    local chunk = core.image_part(rs, PARTS, n1, "=ruleset.img")
    if not chunk then return nil end
    local data = chunk()
    local set = compile.new_set()
    if not assemble(set, data, paths) then return nil end
    set.image = { rs = rs, later = function ()
        return read_later(data, core.image_part(rs, PARTS + n1, n2, "=ruleset.img"))
    end }
    return set
end

-- }======================================================================


-- {======================================================================
-- Writing
-- =======================================================================

-- what a number is in Lua source (nil: none there is)
local function number (v)
    if v ~= v or v == 1 / 0 or v == -1 / 0 then return nil end
    local mtype = rawget(math, "type")  -- (Lua 5.3+)
    if mtype and mtype(v) == "integer" then return tostring(v) end
    if v == math.floor(v) and v > -2 ^ 53 and v < 2 ^ 53 then
        return mtype and fmt("%.1f", v) or fmt("%d", v)
    end
    return fmt("%.17g", v)
end

--[[
Lua source for plain data: strings, numbers, booleans and tables of them
without holes, a table met twice made once (as S[i]).  Returns the
function that gives a value's expression (nil, why: the value is no
plain data) and the function that gives the source of the tables made
once, to go first.
]]
local function serialiser ()
    local count, shared, order = {}, {}, {}
    local function scan (v, depth)
        if type(v) ~= "table" then return true end
        if depth > 50 or getmetatable(v) then return false end
        count[v] = (count[v] or 0) + 1
        if count[v] > 1 then return true end
        for k, x in pairs(v) do
            if not (scan(k, depth + 1) and scan(x, depth + 1)) then return false end
        end
        return true
    end
    local expr
    local function ctor (t)
        local n, parts, keys = #t, {}, {}
        for i = 1, n do
            if t[i] == nil then return nil end
            parts[i] = expr(t[i])
            if not parts[i] then return nil end
        end
        for k in pairs(t) do
            if not (type(k) == "number" and k >= 1 and k <= n and k % 1 == 0) then
                keys[#keys + 1] = k
            end
        end
        sort(keys, function (a, b)
            if type(a) ~= type(b) then return type(a) < type(b) end
            if type(a) ~= "string" and type(a) ~= "number" then return tostring(a) < tostring(b) end
            return a < b
        end)
        for _, k in ipairs(keys) do
            local ek, ev = expr(k), expr(t[k])
            if not (ek and ev) then return nil end
            parts[#parts + 1] = "[" .. ek .. "]=" .. ev
        end
        return "{" .. concat(parts, ",") .. "}"
    end
    function expr (v)
        local tv = type(v)
        if tv == "string" then return fmt("%q", v) end
        if tv == "number" then return number(v) end
        if tv == "boolean" then return tostring(v) end
        if tv ~= "table" then return nil end
        if count[v] == 1 then return ctor(v) end
        if not shared[v] then
            local c = ctor(v)
            if not c then return nil end
            order[#order + 1] = c
            shared[v] = #order
        end
        return "S[" .. shared[v] .. "]"
    end
    return scan, expr, function ()
        local t = { "local S = {}" }
        for i, c in ipairs(order) do t[#t + 1] = fmt("S[%d] = %s", i, c) end
        return concat(t, "\n")
    end
end

-- the rule fields the image keeps: those the reader sets itself aside
-- (false), and those read only by explain, rule_list and rules --check
-- (LATER: the phrase lists and the examples), kept apart and read when
-- one of them first asks (the start-up reads the rest)
local KEEP = { src = false, layer = false, pattern = false, where = false }
local LATER = { any = true, all = true, none = true, ordered = true, examples = true }

-- the fields of checked rule 'c' the start-up reads, its 'basis' with
-- them (result.basis_of reads the phrase lists); and those read later
local function kept (c)
    local t, later = {}, {}
    for k, v in pairs(c) do
        if LATER[k] then later[k] = v
        elseif KEEP[k] == nil then t[k] = v end
    end
    t.basis = basis_of(c)
    return t, later
end

-- the part of the image for built-in file 'path' (its rules set.rules[first..])
local function segment (set, first, path, name, layer)
    local spec = assert(loadfile(path))()
    if spec[1] ~= nil then spec = { rules = spec } end
    local seg = { module = name, layer = layer, providers = spec.providers,
                  disable = spec.disable, phases = spec.phases, rules = {}, patterns = {},
                  lpeg = {}, later = {} }
    if spec.policy ~= nil then seg.live = true end
    -- (an LPeg pattern is named by its key in smtpbounce.rules.patterns;
    -- a file with one found nowhere there is read as ever)
    local names = {}
    for k, v in pairs(require("smtpbounce.rules.patterns")) do names[v] = k end
    for n = first, #set.rules do
        local c, raw = set.rules[n], spec.rules[n - first + 1]
        if c.pattern ~= nil then
            if type(raw.pattern) == "string" then seg.patterns[n - first + 1] = raw.pattern
            elseif names[raw.pattern] then seg.lpeg[n - first + 1] = names[raw.pattern]
            else seg.live = true end
        end
        seg.rules[n - first + 1], seg.later[n - first + 1] = kept(c)
    end
    if seg.live then return { module = name, layer = layer, live = true } end
    return seg
end

-- the bytecode of a chunk that returns the plain data 'data' (no debug
-- information: no error can come from it)
local function chunk_of (data)
    local scan, expr, prelude = serialiser()
    assert(scan(data, 0), "the image's data is no plain data")
    local body = assert(expr(data), "the image's data is no plain data")
    local chunk = assert((rawget(_G, "loadstring") or load)(prelude() .. "\nreturn " .. body,
                                                             "=ruleset.img"))
    return string.dump(chunk, true)
end

--[[
Write the image of the built-in rules to 'path' (through path .. ".tmp"),
the stamps by 'stamp' (logio.file_stamp), taken before the files are
read: a file changed meanwhile gets a stamp that no longer holds.
]]
function _M.write (path, stamp)
    local smtpbounce = require "smtpbounce"
    local searchpath = require("smtpbounce.rulecheck").searchpath
    local paths = {}
    for _, b in ipairs(smtpbounce.builtin) do paths[b[1]] = assert(searchpath(b[1])) end
    -- the modules the rule files require: found by a first load
    for _, b in ipairs(smtpbounce.builtin) do assert(loadfile(paths[b[1]]))() end
    local deps = {}
    for name in pairs(package.loaded) do
        if (name:find("^smtpbounce%.rules%.") or name:find("^smtpbounce%.providers%."))
           and not paths[name] then
            deps[#deps + 1] = name
        end
    end
    local line = assert(head(paths, deps, stamp), "a source has no stamp")
    local set, segs = compile.new_set(), {}
    for i, b in ipairs(smtpbounce.builtin) do
        local first = #set.rules + 1
        compile.add_file(set, paths[b[1]], b[2], true)
        segs[i] = segment(set, first, paths[b[1]], b[1], b[2])
    end
    local rs, _, _, phrases = compile.build(set)
    local later = { phrases = phrases, files = {} }
    for i, seg in ipairs(segs) do  -- (a file whose data is no plain data is read)
        if not seg.live and not serialiser()(seg, 0) then
            segs[i] = { module = seg.module, layer = seg.layer, live = true }
        end
        later.files[i] = segs[i].later or false
        segs[i].later = nil
    end
    local first, rest = chunk_of({ files = segs, ids = id_list(set) }), chunk_of(later)
    local parts = fmt(PARTS_FORMAT, #first, #rest)
    assert(#parts == PARTS)
    local img = core.image(rs, parts .. first .. rest)
    assert(head(paths, deps, stamp) == line, "a source changed meanwhile")
    local f = assert(io.open(path .. ".tmp", "wb"))
    assert(f:write(line, "\n", string.rep("\0", (8 - (#line + 1) % 8) % 8), img))
    assert(f:close())
    assert(os.rename(path .. ".tmp", path))
end

-- }======================================================================

_M.head = head

return _M
