-- suggest_examples.lua [RULE-ID-PREFIX] -- for each rule with no example
-- (or whose examples fail), list development-corpus replies that the rule
-- decides and whose labelled reason agrees with it: candidates for the
-- rule's `examples`.  A maintenance aid; `make lint` checks the result.
local smtpbounce = require "smtpbounce"
local prefix = arg[1] or ""

local function part (reply)  -- the same split as accuracy/accuracy.lua
    local h = 0
    for k = 1, #reply do h = (h * 31 + reply:byte(k)) % 1000003 end
    return h % 5 == 0 and "test" or "dev"
end

local c = smtpbounce.new()
local byrule = {}
local p = io.popen("ls accuracy/corpus/*.lua")
for file in p:lines() do
    for n, e in ipairs(dofile(file)) do
        if part(e.reply) == "dev" then
            local r = c:classify(e.reply, { mx = e.mx })
            if r.reason == e.reason and r.action == e.action then
                local list = byrule[r.rule] or {}
                byrule[r.rule] = list
                list[#list + 1] = { file = file:match("[^/]+$"), n = n, e = e }
            end
        end
    end
end
p:close()
for _, r in ipairs(c:rule_list()) do
    if r.id:sub(1, #prefix) == prefix and not r.examples then
        local list = byrule[r.id] or {}
        print(string.format("%s (%s): %d candidates", r.id, r.where, #list))
        for i = 1, math.min(3, #list) do
            local x = list[i]
            print(string.format("    %s:%d %q", x.file, x.n, x.e.reply))
        end
    end
end
