-- smtpbounce.log.exim: Exim's main log (deliveries "=>", failures "**",
-- deferrals "==", older and newer Exim, through syslog).  Lines are real
-- ones from public bug reports, mailing lists, books and documentation,
-- source beside each; "rejoined" means the source wrapped the line for
-- display and it is put back on one line here.

local helper = require "spec.helper"
local log = require "smtpbounce.log"

local exim = log.grammar("exim")

describe("smtpbounce.log.exim", function ()

    describe("parse()", function ()
        helper.log_cases(it, exim, {
            { source = "https://github.com/hestiacp/hestiacp/issues/3381 (Exim 4.9x: the host after the error)",
              line = "2023-03-24 10:02:24 1pfdJV-004eVE-9X == zeus@zeusteam.dev R=dnslookup T=remote_smtp defer (113): No route to host H=mail.zeusteam.dev [50.20.205.93]: mail.zeusteam.dev [50.20.205.93]",
              time = "2023-03-24T10:02:24", queue_id = "1pfdJV-004eVE-9X", recipient = "zeus@zeusteam.dev",
              domain = "zeusteam.dev", relay = "mail.zeusteam.dev", relay_ip = "50.20.205.93",
              mta_status = "deferred", reply = "",
              text = "No route to host H=mail.zeusteam.dev [50.20.205.93]: mail.zeusteam.dev [50.20.205.93]" },
            { source = "https://github.com/imthenachoman/How-To-Secure-A-Linux-Server/issues/107 (address redacted in the source)",
              line = [[2023-11-02 20:55:11 1qyjOm-0000Jc-1Z ** myemailhere R=smarthost T=remote_smtp_smarthost H=smtp.gmail.com [172.253.63.109] X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=yes DN="CN=smtp.gmail.com": SMTP error from remote mail server after pipelined end of data: 530-5.7.0 Authentication Required. Learn more at\n530 5.7.0  https://support.google.com/mail/?p=WantAuthError m13-20020a05620a220d00b0076ceb5eb309sm281788qkh.74 - gsmtp]],
              recipient = "myemailhere", relay = "smtp.gmail.com", relay_ip = "172.253.63.109", phase = "eod",
              mta_status = "bounced",
              reply = [[530-5.7.0 Authentication Required. Learn more at\n530 5.7.0  https://support.google.com/mail/?p=WantAuthError m13-20020a05620a220d00b0076ceb5eb309sm281788qkh.74 - gsmtp]],
              -- the classifier gets Exim's "\n" as line breaks
              classify = "530-5.7.0 Authentication Required. Learn more at\n530 5.7.0  https://support.google.com/mail/?p=WantAuthError m13-20020a05620a220d00b0076ceb5eb309sm281788qkh.74 - gsmtp" },
            { source = "https://github.com/imthenachoman/How-To-Secure-A-Linux-Server/issues/107", skip = true,
              line = "2023-11-02 20:55:00 1qyjOm-0000Jc-1Z <= debian@localhost U=debian P=local S=442" },
            { source = "https://github.com/imthenachoman/How-To-Secure-A-Linux-Server/issues/107", skip = true,
              line = "2023-11-02 20:55:10 1qyjOm-0000Jc-1Z H=smtp.gmail.com [2607:f8b0:4004:c08::6c] Network is unreachable" },
            -- "=>" with the C= confirmation; pid, sender and port fields (rejoined)
            { source = "https://github.com/mysociety/alaveteli/issues/624 (rejoined; ids anonymised in the source)",
              line = [[2015-10-30 19:24:16 [17817] 111111-222222-SM => person@example.com F=<request-300000-123456@example.com> P=<request-300000-123456@example.com> R=dnslookup T=remote_smtp S=2297 H=cluster2.gsi.messagelabs.com [62.208.159.157]:25 X=TLS1.2:DHE_RSA_AES_128_CBC_SHA1:128 CV=no DN="C=US,ST=California,L=Mountain View,O=Symantec Corporation,OU=Symantec.cloud,CN=mail221.messagelabs.com" C="250 ok 1446233056 qp 26062 server-4.tower-221.messagelabs.com!1446233056!7679409!1" QT=1s DT=0s]],
              time = "2015-10-30T19:24:16", queue_id = "111111-222222-SM", recipient = "person@example.com",
              relay = "cluster2.gsi.messagelabs.com", relay_ip = "62.208.159.157", phase = "eod",
              mta_status = "sent",
              reply = "250 ok 1446233056 qp 26062 server-4.tower-221.messagelabs.com!1446233056!7679409!1" },
            -- older Exim: "remote mailer", "host H [ip]: " before the reply (rejoined)
            { source = "Linux Network Administrator's Guide, 2nd ed., ch. 19 (http://allmacintosh.ii.net/pub/ldp/test/en/nag2/x16038.html), rejoined",
              line = "2000-01-30 14:48:28 12EvcH-0003rC-00 ** bill@lager.vbrew.com R=lookuphost T=smtp: SMTP error from remote mailer after RCPT TO:<bill@lager.vbrew.com>: host lager.vbrew.com [192.168.157.2]: 550 <bill@lager.vbrew.com>... User unknown",
              queue_id = "12EvcH-0003rC-00", relay = "lager.vbrew.com", relay_ip = "192.168.157.2",
              phase = "rcpt", mta_status = "bounced", reply = "550 <bill@lager.vbrew.com>... User unknown" },
            { source = "Linux Network Administrator's Guide, 2nd ed., ch. 19 (https://booksonline.com.ua/view.php?book=151194&page=144), rejoined",
              line = "2000-01-30 12:50:50 12E9Un-0004Wq-00 == jim@bitter.vbrew.com T=smtp defer (145): Connection timed out",
              mta_status = "deferred", reply = "", text = "Connection timed out" },
            -- a local delivery (no host): not SMTP
            { source = "Linux Network Administrator's Guide, 2nd ed., ch. 19 (http://allmacintosh.ii.net/pub/ldp/test/en/nag2/x16038.html)",
              skip = true,
              line = "2000-01-30 15:46:37 12EwYe-0004WO-00 => jill <jill@vbrew.com> D=localuser T=local_delivery" },
            -- Exim logging through syslog; 4.97+ message ids; milliseconds
            { source = "https://github.com/drlight17/mta-log-parser/issues/22",
              line = "Feb 14 18:12:33 192.168.55.51 exim[47012]: 2025-02-14 18:12:33.501 [47012] 1tixMn-00000000C5j-1wRa ** test@domain.ru F=<root@domain.ru> P=<root@domain.ru> R=dovecot_user T=dovecot_delivery: Child process of dovecot_delivery transport returned 127 (could mean unable to exec or command does not exist) from command: /usr/local/libexec/dovecot/deliver DT=0.004s",
              time = "2025-02-14T18:12:33.501", queue_id = "1tixMn-00000000C5j-1wRa", recipient = "test@domain.ru",
              mta_status = "bounced", reply = "" },
            -- the harness's Exim 4.96 (examples/exim-mainlog.log)
            { source = "examples/exim-mainlog.log (tools/mta-test.sh, Exim 4.96)",
              line = "2026-11-28 01:41:49 1xX7Rl-00083E-2e ** gmail-badsender@example.com R=sink T=sink_smtp H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after MAIL FROM:<harness+gmail-badsender@example.org> SIZE=1535: 553 5.1.7 The sender address <harness+gmail-badsender@example.org> is not a valid RFC 5321 address.",
              phase = "mail", relay = "127.0.0.1", relay_ip = "127.0.0.1",
              reply = "553 5.1.7 The sender address <harness+gmail-badsender@example.org> is not a valid RFC 5321 address." },
            { source = "examples/exim-mainlog.log (tools/mta-test.sh, Exim 4.96)",
              line = "2026-11-28 01:41:50 1xX7Rl-000844-3D == drop-at-data@drop-at-data.example.net R=sink1 T=sink1_smtp defer (-18) H=127.0.0.1 [127.0.0.1]: Remote host closed connection in response to DATA",
              phase = "data", mta_status = "deferred", reply = "",
              text = "Remote host closed connection in response to DATA" },
            { source = "examples/exim-mainlog.log (tools/mta-test.sh, Exim 4.96)",
              line = "2026-11-28 01:41:50 1xX7Rm-00084N-0B ** comcast-greeting@comcast-greeting.example.net R=sink3 T=sink3_smtp H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after initial connection: 554 resimta-po-09v.sys.comcast.net comcast 190.210.59.14 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000",
              phase = "connect", mta_status = "bounced" },
            -- retries over: expired; retry time not reached: deferred
            { source = "Exim's wording for the end of retries (https://github-wiki-see.page/m/Exim/exim/wiki/Q0615); line shape as Exim logs it",
              line = "2012-02-13 14:39:22 1RookS-000Pg8-VO ** fwxvparobkymnbyemevz@london.com: retry timeout exceeded",
              mta_status = "expired", recipient = "fwxvparobkymnbyemevz@london.com", reply = "",
              text = "retry timeout exceeded" },
            { source = "https://github.com/ix-ai/smtp/issues/8 (debug output there; as a main-log line)",
              line = "2021-11-26 10:00:00 1mqjmk-00004h-Q0 == mymail@mydomain.com R=smarthost T=remote_smtp_smarthost defer (-53): retry time not reached for any host for 'mydomain.com'",
              mta_status = "deferred", text = "retry time not reached for any host for 'mydomain.com'" },
            { source = "made up: a cut failure line", bad = true,
              line = "2024-01-15 10:23:46 1rPQxY-0001Ab-CD ** " },
        })
    end)
end)
