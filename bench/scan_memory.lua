-- bench/scan_memory.lua [BYTES] -- `make bench-scan-memory`: write a
-- generated Postfix log of about BYTES (default 1 GB) into TMPDIR (or
-- /tmp), after checking there is room for it; run `scan --json` over it
-- (bench/scan_rss.lua) and print the lines read, the peak resident memory
-- and lines per second; then delete the log.  The figure issue 6 asks
-- for: memory stays flat (under 50 MB) whatever the size of the log.
local fmt = string.format
local LUA = os.getenv("LUA") or "lua5.4"
local bytes = tonumber(arg[1] or "") or 1024 * 1024 * 1024
local dir = os.getenv("TMPDIR") or "/tmp"

-- room: the log and as much again to spare
local p = io.popen(fmt("df -Pk '%s' | awk 'NR == 2 { print $4 }'", dir))
local free_kb = tonumber(p:read("*a"):match("%d+") or "")
p:close()
if not free_kb or free_kb * 1024 < 2 * bytes then
    io.stderr:write(fmt("scan_memory: %s has %s KB free, %d needed\n", dir,
                        tostring(free_kb), 2 * bytes / 1024))
    os.exit(1)
end

-- tools/gen-postfix-log.lua writes about 143 bytes a line
local lines = math.ceil(bytes / 143)
local path = fmt("%s/smtpbounce-scan-memory-%d.log", dir, os.time())
local ok = os.execute(fmt("%s tools/gen-postfix-log.lua %d > %s", LUA, lines, path))
if not (ok == true or ok == 0) then
    os.remove(path)
    io.stderr:write("scan_memory: could not write the log\n")
    os.exit(1)
end
local f = io.open(path, "rb")
local size = f:seek("end")
f:close()

p = io.popen(fmt("%s bench/scan_rss.lua %s", LUA, path))
local out = p:read("*a")
p:close()
os.remove(path)
local n, kb, t = out:match("^(%d+) (%d+) ([%d.]+)")
if not n then
    io.stderr:write("scan_memory: scan failed: ", out, "\n")
    os.exit(1)
end
n, kb, t = tonumber(n), tonumber(kb), tonumber(t)
print(fmt("scan --json over %.2f GB (%d Postfix lines): peak RSS %.1f MB, %.0f lines/s",
          size / 1e9, n, kb / 1024, n / t))
