-- smtpbounce.scan.state, read back after a hand edit: a field of the
-- wrong type inside a file entry or a summary entry is left out with its
-- entry, as a wrong top-level member is (spec/scan_state_spec.lua); the
-- run goes on and never stops at a position in the source.

local helper = require "spec.helper"
local cjson = require "cjson"

local cli, read_file, write_file = helper.cli, helper.read_file, helper.write_file
local LOG = "examples/postfix-maillog.log"

-- the state of one scan of LOG (a fresh file), decoded
local function fresh_state (s)
    os.remove(s)
    local status = cli({ "scan", "--summary", "--state", s, LOG })
    assert.are.equal(0, status)
    return cjson.decode(read_file(s))
end

describe("scan --state, a state edited by hand", function ()
    local s
    before_each(function () s = os.tmpname() end)
    after_each(function () os.remove(s) end)

    it("leaves out a file entry or a throttle entry whose fields have the wrong type", function ()
        local edits = {
            function (v) v.files[1].format = "x" end,
            function (v) v.files[1].format = { 5 } end,
            function (v) v.files[1].format = cjson.null end,
            function (v) v.files[1].head_len = "x" end,
            function (v) v.files[1].head = 5 end,
            function (v) v.files[1].lines = "x" end,
            function (v) local _, t = next(v.summary.throttle); t.first = { 5 } end,
            function (v) local _, t = next(v.summary.throttle); t.last = cjson.null end,
        }
        for i, edit in ipairs(edits) do
            local v = fresh_state(s)
            edit(v)
            write_file(s, cjson.encode(v))
            local status, out, err = cli({ "scan", "--summary", "--report", s .. ".html",
                                           "--state", s, LOG })
            os.remove(s .. ".html")
            assert.are.same({ 0, "" }, { status, err }, "edit " .. i)
            assert.truthy(out:find("^Scanned 1 input"), "edit " .. i)
        end
    end)

    it("leaves out a tracker record, or a count, of the wrong type", function ()
        local function rec (v, ns) return v.tracker[ns][1][2] end
        local edits = {
            function (v) rec(v, "r").s = "x" end,
            function (v) rec(v, "r").e = cjson.null end,
            function (v) rec(v, "r").f = { 5 } end,
            function (v) rec(v, "t").e = "x" end,
            function (v) rec(v, "t").s = 5 end,
            function (v) local _, g = next(v.summary.groups); g.n = 1e300 end,
            function (v) local _, g = next(v.summary.groups); g.outcome.x = 0.5 end,
            function (v) local _, t = next(v.summary.throttle); t.n = -1 end,
            function (v) v.now = 0.5 end,
            function (v) v.totals.lines = 1e300 end,
        }
        for i, edit in ipairs(edits) do
            local v = fresh_state(s)
            assert.truthy(v.tracker.r[1] and v.tracker.t[1])
            edit(v)
            write_file(s, cjson.encode(v))
            local status, out, err = cli({ "scan", "--summary", "--json", "--report", s .. ".html",
                                           "--state", s, LOG })
            os.remove(s .. ".html")
            assert.are.same({ 0, "" }, { status, err }, "edit " .. i)
            assert.truthy(out:find('"summary"', 1, true), "edit " .. i)
        end
    end)

    it("names a version of another type by its JSON, not a Lua address", function ()
        write_file(s, '{"format":"smtpbounce-scan-state","version":[2]}')
        local status, _, err = cli({ "scan", "--state", s, LOG })
        assert.are.equal(1, status)
        assert.are.equal("smtpbounce: " .. s .. ": a scan state of version [2]; "
                         .. "this smtpbounce reads version 1\n", err)
    end)
end)
