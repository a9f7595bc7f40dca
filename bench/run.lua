-- bench/run.lua -- `make bench`: every figure is the median of RUNS runs,
-- printed with its ratio to a baseline measured in the same run:
--   C core     parse and classify over the fixture replies vs a floor pass
--              that only reads the same bytes (a byte sum);
--   Lua API    classify() calls/s vs bench/baseline.lua (the same rules,
--              string.find per phrase, first match wins);
--   scaling    10x the rules vs the built-in rules; reply length 100 B..1 MB;
--   memory     the compiled default ruleset;
--   CLI        replies/s through `classify --json` on standard input;
--   scan       log lines/s of `scan --json` per format vs wc -l, and its
--              peak memory at N and 3N Postfix lines (bench/scan_rss.lua).
-- Run under several interpreters; the C-core part prints under each.
local smtpbounce = require "smtpbounce"
local bench = require "smtpbounce.bench"
local baseline = require "baseline"

local now, fmt = bench.now, string.format
local RUNS = tonumber(os.getenv("BENCH_RUNS") or "") or 5
local LUA = arg[1] or "lua5.4"

local function median (fn)
    local t = {}
    for i = 1, RUNS do t[i] = fn() end
    table.sort(t)
    return t[math.ceil(RUNS / 2)]
end

-- medians of several figures measured in turn, run after run, so that a
-- figure and its baseline see the same machine (clock, load, caches)
local function medians (...)
    local fns, times = { ... }, {}
    for k = 1, #fns do times[k] = {} end
    for i = 1, RUNS do
        for k, fn in ipairs(fns) do times[k][i] = fn() end
    end
    for k = 1, #fns do
        table.sort(times[k])
        times[k] = times[k][math.ceil(RUNS / 2)]
    end
    return (table.unpack or unpack)(times)  -- luacheck: ignore
end

-- the fixture replies: corpus, hold-out set, seed guide
local replies = {}
local function add_file (f)
    local ok, entries = pcall(dofile, f)
    if ok and type(entries) == "table" then
        for _, e in ipairs(entries) do replies[#replies + 1] = e.reply end
    end
end
for _, dir in ipairs{ "accuracy/corpus", "accuracy/holdout" } do
    local p = io.popen("ls " .. dir .. "/*.lua 2>/dev/null")
    for f in p:lines() do add_file(f) end
    p:close()
end
add_file("spec/fixtures/seed.lua")
local bytes = 0
for _, r in ipairs(replies) do bytes = bytes + #r end

local c = smtpbounce.new()
print(fmt("interpreter %s, %d replies (%.0f bytes on average), %d rules, %d runs per figure",
          LUA, #replies, bytes / #replies, #c:rule_list(), RUNS))

-- {==== C core
local R = 50
local t_floor, t_parse, t_class = medians(
    function () return (bench.floor(replies, R)) end,
    function () return (bench.parse(replies, R)) end,
    function () return (bench.classify(replies, R, c.rs)) end)
local n = #replies * R
print(fmt("C floor (byte sum)        %12.0f replies/s  %8.1f MB/s", n / t_floor, bytes * R / t_floor / 1e6))
print(fmt("C parse                   %12.0f replies/s  %8.2fx the floor's time", n / t_parse, t_parse / t_floor))
print(fmt("C parse+classify          %12.0f replies/s  %8.2fx the floor's time", n / t_class, t_class / t_floor))
-- }====

-- {==== Lua API vs the pure-Lua baseline
local base = baseline.new(c:rule_list(), c.providers)
local N = 200000
local function loop (f)
    return function ()
        local t = now()
        for i = 1, N do f(replies[i % #replies + 1]) end
        return now() - t
    end
end
local into = {}
local t_api, t_into, t_base = medians(
    loop(function (r) return c:classify(r) end),
    loop(function (r) return c:classify_into(into, r) end),
    loop(base))
print(fmt("Lua classify()            %12.0f calls/s    %8.1fx the baseline", N / t_api, t_base / t_api))
print(fmt("Lua classify_into()       %12.0f calls/s    %8.1fx the baseline", N / t_into, t_base / t_into))
print(fmt("Lua baseline (string.find)%12.0f calls/s", N / t_base))
-- }====

-- {==== scaling with the number of rules: 10x, synthetic
local extra, k = {}, 0
local words = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
                "hotel", "india", "juliet", "kilo", "lima", "mike", "november" }
while #extra < 9 * #c:rule_list() do
    k = k + 1
    local w1, w2 = words[k % #words + 1], words[(k * 7) % #words + 1]
    extra[#extra + 1] = { id = "synthetic." .. k, reason = "undefined",
                          any = { fmt("%s %s %d", w1, w2, k), fmt("zz%dq %s", k, w1) } }
end
local c10 = smtpbounce.new{ rules = extra }
local t1, t10 = medians(
    function () return (bench.classify(replies, R, c.rs)) end,
    function () return (bench.classify(replies, R, c10.rs)) end)
print(fmt("C classify, %5d rules    %12.0f replies/s  %8.2fx the time with %d rules (%.0f/s)",
          #c10:rule_list(), n / t10, t10 / t1, #c:rule_list(), n / t1))
-- reply length
local unit = "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table "
local prev
for _, size in ipairs{ 100, 1000, 10000, 100000, 1000000 } do
    local r = unit:rep(math.ceil(size / #unit)):sub(1, size)
    local reps = math.max(1, math.floor(2e6 / size))
    local t = median(function () return (bench.classify({ r }, reps, c.rs)) end)
    local per_byte = t / (reps * size) * 1e9
    print(fmt("C classify, %7d bytes   %12.2f ns/byte    %8.2fx the ns/byte at 100 B",
              size, per_byte, prev and per_byte / prev or 1))
    prev = prev or per_byte
end
-- }====

print(fmt("compiled default ruleset  %12d bytes      %8.2f MB", c:size(), c:size() / 1048576))

-- {==== CLI
local tmp = os.tmpname()
local f = io.open(tmp, "wb")
local lines = 0
for i = 1, 20000 do
    local r = replies[i % #replies + 1]:gsub("[\r\n]+", " ")
    f:write(r, "\n")
    lines = lines + 1
end
f:close()
local t_cli = median(function ()
    local t = now()
    os.execute(fmt("%s bin/smtpbounce classify --json < %s > /dev/null", LUA, tmp))
    return now() - t
end)
local t_cat = median(function ()
    local t = now()
    os.execute(fmt("cat %s > /dev/null", tmp))
    return now() - t
end)
print(fmt("CLI classify --json       %12.0f replies/s  (start-up included; cat: %.3f s)",
          lines / t_cli, t_cat))
os.remove(tmp)
-- }====

-- {==== scan: log lines per second for each format, vs reading the file
local SCAN_LINES = tonumber(os.getenv("BENCH_SCAN_LINES") or "") or 200000
local function write_log (make)
    local path = os.tmpname()
    local out = io.open(path, "wb")
    local count = make(out)
    out:close()
    return path, count
end
local logs = {}
logs[#logs + 1] = { "postfix", write_log(function (out)
    local p = io.popen(fmt("%s tools/gen-postfix-log.lua %d", LUA, SCAN_LINES))
    out:write(p:read("*a"))
    p:close()
    return SCAN_LINES
end) }
-- the other formats: tools/gen-log.lua (real replies, fresh queue ids as
-- real logs have: a log that repeats its ids would let the
-- classification cache keep every reply)
for _, g in ipairs{ { "exim", "exim" }, { "sendmail", "sendmail" }, { "jsonl", "kumomta" } } do
    logs[#logs + 1] = { g[1], write_log(function (out)
        local p = io.popen(fmt("%s tools/gen-log.lua %s %d", LUA, g[2], SCAN_LINES))
        out:write(p:read("*a"))
        p:close()
        return SCAN_LINES
    end) }
end
for _, l in ipairs(logs) do
    local name, path, nlines = l[1], l[2], l[3]
    if nlines > 0 then
        local t_scan = median(function ()
            local t = now()
            os.execute(fmt("%s bin/smtpbounce scan --json --format %s %s > /dev/null 2>&1", LUA, name, path))
            return now() - t
        end)
        local t_wc = median(function ()
            local t = now()
            os.execute(fmt("wc -l %s > /dev/null", path))
            return now() - t
        end)
        print(fmt("scan --json (%-8s)     %12.0f lines/s    %8.1fx the time of wc -l", name,
                  nlines / t_scan, t_scan / t_wc))
    end
    local has_pfl = os.execute("command -v pflogsumm > /dev/null")
    if name == "postfix" and (has_pfl == true or has_pfl == 0) then
        -- the summary beside Postfix's own log summariser, on the same log
        local t_sum, t_pfl = medians(function ()
            local t = now()
            os.execute(fmt("%s bin/smtpbounce scan --summary %s > /dev/null 2>&1", LUA, path))
            return now() - t
        end, function ()
            local t = now()
            os.execute(fmt("pflogsumm %s > /dev/null 2>&1", path))
            return now() - t
        end)
        print(fmt("scan --summary (postfix)  %12.0f lines/s    %8.2fx the time of pflogsumm "
                  .. "(%.0f lines/s)", nlines / t_sum, t_sum / t_pfl, nlines / t_pfl))
    end
    if name ~= "postfix" then os.remove(path) end
end
-- }====

-- {==== scan memory: peak RSS of scan --json at N and 3N Postfix lines
-- (flat: the same, once the bounded tables are full); BENCH_SCAN_MEMORY=0
-- leaves it out.  `make bench-scan-memory` measures it on a 1 GB log.
local function rss_of (path)
    local p = io.popen(fmt("%s bench/scan_rss.lua %s", LUA, path))
    local out = p:read("*a")
    p:close()
    local count, kb = out:match("^(%d+) (%d+)")
    return tonumber(count), tonumber(kb)
end
local small = logs[1][2]
if os.getenv("BENCH_SCAN_MEMORY") ~= "0" then
    local big = os.tmpname()
    os.execute(fmt("%s tools/gen-postfix-log.lua %d > %s", LUA, 3 * SCAN_LINES, big))
    local n1, kb1 = rss_of(small)
    local n3, kb3 = rss_of(big)
    os.remove(big)
    if kb1 and kb3 and kb1 > 0 then
        print(fmt("scan --json peak RSS      %9.1f MB at %d lines, %.1f MB at %d (%.2fx)",
                  kb1 / 1024, n1, kb3 / 1024, n3, kb3 / kb1))
    end
end
os.remove(small)
-- }====
