-- bench/scan_report.lua [BYTES] -- `make bench-report`: write a generated
-- Postfix log of about BYTES (default 1 GB) into TMPDIR (or /tmp), after
-- checking there is room for it; then run `scan --summary` over it, and
-- `scan --summary --report FILE.html` (the report made in the same run
-- as its scan), each in its own process; print the time and peak
-- resident memory of each, what the report adds, and the report's size;
-- then delete the log and the report.
--   bench/scan_report.lua --run FILE [REPORT]: one run in this process,
--   printing "LINES PEAK_RSS_KB SECONDS" (wall-clock with the bench
--   module, else processor time)
local fmt = string.format

if arg[1] == "--run" then
    local cli = require "smtpbounce.cli"
    local ok, bench = pcall(require, "smtpbounce.bench")
    local now = ok and bench.now or os.clock
    local kept = {}
    local out = { flush = function (self) return self end,
                  write = function (self, ...)
                      for i = 1, select("#", ...) do kept[#kept + 1] = tostring((select(i, ...))) end
                      return self
                  end }
    local argv = { "scan", "--summary", arg[2] }
    if arg[3] then argv = { "scan", "--summary", "--report", arg[3], arg[2] } end
    local t = now()
    local status = cli.main(argv, out, io.stderr)
    t = now() - t
    if status ~= 0 then os.exit(status) end
    local lines = table.concat(kept):match("(%d+) lines") or "0"
    local rss = 0
    local f = io.open("/proc/self/status", "r")
    if f then
        for line in f:lines() do
            rss = tonumber(line:match("^VmHWM:%s*(%d+)") or "") or rss
        end
        f:close()
    end
    print(fmt("%s %d %.3f", lines, rss, t))
    os.exit(0)
end

local LUA = os.getenv("LUA") or "lua5.4"
local bytes = tonumber(arg[1] or "") or 1024 * 1024 * 1024
local path, size = require("genlog").write("scan_report", bytes)
local html = (path:gsub("%.log$", ".html"))

local function run (report)
    local q = io.popen(fmt("%s bench/scan_report.lua --run %s %s", LUA, path, report or ""))
    local out = q:read("*a")
    q:close()
    local n, kb, t = out:match("^(%d+) (%d+) ([%d.]+)")
    if not n then
        os.remove(path); os.remove(html)
        io.stderr:write("scan_report: scan failed: ", out, "\n")
        os.exit(1)
    end
    return tonumber(n), tonumber(kb), tonumber(t)
end

local n, kb0, t0 = run(nil)
local _, kb1, t1 = run(html)
local f = io.open(html, "rb")
local hsize = f and f:seek("end") or 0
if f then f:close() end
os.remove(path); os.remove(html)
print(fmt("log: %.2f GB, %d Postfix lines", size / 1e9, n))
print(fmt("scan --summary:                 %.1f s, peak RSS %.1f MB", t0, kb0 / 1024))
print(fmt("scan --summary --report FILE:   %.1f s, peak RSS %.1f MB", t1, kb1 / 1024))
print(fmt("the report adds %.1f s (%+.0f%%) and %.1f MB; report: %d bytes (%.2f MB)",
          t1 - t0, (t1 - t0) / t0 * 100, (kb1 - kb0) / 1024, hsize, hsize / 1e6))
