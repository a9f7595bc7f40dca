-- One result of each kind busted reports, for tools/count-check.sh (not a
-- spec of smtpbounce: `busted spec` never reads this directory).  TAP:
-- 1 passed, 4 failed (a failure, two errors in tests, an error around
-- them), 2 skipped (pending).

describe("count-check", function ()
    it("passes", function () assert.is_true(true) end)
    it("fails", function () assert.are.equal(1, 2) end)
    it("raises", function () error("boom") end)
    it("raises a table holding a function", function () error({ f = print }) end)
    pending("is pending")
    it("turns pending inside", function () pending("not yet") end)
end)

describe("count-check around the tests", function ()
    error("an error outside any test")
end)
