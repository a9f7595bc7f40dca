-- smtpbounce.log.common: what the log grammars share: dates and syslog
-- stamps (the year they lack), SMTP phases from the commands logs name,
-- and the search for a delivery line's body past what comes before it.

local helper = require "spec.helper"
local log = require "smtpbounce.log"
local common = require "smtpbounce.log.common"

local linear, rep = helper.linear, string.rep
local Y = helper.THIS_YEAR

describe("smtpbounce.log.common", function ()

    describe("epoch()", function ()
        it("reads ISO 8601 dates and times, with or without a zone", function ()
            assert.are.equal(0, common.epoch("1970-01-01T00:00:00Z"))
            assert.are.equal(1678069691, common.epoch("2023-03-06T02:28:11Z"))
            assert.are.equal(1678069691, common.epoch("2023-03-06T03:28:11+01:00"))
            assert.are.equal(1678069691, common.epoch("2023-03-06 03:28:11.250 +0100"))
            assert.are.equal(os.time{ year = 2026, month = 11, day = 28, hour = 0 },
                             common.epoch("2026-11-28"))
            assert.are.equal(os.time{ year = 2026, month = 11, day = 28, hour = 1, min = 2, sec = 3 },
                             common.epoch("2026-11-28T01:02:03"))
            for _, bad in ipairs{ "yesterday", "2026-13-01", "2026-11-28X", "2026-11-28T25:00:00", "",
                                  -- days the month has not (os.time would move them on)
                                  "2026-02-29", "2026-02-30T00:00:00Z", "2026-04-31", "2100-02-29" } do
                assert.is_nil(common.epoch(bad), bad)
            end
            assert.are.equal(951782400, common.epoch("2000-02-29T00:00:00Z"))
            assert.truthy(common.epoch("2028-02-29"))
        end)
    end)

    describe("phase_of()", function ()
        it("maps the commands logs name to SMTP phases", function ()
            local want = {
                ["RCPT TO"] = "rcpt", ["RCPT TO:<a@b>"] = "rcpt", ["pipelined RCPT TO:<a@b>"] = "rcpt",
                ["MAIL FROM"] = "mail", ["MAIL FROM:<> SIZE=1535"] = "mail", ["DATA"] = "data",
                ["end of DATA"] = "eod", ["pipelined end of data"] = "eod", ["."] = "eod",
                ["EHLO mx.example.com"] = "helo", ["STARTTLS"] = "helo", ["initial connection"] = "connect",
            }
            for cmd, phase in pairs(want) do assert.are.equal(phase, common.phase_of(cmd), cmd) end
            assert.is_nil(common.phase_of("QUIT"))
            assert.is_nil(common.phase_of(""))
        end)
    end)

    describe("set_year() and syslog_iso()", function ()
        it("give syslog stamps the year set with set_year()", function ()
            common.set_year(2019)
            assert.are.equal("2019-11-03T18:06:25", common.syslog_iso("Nov  3 18:06:25"))
            common.set_year()
            assert.are.equal(Y .. "-11-03T18:06:25", common.syslog_iso("Nov  3 18:06:25"))
        end)
    end)

    describe("search()", function ()
        -- fuzz-log/sendmail-quadratic-anywhere (a find of csrc/fuzz/fuzz_log.c)
        it("finds the body of lines of many 'QID: to=<' pieces in linear time (postfix, sendmail)", function ()
            local postfix = log.grammar("postfix")
            local sendmail = log.grammar("sendmail")
            linear("postfix: QID: to=<...", function (n) return rep("81571C2D: to=<ro", n) end, 400,
                   postfix.parse)
            linear("sendmail: QID: to=<...", function (n) return rep("81571C2D: to=<ro", n) .. " stat=x" end,
                   400, sendmail.parse)
            -- the body is still found after a few false starts, with or without a header
            local body = "4ABC123DEF: to=<a@b.example>, relay=none, dsn=4.4.1, status=deferred "
                         .. "(connect to x[192.0.2.1]:25: Connection timed out)"
            for _, pre in ipairs{ "", "garbage ", rep("X: to=y ", 10), "mail postfix/smtp[1]: " } do
                local rec = postfix.parse(pre .. body)
                assert.are.equal("table", type(rec), pre)
                assert.are.equal("4ABC123DEF", rec.queue_id)
                assert.are.equal("a@b.example", rec.recipient)
            end
            -- past common.SEARCH_TRIES false starts: unreadable (counted, reported)
            assert.are.equal(false, postfix.parse(rep("X: to=y ", common.SEARCH_TRIES) .. body))
            local rec = sendmail.parse("garbage 093DecOR009469: to=<a@b.example>, mailer=esmtp, "
                                       .. "dsn=5.1.1, stat=User unknown")
            assert.are.equal("093DecOR009469", rec.queue_id)
            assert.are.equal("a@b.example", rec.recipient)
        end)
    end)
end)
