-- Hostile input (DESIGN.md "Bad input"): any byte string is data and gets
-- a result, never an error, in time linear in its length; programming
-- errors (a non-string reply, a malformed rule, a missing argument) raise
-- the documented error.  The API, the rule compiler and the CLI.
--
-- Times are never compared with a constant: each linearity check measures
-- an input and one ten times its size (the small one several times,
-- keeping the least) and allows 20x the time for 10x the size.  Tests
-- whose inputs reach 16 MB or 100,000 phrases carry the tag #big
-- (`make valgrind` leaves them out; `make valgrind-full` runs them).

local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"
local core = require "smtpbounce.core"

local rep, char, concat, fmt = string.rep, string.char, table.concat, string.format
local clock = os.clock

-- {======================================================================
-- Tools
-- =======================================================================

-- the least time f(x) takes over 'tries' runs (a collection before each)
local function least (tries, f, x)
    local best = math.huge
    for _ = 1, tries do
        collectgarbage()
        local t0 = clock()
        f(x)
        local t = clock() - t0
        if t < best then best = t end
    end
    return best
end

--[[
f(make(n)) and f(make(10 * n)): the second may take at most 20 times the
first (plus 10 ms for the timer's grain).  Returns both times.
]]
local function linear (what, make, n, f, allow)
    local small_in, big_in = make(n), make(10 * n)
    allow = allow or 20
    f(small_in)  -- warm up (the default classifier, caches)
    local small = least(5, f, small_in)
    local big = least(3, f, big_in)
    assert.is_true(big <= allow * small + 0.01,
                   fmt("%s: n = %d took %.4fs, 10n took %.4fs (%.1fx)",
                       what, n, small, big, big / math.max(small, 1e-9)))
    return small, big
end

-- the clean text holds no control byte, no double, leading or trailing
-- space, and is never longer than the reply
local function clean (text, reply)
    assert.are.equal("string", type(text))
    assert.is_nil(text:find("[%z\1-\31\127]"))
    assert.is_nil(text:find("  ", 1, true))
    assert.is_nil(text:find("^ "))
    assert.is_nil(text:find(" $"))
    assert.is_true(#text <= #reply)
end

-- classify, explain and parse agree on 'reply' and keep the contract;
-- returns the classify result and the parse table
local function all_three (reply, ctx)
    local r = smtpbounce.classify(reply, ctx)
    local e = smtpbounce.explain(reply, ctx)
    local p = smtpbounce.parse(reply)
    clean(r.text, reply)
    assert.are.equal(r.text, p.text)
    assert.are.equal(r.text, e.text)
    assert.are.equal(r.rule, e.rule)
    assert.are.equal(r.code, p.code)
    assert.are.equal(r.status, p.status)
    assert.are.equal("table", type(e.why))
    return r, p
end

local error_of = helper.error_of

local ALL = {}
for b = 0, 255 do ALL[#ALL + 1] = char(b) end
ALL = concat(ALL)

-- }======================================================================


describe("hostile input", function ()

    describe("replies", function ()
        it("NUL bytes fold like spaces, are flagged, and never end the reply", function ()
            local r, p = all_three("550 5.1.1 user\0unknown")
            assert.are.equal(550, r.code)
            assert.are.equal("5.1.1", r.status)
            assert.are.equal("user unknown", r.text)
            assert.are.equal("userunknown", r.reason)
            assert.is_true(p.flags.nul)
            -- text after the NUL still counts; NULs alone are a blank reply
            r, p = all_three("550\0 5.1.1 a\0b")
            assert.is_true(p.flags.nul)
            assert.are.equal(550, r.code)
            assert.are.equal("bounced", r.outcome)
            assert.is_truthy(r.text:find("a b$"))
            r, p = all_three("\0\0\0")
            assert.are.equal("unknown", r.outcome)
            assert.are.equal("", r.text)
            assert.is_true(p.flags.nul and p.flags.blank)
            assert.is_nil(smtpbounce.parse("550 user unknown").flags.nul)
        end)

        it("all 256 byte values: in one reply, alone, and after a code", function ()
            local r, p = all_three(ALL)
            assert.are.equal("unknown", r.outcome)
            assert.is_nil(r.code)
            assert.is_true(p.flags.nul)
            -- the printable ASCII run survives as it is
            assert.is_truthy(r.text:find("!\"#$%&'()*+,-./0123456789:;<=>?@ABC", 1, true))
            for b = 0, 255 do
                local c = char(b)
                r = all_three(c)
                assert.are.equal("unknown", r.outcome)
                r = all_three("550 5.1.1 " .. c .. " x")
                assert.are.equal(550, r.code)
                assert.are.equal("bounced", r.outcome)
                assert.are.equal("5.1.1", r.status)
                r = all_three("451 4.3.0" .. c)
                assert.are.equal("deferred", r.outcome)
            end
        end)

        it("invalid and overlong UTF-8 passes through the text byte for byte", function ()
            local bad = {
                "\192\175",                 -- overlong '/'
                "\224\128\175",             -- overlong '/', 3 bytes
                "\240\128\128\175",         -- overlong '/', 4 bytes
                "\248\136\128\128\128",     -- 5-byte form
                "\128", "\191\191",         -- lone continuation bytes
                "\226\130",                 -- truncated
                "\237\160\128",             -- UTF-16 surrogate
                "\244\144\128\128",         -- past U+10FFFF
                "\254\255",                 -- never in UTF-8
            }
            for _, b in ipairs(bad) do
                local r = all_three("550 5.1.1 " .. b .. " user unknown")
                assert.are.equal(b .. " user unknown", r.text)
                assert.are.equal("userunknown", r.reason)
                r = all_three(b)
                assert.are.equal(b, r.text)
                assert.are.equal("unknown", r.outcome)
            end
            -- numeric entities decode only to scalar values: no surrogate,
            -- nothing past U+10FFFF, no NUL, no overlong digits
            local r = all_three("&#xD800; &#x110000; &#0; &#65; &#x10FFFF; &#00000065;")
            assert.are.equal("&#xD800; &#x110000; &#0; A \244\143\191\191 &#00000065;", r.text)
        end)

        it("reply codes that are none: 000, 999; statuses that are none: 5.5.5.5.5, 5.1234.1", function ()
            for _, s in ipairs{ "000", "999", "000 5.1.1 user unknown", "999 user unknown" } do
                local r, p = all_three(s)
                assert.is_nil(r.code, s)
                assert.are.equal("unknown", r.outcome, s)
                assert.is_true(p.flags.bad_code, s)
            end
            for _, s in ipairs{ "5.5.5.5.5", "5.1234.1", "4.3.2.1", "5.7.1.200", "2.0" } do
                local r, p = all_three(s)
                assert.is_nil(r.code, s)
                assert.is_nil(r.status, s)
                assert.are.equal("unknown", r.outcome, s)
                assert.are.equal(s, r.text)
                assert.is_nil(p.flags.bad_code, s)
            end
            -- after a real code they are text
            local r = all_three("550 5.1234.1 x")
            assert.are.equal(550, r.code)
            assert.is_nil(r.status)
            assert.are.equal("5.1234.1 x", r.text)
        end)

        it("entity bombs are decoded once, never again", function ()
            local r = all_three("&" .. rep("amp;", 10000))
            assert.are.equal("&" .. rep("amp;", 9999), r.text)
            assert.are.equal("unknown", r.outcome)
            r = all_three(rep("&amp;", 10000))
            assert.are.equal(rep("&", 10000), r.text)
            r = all_three(rep("&#38;", 10000))
            assert.are.equal(rep("&", 10000), r.text)
            r = all_three("&#38;#38;#38;")
            assert.are.equal("&#38;#38;", r.text)
            r = all_three("550 " .. rep("&", 10000) .. " " .. rep("&#", 5000) .. " &#x" .. rep("0", 10000) .. "41;")
            assert.are.equal(550, r.code)
            assert.are.equal(rep("&", 10000) .. " " .. rep("&#", 5000) .. " &#x" .. rep("0", 10000) .. "41;", r.text)
            assert.is_true(smtpbounce.parse("&lt;x&gt;").flags.entities)
        end)

        it("entity bombs cost linear time", function ()
            linear("&amp;amp;...", function (n) return "550 &" .. rep("amp;", n) end, 20000,
                   smtpbounce.classify)
            linear("&#38;#38;...", function (n) return "550 &" .. rep("#38;", n) end, 20000,
                   smtpbounce.classify)
            linear("&&&&", function (n) return "550 " .. rep("&", n) end, 50000,
                   smtpbounce.classify)
        end)

        it("100,000 continuation lines: all counted and joined #big", function ()
            local s = rep("550-5.1.1 line\r\n", 100000) .. "550 5.1.1 end"
            local r, p = all_three(s)
            assert.are.equal(100001, p.lines)
            assert.are.equal(550, r.code)
            assert.are.equal("5.1.1", r.status)
            assert.are.equal(rep("line ", 100000) .. "end", r.text)
            assert.is_true(p.flags.multiline)
            assert.is_nil(p.flags.no_final_line)
            p = smtpbounce.parse(rep("550-x\n", 100000))
            assert.are.equal(100000, p.lines)
            assert.is_true(p.flags.no_final_line)
            p = smtpbounce.parse(rep("\n", 100000))
            assert.are.equal(0, p.lines)
            assert.is_true(p.flags.blank)
        end)

        it("continuation lines cost linear time #big", function ()
            linear("550- lines", function (n) return rep("550-5.1.1 line\r\n", n) .. "550 5.1.1 end" end,
                   10000, smtpbounce.classify)
            linear("bare line ends", function (n) return rep("\r\n", n) .. "550 x" end,
                   10000, smtpbounce.classify)
            linear("lines with other codes", function (n) return rep("451-x\n550-y\n", n) end,
                   5000, smtpbounce.parse)
        end)

        it("a 16 MB reply gets a result, in time linear in its length #big", function ()
            local s = "550 5.1.1 " .. rep("user unknown ", math.floor(16 * 1024 * 1024 / 13))
            assert.is_true(#s >= 16 * 1000 * 1000)
            local r = all_three(s)
            assert.are.equal(550, r.code)
            assert.are.equal("userunknown", r.reason)
            assert.are.equal(#s - 11, #r.text)
            local mb16 = 16 * 1024 * 1024
            linear("16 MB of phrases", function (n) return "550 " .. rep("ab user unknown ", n) end,
                   math.floor(mb16 / 160), smtpbounce.classify)
            linear("16 MB, one word", function (n) return "550 " .. rep("x", n) end,
                   math.floor(mb16 / 10), smtpbounce.classify)
            linear("16 MB explained", function (n) return "550 " .. rep("mailbox full ", n) end,
                   math.floor(mb16 / 130), smtpbounce.explain)
        end)

        it("soups of hostile bytes cost linear time", function ()
            local soups = {
                { "all 256 bytes", ALL },
                { "NUL", "\0" },
                { "invalid UTF-8", "\192\175\128\237\160\128\255 " },
                { "code-like", "550 550-5.1.1 #5.1.1 (5.1.1) [4.4.1] " },
                { "prefix-like", "host a.b[1.2.3.4] said: Diagnostic-Code: smtp; <<< " },
                { "forward-like", "<a@b.c <x@@y> &lt;a@b&gt; " },
                { "separators", ": ; :: ;; said: returned response dsn= " },
            }
            for _, soup in ipairs(soups) do
                local unit = soup[2]
                local n = math.floor(40000 / #unit) + 1
                linear(soup[1], function (k) return rep(unit, k) end, n, smtpbounce.classify)
                linear(soup[1] .. " (parse)", function (k) return rep(unit, k) end, n,
                       smtpbounce.parse)
            end
        end)

        it("a huge context (MX, domain, recipient) gets a result in linear time", function ()
            local function ctx_of (field, unit)
                return function (n) return { [field] = rep(unit, n) } end
            end
            for _, c in ipairs{ { "mx", "a." }, { "mx", "gmail.com." }, { "domain", "x.yahoo.com." },
                                { "recipient", "@a" }, { "recipient", "a@b " } } do
                local f = function (ctx) return smtpbounce.classify("550 5.1.1 x", ctx) end
                local r = f(ctx_of(c[1], c[2])(10))
                assert.are.equal(550, r.code)
                linear("ctx." .. c[1] .. " = " .. c[2] .. "...", ctx_of(c[1], c[2]), 20000, f)
            end
        end)

        -- shapes that once were a table of their own in smtpbounce_spec
        local shapes = {
            { "the empty string", "" },
            { "whitespace only", " \t\r\n \v\f \n" },
            { "a 1 MB single line", "550 " .. rep("x", 1024 * 1024) },
            { "a 1 MB line of phrases", "550 " .. rep("user unknown ", 80000) },
            { "100,000 bare line ends", rep("\n", 100000) },
            { "a half entity at the end", "550 x &lt" },
            { "a code and nothing else", "550" },
            { "a code with a dash and nothing else", "550-" },
            { "a log prefix and nothing else", "host mx.example.com[192.0.2.1] said: " },
            { "a transcript marker and nothing else", "<<< " },
            { "a diagnostic type and nothing else", "Diagnostic-Code: smtp;" },
        }
        for _, c in ipairs(shapes) do
            it(c[1] .. " gives a result, never an error", function ()
                all_three(c[2])
            end)
        end

        it("an unreadable reply is 'unknown', never an error", function ()
            for _, s in ipairs{ "", " \t\r\n", "\0", "000", "999", "5.5.5.5.5", "5.1234.1",
                                rep("&amp;", 100), "-", "0", "<<<", "host", "said:", ALL } do
                local r = smtpbounce.classify(s)
                assert.are.equal("unknown", r.outcome, s:sub(1, 20))
                assert.is_nil(r.code)
                assert.is_nil(r.status)
            end
        end)

        it("a number is read as its string form, whatever the number", function ()
            assert.are.equal(550, smtpbounce.classify(550).code)
            for _, v in ipairs{ 0, -1, 1.5, 1e300, -1e300, math.huge, -math.huge, 0 / 0, 2 ^ 63 } do
                local r = smtpbounce.classify(v)
                assert.are.equal(tostring(v), r.text)
                assert.are.equal("unknown", r.outcome)
                assert.are.equal(tostring(v), smtpbounce.parse(v).text)
            end
        end)
    end)


    describe("arguments", function ()
        local c = smtpbounce.new()
        local BAD = {
            { nil, "no value" }, { true, "boolean" }, { false, "boolean" }, { {}, "table" },
            { print, "function" }, { io.stdout, "userdata" },
            { coroutine.create(function () end), "thread" },
        }
        -- name, function taking the reply
        local FNS = {
            { "classify", smtpbounce.classify },
            { "explain", smtpbounce.explain },
            { "parse", smtpbounce.parse },
            { "classify", function (v) return c:classify(v) end },
            { "explain", function (v) return c:explain(v) end },
            { "parse", function (v) return c:parse(v) end },
            { "classify_into", function (v) return smtpbounce.classify_into({}, v) end, 2 },
            { "classify_into", function (v) return c:classify_into({}, v) end, 2 },
        }

        it("a reply that is no string or number raises the standard error", function ()
            for _, fn in ipairs(FNS) do
                for _, bad in ipairs(BAD) do
                    assert.are.equal(fmt("bad argument #1 to '%s' (string expected, got %s)",
                                         fn[1], bad[2]),
                                     error_of(fn[2], bad[1]))
                end
            end
            -- and a missing one, not only nil
            assert.are.equal("bad argument #1 to 'classify' (string expected, got no value)",
                             error_of(smtpbounce.classify))
            assert.are.equal("bad argument #1 to 'parse' (string expected, got no value)",
                             error_of(smtpbounce.parse))
        end)

        it("classify_into wants a table first", function ()
            for _, bad in ipairs(BAD) do
                if bad[2] ~= "table" then
                    assert.are.equal("bad argument #1 to 'classify_into' (table expected, got "
                                     .. bad[2] .. ")",
                                     error_of(smtpbounce.classify_into, bad[1], "550 x"))
                    assert.are.equal("bad argument #1 to 'classify_into' (table expected, got "
                                     .. bad[2] .. ")",
                                     error_of(c.classify_into, c, bad[1], "550 x"))
                end
            end
        end)

        it("a ctx that is no table raises the standard error", function ()
            for _, bad in ipairs(BAD) do
                if bad[1] ~= nil and bad[2] ~= "table" then
                    assert.are.equal("bad argument #2 to 'classify' (table expected, got " .. bad[2] .. ")",
                                     error_of(smtpbounce.classify, "550 x", bad[1]))
                    assert.are.equal("bad argument #2 to 'explain' (table expected, got " .. bad[2] .. ")",
                                     error_of(c.explain, c, "550 x", bad[1]))
                end
            end
        end)

        it("ctx fields of the wrong type raise naming the field", function ()
            for _, v in ipairs{ 5, true, {}, print } do
                assert.are.equal("bad argument #2 to 'classify' (field 'mx' must be a string)",
                                 error_of(smtpbounce.classify, "550 x", { mx = v }))
                assert.are.equal("bad argument #2 to 'classify' (field 'domain' must be a string)",
                                 error_of(smtpbounce.classify, "550 x", { domain = v }))
            end
            assert.are.equal("bad argument #2 to 'classify' (unknown phase 'true')",
                             error_of(smtpbounce.classify, "550 x", { phase = true }))
            assert.are.equal("bad argument #2 to 'classify' (unknown provider '5')",
                             error_of(smtpbounce.classify, "550 x", { provider = 5 }))
        end)

        it("new() refuses options that are no table", function ()
            for _, bad in ipairs(BAD) do
                if bad[1] ~= nil and bad[2] ~= "table" then
                    assert.are.equal("bad argument #1 to 'new' (table expected, got " .. bad[2] .. ")",
                                     error_of(smtpbounce.new, bad[1]))
                end
            end
            assert.are.equal("bad argument #1 to 'new' ('file' must be a path string)",
                             error_of(smtpbounce.new, { files = { 5, "x" } }))
            assert.are.equal("bad argument #1 to 'new' ('builtin' must be a boolean)",
                             error_of(smtpbounce.new, { builtin = 0 }))
        end)
    end)


    describe("rule data", function ()
        -- the message after "<file>:<line>: " of new{}'s call site
        local function rule_error (opts)
            local e = error_of(smtpbounce.new, opts)
            return (e:gsub("^[^:]*:%d+: ", ""))
        end

        it("tables with cycles are refused, never followed", function ()
            local t = {}
            t[1] = t
            assert.are.equal("rules: item 1: field 'id' must be a string of letters, digits, '_', '.', '-', ':'",
                             rule_error{ rules = t })
            for _, field in ipairs{ "any", "ordered", "none", "tags", "status", "phase" } do
                assert.are.equal("rule 'x': field '" .. field .. "' item 1 must be a non-empty string",
                                 rule_error{ rules = { { id = "x", reason = "blocked", any = "q", [field] = t } } })
            end
            assert.are.equal("rule 'x': field 'all' item 1 must be a non-empty string",
                             rule_error{ rules = { { id = "x", reason = "blocked", all = t } } })
            assert.are.equal("rule 'x': field 'examples' item 1 must be a reply string or a table "
                             .. "with a 'reply' string",
                             rule_error{ rules = { { id = "x", reason = "blocked", any = "q", examples = t } } })
            assert.are.equal("providers: item 1 needs an 'id' string", rule_error{ providers = t })
            assert.are.equal("rule 'p': field 'hosts' item 1 must be a non-empty string",
                             rule_error{ providers = { { id = "p", hosts = t } } })
            assert.are.equal("rules: field 'disable' item 1 must be a non-empty string",
                             rule_error{ disable = t })
            assert.are.equal("bad argument #1 to 'new' ('file' must be a path string)",
                             error_of(smtpbounce.new, { files = t }))
            -- options that contain themselves: no rule in them, no loop
            local o = { builtin = false }
            o.rules = o
            assert.are.equal(0, #smtpbounce.new(o):rule_list())
        end)

        it("values of the wrong type are refused, naming the rule and the field", function ()
            local base = function (k, v)
                local r = { id = "x", reason = "blocked", any = "q" }
                r[k] = v
                return { rules = { r } }
            end
            local cases = {
                { "code", math.huge, "rule 'x': field 'code' item 1: bad reply code inf" },
                { "code", true, "rule 'x': field 'code' item 1: bad reply code true" },
                { "code", 550.5, "rule 'x': field 'code' item 1: bad reply code 550.5" },
                { "code", "55", "rule 'x': field 'code' item 1: bad reply code 55" },
                { "class", 1e300, "rule 'x': field 'class' item 1: bad class 1e+300 (0, 2, 3, 4 or 5)" },
                { "class", "5", "rule 'x': field 'class' item 1: bad class 5 (0, 2, 3, 4 or 5)" },
                { "retry_after", math.huge, "rule 'x': field 'retry_after' must be a whole number of seconds" },
                { "retry_after", 2 ^ 63, "rule 'x': field 'retry_after' must be a whole number of seconds" },
                { "give_up_after", 0.5, "rule 'x': field 'give_up_after' must be a whole number of seconds" },
                { "give_up_after", {}, "rule 'x': field 'give_up_after' must be a whole number of seconds" },
                { "reason", print, "rule 'x': field 'reason': unknown reason '" .. tostring(print) .. "' (one of: " },
                { "action", 5, "rule 'x': field 'action': unknown action '5' (one of: " },
                { "note", {}, "rule 'x': field 'note' must be a string" },
                { "pattern", true, "rule 'x': field 'pattern' must be an LPeg pattern or a re string" },
                { "any", { "a", "b", x = 1 }, "rule 'x': field 'any' must be a string or a list of strings" },
                { "any", { [2] = "b" }, "rule 'x': field 'any' must be a string or a list of strings" },
                { "provider", 5, "rule 'x': field 'provider' item 1 must be a non-empty string" },
                { 1, "positional", "rule 'x': unknown field '1'" },
            }
            for _, c in ipairs(cases) do
                local msg = rule_error(base(c[1], c[2]))
                assert.are.equal(c[3], msg:sub(1, #c[3]), tostring(c[1]))
            end
            assert.are.equal("rules: item 1 is a boolean, not a rule table", rule_error{ rules = { true } })
            assert.are.equal("field 'providers' must be a table, got function", rule_error{ providers = print })
            assert.are.equal("rule 'policy #1': field 'retry_after' must be a whole number of seconds",
                             rule_error{ policy = { { reason = "blocked", retry_after = 2 ^ 60 } } })
        end)

        it("a rule table whose fields raise passes the error on", function ()
            local r = setmetatable({}, { __index = function () error("boom", 0) end })
            assert.are.equal("boom", error_of(smtpbounce.new, { rules = { r } }))
        end)

        it("huge strings are data: a 1 MB id, phrase, tag and reply", function ()
            local big = rep("ab", 512 * 1024)
            local c = smtpbounce.new{ builtin = false, rules = {
                { id = rep("i", 1024 * 1024), reason = "blocked", any = big, tags = { big } },
            } }
            local r = c:classify("554 x " .. big .. " y")
            assert.are.equal(rep("i", 1024 * 1024), r.rule)
            assert.are.equal(big, r.tags[1])
            assert.are.equal("blocked", r.reason)
            assert.are.equal("none", c:classify("554 x " .. big:sub(2) .. " y").rule)
            local e = rule_error{ rules = { { id = "x", reason = rep("z", 1024 * 1024) } } }
            assert.are.equal("rule 'x': field 'reason': unknown reason 'zzz", e:sub(1, 45))
        end)

        it("a rule with 100,000 phrases compiles in linear time and decides #big", function ()
            local function phrases (n)
                local t = {}
                for i = 1, n do t[i] = "phrase " .. i end
                return t
            end
            local function build (list)
                return smtpbounce.new{ builtin = false,
                                       rules = { { id = "big", reason = "blocked", any = list } } }
            end
            local c = build(phrases(100000))
            assert.are.equal("big", c:classify("550 x phrase 99999 y").rule)
            assert.are.equal("big", c:classify("550 PHRASE   100000").rule)
            assert.are.equal("none", c:classify("550 phrase x 1").rule)
            local e = c:explain("550 phrase 5 and phrase 9")
            assert.are.equal("big", e.why.rule)
            assert.are.equal(2, #e.why.matched)
            -- compiling also grows Lua tables and collects garbage: 30x
            linear("new() with n phrases", phrases, 10000, build, 30)
        end)
    end)


    describe("the description core.compile reads", function ()
        -- smtpbounce.compile makes it; a caller bypassing the facade gets
        -- an error naming the bad value, never a crash
        local function compile_error (desc)
            return error_of(core.compile, desc)
        end

        it("refuses values of the wrong type", function ()
            local e = error_of(core.compile)
            -- (Lua 5.1 and LuaJIT name the function '?')
            assert.is_truthy(e:find("^bad argument #1 to '[%w.]*compile' %(table expected, got no value%)$")
                             or e:find("^bad argument #1 to '%?' %(table expected, got no value%)$"), e)
            assert.are.equal("ruleset description: hosts[1] must be a table",
                             compile_error{ nproviders = 1, hosts = { 5 } })
            assert.are.equal("ruleset description: domains[1] must hold a string",
                             compile_error{ nproviders = 1, domains = { { 5, 1 } } })
            assert.are.equal("ruleset description: 'rules' must be a table",
                             compile_error{ rules = "x" })
            assert.are.equal("ruleset description: rules[1]", compile_error{ rules = { 5 } })
            assert.are.equal("ruleset description: phrases[1] must be a non-empty string",
                             compile_error{ phrases = { 5 } })
            assert.are.equal("ruleset description: rules[1].clauses[1]",
                             compile_error{ phrases = { "a" }, rules = { { clauses = { 5 } } } })
            assert.are.equal("ruleset description: clause[2] must be a number",
                             compile_error{ phrases = { "a" }, rules = { { clauses = { { 0, "a" } } } } })
        end)

        it("refuses numbers out of range, NaN and infinities included", function ()
            for _, v in ipairs{ 0 / 0, math.huge, -math.huge, 1e300, -1, 1000, 2 ^ 63 } do
                assert.are.equal("ruleset description: codes[1] out of range",
                                 compile_error{ rules = { { codes = { v, 550 } } } })
                assert.are.equal("ruleset description: clause[1] out of range",
                                 compile_error{ phrases = { "a" }, rules = { { clauses = { { v, 1 } } } } })
            end
            assert.are.equal("ruleset description: clause[2] out of range",
                             compile_error{ phrases = { "a" }, rules = { { clauses = { { 0, 2 } } } } })
            assert.are.equal("ruleset description: provs[1] out of range",
                             compile_error{ nproviders = 1, rules = { { provs = { 2 } } } })
            assert.are.equal("ruleset description: empty or duplicate phrase, or an index out of range",
                             compile_error{ phrases = { "a", "A" } })
        end)

        it("refuses a description that changes while it is read", function ()
            -- __index answers differently each time: the counts made first
            -- must bound what is written (this overflowed the arena)
            local n = 0
            local rule = setmetatable({}, { __index = function (_, k)
                if k ~= "clauses" then return nil end
                n = n + 1
                if n < 3 then return {} end
                local cl = {}
                for i = 1, 50 do cl[i] = { 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 } end
                return cl
            end })
            assert.are.equal("ruleset description: clauses changed while being read",
                             compile_error{ phrases = { "a" }, rules = { rule } })
            for _, field in ipairs{ "codes", "statuses", "provs" } do
                local m = 0
                local r = setmetatable({}, { __index = function (_, k)
                    if k ~= field then return nil end
                    m = m + 1
                    if m < 2 then return {} end
                    return { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }
                end })
                assert.are.equal("ruleset description: " .. field .. " changed while being read",
                                 compile_error{ nproviders = 1, rules = { r } })
            end
            local k = 0
            local def = setmetatable({ phrases = { "a" } }, { __index = function (_, key)
                if key ~= "rules" then return nil end
                k = k + 1
                return k <= 2 and { {} } or { 5 }
            end })
            assert.are.equal("ruleset description: rules[1] must be a table", compile_error(def))
        end)
    end)


    describe("bin/smtpbounce", function ()
        local cli = helper.cli

        it("gives one line per input line whatever the bytes, --json valid UTF-8", function ()
            local lines = { "550 5.1.1 user\0unknown", "", "\192\175\255\254 x", ALL:gsub("[\r\n]", ""),
                            "&" .. rep("amp;", 1000), "000", rep("x", 100000) }
            local status, out, err = cli({ "classify", "--json" }, concat(lines, "\n") .. "\n")
            assert.are.equal(0, status)
            assert.are.equal("", err)
            local got = helper.lines(out)
            assert.are.equal(#lines, #got)
            for _, l in ipairs(got) do
                assert.is_true(helper.valid_utf8(l), l:sub(1, 40))
                assert.is_truthy(l:find('^{"'))
            end
            assert.is_truthy(got[1]:find('"reason":"userunknown"', 1, true))
        end)

        it("takes empty, huge and binary arguments", function ()
            local status, out = cli({ "classify", "--", "", "\255\1x", rep("y", 100000) })
            assert.are.equal(0, status)
            assert.are.equal(3, #helper.lines(out))
            status, out = cli({ "classify", "--mx", rep("a.", 50000), "550 x" })
            assert.are.equal(0, status)
            assert.are.equal(1, #helper.lines(out))
            status, out = cli({ "explain", "--json", "\192\175 550" })
            assert.are.equal(0, status)
            assert.is_true(helper.valid_utf8(out))
        end)

        it("exits 2 for empty or missing option values and 1 for unreadable rule files", function ()
            local status, out, err = cli({ "classify", "--phase", "" })
            assert.are.equal(2, status)
            assert.are.equal("", out)
            assert.is_truthy(err:find("unknown phase ''", 1, true))
            status, out, err = cli({ "classify", "--mx" })
            assert.are.equal(2, status)
            assert.are.equal("", out)
            assert.is_truthy(err:find("^smtpbounce: "))
            status, out, err = cli({ "classify", "--rules", "/" }, "550 x\n")
            assert.are.equal(1, status)
            assert.are.equal("", out)
            assert.is_truthy(err:find("^smtpbounce: "))
            local bin = helper.temp_file(ALL)
            status, out, err = cli({ "classify", "--rules", bin }, "550 x\n")
            os.remove(bin)
            assert.are.equal(1, status)
            assert.are.equal("", out)
            assert.is_truthy(err:find("^smtpbounce: "))
        end)
    end)
end)
