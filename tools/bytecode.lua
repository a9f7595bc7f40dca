-- tools/bytecode.lua SOURCE OUT -- precompile the Lua file SOURCE into
-- OUT for the command-line tool's start-up (`make` writes
-- build/<interpreter>/bc/; bin/smtpbounce reads it through
-- smtpbounce.logio's load_bytecode).  OUT's first line names the
-- interpreter and SOURCE's stamp (logio.file_stamp, taken before SOURCE
-- is read: a file changed meanwhile gets a stamp that no longer holds),
-- then string.dump's bytes, debug information kept.
--
-- tools/bytecode.lua --ruleset OUT -- the built-in rules compiled
-- (smtpbounce.compile's image): the line that names the stamps of their
-- sources (taken before they are read, as above), zero bytes up to a
-- multiple of 8, then core.image's bytes.
local logio = require "smtpbounce.logio"

local src, out = arg[1], arg[2]
if not (src and out) then
    io.stderr:write("usage: bytecode.lua SOURCE OUT | --ruleset OUT\n")
    os.exit(2)
end

local function write (data)
    local tmp = out .. ".tmp"
    local f = assert(io.open(tmp, "wb"))
    assert(f:write(data))
    assert(f:close())
    assert(os.rename(tmp, out))
end

if src == "--ruleset" then
    local smtpbounce = require "smtpbounce"
    local compile = require "smtpbounce.compile"
    local searchpath = require("smtpbounce.rulecheck").searchpath
    local paths = {}
    for _, b in ipairs(smtpbounce.builtin) do paths[b[1]] = assert(searchpath(b[1])) end
    -- the stamps before the files are read (the rule files' own
    -- requires: found by a first load); then again after, the same
    for _, b in ipairs(smtpbounce.builtin) do require(b[1]) end
    local head = assert(compile.image_head(paths, logio.file_stamp), "a source has no stamp")
    local set = compile.new_set()
    for _, b in ipairs(smtpbounce.builtin) do compile.add_file(set, paths[b[1]], b[2]) end
    set.builtin_paths = paths
    local img = compile.image_of(set)
    assert(compile.image_head(paths, logio.file_stamp) == head, "a source changed meanwhile")
    write(head .. string.rep("\0", (8 - #head % 8) % 8) .. img)
    return
end

local stamp = assert(logio.file_stamp(src), src .. ": no regular file")
local chunk = assert(loadfile(src))
local JIT = rawget(_G, "jit")
local ident = _VERSION .. (JIT and " " .. JIT.version or "")
write("smtpbounce-bytecode " .. ident .. " " .. stamp .. "\n" .. string.dump(chunk))
