-- fuzz-seeds.lua -- write the seed corpora of the libFuzzer targets (not
-- committed; `make fuzz` runs it):
--
--   lua5.4 tools/fuzz-seeds.lua build/fuzz
--
-- DIR/corpus-parse/     one file per reply: every reply of the
--                       development corpus (accuracy/corpus/*.lua), the
--                       seed guide (spec/fixtures/seed.lua),
--                       examples/seed-replies.txt and hostile shapes
-- DIR/corpus-classify/  the same replies behind fuzz_classify's two
--                       context bytes (no context, and a few contexts)
-- DIR/corpus-compile/   small rule descriptions in fuzz_compile's byte
--                       encoding, each followed by a few of the replies
-- DIR/corpus-log/       small logs: runs of lines of examples/*.log, each
--                       log line the specs quote (spec/log*_spec.lua,
--                       spec/scan*_spec.lua) alone and four at a time, cut,
--                       with CRLF and NUL bytes, and shapes of hostile logs
--
-- A file is named by its number; existing seeds are overwritten, files
-- libFuzzer added are kept.

local dir = arg[1] or "build/fuzz"
local char, rep, concat = string.char, string.rep, table.concat
local loadstr = rawget(_G, "loadstring") or load

local replies, seen = {}, {}
local function add (s)
    if type(s) == "string" and not seen[s] then
        seen[s] = true
        replies[#replies + 1] = s
    end
end

local p = io.popen("ls accuracy/corpus/*.lua")
for path in p:lines() do
    for _, e in ipairs(dofile(path)) do add(e.reply) end
end
p:close()
for _, e in ipairs(dofile("spec/fixtures/seed.lua")) do add(e.reply) end
for line in io.lines("examples/seed-replies.txt") do add(line) end
-- shapes the fixtures lack
local all = {}
for b = 0, 255 do all[#all + 1] = char(b) end
for _, s in ipairs{
    "", "550", "550-", "000", "999", "5.5.5.5.5", "5.1234.1", concat(all),
    "550\0 5.1.1 a\0b", "550 5.1.1 \255\254 \192\128 \237\160\128",
    "&" .. rep("amp;", 20) .. " &#x41; &#65; &#1114111; &#0; &lt",
    rep("550-5.1.1 line\r\n", 20) .. "550 5.1.1 end",
    "host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@b.example>: no (in reply to RCPT TO command)",
    "Diagnostic-Code: smtp; 550 5.1.1 user unknown",
    "<<< 550 5.7.1 rejected", "('550', ['5.7.1 Rejected'])", "(554, b'5.7.1 no')",
    "550+5.7.60+Blocked", "status=bounced (host x[1.2.3.4] said: 552 5.2.2 full)",
    -- spaces beyond ASCII's: U+00A0, Latin-1's A0, U+3000, a BOM, U+200B
    "550\194\1605.1.1\194\160User\194\160unknown", "550\1605.1.1\160user\160\160unknown\160",
    "\239\187\191550 5.1.1 x", "\226\128\139 550-5.1.1 a\r\n550\227\128\1285.1.1 b",
    "host\194\160mx.example.com[192.0.2.1] said:\194\160550 x (in\194\160reply to RCPT TO command)\194\160",
} do add(s) end

local function write (path, s)
    local f = assert(io.open(path, "wb"))
    f:write(s)
    f:close()
end

local function mkdir (d)
    assert(os.execute("mkdir -p '" .. d .. "'"))
end

-- parse: the replies, and the Postfix delivery lines of the example log
-- (fuzz_parse reads each input as one too)
mkdir(dir .. "/corpus-parse")
for i, s in ipairs(replies) do
    write(("%s/corpus-parse/seed-%04d"):format(dir, i), s)
end
local npf = 0
for l in io.lines("examples/postfix-maillog.log") do
    if l:find("status=", 1, true) then
        npf = npf + 1
        write(("%s/corpus-parse/postfix-%04d"):format(dir, npf), l)
    end
end

-- classify: control byte (phase, mx, domain, provider), index byte
mkdir(dir .. "/corpus-classify")
local ctls = { { 0, 0 }, { 4, 0 }, { 8, 3 }, { 16, 10 }, { 32, 5 }, { 0x80, 1 } }
for i, s in ipairs(replies) do
    local c = i % 7 == 0 and ctls[1 + math.floor(i / 7) % #ctls] or ctls[1]
    write(("%s/corpus-classify/seed-%04d"):format(dir, i), char(c[1], c[2]) .. s)
end

--[[
compile: the byte encoding fuzz_compile.c decodes.  A description is
{ phrases = {...}, nproviders = n, tokens = {[i] = prov}, phases = {[i] = ph},
  clauses = { {kind, id, ...}, ... }, codes = { {lo, hi}, ... },
  statuses = { {c, s, d}, ... }, provs = {...}, hosts = { {name, prov} },
  domains = {...}, rules = { { classes =, phases =, external =,
  codes = {first, count}, statuses = .., provs = .., clauses = .. } } }
with 0-based indices.
]]
local INTS = { [0] = 0, [200] = 1, [250] = 2, [299] = 3, [400] = 4, [421] = 5,
               [450] = 6, [451] = 7, [499] = 8, [500] = 9, [550] = 10, [551] = 11,
               [552] = 12, [554] = 13, [559] = 14, [599] = 15, [999] = 16, [-1] = 17,
               [1] = 20, [2] = 21, [4] = 22, [5] = 23, [7] = 24 }

-- fuzz_compile.c's 'words', by index
local WORDS = {}
for i, w in ipairs{ "user unknown", "User  Unknown", "user\tunknown ", " ", "a",
                    "550", "mailbox full", "spam", " gsmtp",
                    "in reply to rcpt to command" } do
    WORDS[w] = i - 1
end

local function encode (d, tail)
    local out = {}
    local function b (v) out[#out + 1] = char(v % 256) end
    local function int (v)
        if INTS[v] then b(INTS[v]) else b(200); b(math.floor(v / 256) % 256); b(v % 256) end
    end
    local function range (r, nonempty)
        r = r or { 0, 0 }
        b(r[1])
        if nonempty then b(r[2] - 1) else b(r[2]) end
    end
    b(0)                                  -- no allocation failure
    b(#d.phrases)
    for _, s in ipairs(d.phrases) do
        if WORDS[s] then b(WORDS[s])       -- fuzz_compile.c's word list
        else
            assert(#s <= 12, s)
            b(26 + #s); out[#out + 1] = s  -- raw bytes
        end
    end
    b(d.nproviders or 0)
    local flags = (d.tokens and 1 or 0) + (d.phases and 2 or 0)
    b(flags)
    for i = 1, #d.phrases do
        if d.tokens then
            if d.tokens[i - 1] then b(128); b(d.tokens[i - 1]) else b(0) end
        end
        if d.phases then b(d.phases[i - 1] or 0) end
    end
    local ids, clauses = {}, {}
    for _, c in ipairs(d.clauses) do
        clauses[#clauses + 1] = { c[1], #ids, #c - 1 }
        for k = 2, #c do ids[#ids + 1] = c[k] end
    end
    b(#ids)
    for _, id in ipairs(ids) do b(id) end
    b(#clauses)
    for _, c in ipairs(clauses) do b(c[1]); range({ c[2], c[3] }, true) end
    b(#(d.codes or {}))
    for _, c in ipairs(d.codes or {}) do int(c[1]); int(c[2]) end
    b(#(d.statuses or {}))
    for _, s in ipairs(d.statuses or {}) do int(s[1]); int(s[2]); int(s[3]) end
    b(#(d.provs or {}))
    for _, v in ipairs(d.provs or {}) do b(v) end
    b(#d.rules)
    for _, r in ipairs(d.rules) do
        b(r.classes or 0); b(r.phases or 0); b(r.external and 255 or 0)
        range(r.codes); range(r.statuses); range(r.provs); range(r.clauses)
    end
    for _, list in ipairs{ d.hosts or {}, d.domains or {} } do
        b(#list)
        for _, h in ipairs(list) do b(#h[1]); out[#out + 1] = h[1]; b(h[2]) end
    end
    b(0xFF)                               -- confirm every external rule
    b(0)                                  -- no context
    out[#out + 1] = concat(tail, "\254")
    return concat(out)
end

local descs = {
    {   -- one rule per clause kind, code and status conditions, a token
        phrases = { "user unknown", "mailbox", "full", "spam", " gsmtp" },
        nproviders = 2, tokens = { [4] = 0 },
        clauses = { { 0, 0 }, { 1, 1, 2 }, { 2, 3 }, { 0, 3 } },
        codes = { { 550, 559 }, { 400, 499 } },
        statuses = { { 5, 1, 1 }, { -1, 2, -1 } },
        provs = { 1 },
        hosts = { { "mx.example.com", 0 }, { "example.net", 1 } },
        domains = { { "example.org", 1 } },
        rules = {
            { codes = { 0, 1 }, clauses = { 0, 1 } },
            { statuses = { 1, 1 }, clauses = { 1, 2 } },
            { provs = { 0, 1 }, clauses = { 3, 1 } },
            { classes = 48, clauses = { 2, 1 } },
            { codes = { 1, 1 } },
            {},
        },
    },
    {   -- phases and an external rule
        phrases = { "in reply to rcpt to command", "end of data", "blocked", "rate" },
        phases = { [0] = 4, [1] = 6 },
        clauses = { { 0, 2 }, { 1, 3, 2 } },
        rules = {
            { phases = 16, clauses = { 0, 1 } },
            { external = true, clauses = { 1, 1 } },
            { phases = 64 },
            { classes = 1 },
        },
    },
    {   -- phrases that collide once normalised (must give SB_EINVAL)
        phrases = { "User  Unknown", "user unknown" },
        clauses = { { 0, 0 } },
        rules = { {} },
    },
}

mkdir(dir .. "/corpus-compile")
local n = 0
for di, d in ipairs(descs) do
    for k = 0, 3 do
        local tail = {}
        for j = 1, 3 do
            tail[j] = replies[1 + (di * 97 + k * 31 + j * 13) % #replies]
        end
        n = n + 1
        write(("%s/corpus-compile/seed-%04d"):format(dir, n), encode(d, tail))
    end
end

-- {== log: small log files ============================================

-- the string literals of a Lua file (comments skipped), as their values
local function literals (path)
    local src = assert(io.open(path, "rb")):read("*a")
    local out, pos = {}, 1
    while true do
        local s = src:find("[%-\"'%[]", pos)
        if not s then break end
        local c = src:sub(s, s)
        local long = src:match("^%[(=*)%[", s)
        if c == "-" and src:sub(s, s + 1) == "--" then
            local lc = src:match("^%-%-%[(=*)%[", s)
            if lc then
                local _, e = src:find("]" .. lc .. "]", s, true)
                pos = (e or #src) + 1
            else
                pos = (src:find("\n", s, true) or #src) + 1
            end
        elseif long then
            local _, e = src:find("]" .. long .. "]", s, true)
            e = e or #src
            local f = loadstr("return " .. src:sub(s, e))
            if f then out[#out + 1] = f() end
            pos = e + 1
        elseif c == '"' or c == "'" then
            local e = s + 1
            while e <= #src do
                local ch = src:sub(e, e)
                if ch == "\\" then e = e + 2
                elseif ch == c or ch == "\n" then break
                else e = e + 1 end
            end
            local f = loadstr("return " .. src:sub(s, e))
            if f then out[#out + 1] = f() end
            pos = e + 1
        else
            pos = s + 1
        end
    end
    return out
end

-- does s look like a log line of some format?
local function loglike (s)
    return #s >= 30 and not s:find("\n", 1, true)
           and (s:find("status=", 1, true) or s:find("stat=", 1, true) or s:find("^{")
                or s:find(" [=%-*][=>*] ") or s:find("postfix/", 1, true))
end

local logs, nlog, lseen = {}, 0, {}
local function add_log (s)
    if #s > 0 and #s <= 4096 and not lseen[s] then
        lseen[s] = true
        logs[#logs + 1] = s
    end
end

-- the mail-log specs (spec/log*_spec.lua: log_spec, log_postfix_spec, ...)
-- and the scan specs (spec/scan*_spec.lua), in sorted order
local specs = {}
local ls = io.popen("ls spec/log*_spec.lua spec/scan*_spec.lua")
for path in ls:lines() do specs[#specs + 1] = path end
ls:close()
table.sort(specs)
local loglines = {}
for _, path in ipairs(specs) do
    for _, s in ipairs(literals(path)) do
        if loglike(s) then loglines[#loglines + 1] = s end
    end
end
-- the spec lines four at a time, in their order (a deferral and the
-- expiry that names it, the lines of one test)
local nspec = #loglines
for i = 1, nspec - 3, 2 do
    add_log(concat(loglines, "\n", i, i + 3) .. "\n")
end
for _, path in ipairs{ "examples/postfix-maillog.log", "examples/exim-mainlog.log" } do
    local run, size = {}, 0
    for line in io.lines(path) do
        loglines[#loglines + 1] = line
        if size + #line + 1 > 4096 or #run >= 16 then
            add_log(concat(run, "\n") .. "\n")
            run, size = {}, 0
        end
        run[#run + 1] = line
        size = size + #line + 1
    end
    if #run > 0 then add_log(concat(run, "\n") .. "\n") end
end
for i, line in ipairs(loglines) do
    add_log(line .. "\n")
    if i % 5 == 0 then
        -- cut, CRLF, NUL bytes, and the line twice with garbage between
        add_log(line:sub(1, math.floor(#line * 2 / 3)))
        add_log(line .. "\r\n" .. line .. "\r\n")
        add_log((line:gsub(" ", "\0", 2)) .. "\n")
        add_log(line .. "\n\0\1\255 status= stat= ** => {\n" .. line .. "\n")
    end
end
for _, s in ipairs{
    "\n", "\r\n", "\0", "\n\n\n", rep("x", 4000), rep(" ", 600) .. "x\n",
    "{" .. rep("[", 300), '{"type":"Bounce"}\n', rep("a\n", 250),
} do add_log(s) end

mkdir(dir .. "/corpus-log")
for i, s in ipairs(logs) do
    write(("%s/corpus-log/seed-%04d"):format(dir, i), s)
    nlog = i
end

print(("fuzz seeds: %d replies, %d Postfix lines, %d rule descriptions, %d logs in %s"):format(#replies, npf, n, nlog, dir))
