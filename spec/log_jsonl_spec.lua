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
            m, err = jsonl.mapping("sendgrid")
            assert.is_nil(m)
            assert.are.equal("unknown preset 'sendgrid' (kumomta, postal; or FIELD=PATH pairs)", err)
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
end)
