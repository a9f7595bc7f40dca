-- bench/scan_rss.lua [--summary] FILE -- run `smtpbounce scan --json` (or
-- --summary) over FILE in this process, its output thrown away, then print
-- "LINES PEAK_RSS_KB SECONDS": the lines read, the process's peak resident
-- memory (VmHWM of /proc/self/status; Linux), the time taken (wall-clock
-- with the bench module, else processor time).  For bench/run.lua and
-- bench/scan_memory.lua (module paths from LUA_PATH and LUA_CPATH, as
-- `make bench` sets them).
local cli = require "smtpbounce.cli"
local ok, bench = pcall(require, "smtpbounce.bench")
local now = ok and bench.now or os.clock

local mode, file = "--json", arg[1]
if arg[1] == "--summary" then mode, file = "--summary", arg[2] end
if not file then
    io.stderr:write("usage: scan_rss.lua [--summary] FILE\n")
    os.exit(2)
end

-- a file-like object keeping what is written to it (the counts: on
-- standard error after --json, in the summary's first line)
local function sink ()
    local kept = {}
    return { kept = kept, flush = function (self) return self end,
             write = function (self, ...)
                 for i = 1, select("#", ...) do kept[#kept + 1] = tostring((select(i, ...))) end
                 return self
             end }
end
local err = sink()
local out = mode == "--json" and io.open("/dev/null", "wb") or sink()
local t = now()
local status = cli.main({ "scan", mode, file }, out, err)
t = now() - t
if mode == "--json" then out:close() end
if status ~= 0 then
    io.stderr:write(table.concat(err.kept))
    os.exit(status)
end
local text = table.concat(mode == "--json" and err.kept or out.kept)
local lines = text:match("(%d+) lines") or "0"

local rss = 0
local f = io.open("/proc/self/status", "r")
if f then
    for line in f:lines() do
        local kb = line:match("^VmHWM:%s*(%d+)")
        if kb then rss = tonumber(kb) end
    end
    f:close()
end
print(string.format("%s %d %.3f", lines, rss, t))
