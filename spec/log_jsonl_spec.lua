-- smtpbounce.log.jsonl: mail logs as JSON lines (KumoMTA's log records,
-- Postal's webhook payloads, any shape through FIELD=PATH pairs): the
-- decoder, the field mappings and presets, and the records read.
-- Records are the ones the products document, source beside each.

local helper = require "spec.helper"
local log = require "smtpbounce.log"
local common = require "smtpbounce.log.common"

local jsonl = log.grammar("jsonl")
local check = helper.log_check

-- KumoMTA's documented log record (comments dropped)
local KUMO = '{"type":"Delivery","id":"1d98076abbbc11ed940250ebf67f93bd","sender":"user@sender.example.com","recipient":"user@recipient.example.com","queue":"campaign:tenant@domain","site":"source2->(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com.","size":1047,"response":{"code":250,"enhanced_code":{"class":2,"subject":0,"detail":0},"content":"OK ids=8a5475ccbbc611eda12250ebf67f93bd","command":"."},"peer_address":{"name":"gmail-smtp-in.l.google.com.","addr":"142.251.2.27"},"timestamp":1678069691,"created":1678069691,"num_attempts":0,"bounce_classification":"Uncategorized","egress_pool":"pool0","egress_source":"source2","feedback_report":null,"meta":{},"headers":{},"delivery_protocol":"ESMTP","reception_protocol":"ESMTP","nodeid":"557f3ad4-2c8c-11ee-976e-782d7e12e173"}'
-- Postal's documented webhook payload, and the wrapped form
local POSTAL = '{"status":"Sent","details":"Message sent by SMTP to aspmx.l.google.com (2a00:1450:400c:c0b::1b) (from 2a00:67a0:a:15::2)","output":"250 2.0.0 OK 1477944899 ly2si31746747wjb.95 - gsmtp","time":0.22,"sent_with_ssl":true,"timestamp":1477945177.12994,"message":{"id":12345,"token":"abcdef123","direction":"outgoing","message_id":"5817a64332f44_4ec93ff59e79d154565eb@app34.mail","to":"test@example.com","from":"sales@awesomeapp.com","subject":"Welcome to AwesomeApp","timestamp":1477945177.12994,"spam_status":"NotSpam","tag":"welcome"}}'
local POSTAL_WRAPPED = '{"event":"MessageSent","timestamp":1740935264.79515,"payload":{"message":{"id":10,"token":"...","direction":"outgoing","message_id":"...","to":"...","from":"...","subject":"...","timestamp":1740935259.8611999,"spam_status":"NotChecked","tag":""},"status":"Sent","details":"...","output":"250 2.0.0 OK ...","sent_with_ssl":true,"timestamp":1740935264.785198,"time":0.5},"uuid":"62498fda-ffc5-42f9-b23e-cea5274c513a"}'

describe("smtpbounce.log.jsonl", function ()

    describe("decode()", function ()
        it("reads JSON values, escapes and surrogate pairs", function ()
            local v = jsonl.decode('{"a":[1,-2.5e1,true,false,null],"s":"q\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00","o":{}}')
            assert.are.same({ 1, -25, true, false, jsonl.null }, v.a)
            assert.are.equal('q"\\/\b\f\n\r\té😀', v.s)
            assert.are.same({}, v.o)
        end)
        it("turns lone surrogates into U+FFFD", function ()
            assert.are.equal("a\239\191\189b", jsonl.decode('"a\\ud800b"'))
        end)
        it("returns nil and a message for text that is not JSON, never raises", function ()
            for _, s in ipairs{ "", "{", '{"a":}', "[1,]", "nul", '{"a":1}x', "\0", ('['):rep(100000) } do
                local v, err = jsonl.decode(s)
                assert.is_nil(v, s:sub(1, 20))
                assert.are.equal("invalid JSON", err)
            end
        end)
    end)

    describe("mapping()", function ()
        it("takes presets, FIELD=PATH pairs and both", function ()
            assert.are.equal("kumomta", jsonl.mapping("kumomta").preset)
            local m = assert(jsonl.mapping("postal,relay=payload.host"))
            assert.are.equal("payload.host", m.names.relay)
            assert.are.equal("payload.output|output", m.names.reply)
            assert.is_truthy(jsonl.mapping("reply=response.content,recipient=rcpt"))
        end)
        it("names what is wrong", function ()
            local m, err = jsonl.mapping("reply=x,color=y")
            assert.is_nil(m)
            assert.are.equal("unknown field 'color' (time, queue_id, recipient, relay, relay_ip, "
                             .. "phase, mta_status, dsn, code, reply, text)", err)
            m, err = jsonl.mapping("mandrill")
            assert.is_nil(m)
            assert.are.equal("unknown preset 'mandrill' (kumomta, mailgun, postal, postmark, "
                             .. "sendgrid, ses, sparkpost; or FIELD=PATH pairs)", err)
            m, err = jsonl.mapping("recipient=rcpt")
            assert.is_nil(m)
            assert.are.equal("the fields need a reply (or text) path", err)
            m, err = jsonl.mapping("reply=")
            assert.is_nil(m)
            assert.are.equal("field 'reply' needs a path", err)
        end)
    end)

    describe("guess()", function ()
        it("guesses KumoMTA and Postal records", function ()
            assert.are.equal("kumomta", jsonl.guess(jsonl.decode(KUMO)))
            assert.are.equal("postal", jsonl.guess(jsonl.decode(POSTAL)))
            assert.are.equal("postal", jsonl.guess(jsonl.decode(POSTAL_WRAPPED)))
            assert.is_nil(jsonl.guess(jsonl.decode('{"msg":"hello"}')))
        end)
    end)

    describe("new()", function ()
        it("reads KumoMTA's log record (https://docs.kumomta.com/reference/log_record/)", function ()
            local g = jsonl.new(jsonl.mapping("kumomta"))
            check(g, { line = KUMO, time = "2023-03-06T02:28:11Z",
                       queue_id = "1d98076abbbc11ed940250ebf67f93bd",
                       recipient = "user@recipient.example.com", domain = "recipient.example.com",
                       relay = "gmail-smtp-in.l.google.com", relay_ip = "142.251.2.27", phase = "eod",
                       mta_status = "sent", dsn = "2.0.0",
                       reply = "250 2.0.0 OK ids=8a5475ccbbc611eda12250ebf67f93bd" })
            -- the same record as a transient failure, and record types
            -- that are no delivery attempt
            local tf = KUMO:gsub('"Delivery"', '"TransientFailure"'):gsub('"code":250', '"code":451')
                           :gsub('"class":2', '"class":4'):gsub('"command":"."', '"command":"RCPT TO"')
            check(g, { line = tf, mta_status = "deferred", phase = "rcpt", dsn = "4.0.0",
                       reply = "451 4.0.0 OK ids=8a5475ccbbc611eda12250ebf67f93bd" })
            check(g, { line = KUMO:gsub('"Delivery"', '"Reception"'), skip = true })
            -- KumoMTA's batched recipient lists
            local batch = KUMO:gsub('"recipient":"user@recipient.example.com"',
                                    '"recipient":["a@one.example","b@two.example"]')
            check(g, { line = batch, recipient = "a@one.example", more = { "b@two.example" } })
        end)

        it("reads Postal's webhook payload (https://docs.postalserver.io/developer/webhooks), bare and wrapped", function ()
            local g = jsonl.new(jsonl.mapping("postal"))
            check(g, { line = POSTAL, time = "2016-10-31T20:19:37Z", queue_id = "12345",
                       recipient = "test@example.com", domain = "example.com", mta_status = "sent",
                       relay = "aspmx.l.google.com", relay_ip = "2a00:1450:400c:c0b::1b",
                       reply = "250 2.0.0 OK 1477944899 ly2si31746747wjb.95 - gsmtp" })
            -- github.com/postalserver/docs/issues/81: what Postal really posts
            check(g, { line = POSTAL_WRAPPED, queue_id = "10", recipient = "...", mta_status = "sent",
                       reply = "250 2.0.0 OK ..." })
            check(g, { line = POSTAL:gsub('"Sent"', '"SoftFail"', 1), mta_status = "deferred" })
            check(g, { line = POSTAL:gsub('"Sent"', '"HardFail"', 1), mta_status = "bounced" })
            check(g, { line = POSTAL:gsub('"Sent"', '"Held"', 1), skip = true })
        end)

        it("reads any shape through FIELD=PATH pairs", function ()
            local g = jsonl.new(assert(jsonl.mapping(
                "reply=response.content,recipient=rcpt,mta_status=event,time=ts,relay=mx.0,phase=cmd")))
            check(g, { line = '{"ts":"2026-11-28T01:02:03Z","rcpt":"Bob@Example.COM","event":"bounce",'
                              .. '"mx":["mx1.example.com","mx2.example.com"],"cmd":"RCPT TO",'
                              .. '"response":{"content":"550 5.1.1 no such user"}}',
                       time = "2026-11-28T01:02:03Z", recipient = "Bob@Example.COM", domain = "example.com",
                       relay = "mx1.example.com", phase = "rcpt", mta_status = "bounced",
                       reply = "550 5.1.1 no such user" })
            check(g, { line = '{"rcpt":"a@b.c","event":"open","response":{"content":"x"}}', skip = true })
            check(g, { line = '{"other":1}', bad = true })
            check(g, { line = "not json", bad = true })
            check(g, { line = "   ", skip = true })
        end)

        -- fuzz-log/kumomta-huge-timestamp (a find of csrc/fuzz/fuzz_log.c)
        it("gives a numeric time no date can hold as nil, never an error", function ()
            local kumomta = jsonl.new(jsonl.mapping("kumomta"))
            for _, t in ipairs{ "1e300", "1e999", "-1e999", "-1e300", "253402300800", "-30610224001",
                                "99999999999999999999" } do
                local rec = kumomta.parse('{"type":"Bounce","recipient":"a@b.example","timestamp":'
                                          .. t .. ',"response":{"content":"550 no"}}')
                assert.are.equal("table", type(rec), t)
                assert.is_nil(rec.time, t)
                assert.are.equal("550 no", rec.reply)
            end
            assert.are.equal("9999-12-31T23:59:59Z", common.iso_utc(253402300799))
            assert.are.equal("1000-01-01T00:00:00Z", common.iso_utc(-30610224000))
            assert.is_nil(common.iso_utc(0 / 0))
        end)
    end)

    -- the event feeds of sending services: records copied from each
    -- provider's documentation (spec/fixtures/events/SOURCES names the
    -- page of every line)
    describe("sending services' presets", function ()
        local function lines_of (name)
            return helper.lines(helper.read_file("spec/fixtures/events/" .. name .. ".jsonl"))
        end
        -- a line's attempts: the record and the records in its 'more'
        local function attempts (g, line)
            local rec = g.parse(line)
            if not rec then return rec end
            local list = { rec }
            for _, x in ipairs(rec.more or {}) do list[#list + 1] = x end
            return list
        end
        local function check_attempt (rec, want, what)
            for k, v in pairs(want) do
                if v == "nil" then
                    assert.is_nil(rec[k], k .. " of " .. what)
                else
                    assert.are.equal(v, rec[k], k .. " of " .. what)
                end
            end
        end
        -- expected[i]: the attempts of line i ({} : none), or "skip"
        local function check_file (name, expected)
            local g = jsonl.new(assert(jsonl.mapping(name)))
            local lines = lines_of(name)
            assert.are.equal(#expected, #lines, "lines of " .. name)
            for i, line in ipairs(lines) do
                assert.are.equal(name, jsonl.guess(jsonl.decode(line)), name .. " line " .. i)
                local got = attempts(g, line)
                if expected[i] == "skip" then
                    assert.is_nil(got, name .. " line " .. i)
                else
                    assert.are.equal("table", type(got), name .. " line " .. i)
                    assert.are.equal(#expected[i], #got, "attempts of " .. name .. " line " .. i)
                    for k, want in ipairs(expected[i]) do
                        check_attempt(got[k], want, name .. " line " .. i .. " attempt " .. k)
                    end
                end
            end
        end

        it("ses: a bounce per bounced recipient, complaints, deliveries, delays, the SNS envelope", function ()
            local jane = { recipient = "jane@example.com", domain = "example.com",
                           mta_status = "bounced", dsn = "5.1.1", relay_ip = "127.0.2.0",
                           reply = "550 5.1.1 <jane@example.com>... User", text = "General",
                           time = "2016-01-27T14:59:38.237Z", class = "5.0.0",
                           queue_id = "00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa0680-000000" }
            check_file("ses", {
                { jane },
                { { recipient = "jane@example.com", mta_status = "bounced", dsn = "nil", reply = "",
                    text = "General", class = "5.0.0" },
                  { recipient = "richard@example.com", mta_status = "bounced", dsn = "nil", reply = "",
                    queue_id = "00000137860315fd-34208509-5b74-41f3-95c5-22c1edc3c924-000000" } },
                { { recipient = "richard@example.com", mta_status = "complained", text = "abuse",
                    reply = "" } },
                { { recipient = "jane@example.com", mta_status = "sent",
                    reply = "250 ok:  Message 64111812 accepted" } },
                { { recipient = "recipient@example.com", mta_status = "bounced", dsn = "5.1.1",
                    reply = "550 5.1.1 user unknown", time = "2017-08-05T00:41:02.669Z" } },
                { { recipient = "recipient@example.com", mta_status = "complained", text = "abuse" } },
                { { recipient = "recipient@example.com", mta_status = "deferred", dsn = "4.4.1",
                    reply = "421 4.4.1 Unable to connect to remote host",
                    text = "TransientCommunicationFailure", time = "2020-06-16T00:25:40.095Z" } },
                "skip",                                           -- an Open record
                { jane },
            })
        end)

        it("ses: a Transient bounce is classified in class 4, an Undetermined one in none", function ()
            local g = jsonl.new(jsonl.mapping("ses"))
            local line = lines_of("ses")[2]
            assert.are.equal("4.0.0", g.parse((line:gsub('"Permanent"', '"Transient"'))).class)
            assert.is_nil(g.parse((line:gsub('"Permanent"', '"Undetermined"'))).class)
        end)

        it("sendgrid: each webhook batch's bounce, delivered, deferred, dropped and spamreport", function ()
            local base = { recipient = "alex@example.com", time = "2017-12-15T00:59:29Z",
                           queue_id = "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0" }
            local function with (t)
                local r = {}
                for k, v in pairs(base) do r[k] = v end
                for k, v in pairs(t) do r[k] = v end
                return { r }
            end
            check_file("sendgrid", {
                with{ mta_status = "bounced", dsn = "5.0.0", reply = "500 unknown recipient" },
                with{ mta_status = "sent", reply = "250 OK", class = "2.0.0" },
                with{ mta_status = "deferred", reply = "400 try again later",
                      queue_id = " 14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0" },
                with{ mta_status = "bounced", dsn = "5.0.0", reply = "Bounced Address" },
                with{ mta_status = "complained", reply = "" },
                "skip",                                           -- an open
            })
        end)

        it("mailgun: events API pages and the webhook's event-data", function ()
            local perm = { recipient = "recipient@example.com", mta_status = "bounced",
                           reply = "550 Relay Not Permitted", text = "bounce",
                           time = "2013-08-22T19:06:29Z",
                           queue_id = "20130822185902.31528.73196@samples.mailgun.org" }
            check_file("mailgun", {
                { { recipient = "bar@example.com", mta_status = "deferred",
                    reply = "498 No MX for [example.com]", text = "generic", class = "4.0.0" } },
                { perm },
                { { recipient = "recipient@example.com", mta_status = "sent", reply = "",
                    class = "2.0.0" } },
                { { recipient = "foo@example.com", mta_status = "complained", reply = "" } },
                { perm },
            })
        end)

        it("mailgun: an enhanced code and a message that starts with it are not written twice", function ()
            local g = jsonl.new(jsonl.mapping("mailgun"))
            local rec = g.parse('{"event-data":{"event":"failed","severity":"permanent",'
                .. '"recipient":"a@example.com","delivery-status":{"code":550,"enhanced-code":"5.1.1",'
                .. '"message":"5.1.1 The email account that you tried to reach does not exist",'
                .. '"description":""}}}')
            assert.are.equal("550 5.1.1 The email account that you tried to reach does not exist",
                             rec.reply)
            assert.are.equal("5.1.1", rec.dsn)
            -- an empty message: the description (Mailgun's own words)
            rec = g.parse('{"event":"failed","severity":"permanent","recipient":"a@example.com",'
                .. '"log-level":"error","delivery-status":{"code":605,"message":"",'
                .. '"description":"Not delivering to previously bounced address"}}')
            assert.are.equal("605 Not delivering to previously bounced address", rec.reply)
        end)

        it("postmark: bounce and spam complaint webhooks", function ()
            check_file("postmark", {
                { { recipient = "john@example.com", mta_status = "bounced", reply = "Test bounce details",
                    text = "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
                    time = "2019-11-05T16:33:54.9070259Z", queue_id = "883953f4-6105-42a2-a16a-77a8eac79483" } },
                { { recipient = "john@example.com", mta_status = "complained",
                    text = "The subscriber explicitly marked this message as spam." } },
            })
            local g = jsonl.new(jsonl.mapping("postmark"))
            local rec = g.parse('{"RecordType":"Bounce","Type":"SoftBounce","MessageID":"x",'
                                .. '"Email":"a@example.com","Details":"smtp;452 4.2.2 mailbox full"}')
            assert.are.equal("452 4.2.2 mailbox full", rec.reply)
            assert.are.equal("deferred", rec.mta_status)
        end)

        it("sparkpost: a webhook batch and a message events page", function ()
            local bounce = { recipient = "recipient@example.com", mta_status = "bounced",
                             reply = "554 MAIL REFUSED - IP (17.99.99.99) is in black list",
                             time = "2016-04-18T14:25:07.000+00:00", queue_id = "000443ee14578172be22",
                             relay_ip = "127.0.0.1" }
            local complaint = { recipient = "recipient@example.com", mta_status = "complained",
                                text = "abuse", reply = "" }
            check_file("sparkpost", {
                { bounce, complaint },
                { bounce, { mta_status = "sent", reply = "" }, complaint, bounce,
                  { mta_status = "deferred", reply = "554 MAIL REFUSED - IP (17.99.99.99) is in black list" } },
            })
        end)

        it("are told from the lines by scan, and complaints are feedback to suppress", function ()
            local out = os.tmpname()
            local status, stdout = helper.cli({ "scan", "--json", "--suppress-out", out,
                                                "spec/fixtures/events/ses.jsonl",
                                                "spec/fixtures/events/sendgrid.jsonl" })
            assert.are.equal(0, status)
            local rows = {}
            for _, l in ipairs(helper.lines(stdout)) do rows[#rows + 1] = jsonl.decode(l) end
            assert.are.equal(9 + 5, #rows)
            local complaint = rows[4]
            assert.are.equal("richard@example.com", complaint.recipient)
            assert.are.equal("complained", complaint.mta_status)
            assert.are.equal("feedback", complaint.reason)
            assert.are.equal("suppress", complaint.action)
            assert.are.equal("recipient", complaint.scope)
            assert.are.equal("abuse", complaint.text)
            assert.are.equal("event.feedback", complaint.rule)
            -- a bounce without a DSN: SES's Permanent verdict gives its class
            assert.are.equal("bounced", rows[2].outcome)
            assert.are.equal("bounced", rows[1].outcome)
            assert.are.equal("userunknown", rows[1].reason)
            assert.are.equal("550 5.1.1 <jane@example.com>... User", rows[1].reply)
            local list = helper.read_file(out)
            os.remove(out)
            assert.truthy(list:find("richard@example.com\tfeedback\ttext\n"))
            assert.truthy(list:find("alex@example.com\tfeedback\ttext\n"))
        end)
    end)
end)
