-- bench/instructions.lua WHAT ROUNDS -- the work whose instructions
-- tools/instructions.sh counts under callgrind: WHAT is "classify" (the
-- Lua API's classify() over every fixture reply, ROUNDS times) or
-- "classify_into", "explain", "load" (the classifier built, nothing
-- classified).  The difference between 4 rounds and 1, over 3 x the
-- number of replies, is the cost of one call.
local smtpbounce = require "smtpbounce"

local what, rounds = arg[1] or "classify", tonumber(arg[2]) or 1
local replies = {}
for _, dir in ipairs{ "accuracy/corpus", "accuracy/holdout", "spec/fixtures/corpus",
                      "spec/fixtures/holdout" } do
    local p = io.popen("ls " .. dir .. "/*.lua 2>/dev/null")
    for f in p:lines() do
        -- (the hold-out as it was first measured: later batches are new_*)
        if not f:find("/new_[^/]*$") then
            for _, e in ipairs(dofile(f)) do replies[#replies + 1] = e.reply end
        end
    end
    p:close()
end
for _, e in ipairs(dofile("spec/fixtures/seed.lua")) do replies[#replies + 1] = e.reply end

local c = smtpbounce.new()
local ctx = { mx = "mx.example.net", domain = "example.net", phase = "rcpt" }
local t = {}
if what == "classify" then
    for _ = 1, rounds do
        for i = 1, #replies do c:classify(replies[i], ctx) end
    end
elseif what == "classify_into" then
    for _ = 1, rounds do
        for i = 1, #replies do c:classify_into(t, replies[i], ctx) end
    end
elseif what == "explain" then
    for _ = 1, rounds do
        for i = 1, #replies do c:explain(replies[i], ctx) end
    end
end
io.stderr:write(#replies, " replies\n")
