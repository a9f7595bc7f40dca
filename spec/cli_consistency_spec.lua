-- The command line agrees with itself: the same kind of error gets the
-- same exit status and the same form of message in every command
-- ("smtpbounce: WHAT: what is wrong"; usage errors exit 2 with a hint,
-- unreadable inputs and data 1), and odd invocations get an answer, never
-- a Lua traceback or a source location.

local helper = require "spec.helper"

local cli = helper.cli

local POSTFIX_LOG = "examples/postfix-maillog.log"
local JUNK = "junk\nmore junk\n"

describe("scan: a forced format and auto-detection agree", function ()

    it("junk exits 1 with --format as without it, each saying so on stderr", function ()
        local f = helper.temp_file(JUNK)
        local s1, out1, err1 = cli{ "scan", "--json", f }
        local s2, out2, err2 = cli{ "scan", "--json", "--format", "postfix", f }
        os.remove(f)
        assert.are.equal(1, s1)
        assert.are.equal(1, s2)
        assert.are.equal("", out1)
        assert.are.equal("", out2)
        assert.is_truthy(err1:find(f .. ": cannot tell the log format", 1, true), err1)
        assert.is_truthy(err2:find(f .. ": no line read as postfix", 1, true), err2)
    end)

    it("exits 1 when one input of several is junk, 0 when the format read some lines", function ()
        local f = helper.temp_file(JUNK)
        local status = cli{ "scan", "--json", "--format", "postfix", POSTFIX_LOG, f }
        assert.are.equal(1, status)
        status = cli{ "scan", "--json", POSTFIX_LOG, f }
        assert.are.equal(1, status)
        os.remove(f)
        local log = helper.read_file(POSTFIX_LOG) .. JUNK
        local out, err
        status, out, err = cli({ "scan", "--json", "--format", "postfix" }, log)
        assert.are.equal(0, status)
        assert.is_truthy(out:find('"format":"postfix"', 1, true))
        assert.is_nil(err:find("no line read", 1, true), err)
    end)

    it("an empty input is no error, with --format or without", function ()
        local f = helper.temp_file("")
        for _, args in ipairs{ { "scan", "--json", f }, { "scan", "--json", "--format", "exim", f } } do
            local status, out, err = cli(args)
            assert.are.equal(0, status)
            assert.are.equal("", out)
            assert.are.equal("smtpbounce scan: 0 lines, 0 delivery attempts, 0 skipped, "
                             .. "0 unreadable, 0 too long\n", err)
        end
        os.remove(f)
    end)
end)

describe("standard input a directory", function ()
    local cli_mod = require "smtpbounce.cli"

    -- main(argv) with a directory as standard input: status, stdout, stderr
    local function run (argv)
        local out, err = assert(io.tmpfile()), assert(io.tmpfile())
        local dir = assert(io.open("spec", "rb"))
        local status = cli_mod.main(argv, out, err, dir)
        dir:close()
        out:seek("set"); err:seek("set")
        local o, e = out:read("*a"), err:read("*a")
        out:close(); err:close()
        return status, o, e
    end

    it("scan, mail and report exit 1 saying so, as classify does", function ()
        local html = os.tmpname()
        for _, argv in ipairs{ { "classify" }, { "scan", "--json" }, { "scan", "--json", "-" },
                               { "mail", "--json" }, { "report", "-o", html } } do
            local status, out, err = run(argv)
            local what = table.concat(argv, " ")
            assert.are.equal(1, status, what)
            assert.are.equal("", out, what)
            assert.are.equal("smtpbounce: <stdin>: is a directory\n", err:match("^[^\n]*\n"), what)
            assert.is_nil(err:find("%.lua:%d"), err)
        end
        os.remove(html)
    end)
end)

describe("'-' given twice", function ()
    it("is a usage error in scan, mail and report (standard input reads once)", function ()
        for _, argv in ipairs{ { "scan", "--json", "-", "-" }, { "mail", "--json", "-", POSTFIX_LOG, "-" },
                               { "report", "-o", "/nonexistent/r.html", "-", "-" } } do
            local status, out, err = cli(argv, "")
            assert.are.equal(2, status, argv[1])
            assert.are.equal("", out, argv[1])
            assert.are.equal("smtpbounce: '-' (standard input) given more than once\n"
                             .. "Try 'smtpbounce --help'.\n", err, argv[1])
        end
    end)

    it("is a reply like any other for classify", function ()
        local status, out = cli({ "classify", "--", "-", "-" })
        assert.are.equal(0, status)
        assert.are.equal(2, #helper.lines(out))
    end)
end)

describe("a file that cannot be read is named alike in every command", function ()
    local MISSING, DIR = "/nonexistent/file", "spec"

    it("a rule file as a log, a mail or saved JSON lines: 'smtpbounce: PATH: why', exit 1", function ()
        local function first_line (argv)
            local status, out, err = cli(argv, "")
            assert.are.equal(1, status, table.concat(argv, " "))
            assert.are.equal("", out)
            return err:match("^[^\n]*")
        end
        for _, path in ipairs{ MISSING, DIR } do
            local want = first_line{ "scan", "--json", path }
            assert.are.equal(path == DIR and "smtpbounce: spec: is a directory"
                             or "smtpbounce: /nonexistent/file: No such file or directory", want)
            assert.are.equal(want, first_line{ "classify", "--rules", path, "550 x" })
            assert.are.equal(want, first_line{ "explain", "--rules", path, "550 x" })
            assert.are.equal(want, first_line{ "rules", "--check", path })
            assert.are.equal(want, first_line{ "scan", "--json", "--rules", path })
            assert.are.equal(want, first_line{ "mail", "--json", "--rules", path })
            local html = os.tmpname()
            assert.are.equal(want, first_line{ "report", "-o", html, path })
            os.remove(html)
        end
        for _, cmd in ipairs{ "scan", "mail" } do
            assert.are.equal("smtpbounce: /nonexistent/file: No such file or directory",
                             first_line{ cmd, "--json", MISSING })
            -- a directory as the state file (a missing one is a first run)
            assert.are.equal("smtpbounce: spec: is a directory",
                             first_line{ cmd, "--json", "--state", DIR, "-" })
        end
    end)
end)

describe("an empty file name", function ()
    it("is a usage error naming where it was given, never ': No such file'", function ()
        local cases = {
            { { "scan", "--json", "" }, "an empty file name among the inputs" },
            { { "mail", "--json", "--", "" }, "an empty file name among the inputs" },
            { { "report", "-o", "x.html", "" }, "an empty file name among the inputs" },
            { { "report", "-o", "" }, "option '-o': an empty file name" },
            { { "classify", "--rules=", "550 x" }, "option '--rules': an empty file name" },
            { { "scan", "--suppress-out", "" }, "option '--suppress-out': an empty file name" },
            { { "scan", "--report=" }, "option '--report': an empty file name" },
            { { "mail", "--state", "" }, "option '--state': an empty file name" },
            { { "rules", "--check", "" }, "an empty FILE argument" },
        }
        for _, c in ipairs(cases) do
            local status, out, err = cli(c[1], "")
            assert.are.equal(2, status, c[2])
            assert.are.equal("", out)
            assert.are.equal("smtpbounce: " .. c[2] .. "\nTry 'smtpbounce --help'.\n", err)
        end
    end)
end)

describe("an output that cannot be written", function ()
    it("fails report before any input is read, as it fails scan --report", function ()
        -- (the input does not exist: were it opened, that would be said too)
        for _, argv in ipairs{ { "report", "-o", "/nonexistent/r.html", "/nonexistent/in.jsonl" },
                               { "scan", "--report", "/nonexistent/r.html", "/nonexistent/in.jsonl" } } do
            local status, out, err = cli(argv, "")
            assert.are.equal(1, status, argv[1])
            assert.are.equal("", out)
            assert.are.equal("smtpbounce: /nonexistent/r.html: No such file or directory\n", err)
        end
    end)
end)

describe("scan's options that do not go together", function ()
    it("--fields with a --format other than jsonl is a usage error (it would be ignored)", function ()
        local status, out, err = cli({ "scan", "--json", "--format", "postfix", "--fields", "kumomta",
                                       POSTFIX_LOG })
        assert.are.equal(2, status)
        assert.are.equal("", out)
        assert.are.equal("smtpbounce: --fields goes with JSON lines, not with --format postfix\n"
                         .. "Try 'smtpbounce --help'.\n", err)
        -- with --format jsonl, or no --format (the files told apart), it is taken
        status = cli({ "scan", "--json", "--format", "jsonl", "--fields", "kumomta" }, "")
        assert.are.equal(0, status)
        status = cli{ "scan", "--json", "--fields", "kumomta", POSTFIX_LOG }
        assert.are.equal(0, status)
    end)
end)
