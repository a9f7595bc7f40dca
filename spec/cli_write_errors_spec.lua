-- The files the commands write besides standard output (--suppress-out,
-- --report, report -o): a write that fails (a full disk: /dev/full) is
-- named on standard error and the exit status is 1, never 0 with a list
-- or page that was not written.

local helper = require "spec.helper"

local cli = helper.cli
local FULL = "/dev/full"
local LOG, MAIL = "examples/postfix-maillog.log", "spec/fixtures/mail/postfix-dsn.eml"

local function full_device ()
    local f = io.open(FULL, "wb")
    if not f then return false end
    f:close()
    return true
end

describe("a file that cannot be written", function ()
    if not full_device() then
        pending("no " .. FULL .. " here")
        return
    end

    it("fails the command, naming the file", function ()
        local _, jsonl = cli({ "scan", "--json", LOG })
        local jf = helper.temp_file(jsonl)
        for _, args in ipairs{
            { "scan", "--json", "--suppress-out", FULL, LOG },
            { "scan", "--json", "--report", FULL, LOG },
            { "mail", "--json", "--suppress-out", FULL, MAIL },
            { "report", "-o", FULL, jf },
        } do
            local status, _, err = cli(args)
            local what = table.concat(args, " ")
            assert.are.equal(1, status, what)
            assert.truthy(err:find("smtpbounce: " .. FULL .. ": No space left on device\n", 1, true),
                          what .. ": " .. err)
        end
        os.remove(jf)
    end)

    it("standard output too: a command whose output was lost exits 1", function ()
        for _, args in ipairs{
            { "classify", "550 5.1.1 user unknown" },
            { "scan", "--json", LOG },
            { "mail", "--json", MAIL },
            { "explain", "550 x" },
        } do
            local cmd = table.concat({ helper.lua, "bin/smtpbounce" }, " ")
            for _, a in ipairs(args) do cmd = cmd .. " " .. helper.shell_quote(a) end
            local p = assert(io.popen(cmd .. " 2>&1 >" .. FULL .. "; echo \"rc=$?\"", "r"))
            local got = p:read("*a")
            p:close()
            assert.truthy(got:find("smtpbounce: standard output: could not be written\n", 1, true),
                          table.concat(args, " ") .. ": " .. got)
            assert.truthy(got:find("rc=1\n", 1, true), got)
        end
    end)
end)

describe("a --state file that cannot be written", function ()
    it("is named before the input is read, not after", function ()
        local dir = os.tmpname()   -- a file: no directory can be made under it
        for _, args in ipairs{
            { "scan", "--json", "--state", dir .. "/s", LOG },
            { "mail", "--json", "--state", dir .. "/s", MAIL },
        } do
            local status, out, err = cli(args)
            local what = table.concat(args, " ")
            assert.are.equal(1, status, what)
            assert.are.equal("", out, what)
            assert.are.equal("smtpbounce: " .. dir .. "/s: cannot be written: " .. dir
                             .. "/s.tmp: Not a directory\n", err, what)
        end
        os.remove(dir)
    end)

    it("leaves nothing behind on a first run that can write it", function ()
        local path = os.tmpname()
        os.remove(path)
        local status = cli({ "scan", "--json", "--state", path, LOG })
        assert.are.equal(0, status)
        assert.is_not_nil(io.open(path, "rb"), "the state was written")
        assert.is_nil(io.open(path .. ".tmp", "rb"), "no temporary file left")
        os.remove(path)
    end)
end)
