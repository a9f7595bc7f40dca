-- `smtpbounce classify --jsonl`: one JSON object in, one JSON object out,
-- per line, as a co-process (an MTA plugin) drives it.  Replies: Gmail's
-- and Yahoo's from tools/mta-script.tsv (sources noted there).

local helper = require "spec.helper"
local cjson = require "cjson"
local smtpbounce = require "smtpbounce"
local cli_mod = require "smtpbounce.cli"

local cli = helper.cli

local NOUSER = "550 5.1.1 The email account that you tried to reach does not exist."
local TSS04 = "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to "
    .. "unexpected volume or user complaints - 4.16.55.1; see "
    .. "https://postmaster.yahooinc.com/error-codes"

-- decode one output line; JSON nulls become nil
local function decode (line)
    local ok, obj = pcall(cjson.decode, line)
    assert.is_true(ok, "not JSON: " .. tostring(line))
    assert.are.equal("table", type(obj))
    for k, v in pairs(obj) do
        if v == cjson.null then obj[k] = nil end
    end
    return obj
end

-- run classify --jsonl (plus 'args') over 'lines'; returns the decoded
-- output lines, after checking the exit status and standard error
local function run (lines, args)
    local argv = { "classify", "--jsonl" }
    for _, a in ipairs(args or {}) do argv[#argv + 1] = a end
    local status, out, err = cli(argv, table.concat(lines, "\n") .. "\n")
    assert.are.equal(0, status)
    assert.are.equal("", err)
    local got = {}
    for _, l in ipairs(helper.lines(out)) do got[#got + 1] = decode(l) end
    return got
end

describe("classify --jsonl", function ()

    it("answers each object with the result classify gives, id and recipient echoed", function ()
        local got = run{
            cjson.encode{ reply = NOUSER, mx = "gmail-smtp-in.l.google.com", phase = "rcpt",
                          recipient = "bob@gmail.com", id = 1 },
            cjson.encode{ reply = TSS04, phase = "rcpt", id = "q-2" },
        }
        assert.are.equal(2, #got)
        local want1 = smtpbounce.classify(NOUSER, { mx = "gmail-smtp-in.l.google.com",
                                                    phase = "rcpt", domain = "gmail.com" })
        local want2 = smtpbounce.classify(TSS04, { phase = "rcpt" })
        assert.are.equal(1, got[1].id)
        assert.are.equal("bob@gmail.com", got[1].recipient)
        assert.are.equal("q-2", got[2].id)
        assert.is_nil(got[2].recipient)
        for i, want in ipairs{ want1, want2 } do
            for _, k in ipairs{ "code", "status", "outcome", "reason", "action", "scope",
                                "provider", "rule", "retry_after", "give_up_after" } do
                assert.are.equal(want[k], got[i][k], "line " .. i .. " field " .. k)
            end
        end
        assert.are.equal("suppress", got[1].action)
        assert.are.equal("gmail", got[1].provider)
        assert.are.equal("throttle", got[2].action)
        assert.are.equal("yahoo", got[2].provider)
        assert.is_true(got[2].retry_after > 0)
    end)

    it("puts id and recipient first, then the result object's members", function ()
        local status, out = cli({ "classify", "--jsonl" },
                                '{"id":"a","recipient":"x@example.com","reply":"250 2.0.0 OK"}\n')
        assert.are.equal(0, status)
        local _, json_out = cli({ "classify", "--json", "250 2.0.0 OK" })
        assert.are.equal('{"id":"a","recipient":"x@example.com",' .. json_out:sub(2), out)
    end)

    it("takes the domain from the recipient for provider detection", function ()
        local got = run{ cjson.encode{ reply = "550 5.1.1 user unknown",
                                       recipient = "<someone@yahoo.com>" } }
        assert.are.equal("yahoo", got[1].provider)
    end)

    it("uses the dsn field for a reply without a code", function ()
        local got = run{ cjson.encode{ reply = "connection timed out", dsn = "4.4.1" } }
        assert.are.equal("deferred", got[1].outcome)
    end)

    it("lets a line's field decide over the option, the option fill in the rest", function ()
        local got = run({ cjson.encode{ reply = "550 5.1.1 user unknown" },
                          cjson.encode{ reply = "550 5.1.1 user unknown", provider = "yahoo" } },
                        { "--provider", "gmail" })
        assert.are.equal("gmail", got[1].provider)
        assert.are.equal("yahoo", got[2].provider)
    end)

    describe("a line that cannot be read", function ()
        local CASES = {
            { "not json", "invalid JSON" },
            { "", "invalid JSON" },
            { "[1,2]", "not a JSON object" },
            { '"550 5.1.1 user unknown"', "not a JSON object" },
            { "{}", "reply: missing" },
            { '{"reply":550,"id":4}', "reply: not a string", 4 },
            { '{"reply":"550","phase":"quit","id":"p"}',
              "phase: unknown phase 'quit' (connect, helo, mail, rcpt, data, eod)", "p" },
            { '{"reply":"550","dsn":"5.x"}', "dsn: not a DSN status such as 5.1.1: '5.x'" },
            { '{"reply":"550","provider":"nosuch"}', "provider: unknown provider 'nosuch'" },
            { '{"reply":"550","mx":7}', "mx: not a string" },
            { '{"reply":"550","id":[1]}', "id: not a string or a number" },
            { '{"reply":"550","id":1e400}', "id: not a string or a number" },
        }
        for _, case in ipairs(CASES) do
            it("gives an error object on its own line and goes on: " .. case[1], function ()
                local lines = { '{"reply":"250 ok","id":"before"}', case[1],
                                '{"reply":"250 ok","id":"after"}' }
                local got = run(lines)
                assert.are.equal(3, #got)
                assert.are.equal("before", got[1].id)
                assert.are.same({ error = case[2], line = 2, id = case[3] }, got[2])
                assert.are.equal("after", got[3].id)
                assert.are.equal("delivered", got[3].outcome)
            end)
        end
    end)

    it("writes each answer before it reads the next line", function ()
        local written, lines = {}, {
            '{"reply":"250 ok","id":1}', "junk", '{"reply":"452 4.2.2 Over quota","id":3}' }
        local out = { write = function (_, ...)
            for _, s in ipairs{ ... } do written[#written + 1] = s end
        end }
        local i = 0
        local input = { lines = function ()
            return function ()
                -- every line read so far has been answered
                assert.are.equal(i, #table.concat(written):gsub("[^\n]", ""))
                i = i + 1
                return lines[i]
            end
        end }
        local err = { write = function (_, s) error("stderr: " .. s) end }
        assert.are.equal(0, cli_mod.main({ "classify", "--jsonl" }, out, err, input))
        assert.are.equal(3, i - 1)
    end)

    it("answers a co-process line by line (a reader waits for each answer)", function ()
        local script = os.tmpname()
        local f = assert(io.open(script, "w"))
        f:write(([[
coproc C { %s bin/smtpbounce classify --jsonl; }
for r in '{"reply":"250 ok","id":1}' 'junk' '{"reply":"550 5.1.1 no such user","id":3}'; do
  printf '%%s\n' "$r" >&"${C[1]}"
  IFS= read -r -t 60 line <&"${C[0]}" || { echo TIMEOUT; exit 1; }
  printf '%%s\n' "$line"
done
]]):format(helper.lua))
        f:close()
        -- the shell's own stderr apart (under the sanitizers LeakSanitizer
        -- reports bash's leaks there); it goes into the failure message
        local errfile = os.tmpname()
        local p = assert(io.popen("bash " .. script .. " 2>" .. errfile, "r"))
        local out = p:read("*a")
        p:close()
        local ef = assert(io.open(errfile))
        local errtext = ef:read("*a")
        ef:close()
        os.remove(script)
        os.remove(errfile)
        local got = helper.lines(out)
        assert.are.equal(3, #got, out .. errtext)
        assert.are.equal(1, decode(got[1]).id)
        assert.are.equal("invalid JSON", decode(got[2]).error)
        assert.are.equal("suppress", decode(got[3]).action)
    end)

    it("refuses REPLY arguments: a usage error naming both (exit 2)", function ()
        local status, out, err = cli({ "classify", "--jsonl", '{"reply":"550 5.1.1 x"}' },
                                     '{"reply":"250 ok"}\n')
        assert.are.equal(2, status)
        assert.are.equal("", out)
        assert.are.equal("smtpbounce: --jsonl and REPLY arguments do not go together "
                         .. "(--jsonl reads one JSON object per line of standard input)\n"
                         .. "Try 'smtpbounce --help'.\n", err)
        status, out = cli({ "classify", "--jsonl", "--", "550 5.1.1 x" })
        assert.are.equal(2, status)
        assert.are.equal("", out)
    end)

    it("takes --json beside it, which changes nothing", function ()
        local line = cjson.encode{ reply = NOUSER, id = 7 } .. "\n"
        local s1, plain = cli({ "classify", "--jsonl" }, line)
        local s2, with = cli({ "classify", "--jsonl", "--json" }, line)
        assert.are.equal(0, s1)
        assert.are.equal(0, s2)
        assert.are.equal(plain, with)
    end)

    it("is refused by the other commands", function ()
        local status, out, err = cli{ "explain", "--jsonl", "550" }
        assert.are.equal(2, status)
        assert.are.equal("", out)
        assert.is_truthy(err:find("explain does not take option '--jsonl' (classify does)",
                                  1, true))
    end)
end)
