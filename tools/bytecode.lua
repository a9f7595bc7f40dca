-- tools/bytecode.lua SOURCE OUT -- precompile the Lua file SOURCE into
-- OUT for the command-line tool's start-up (`make` writes
-- build/<interpreter>/bc/; bin/smtpbounce reads it through
-- smtpbounce.logio's load_bytecode).  OUT's first line names the
-- interpreter and SOURCE's stamp (logio.file_stamp, taken before SOURCE
-- is read: a file changed meanwhile gets a stamp that no longer holds),
-- then string.dump's bytes, debug information kept.
--
-- tools/bytecode.lua --ruleset OUT -- the built-in rules compiled, with
-- their data, for the same start-up (smtpbounce.image's write).
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
    require("smtpbounce.image").write(out, logio.file_stamp)
    return
end

local stamp = assert(logio.file_stamp(src), src .. ": no regular file")
local chunk = assert(loadfile(src))
local JIT = rawget(_G, "jit")
local ident = _VERSION .. (JIT and " " .. JIT.version or "")
write("smtpbounce-bytecode " .. ident .. " " .. stamp .. "\n" .. string.dump(chunk))
