-- spec/helper.lua -- loaded by busted before the specs (see .busted).
-- Puts the checkout's Lua modules and the C module built for the running
-- interpreter first on the search paths, so the same specs run under
-- lua5.1 .. lua5.4 and LuaJIT (`make LUA=lua5.1 && busted --lua=lua5.1`).
-- Specs get the small shared tools below with `require "spec.helper"`.

local jit = rawget(_G, "jit")
local version = jit and "luajit" or ("lua" .. _VERSION:match("%d+%.%d+"))

local M = { version = version, build = "build/" .. version }

if not package.path:find("^lua/%?%.lua;") then
    package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
    package.cpath = M.build .. "/?.so;" .. package.cpath
end

-- the interpreter the CLI runs under: $LUA, else the one running the specs
M.lua = os.getenv("LUA")
if M.lua == nil or M.lua == "" then M.lua = version end

function M.shell_quote (s)
    return "'" .. s:gsub("'", "'\\''") .. "'"
end

function M.read_file (path)
    local f = assert(io.open(path, "rb"))
    local s = f:read("*a")
    f:close()
    return s
end

function M.write_file (path, s)
    local f = assert(io.open(path, "wb"))
    f:write(s)
    f:close()
    return path
end

-- a temporary file holding 's'; returns its name
function M.temp_file (s)
    return M.write_file(os.tmpname(), s or "")
end

--[[
Run bin/smtpbounce with the list 'args' (strings, shell-quoted here) and
'stdin' (a string, or nil for /dev/null).  Returns exit status, stdout,
stderr.  Works on Lua 5.1 too: the status comes back through the shell.
]]
function M.cli (args, stdin)
    local inp = M.temp_file(stdin or "")
    local out, err = os.tmpname(), os.tmpname()
    local parts = { M.lua, "bin/smtpbounce" }
    for _, a in ipairs(args or {}) do parts[#parts + 1] = M.shell_quote(a) end
    local cmd = table.concat(parts, " ") .. " <" .. M.shell_quote(inp)
                .. " >" .. M.shell_quote(out) .. " 2>" .. M.shell_quote(err)
                .. "; echo $?"
    local p = assert(io.popen(cmd, "r"))
    local status = tonumber(p:read("*a"):match("%d+"))
    p:close()
    local o, e = M.read_file(out), M.read_file(err)
    os.remove(inp); os.remove(out); os.remove(err)
    return status, o, e
end

-- lines of 's' (without their "\n"); a final line without "\n" counts.
-- Plain find, not an unanchored pattern: s:match("([^\n]+)$") retries at
-- every byte of a long last line (minutes for a 200 KB line)
function M.lines (s)
    local t, i = {}, 1
    while true do
        local j = s:find("\n", i, true)
        if not j then break end
        t[#t + 1] = s:sub(i, j - 1)
        i = j + 1
    end
    if i <= #s then t[#t + 1] = s:sub(i) end
    return t
end

-- is 'v' a whole number (an integer subtype where the Lua version has one)?
local math_type = rawget(math, "type")  -- Lua 5.3+
-- the error f(...) raises (the check fails when it raises none)
function M.error_of (f, ...)
    local ok, e = pcall(f, ...)
    require("luassert").is_false(ok, "no error raised")
    return e
end

function M.is_integer (v)
    if math_type then return math_type(v) == "integer" end
    return type(v) == "number" and v % 1 == 0
end

-- is 's' valid UTF-8?
function M.valid_utf8 (s)
    local i, n = 1, #s
    while i <= n do
        local c = s:byte(i)
        local len = c < 0x80 and 1 or (c >= 0xC2 and c <= 0xDF) and 2
                    or (c >= 0xE0 and c <= 0xEF) and 3
                    or (c >= 0xF0 and c <= 0xF4) and 4 or nil
        if not len or i + len - 1 > n then return false end
        for k = 1, len - 1 do
            local d = s:byte(i + k)
            if d < 0x80 or d > 0xBF then return false end
        end
        local d = s:byte(i + 1)
        if (c == 0xE0 and d < 0xA0) or (c == 0xED and d > 0x9F)
           or (c == 0xF0 and d < 0x90) or (c == 0xF4 and d > 0x8F) then
            return false
        end
        i = i + len
    end
    return true
end

package.loaded["spec.helper"] = M
return M
