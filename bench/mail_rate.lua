-- mail_rate.lua -- mails/s of smtpbounce.mail (read + classify every record)
-- over the mails named on the command line, each read REPEAT times:
--
--   make && LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="build/lua5.4/?.so;;" \
--     lua5.4 bench/mail_rate.lua $(find spec/fixtures/mail accuracy/mail/dev -name '*.eml')
local smtpbounce = require "smtpbounce"
local REPEAT = tonumber(os.getenv("REPEAT") or "") or 200
local mails = {}
for _, path in ipairs(arg) do
    local f = assert(io.open(path, "rb"))
    mails[#mails + 1] = f:read("*a")
    f:close()
end
local c = smtpbounce.new()
local recs = 0
for _, m in ipairs(mails) do c:mail(m) end  -- warm up (memoised effects)
local t0 = os.clock()
for _ = 1, REPEAT do
    for i = 1, #mails do
        local r = c:mail(mails[i])
        if r then recs = recs + #r end
    end
end
local t = os.clock() - t0
print(string.format("%s: %d mails x %d: %.0f mails/s, %.0f records/s",
                    _VERSION, #mails, REPEAT, #mails * REPEAT / t, recs / t))
