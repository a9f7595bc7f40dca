-- smtpbounce mail: bounce mails from files, mbox files, Maildir folders,
-- directories, standard input and gzip'd files, through the bounce-mail
-- reader.  The mails are spec/fixtures/mail's (their sources in its
-- labels.lua); mboxes and Maildirs are made of them here.

local helper = require "spec.helper"
local json = require "smtpbounce.json"

local cli = helper.cli
local FIX = "spec/fixtures/mail/"

local function objects (stdout)
    local list = {}
    for _, l in ipairs(helper.lines(stdout)) do list[#list + 1] = assert(json.decode(l), l) end
    return list
end

local function tmpdir ()
    local d = os.tmpname()
    os.remove(d)
    assert(os.execute("mkdir -p " .. helper.shell_quote(d)))
    return d
end

local function rmdir (d)
    os.execute("rm -rf " .. helper.shell_quote(d))
end

-- an mboxrd of the files 'names' (under spec/fixtures/mail/, or a path
-- with a "/"): a separator line, the message with its "From " lines
-- quoted, an empty line
local function mboxrd (names)
    local parts = {}
    for _, name in ipairs(names) do
        local m = helper.read_file(name:find("/", 1, true) and name or FIX .. name)
        m = ("\n" .. m):gsub("\n(>*From )", "\n>%1"):sub(2)
        if m:sub(-1) ~= "\n" then m = m .. "\n" end
        parts[#parts + 1] = "From MAILER-DAEMON Tue Dec  2 10:15:02 2026\n" .. m .. "\n"
    end
    return table.concat(parts)
end

-- the objects with their source left out (to compare readings)
local function without_source (list)
    for _, o in ipairs(list) do o.source = nil end
    return list
end

describe("smtpbounce mail", function ()

    it("reads one message: one object per recipient, source the path as given", function ()
        local status, out, err = cli({ "mail", "--json", FIX .. "postfix-dsn.eml" })
        assert.are.equal(0, status)
        local o = objects(out)
        assert.are.equal(2, #o)
        assert.are.equal(FIX .. "postfix-dsn.eml", o[1].source)
        assert.are.equal("bob@example.net", o[1].recipient)
        assert.are.equal("failed", o[1].dsn_action)
        assert.are.equal("5.1.1", o[1].dsn)
        assert.are.equal("rfc3464", o[1].format)
        assert.are.equal("userunknown", o[1].reason)
        assert.are.equal("suppress", o[1].action)
        assert.are.equal("carol@example.net", o[2].recipient)
        assert.are.equal("delayed", o[2].dsn_action)
        assert.are.equal("4.2.2", o[2].dsn)
        assert.are.equal("deferred", o[2].outcome)
        assert.are.equal("smtpbounce mail: 1 inputs, 1 messages, 2 recipient records, "
                         .. "0 not bounces, 0 skipped, 0 unreadable\n", err)
        -- the members in order: source, the mail's, the result's
        local line = helper.lines(out)[1]
        assert.truthy(line:find('^{"source":"[^"]*","recipient":"bob@example.net",'
                                .. '"original_recipient":"bob@example.net","dsn_action":"failed"'))
        assert.truthy(line:find('"message_id":"[^"]*","code":550,"status":"5.1.1","outcome":"bounced"'))
    end)

    -- what `mail --json DIR` must give for DIR: each message of each of
    -- its files (mailbox.files, mailbox.messages) through the Lua API,
    -- as { source, recipient, dsn_action, status, reason, action, format },
    -- with the number of messages and of those that are no bounce
    local function api_records (dir)
        local smtpbounce = require "smtpbounce"
        local mailbox = require "smtpbounce.mailbox"
        local c = smtpbounce.new{}
        local want, messages, not_bounces = {}, 0, 0
        for _, path in ipairs(assert(mailbox.files(dir))) do
            local f = assert(io.open(path, "rb"))
            for n, msg in mailbox.messages(f) do
                messages = messages + 1
                local recs = c:mail(msg)
                if not recs then not_bounces = not_bounces + 1 end
                for _, r in ipairs(recs or {}) do
                    want[#want + 1] = { n > 0 and (path .. ":" .. n) or path, r.recipient,
                                        r.dsn_action, r.status, r.reason, r.action, r.format }
                end
            end
            f:close()
        end
        return want, messages, not_bounces
    end

    local function cli_records (out)
        local got = {}
        for i, o in ipairs(objects(out)) do
            got[i] = { o.source, o.recipient, o.dsn_action, o.status, o.reason, o.action, o.format }
        end
        return got
    end

    it("gives for a directory of real bounces what the Lua API gives for each file", function ()
        local dir = "accuracy/mail/dev"
        local want, messages, not_bounces = api_records(dir)
        local status, out, err = cli({ "mail", "--json", dir })
        assert.are.equal(0, status)
        local got = cli_records(out)
        assert.is_true(#want > 30)
        assert.are.same(want, got)
        assert.truthy(err:find(("%d messages, %d recipient records, %d not bounces"):format(
            messages, #want, not_bounces), 1, true))
    end)

    it("passes --header and --verp to the reader", function ()
        local _, out = cli({ "mail", "--json", "--header", "Subject", "--verp", "bounces+%l=%d@",
                             FIX .. "postfix-dsn.eml" })
        local o = objects(out)
        assert.are.same({ Subject = "December news" }, o[1].headers)
        assert.are.equal("alice@example.com", o[1].verp_recipient)
    end)

    it("splits an mbox (mboxrd quoting undone): PATH:N, the same records as each file", function ()
        -- (fbl-yahoo.eml has a body line "From Tim's Advisors ..." after an
        -- empty line: quoted in the mbox, given back unquoted)
        local yahoo = "accuracy/mail/dev/phpbounce/fbl-yahoo.eml"
        local names = { "postfix-dsn.eml", "notbounce.eml", "arf.eml", "wrong-outer-type.eml", yahoo }
        local box = helper.temp_file(mboxrd(names))
        assert.truthy(helper.read_file(box):find("\n\n>From Tim's Advisors", 1, true))
        local status, out, err = cli({ "mail", "--json", box })
        assert.are.equal(0, status)
        local o = objects(out)
        local sources = {}
        for i, x in ipairs(o) do sources[i] = x.source end
        assert.are.same({ box .. ":1", box .. ":1", box .. ":3", box .. ":4", box .. ":5" }, sources)
        local args = { "mail", "--json" }
        for _, n in ipairs(names) do args[#args + 1] = n:find("/", 1, true) and n or FIX .. n end
        local _, each = cli(args)
        assert.are.same(without_source(objects(each)), without_source(o))
        assert.truthy(err:find("5 messages, 5 recipient records, 1 not bounces", 1, true))
        os.remove(box)
    end)

    it("reads a Maildir's cur/ and new/, not tmp/ nor its own files", function ()
        local d = tmpdir()
        assert(os.execute("mkdir -p " .. helper.shell_quote(d) .. "/cur " .. helper.shell_quote(d)
                          .. "/new " .. helper.shell_quote(d) .. "/tmp"))
        helper.write_file(d .. "/cur/1764670502.M1P1.host:2,S", helper.read_file(FIX .. "arf.eml"))
        helper.write_file(d .. "/new/1764670503.M2P1.host", helper.read_file(FIX .. "postfix-dsn.eml"))
        helper.write_file(d .. "/tmp/1764670504.M3P1.host", helper.read_file(FIX .. "global-dsn.eml"))
        helper.write_file(d .. "/dovecot-uidlist", "3 V1764670502 N4\n")
        local status, out, err = cli({ "mail", "--json", d })
        assert.are.equal(0, status)
        local o = objects(out)
        assert.are.equal(3, #o)
        assert.are.equal(d .. "/cur/1764670502.M1P1.host:2,S", o[1].source)
        assert.are.equal("feedback", o[1].reason)
        assert.are.equal(d .. "/new/1764670503.M2P1.host", o[2].source)
        assert.are.equal("2 inputs, 2 messages", err:match("(%d+ inputs, %d+ messages)"))
        rmdir(d)
    end)

    it("reads a directory of hostile files as the Lua API does, one by one", function ()
        -- (the directory's small files go through one C loop: empty,
        -- NUL bytes, binary garbage, a long line with no end, a header
        -- block with no body, beside a real bounce)
        local d = tmpdir()
        helper.write_file(d .. "/a-empty", "")
        helper.write_file(d .. "/b-nul", string.rep("\0", 4096))
        local g = {}
        for i = 1, 65536 do g[i] = string.char((i * 7919 + 13) % 256) end
        helper.write_file(d .. "/c-garbage", table.concat(g))
        helper.write_file(d .. "/d-long", "Subject: x\n\n" .. string.rep("550 5.1.1 ", 20000))
        helper.write_file(d .. "/e-headers", "From: MAILER-DAEMON@x.example\nSubject: Undeliverable")
        helper.write_file(d .. "/f-real.eml", helper.read_file(FIX .. "postfix-dsn.eml"))
        local want, messages, not_bounces = api_records(d)
        local status, out, err = cli({ "mail", "--json", d })
        assert.are.equal(0, status)
        assert.is_true(#want >= 1)
        assert.are.same(want, cli_records(out))
        assert.truthy(err:find(("%d messages, %d recipient records, %d not bounces"):format(
            messages, #want, not_bounces), 1, true), err)
        rmdir(d)
    end)

    it("reads a directory recursively, in path order, gzip'd files too", function ()
        local d = tmpdir()
        assert(os.execute("mkdir -p " .. helper.shell_quote(d .. "/b/c")))
        helper.write_file(d .. "/b/c/z.eml", helper.read_file(FIX .. "arf.eml"))
        helper.write_file(d .. "/b/a.eml", helper.read_file(FIX .. "autoreply.eml"))
        helper.write_file(d .. "/a.eml", helper.read_file(FIX .. "global-dsn.eml"))
        helper.write_file(d .. "/b/y", helper.read_file(FIX .. "postfix-dsn.eml"))
        assert(os.execute("gzip " .. helper.shell_quote(d .. "/b/y")))
        local status, out = cli({ "mail", "--json", d })
        assert.are.equal(0, status)
        local sources = {}
        for _, x in ipairs(objects(out)) do sources[#sources + 1] = x.source:sub(#d + 2) end
        assert.are.same({ "a.eml", "b/a.eml", "b/c/z.eml", "b/y.gz", "b/y.gz" }, sources)
        rmdir(d)
    end)

    it("reads standard input: '-' or no PATH, one message or an mbox", function ()
        local status, out = cli({ "mail", "--json" }, helper.read_file(FIX .. "global-dsn.eml"))
        assert.are.equal(0, status)
        local o = objects(out)
        assert.are.equal(1, #o)
        assert.are.equal("-", o[1].source)
        assert.are.equal("jürgen@bücher.example", o[1].recipient)
        status, out = cli({ "mail", "--json", "-" }, mboxrd({ "arf.eml", "autoreply.eml" }))
        assert.are.equal(0, status)
        o = objects(out)
        assert.are.equal("-:1", o[1].source)
        assert.are.equal("feedback", o[1].reason)
        assert.are.equal("-:2", o[2].source)
        assert.are.equal("vacation", o[2].reason)
    end)

    it("counts messages that are no bounce, and names them with --verbose", function ()
        local status, out, err = cli({ "mail", "--json", FIX .. "notbounce.eml" })
        assert.are.equal(0, status)
        assert.are.equal("", out)
        assert.are.equal("smtpbounce mail: 1 inputs, 1 messages, 0 recipient records, "
                         .. "1 not bounces, 0 skipped, 0 unreadable\n", err)
        status, out, err = cli({ "mail", "--verbose", FIX .. "notbounce.eml" })
        assert.are.equal(0, status)
        assert.are.equal("", out)
        assert.truthy(err:find("^smtpbounce: " .. FIX:gsub("%p", "%%%0") .. "notbounce%.eml: not a bounce: "))
    end)

    it("reports inputs it cannot read, reads the others, and exits 1", function ()
        local status, out, err = cli({ "mail", "/nonexistent/x.eml", FIX .. "arf.eml",
                                       "/nonexistent/dir/" })
        assert.are.equal(1, status)
        assert.are.equal(1, #helper.lines(out))
        assert.truthy(out:find("^" .. FIX:gsub("%p", "%%%0") .. "arf%.eml arf delivered feedback suppress "
                               .. "user@example%.com "))
        assert.truthy(err:find("smtpbounce: /nonexistent/x.eml: No such file or directory\n", 1, true))
        assert.truthy(err:find("smtpbounce: /nonexistent/dir/: No such file or directory\n", 1, true))
        assert.truthy(err:find("3 inputs, 1 messages, 1 recipient records, 0 not bounces, "
                               .. "0 skipped, 2 unreadable", 1, true))
        -- a gzip'd file that is cut short (Lua 5.1 and LuaJIT do not
        -- report a pipe's exit status: there it reads as empty)
        local cut = os.tmpname() .. ".gz"
        helper.write_file(cut, "\31\139\8\0\0\0\0\0")
        status, out, err = cli({ "mail", cut })
        assert.are.equal("", out)
        if helper.lua ~= "lua5.1" and helper.lua ~= "luajit" then
            assert.are.equal(1, status)
            assert.truthy(err:find(cut .. ": could not be read (gzip -dc failed?)", 1, true))
        end
        os.remove(cut)
    end)

    it("refuses a --verp that is no Lua pattern", function ()
        local status, _, err = cli({ "mail", "--verp", "bounces+(", FIX .. "arf.eml" })
        assert.are.equal(2, status)
        assert.are.equal("smtpbounce: --verp: not a Lua pattern: unfinished capture\n"
                         .. "Try 'smtpbounce --help'.\n", err)
        -- the API reads the pattern the same way, not only as far as a
        -- match of "" gets (which stops at the first letter)
        assert.has_error(function () require("smtpbounce").mail("", { verp = "bounces+(" }) end,
                         "bad argument #2 to 'mail' (field 'verp' is no valid Lua pattern)")
    end)

    it("refuses a --verp (and a ctx.verp) with no capture or two: its whole match is no address", function ()
        local ONE = "--verp: a Lua pattern with one capture (the address), or a template "
                    .. "such as bounces+%l=%d@"
        for _, v in ipairs{ "^bounces%+.-@", "^(bounces)%+(.-)@" } do
            local status, out, err = cli({ "mail", "--verp", v, FIX .. "arf.eml" })
            assert.are.equal(2, status)
            assert.are.equal("", out)
            assert.are.equal("smtpbounce: " .. ONE .. "\nTry 'smtpbounce --help'.\n", err)
            assert.has_error(function () require("smtpbounce").mail("", { verp = v }) end,
                             "bad argument #2 to 'mail' (field 'verp' must be a Lua pattern with "
                             .. "one capture (the address), or a template such as bounces+%l=%d@)")
        end
        -- a capture inside a set or escaped is none; a template needs none
        for _, v in ipairs{ "^b[(]%(x(.-)@", "bounces+%l=%d@" } do
            assert.are.equal(0, (cli({ "mail", "--verp", v, FIX .. "arf.eml" })))
        end
    end)

    it("refuses a --header (and a ctx.headers name) that is no header name", function ()
        for _, name in ipairs{ "", "X Campaign", "Subject:" } do
            local status, out, err = cli({ "mail", "--header", name, FIX .. "arf.eml" })
            assert.are.same({ 2, "" }, { status, out })
            assert.are.equal("smtpbounce: --header: not a header name (no blank, no ':'): '" .. name
                             .. "'\nTry 'smtpbounce --help'.\n", err)
            assert.has_error(function () require("smtpbounce").mail("", { headers = { name } }) end,
                             "bad argument #2 to 'mail' (field 'headers': not a header name "
                             .. "(no blank, no ':'): '" .. name .. "')")
        end
    end)

    it("writes scan's summary and suppress list for the records", function ()
        local list = os.tmpname()
        local status, out = cli({ "mail", "--summary", "--suppress-out", list, FIX .. "postfix-dsn.eml",
                                  FIX .. "arf.eml", FIX .. "notbounce.eml" })
        assert.are.equal(0, status)
        assert.truthy(out:find("^Read 3 messages from 3 inputs: 3 recipient records, 1 not bounces, "
                               .. "0 skipped, 0 inputs unreadable\n"))
        assert.truthy(out:find("\nAddresses to suppress: 2\n", 1, true))
        assert.are.equal("bob@example.net\tuserunknown\ttext\nuser@example.com\tfeedback\ttext\n",
                         helper.read_file(list))
        os.remove(list)
        status, out = cli({ "mail", "--summary", "--json", FIX .. "arf.eml" })
        assert.are.equal(0, status)
        local o = objects(out)
        assert.are.equal(2, #o)
        local s = o[2].summary
        assert.are.equal(1, s.messages)
        assert.are.equal(1, s.records)
        assert.are.equal("user@example.com", s.suppress[1].address)
    end)
end)
