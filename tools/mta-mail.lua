-- mta-mail.lua MTA SCAN-JSON MAIL-JSON -- the bounces a real MTA wrote,
-- read back with `smtpbounce mail`, against what `smtpbounce scan` read
-- from the same MTA's log (tools/test-mta.sh runs both).  For every
-- recipient the log says bounced (the harness's own addresses aside), the
-- mail must give a record for the same recipient with the same status
-- (the reply's enhanced status) and reason.  Prints each difference, then
-- "mail vs scan (MTA): N passed, N failed"; exits 1 on a failure.

local json = require "smtpbounce.json"

local mta, scan_path, mail_path = arg[1], arg[2], arg[3]
if not mail_path then
    io.stderr:write("usage: lua tools/mta-mail.lua MTA SCAN-JSON MAIL-JSON\n")
    os.exit(2)
end

local function records (path)
    local list = {}
    for line in assert(io.open(path, "rb")):lines() do
        local o = json.decode(line)
        if type(o) == "table" and o.summary == nil then list[#list + 1] = o end
    end
    return list
end

-- the mail records by recipient (lower case)
local by_rcpt = {}
for _, r in ipairs(records(mail_path)) do
    if r.recipient then
        local k = r.recipient:lower()
        by_rcpt[k] = by_rcpt[k] or {}
        table.insert(by_rcpt[k], r)
    end
end

local passed, failed = 0, 0
local seen = {}
for _, s in ipairs(records(scan_path)) do
    local rcpt = s.recipient and s.recipient:lower()
    if s.mta_status == "bounced" and rcpt and not rcpt:find("^harness%+") and not seen[rcpt] then
        seen[rcpt] = true
        local got = by_rcpt[rcpt]
        local m = got and got[1]
        local why
        if not m then
            why = "no bounce mail record"
        elseif m.status ~= s.status then
            why = ("status %s in the mail, %s in the log"):format(tostring(m.status),
                                                                  tostring(s.status))
        elseif m.reason ~= s.reason then
            why = ("reason %s in the mail (%s), %s in the log (%s)"):format(
                m.reason, tostring(m.reply), s.reason, tostring(s.reply))
        end
        if why then
            failed = failed + 1
            print(("%s: %s: %s"):format(mta, s.recipient, why))
        else
            passed = passed + 1
        end
    end
end
print(("mail vs scan (%s): %d passed, %d failed"):format(mta, passed, failed))
os.exit((failed == 0 and passed > 0) and 0 or 1)
