-- golden.lua OUTDIR -- run the command-line tool (in this process, through
-- smtpbounce.cli's main) and the Lua API over fixed inputs and write each
-- run's standard output, standard error and exit status to OUTDIR/NAME.
-- tools/golden.sh compares OUTDIR with the outputs saved in
-- spec/fixtures/golden.tar.xz: a change that should not change behaviour
-- must leave every one of them byte-identical.
--
-- Inputs (all in the repository or made from it, deterministically):
--   replies  every reply of the fuzz seeds (tools/fuzz-seeds.lua: the
--            corpus, the seed guide, examples/seed-replies.txt, hostile
--            shapes); not the hold-out set's (accuracy/holdout), whose
--            results nobody writing rules may see reply by reply
--   logs     examples/*.log, spec/fixtures/fuzz-log/*, some of the fuzz
--            seeds' small logs (kept in spec/fixtures/golden-logs: the
--            fuzz seeds quote the specs, which change), and generated
--            logs of every format
--            (tools/gen-log.lua), read from a file, gzip'd, from a
--            seekable standard input and from a pipe
-- Runs: classify (text and --json, with and without context), explain
-- (text and --json, a sample of the replies; every reply through the Lua
-- API), scan (lines, --json, --summary, --summary --json,
-- --suppress-out, --since).

local outdir = assert(arg[1], "usage: golden.lua OUTDIR")
-- the inputs are made by Lua 5.4 whatever interpreter runs the tool
-- (math.random's sequence differs between interpreters)
local lua = "lua5.4"
local cli = require "smtpbounce.cli"
local smtpbounce = require "smtpbounce"

local fmt, concat, sort = string.format, table.concat, table.sort

local function sh (cmd)
    local ok = os.execute(cmd)
    assert(ok == true or ok == 0, "failed: " .. cmd)
end

local function slurp (path)
    local f = assert(io.open(path, "rb"))
    local s = f:read("*a")
    f:close()
    return s
end

local function ls (pattern)
    local p = io.popen("ls " .. pattern .. " 2>/dev/null")
    local t = {}
    for l in p:lines() do t[#t + 1] = l end
    p:close()
    sort(t)
    return t
end

-- inputs at a fixed path (messages name it)
local tmp = "build/golden/in"
sh("rm -rf '" .. outdir .. "' '" .. tmp .. "' && mkdir -p '" .. outdir .. "' '" .. tmp .. "'")

--[[
One run of the tool: argv, and standard input (a path, or a command
whose output is piped in, or nil).  Writes OUTDIR/NAME.
]]
local function run (name, argv, input, piped)
    local out = assert(io.open(tmp .. "/stdout", "w+b"))
    local err = assert(io.open(tmp .. "/stderr", "w+b"))
    local inp
    if piped then inp = assert(io.popen(piped, "r"))
    elseif input then inp = assert(io.open(input, "rb"))
    else inp = assert(io.open("/dev/null", "rb")) end
    local ok, status = pcall(cli.main, argv, out, err, inp)
    if not ok then status = "error: " .. tostring(status) end
    inp:close()
    out:seek("set", 0); err:seek("set", 0)
    local o, e = out:read("*a"), err:read("*a")
    out:close(); err:close()
    local f = assert(io.open(outdir .. "/" .. name, "wb"))
    f:write(o, "\n--- stderr\n", e, "\n--- exit ", tostring(status), "\n")
    f:close()
end

-- {== replies ===========================================================
sh(fmt("%s tools/fuzz-seeds.lua '%s/seeds' > /dev/null", lua, tmp))
local replies = {}
for _, p in ipairs(ls(tmp .. "/seeds/corpus-parse/*")) do replies[#replies + 1] = slurp(p) end

local function with (argv, list)
    local t = {}
    for i, a in ipairs(argv) do t[i] = a end
    t[#t + 1] = "--"
    for _, r in ipairs(list) do t[#t + 1] = r end
    return t
end

run("classify.txt", with({ "classify" }, replies))
run("classify.json", with({ "classify", "--json" }, replies))
run("classify-gmail.json", with({ "classify", "--json", "--mx", "gmail-smtp-in.l.google.com",
                                  "--phase", "rcpt" }, replies))
run("classify-yahoo.json", with({ "classify", "--json", "--domain", "yahoo.com",
                                  "--phase", "data" }, replies))
run("classify-connect.json", with({ "classify", "--json", "--phase", "connect",
                                    "--provider", "microsoft" }, replies))
run("classify-rules.json", with({ "classify", "--json", "--rules",
                                  "examples/rules/yahoo-tss04-throttle.lua" }, replies))
run("classify-stdin.txt", { "classify" }, "examples/seed-replies.txt")
run("classify-stdin.json", { "classify", "--json" }, "examples/seed-replies.txt")
run("classify-pipe.json", { "classify", "--json" }, nil, "cat examples/seed-replies.txt")

-- explain: one run per reply (each builds its classifier): a sample
local n = 0
for i = 1, #replies, 61 do
    n = n + 1
    run(fmt("explain-%03d.txt", n), { "explain", replies[i] })
    run(fmt("explain-%03d.json", n), { "explain", "--json", "--mx", "mx.example.net", replies[i] })
end
for line in io.lines("examples/seed-replies.txt") do
    n = n + 1
    run(fmt("explain-%03d.json", n), { "explain", "--json", line })
end

-- every reply through the Lua API's explain, written out with sorted keys
do
    local function dump (v, out)
        local t = type(v)
        if t == "table" then
            local keys = {}
            for k in pairs(v) do keys[#keys + 1] = k end
            sort(keys, function (a, b) return tostring(a) < tostring(b) end)
            out[#out + 1] = "{"
            for _, k in ipairs(keys) do
                out[#out + 1] = tostring(k) .. "="
                dump(v[k], out)
                out[#out + 1] = ","
            end
            out[#out + 1] = "}"
        elseif t == "string" then
            out[#out + 1] = fmt("%q", v)
        else
            out[#out + 1] = tostring(v)
        end
    end
    local c = smtpbounce.new()
    local f = assert(io.open(outdir .. "/api-explain.txt", "wb"))
    for _, r in ipairs(replies) do
        local o = {}
        local res = c:explain(r, { domain = "example.com" })
        res.template = res.template  -- computed when read
        dump(res, o)
        f:write(concat(o), "\n")
        o = {}
        res = c:classify(r)
        res.template = res.template
        dump(res, o)
        f:write(concat(o), "\n")
    end
    f:close()
end
-- }======================================================================

-- {== logs ==============================================================
local logs = {}
for _, p in ipairs(ls("examples/*.log")) do logs[#logs + 1] = p end
for _, p in ipairs(ls("spec/fixtures/fuzz-log/*")) do logs[#logs + 1] = p end
-- (read from where they were first made: messages name the path)
for _, p in ipairs(ls("spec/fixtures/golden-logs/*")) do
    local to = tmp .. "/seeds/corpus-log/" .. p:gsub("^.*/", "")
    sh(fmt("cp '%s' '%s'", p, to))
    logs[#logs + 1] = to
end
for _, g in ipairs{ { "postfix", 20000 }, { "exim", 5000 }, { "sendmail", 5000 },
                    { "kumomta", 3000 }, { "postal", 3000 } } do
    local p = fmt("%s/gen-%s.log", tmp, g[1])
    sh(fmt("%s tools/gen-log.lua %s %d > '%s'", lua, g[1], g[2], p))
    logs[#logs + 1] = p
end
sh(fmt("%s tools/gen-postfix-log.lua 3000 --rfc3339 --seed 7 > '%s/gen-postfix-rfc3339.log'",
       lua, tmp))
logs[#logs + 1] = tmp .. "/gen-postfix-rfc3339.log"

local function base (p)
    return (p:gsub("^.*/", ""))
end

for _, p in ipairs(logs) do
    local b = base(p)
    run("scan-" .. b .. ".lines", { "scan", p })
    run("scan-" .. b .. ".json", { "scan", "--json", p })
    run("scan-" .. b .. ".summary", { "scan", "--summary", p })
    run("scan-" .. b .. ".summary.json", { "scan", "--summary", "--json", p })
end

-- the example logs and the generated ones: every way in
local big = { "examples/postfix-maillog.log", "examples/exim-mainlog.log",
              tmp .. "/gen-postfix.log", tmp .. "/gen-exim.log", tmp .. "/gen-sendmail.log",
              tmp .. "/gen-kumomta.log", tmp .. "/gen-postal.log" }
for _, p in ipairs(big) do
    local b = base(p)
    sh(fmt("gzip -c '%s' > '%s/%s.gz'", p, tmp, b))
    run("scan-" .. b .. ".gz.json", { "scan", "--json", tmp .. "/" .. b .. ".gz" })
    run("scan-" .. b .. ".stdin.json", { "scan", "--json" }, p)
    run("scan-" .. b .. ".pipe.json", { "scan", "--json", "-" }, nil, "cat '" .. p .. "'")
    sh(fmt("sed 's/$/\\r/' '%s' > '%s/%s.crlf'", p, tmp, b))
    run("scan-" .. b .. ".crlf.json", { "scan", "--json", tmp .. "/" .. b .. ".crlf" })
    run("scan-" .. b .. ".suppress", { "scan", "--summary", "--suppress-out",
                                       tmp .. "/suppress", p })
    local f = assert(io.open(outdir .. "/scan-" .. b .. ".suppress", "ab"))
    f:write("--- suppress file\n", slurp(tmp .. "/suppress"))
    f:close()
end
run("scan-since.json", { "scan", "--json", "--since", "2026-11-28T01:41:50Z",
                         "examples/postfix-maillog.log", "examples/exim-mainlog.log" })
run("scan-since-gen.summary", { "scan", "--summary", "--since", "2025-11-28T01:05",
                                tmp .. "/gen-exim.log" })
run("scan-fields.json", { "scan", "--json", "--fields", "postal,relay=payload.details",
                          tmp .. "/gen-postal.log" })
run("scan-format-exim.json", { "scan", "--json", "--format", "exim",
                               "examples/postfix-maillog.log" })
run("scan-many.summary", { "scan", "--summary", "examples/postfix-maillog.log",
                           "examples/exim-mainlog.log", tmp .. "/gen-sendmail.log" })
-- }======================================================================

sh("rm -rf '" .. tmp .. "'")
