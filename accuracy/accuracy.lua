-- accuracy.lua [--list] [--group G] [FILE ...] -- classify every entry of
-- the development corpus (accuracy/corpus/*.lua) and print agreement
-- with its labels on outcome, reason, action and provider, overall and
-- per group, then every disagreement.  Run by `make accuracy`.
--
-- --split dev|test: one entry in five (chosen by a hash of its reply text,
-- so the choice is stable) is held out as "test"; rules are written
-- looking at "dev" disagreements only, and "test" shows how they carry
-- over to replies they were not written for.
local smtpbounce = require "smtpbounce"

local fmt = string.format
local list, only, files, split = true, nil, {}, "all"
local i = 1
while arg[i] do
    if arg[i] == "--quiet" then list = false
    elseif arg[i] == "--group" then only = arg[i + 1]; i = i + 1
    elseif arg[i] == "--split" then split = arg[i + 1]; i = i + 1
    else files[#files + 1] = arg[i] end
    i = i + 1
end
if #files == 0 then
    local p = io.popen("ls accuracy/corpus/*.lua")
    for f in p:lines() do files[#files + 1] = f end
    p:close()
end

local FIELDS = { "outcome", "reason", "action", "provider" }

local function part (reply)
    local h = 0
    for k = 1, #reply do h = (h * 31 + reply:byte(k)) % 1000003 end
    return h % 5 == 0 and "test" or "dev"
end
local total = { n = 0 }
local groups, order, misses = {}, {}, {}
for _, f in ipairs(FIELDS) do total[f] = 0 end

for _, file in ipairs(files) do
    local entries = dofile(file)
    for n, e in ipairs(entries) do
        local g = e.group or "?"
        if (not only or g == only) and (split == "all" or part(e.reply) == split) then
            if not groups[g] then
                groups[g] = { n = 0 }
                for _, f in ipairs(FIELDS) do groups[g][f] = 0 end
                order[#order + 1] = g
            end
            local r = smtpbounce.classify(e.reply, { mx = e.mx })
            local G = groups[g]
            G.n, total.n = G.n + 1, total.n + 1
            local bad = {}
            for _, f in ipairs(FIELDS) do
                local want, got = e[f], r[f]
                local ok = (want == got) or (f == "provider" and want == nil)
                if ok then
                    G[f], total[f] = G[f] + 1, total[f] + 1
                else
                    bad[#bad + 1] = fmt("%s %s->%s", f, tostring(want), tostring(got))
                end
            end
            if #bad > 0 then
                misses[#misses + 1] = fmt("%s:%d [%s] %s\n    %s\n    rule %s",
                    file:match("[^/]+$"), n, g, table.concat(bad, ", "),
                    e.reply:gsub("\n", "\\n"):sub(1, 200), r.rule)
            end
        end
    end
end

local function pct (a, n) return n > 0 and 100 * a / n or 0 end
table.sort(order)
print(fmt("%-12s %5s %8s %8s %8s %8s", "group", "n", "outcome", "reason", "action", "provider"))
for _, g in ipairs(order) do
    local G = groups[g]
    print(fmt("%-12s %5d %7.1f%% %7.1f%% %7.1f%% %7.1f%%", g, G.n, pct(G.outcome, G.n),
              pct(G.reason, G.n), pct(G.action, G.n), pct(G.provider, G.n)))
end
print(fmt("%-12s %5d %7.1f%% %7.1f%% %7.1f%% %7.1f%%", "ALL", total.n,
          pct(total.outcome, total.n), pct(total.reason, total.n),
          pct(total.action, total.n), pct(total.provider, total.n)))
if list and #misses > 0 then
    print(fmt("\n%d disagreements:", #misses))
    for _, m in ipairs(misses) do print(m) end
end
