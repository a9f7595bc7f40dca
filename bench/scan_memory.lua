-- bench/scan_memory.lua [BYTES] -- `make bench-scan-memory`: write a
-- generated Postfix log of about BYTES (default 1 GB) into TMPDIR (or
-- /tmp), after checking there is room for it; run `scan --json` over it
-- (bench/scan_rss.lua) and print the lines read, the peak resident memory
-- and lines per second; then delete the log.  The figure issue 6 asks
-- for: memory stays flat (under 50 MB) whatever the size of the log.
local fmt = string.format
local LUA = os.getenv("LUA") or "lua5.4"
local bytes = tonumber(arg[1] or "") or 1024 * 1024 * 1024
local path, size = require("genlog").write("scan_memory", bytes)

local p = io.popen(fmt("%s bench/scan_rss.lua %s", LUA, path))
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
