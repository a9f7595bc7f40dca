-- Runnable: show each operator rule file in examples/rules/ at work.
--   lua5.4 examples/overrides.lua        (after `make`)
local root = (arg and arg[0] or ""):match("^(.*)/examples/[^/]*$") or "."
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
package.cpath = root .. "/build/lua5.4/?.so;" .. package.cpath
local smtpbounce = require "smtpbounce"

local cases = {
    { "yahoo-tss04-throttle.lua",
      "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1" },
    { "one-provider-rule.lua",
      "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. AS(7230)",
      { mx = "example-com.mail.protection.outlook.com" } },
    { "new-provider.lua", "452 4.2.2 box over limit (examplemail-smtpd)" },
    { "disable-rule.lua", "451 4.7.1 Greylisted, please try again in 300 seconds" },
}

local function show (label, r)
    print(string.format("  %-8s %-13s %-9s retry_after=%-6s give_up_after=%-7s provider=%-11s rule=%s",
        label, r.reason, r.action, tostring(r.retry_after), tostring(r.give_up_after),
        tostring(r.provider), r.rule))
end

for _, case in ipairs(cases) do
    local file, reply, ctx = case[1], case[2], case[3]
    local custom = smtpbounce.new{ file = root .. "/examples/rules/" .. file }
    print(file .. ":  " .. reply)
    show("built-in", smtpbounce.classify(reply, ctx))
    show("with it", custom:classify(reply, ctx))
end
