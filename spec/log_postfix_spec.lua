-- smtpbounce.log.postfix: Postfix's delivery lines (smtp, lmtp, error
-- agents; qmgr's expiry), the usual layout read in C as the same line in
-- another layout is read in LPeg, and the 'removed' line that ends a
-- queue file.  Lines are real ones from public bug reports, mailing
-- lists, books and documentation, source beside each; "rejoined" means
-- the source wrapped the line for display and it is put back on one line
-- here.  Lines from this project's own MTA runs (tools/mta-test.sh) are
-- checked whole in spec/scan_spec.lua.

local helper = require "spec.helper"
local log = require "smtpbounce.log"

local postfix = log.grammar("postfix")
local linear, rep, fmt = helper.linear, string.rep, string.format
local prefilter_holds = helper.prefilter_holds
local Y = helper.THIS_YEAR

local postfix_cases = {
    -- connection failure: no reply, relay=none, host from the text
    { source = "https://github.com/docker-mailserver/docker-mailserver/issues/374",
      line = "Nov  3 18:06:25 mail postfix/smtp[1436]: 81571C2D: to=<root@mail.mydomain.com>, orig_to=<root>, relay=none, delay=50784, delays=50754/0.01/30/0, dsn=4.4.1, status=deferred (connect to mail.mydomain.com[123.456.789.123]:25: Connection timed out)",
      time = Y .. "-11-03T18:06:25", queue_id = "81571C2D", recipient = "root@mail.mydomain.com",
      domain = "mail.mydomain.com", relay = "mail.mydomain.com", relay_ip = "123.456.789.123",
      phase = "connect", mta_status = "deferred", dsn = "4.4.1", reply = "",
      text = "connect to mail.mydomain.com[123.456.789.123]:25: Connection timed out" },
    -- LMTP, "host ... said: ... (in reply to RCPT TO command)"
    { source = "https://github.com/Mailu/Mailu/issues/1614",
      line = "Sep 07 13:35:41 mail postfix/lmtp[26538]: 81EE0980F16: to=<doesnotexist@example.com>, relay=172.19.0.7[172.19.0.7]:2525, delay=0.72, delays=0.54/0.09/0.05/0.04, dsn=5.1.1, status=bounced (host 172.19.0.7[172.19.0.7] said: 550 5.1.1 <doesnotexist@example.com> User doesn't exist: doesnotexist@example.com (in reply to RCPT TO command))",
      time = Y .. "-09-07T13:35:41", queue_id = "81EE0980F16", recipient = "doesnotexist@example.com",
      domain = "example.com", relay = "172.19.0.7", relay_ip = "172.19.0.7", phase = "rcpt",
      mta_status = "bounced", dsn = "5.1.1",
      reply = "550 5.1.1 <doesnotexist@example.com> User doesn't exist: doesnotexist@example.com" },
    -- RFC 3339 stamps, a service named "relay", greeting timeout
    { source = "https://github.com/YoRyan/mailrise/issues/117",
      line = "2024-04-25T22:17:59.435045+02:00 MYDESKTOP postfix/relay/smtp[2819]: 2B756D6A: to=<root@MYDESKTOP.MYDOMAIN.TLD>, orig_to=<root>, relay=mailrise01.MYDOMAIN.TLD[192.168.8.16]:587, delay=3178, delays=2878/0.01/300/0, dsn=4.4.2, status=deferred (conversation with mailrise01.MYDOMAIN.TLD[192.168.8.16] timed out while receiving the initial server greeting)",
      time = "2024-04-25T22:17:59.435045+02:00", recipient = "root@MYDESKTOP.MYDOMAIN.TLD",
      domain = "mydesktop.mydomain.tld", relay = "mailrise01.MYDOMAIN.TLD", relay_ip = "192.168.8.16",
      phase = "connect", mta_status = "deferred", dsn = "4.4.2", reply = "" },
    -- the error agent, no relay at all
    { source = "https://github.com/YoRyan/mailrise/issues/117",
      line = "2024-04-25T22:16:21.690657+02:00 MYDESKTOP postfix/error[70720]: 5C9B81286: to=<all@local>, relay=none, delay=3507, delays=3507/0.04/0/0, dsn=4.3.0, status=deferred (mail transport unavailable)",
      recipient = "all@local", domain = "local", mta_status = "deferred", dsn = "4.3.0", reply = "",
      text = "mail transport unavailable", none = { "relay", "relay_ip", "phase" } },
    -- a 4xx greeting: "refused to talk to me"
    { source = "https://github.com/iredmail/iRedMail/issues/156",
      line = "Jan 23 13:43:49 Pixel-games postfix/smtp[46829]: 4JfcC62DS0z1c1C: to=<julien7562@free.fr>, relay=mx2.free.fr[212.27.42.58]:25, delay=275667, delays=275667/0.09/0.13/0, dsn=4.0.0, status=deferred (host mx2.free.fr[212.27.42.58] refused to talk to me: 421 Refused. Your reverse DNS entry does not resolve to an IP.)",
      queue_id = "4JfcC62DS0z1c1C", relay = "mx2.free.fr", relay_ip = "212.27.42.58", phase = "connect",
      mta_status = "deferred", reply = "421 Refused. Your reverse DNS entry does not resolve to an IP." },
    -- "delivery temporarily suspended: " is looked through
    { source = "https://github.com/chatmail/relay/pull/919",
      line = "Apr 30 18:24:37 delta postfix/error[30933]: D9386B16C: to=<vtw2m21on@staging1.pool.testrun.org>, relay=none, delay=38275, delays=38245/31/0/0, dsn=4.4.1, status=deferred (delivery temporarily suspended: connect to staging1.pool.testrun.org[46.225.132.204]:25: Connection timed out)",
      relay = "staging1.pool.testrun.org", relay_ip = "46.225.132.204", phase = "connect", reply = "",
      text = "connect to staging1.pool.testrun.org[46.225.132.204]:25: Connection timed out" },
    { source = "https://github.com/chatmail/relay/pull/919",
      line = "Apr 30 18:18:42 delta postfix/smtp[30857]: 255AFB1AA: to=<0n722gz3q@nine.testrun.org>, relay=none, delay=30, delays=0.01/0/30/0, dsn=4.4.1, status=deferred (connect to nine.testrun.org[2a01:4f9:fff1:59::1]:25: Network is unreachable)",
      relay = "nine.testrun.org", relay_ip = "2a01:4f9:fff1:59::1", phase = "connect" },
    -- lost connection after the message: phase eod
    { source = "https://github.com/hardware/mailserver/issues/195",
      line = "2017-11-22T07:48:36.287295+00:00 mail postfix/smtp[27541]: C948D1F7B3A: to=<zzzzzzzz@tiscali.it>, relay=etb-3.mail.tiscali.it[213.205.33.64]:25, delay=61555, delays=61426/0/79/50, dsn=4.4.2, status=deferred (lost connection with etb-3.mail.tiscali.it[213.205.33.64] while sending end of data -- message may be sent more than once)",
      time = "2017-11-22T07:48:36.287295+00:00", phase = "eod", mta_status = "deferred", reply = "" },
    { source = "https://github.com/docker-mailserver/docker-mailserver/issues/3094",
      line = "Feb 16 19:55:31 mail postfix/smtp[1469]: 421DDF840E6: to=<redacted@gmx.de>, relay=mx00.emig.gmx.net[212.227.15.9]:25, delay=14142, delays=13542/0.04/600/0, dsn=4.4.2, status=deferred (conversation with mx00.emig.gmx.net[212.227.15.9] timed out while receiving the initial server greeting)",
      domain = "gmx.de", relay = "mx00.emig.gmx.net", phase = "connect" },
    -- DNS failures (no host)
    { source = "https://github.com/mail-in-a-box/mailinabox/issues/1607",
      line = "Jul 10 07:05:24 mail postfix/smtp[22780]: 2241C417F7: to=<******@fontarboleas.es>, relay=none, delay=168374, delays=168364/0.04/10/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=fontarboleas.es type=MX: Host not found, try again)",
      domain = "fontarboleas.es", dsn = "4.4.3", mta_status = "deferred", reply = "",
      none = { "relay", "phase" } },
    -- the issue cut the timestamp: the body is found anyway
    { source = "https://github.com/mailcow/mailcow/issues/338",
      line = "mail postfix/smtp[3985]: F03D26703: to=<staff02@cent6.com>, relay=none, delay=16, delays=15/0.12/0.59/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=cent6.com type=AAAA: Host not found)",
      queue_id = "F03D26703", mta_status = "bounced", dsn = "5.4.4", none = { "time" } },
    -- sent; a grep prefix in front of the stamp (rejoined)
    { source = "https://github.com/ltb-project/self-service-password/issues/294",
      line = "/var/log/mail.info:May  1 22:47:57 sd-101135 postfix/smtp[12145]: 59027A0B50: to=<Luc.Lalonde@polymtl.ca>, relay=smtp.polymtl.ca[132.207.4.11]:25, delay=8, delays=0.02/0.01/6/2, dsn=2.0.0, status=sent (250 2.0.0 x41KlouD027974 Message accepted for delivery)",
      recipient = "Luc.Lalonde@polymtl.ca", domain = "polymtl.ca", relay = "smtp.polymtl.ca",
      phase = "eod", mta_status = "sent", dsn = "2.0.0",
      reply = "250 2.0.0 x41KlouD027974 Message accepted for delivery" },
    -- long queue ids; the local agent is no SMTP delivery
    { source = "https://github.com/mailwatch/MailWatch/issues/941",
      line = "Sep  1 09:34:42 mailscanner postfix/smtp[4431]: 3xkMFn2qvMz55kY: to=<quintin@dictation.snj.ca>, relay=mail.snj.ca[192.168.0.4]:25, delay=23, delays=18/0.01/0.35/5, dsn=5.7.1, status=bounced (host mail.snj.ca[192.168.0.4] said: 550 5.7.1 Unable to relay (in reply to RCPT TO command))",
      time = Y .. "-09-01T09:34:42", queue_id = "3xkMFn2qvMz55kY", reply = "550 5.7.1 Unable to relay",
      phase = "rcpt" },
    { source = "https://github.com/mailwatch/MailWatch/issues/941", skip = true,
      line = "Sep  1 09:34:52 mailscanner postfix/local[4443]: BDB76412A2FE: to=<root@mailscanner.snjlaw.local>, relay=local, delay=0.03, delays=0/0.03/0/0, dsn=2.0.0, status=sent (delivered to mailbox)" },
    -- end of DATA; a multi-line reply Postfix joined with spaces
    { source = "https://github.com/maxking/docker-mailman/issues/303 (accuracy/corpus/gmail.lua)",
      line = "Feb 11 07:41:39 listy postfix/smtp[3006]: 4424441E46: to=<RECP@gmail.com>, relay=gmail-smtp-in.l.google.com[66.102.1.27]:25, delay=0.58, delays=0.01/0.01/0.2/0.35, dsn=5.7.1, status=bounced (host gmail-smtp-in.l.google.com[66.102.1.27] said: 550-5.7.1 [104.248.27.183       1] Our system has detected an unusual rate of 550-5.7.1 unsolicited mail originating from your IP address. To protect our 550-5.7.1 users from spam, mail sent from your IP address has been blocked. (in reply to end of DATA command))",
      domain = "gmail.com", phase = "eod",
      reply = "550-5.7.1 [104.248.27.183       1] Our system has detected an unusual rate of 550-5.7.1 unsolicited mail originating from your IP address. To protect our 550-5.7.1 users from spam, mail sent from your IP address has been blocked." },
    { source = "https://github.com/Mailu/Mailu/issues/1458 (accuracy/corpus/yahoo_aol.lua)",
      line = "Apr 21 08:45:22 mail postfix/smtp[1283]: F024DAA029B: to=<jfm79@aol.com>, relay=mx-aol.mail.gm0.yahoodns.net[98.136.96.92]:25, delay=59235, delays=59232/0.06/2.3/0.13, dsn=4.7.0, status=deferred (host mx-aol.mail.gm0.yahoodns.net[98.136.96.92] said: 421 4.7.0 [TSS04] Messages from 78.225.183.108 temporarily deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html (in reply to MAIL FROM command))",
      phase = "mail", relay = "mx-aol.mail.gm0.yahoodns.net", mta_status = "deferred",
      reply = "421 4.7.0 [TSS04] Messages from 78.225.183.108 temporarily deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html" },
    { source = "https://pastebin.com/C488tYBW (accuracy/corpus/icloud.lua), stamp cut",
      line = "postfix/smtp[5374]: D6749620E2: to=<forwarded@me.com>, orig_to=<recipient@postfix>, relay=mx4.mail.icloud.com[17.178.97.73]:25, delay=3.1, delays=0.07/0.01/1.7/1.3, dsn=5.7.1, status=bounced (host mx4.mail.icloud.com[17.178.97.73] said: 550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137 (in reply to end of DATA command))",
      recipient = "forwarded@me.com", phase = "eod",
      reply = "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137" },
    -- a level token between stamp and program; SASL
    { source = "https://github.com/bokysan/docker-postfix/issues/187 (stamp cut)",
      line = "INFO    postfix/smtp[256]: 2C35B61E6B16: to=<abc@abc.cz>, relay=smtp.gmail.com[142.250.102.108]:587, delay=551, delays=551/0.13/0.23/0, dsn=4.7.0, status=deferred (SASL authentication failed; cannot authenticate to server smtp.gmail.com[142.250.102.108]: bad protocol / cancel)",
      relay = "smtp.gmail.com", phase = "helo", reply = "" },
    { source = "https://github.com/bokysan/docker-postfix/issues/101",
      line = "INFO    postfix/error[282]: 39B9612B: to=<test@example.com>, relay=none, delay=0.77, delays=0.11/0.65/0/0, dsn=4.3.0, status=deferred (unknown mail transport error)",
      mta_status = "deferred", text = "unknown mail transport error" },
    -- qmgr's expiry line names the sender only; the shape is the
    -- one logcheck's Postfix rules match
    { source = "logcheck-postfix rule ('postfix/n?qmgr[pid]: QID: from=<.*>, status=expired, returned to sender'), https://git.stderr.nl/gitweb?p=matthijs/servers/drsnuggles.git",
      line = "Dec 28 13:39:28 mx postfix/qmgr[22753]: C93CEB08A046: from=<ina@somedomain.com>, status=expired, returned to sender",
      queue_id = "C93CEB08A046", mta_status = "expired", reply = "",
      text = "status=expired, returned to sender", none = { "recipient" } },
    -- not delivery lines
    { source = "https://github.com/Mailu/Mailu/issues/1614", skip = true,
      line = "Sep 06 15:51:08 smtp postfix/smtp[8260]: 2755E408D6: host mx03.t-online.de[194.25.134.73] refused to talk to me: 554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)" },
    { source = "https://github.com/docker-mailserver/docker-mailserver/issues/374", skip = true,
      line = "Nov  3 18:05:55 mail postfix/qmgr[1434]: 81571C2D: from=<root@mail.mydomain.com>, size=642, nrcpt=1 (queue active)" },
    -- looks like one, cannot be read
    { source = "made up: a cut delivery line", bad = true,
      line = "Nov  3 18:06:25 mail postfix/smtp[1436]: 81571C2D: to=<root@mail.mydomain.com>, relay=none, delay=507" },
}

describe("smtpbounce.log.postfix", function ()

    describe("parse()", function ()
        helper.log_cases(it, postfix, postfix_cases)

        it("reads CRLF line ends and NUL bytes in the reply", function ()
            local rec = postfix.parse("Nov  3 18:06:25 mail postfix/smtp[1]: ABC: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.b.example[192.0.2.1] said: 550 5.1.1 no\0such user (in reply to RCPT TO command))")
            assert.are.equal("550 5.1.1 no\0such user", rec.reply)
            assert.are.equal("rcpt", rec.phase)
        end)

        it("reads the usual layout (in C) as it reads the same line in another (LPeg)", function ()
            local base = "postfix/smtp[1]: 3F2A1: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as X)"
            for _, stamp in ipairs{ "Nov 28 01:02:03 mx ", "2026-11-28T01:02:03Z mx " } do
                local fast = postfix.parse(stamp .. base)
                -- a field the usual layout does not have: the LPeg grammar reads it
                local slow = postfix.parse(stamp .. base:gsub(", dsn=", ", x=1, dsn="))
                assert.is_true(fast.plain)
                assert.is_nil(slow.plain)
                slow.plain = true
                assert.same(slow, fast)
                assert.are.equal("3F2A1", fast.queue_id)
                assert.are.equal("example.com", fast.domain)
                assert.are.equal("250 2.0.0 Ok: queued as X", fast.reply)
            end
        end)

        it("says when nothing in a line needs escaping in JSON", function ()
            local line = "Sep  1 09:34:42 m postfix/smtp[1]: A1: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as X)"
            assert.is_true(postfix.parse(line).plain)
            assert.is_nil(postfix.parse((line:gsub("Ok:", 'Ok "x":'))).plain)
            assert.is_nil(postfix.parse((line:gsub("Ok:", "Ok\195\169:"))).plain)
        end)

        -- fuzz-log/postfix-quadratic-progname (a find of csrc/fuzz/fuzz_log.c)
        it("costs linear time for a long program name", function ()
            local tail = "ix/smtp[1]: ABC: to=<a@b.example>, relay=none, dsn=4.4.1, status=deferred (x)"
            -- (a new name each call: known names are kept)
            local k = 0
            linear("postfpostf...postfix/smtp", function (n) return rep("postf", n) .. tail end, 400,
                   function (s)
                       k = k + 1
                       return postfix.parse("Nov 28 01:41:35 mail " .. k .. s)
                   end)
            -- the agent is the name after the last "/"
            for prog, smtp in pairs{ ["postfix/smtp"] = true, ["postfix/local"] = false,
                                     ["postfix-out/relay/smtp"] = true, ["postfix/a/pipe"] = false,
                                     ["postfix/"] = true } do
                local rec = postfix.parse("Nov 28 01:41:35 mail " .. prog .. "[1]: ABC: to=<a@b.example>, "
                                          .. "relay=none, dsn=4.4.1, status=deferred (x)")
                assert.are.equal(smtp, rec ~= nil, prog)
            end
        end)

        it("keeps no more memory for a new program name on every line", function ()
            local function parse_many (from)
                for i = from, from + 4999 do
                    postfix.parse("Nov 28 01:02:03 mail postfix/smtp" .. i .. rep("x", 1000)
                                  .. "[1]: ABC: to=<a@b.example>, relay=none, dsn=4.4.1, status=deferred (x)")
                end
                collectgarbage()
                return collectgarbage("count")
            end
            local before = parse_many(1)
            local after = parse_many(5001)
            -- 5,000 names of 1 KB more: bounded tables keep about none of them
            assert.is_true(after - before < 1024, fmt("%.0f KB more", after - before))
        end)
    end)

    describe("prefilter", function ()
        it("has a prefilter every delivery line holds", function ()
            local lines = {}
            for _, c in ipairs(postfix_cases) do lines[#lines + 1] = c.line end
            for l in io.lines("examples/postfix-maillog.log") do lines[#lines + 1] = l end
            assert.is_true(prefilter_holds(postfix, lines) >= 40)
        end)
    end)

    describe("dequeued_id()", function ()
        it("names the queue id of a 'removed' line (qmgr, postsuper)", function ()
            assert.is_true(postfix.expiry_by_queue)
            assert.are.equal(": removed", postfix.dequeued)
            -- logcheck-postfix's rules match these shapes
            assert.are.equal("C93CEB08A046", postfix.dequeued_id(
                "Dec 28 13:39:28 mx postfix/qmgr[22753]: C93CEB08A046: removed"))
            assert.are.equal("4JfcC62DS0z1c1C", postfix.dequeued_id(
                "2024-04-25T22:17:59.435045+02:00 mx postfix/postsuper[99]: 4JfcC62DS0z1c1C: removed\r"))
            assert.is_nil(postfix.dequeued_id("Dec 28 13:39:28 mx dovecot[1]: ABC: removed"))
            assert.is_nil(postfix.dequeued_id("Dec 28 13:39:28 mx postfix/qmgr[1]: ABC: removed twice"))
        end)
    end)
end)
