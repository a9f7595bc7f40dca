-- bench/genlog.lua -- the generated Postfix log of the big-log benchmarks
-- (bench/scan_memory.lua, bench/scan_report.lua): genlog.write(who, bytes)
-- checks that TMPDIR (or /tmp) has room for the log and as much again,
-- writes about `bytes` of tools/gen-postfix-log.lua's lines there and
-- returns its path and its size; on failure it prints why, naming
-- `who`, and exits 1.  The caller deletes the log.

local fmt = string.format

local M = {}

local function fail (who, msg)
    io.stderr:write(who, ": ", msg, "\n")
    os.exit(1)
end

function M.write (who, bytes)
    local lua = os.getenv("LUA") or "lua5.4"
    local dir = os.getenv("TMPDIR") or "/tmp"
    local p = io.popen(fmt("df -Pk '%s' | awk 'NR == 2 { print $4 }'", dir))
    local free_kb = tonumber(p:read("*a"):match("%d+") or "")
    p:close()
    if not free_kb or free_kb * 1024 < 2 * bytes then
        fail(who, fmt("%s has %s KB free, %d needed", dir, tostring(free_kb), 2 * bytes / 1024))
    end
    -- tools/gen-postfix-log.lua writes about 143 bytes a line
    local lines = math.ceil(bytes / 143)
    local stamp = os.time()
    local path = fmt("%s/smtpbounce-%s-%d.log", dir, who:gsub("_", "-"), stamp)
    local ok = os.execute(fmt("%s tools/gen-postfix-log.lua %d > %s", lua, lines, path))
    if not (ok == true or ok == 0) then
        os.remove(path)
        fail(who, "could not write the log")
    end
    local f = io.open(path, "rb")
    local size = f:seek("end")
    f:close()
    return path, size
end

return M
