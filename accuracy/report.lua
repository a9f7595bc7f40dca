-- report.lua -- the classifier against the labelled
-- development corpus (accuracy/corpus) and the hold-out set
-- (accuracy/holdout), each on its own line: agreement on reason (strict
-- and by family), outcome and action, and two safety figures, each with
-- its 95% interval (Wilson):
--   false suppress   of the replies that blame something other than the
--                    address (families reputation, rate, content, auth,
--                    relay, system), the share that get action suppress
--   address caught   of the real address failures (family address), the
--                    share that get suppress; then the same over those
--                    labelled suppress only (a 4xx address failure is
--                    labelled retry: suppress would be wrong there)
-- Under the family figure, the replies by what decided them (basis:
-- a rule on the words, the enhanced status, the code alone, nothing) and
-- the family agreement of each: how much of a set the rules' words cover.
-- With --profile P, under policy profile P (default seed).  Under cautious
-- it also counts, over both sets, the suppress decisions whose basis is
-- code or none ("cautious: N suppress on basis code/none"): the profile
-- promises none, so N > 0 makes the exit status 1.
-- Run by `make accuracy` (seed, then cautious) before the per-group listing.

local smtpbounce = require "smtpbounce"
local pages = dofile("accuracy/pages.lua")

local fmt = string.format

-- reasons by family: what "reason by family" compares
local FAMILY = dofile("accuracy/family.lua")
local NOT_ADDRESS = { reputation = true, rate = true, content = true, auth = true,
                      relay = true, system = true }

local function files_of (dir)
    local p = io.popen("ls " .. dir .. "/*.lua 2>/dev/null")
    local t = {}
    for f in p:lines() do t[#t + 1] = f end
    p:close()
    table.sort(t)
    return t
end

-- share a/n with its 95% Wilson interval, as text
local share = dofile("accuracy/share.lua")

-- the pages the sources of every entry under 'dir' name
local function pages_of (dir)
    local set = {}
    for _, f in ipairs(files_of(dir)) do
        for _, e in ipairs(dofile(f)) do pages.add(e.source, set) end
    end
    return set
end

-- measure(c, dir [, shared]): with 'shared' (a set of pages), only the
-- entries whose source names none of them
local function measure (c, dir, shared)
    local t = { n = 0, reason = 0, family = 0, outcome = 0, action = 0,
                other = 0, other_suppressed = 0, address = 0, address_suppressed = 0,
                final = 0, final_suppressed = 0,
                unfounded = 0, by_basis = {}, decided = {}, left = 0 }
    for _, f in ipairs(files_of(dir)) do
        for _, e in ipairs(dofile(f)) do
            if shared and pages.shared(e.source, shared) then t.left = t.left + 1 else
            local r = c:classify(e.reply, { mx = e.mx, phase = e.phase })
            t.n = t.n + 1
            if r.reason == e.reason then t.reason = t.reason + 1 end
            local fam = FAMILY[e.reason]
            local d = t.decided[r.basis] or { n = 0, family = 0 }
            t.decided[r.basis] = d
            d.n = d.n + 1
            if fam and fam == FAMILY[r.reason] then
                t.family = t.family + 1
                d.family = d.family + 1
            end
            if r.outcome == e.outcome then t.outcome = t.outcome + 1 end
            if r.action == e.action then t.action = t.action + 1 end
            local suppressed = r.action == "suppress" and 1 or 0
            if suppressed == 1 and (r.basis == "code" or r.basis == "none") then
                t.unfounded = t.unfounded + 1
            end
            -- (relay setup: a norelaying reply labelled suppress is the
            -- recipient domain not served there, not our setup)
            if NOT_ADDRESS[fam] and not (fam == "relay" and e.action == "suppress") then
                t.other = t.other + 1
                t.other_suppressed = t.other_suppressed + suppressed
                if suppressed == 1 then
                    t.by_basis[r.basis] = (t.by_basis[r.basis] or 0) + 1
                end
            elseif fam == "address" then
                t.address = t.address + 1
                t.address_suppressed = t.address_suppressed + suppressed
                if e.action == "suppress" then
                    t.final = t.final + 1
                    t.final_suppressed = t.final_suppressed + suppressed
                end
            end
            end
        end
    end
    return t
end

local profile = "seed"
if arg[1] == "--profile" and arg[2] then
    profile = arg[2]
elseif arg[1] ~= nil then
    io.stderr:write("usage: report.lua [--profile P]\n")
    os.exit(2)
end
local c = smtpbounce.new{ profile = profile }

local unfounded = 0
local sets = { { "dev corpus", "accuracy/corpus" }, { "hold-out", "accuracy/holdout" },
               { "hold-out, pages the dev corpus shares left out", "accuracy/holdout",
                 pages_of("accuracy/corpus") } }
for _, set in ipairs(sets) do
    local t = measure(c, set[2], set[3])
    if not set[3] then unfounded = unfounded + t.unfounded end
    print(fmt("%s (%s), profile %s: %d replies%s", set[1], set[2], profile, t.n,
              set[3] and fmt(" (%d left out)", t.left) or ""))
    print("  reason, strict    " .. share(t.reason, t.n))
    print("  reason, family    " .. share(t.family, t.n))
    local parts = {}
    for _, basis in ipairs{ "text", "status", "code", "none" } do
        local d = t.decided[basis] or { n = 0, family = 0 }
        parts[#parts + 1] = fmt("%s %d (%s)", basis, d.n,
                                d.n > 0 and fmt("%.1f%%", 100 * d.family / d.n) or "-")
    end
    print("    decided on: " .. table.concat(parts, ", ") .. " (family agreement)")
    print("  outcome           " .. share(t.outcome, t.n))
    print("  action            " .. share(t.action, t.n))
    print("  false suppress    " .. share(t.other_suppressed, t.other)
          .. "  of replies that blame something else")
    local b = t.by_basis
    print(fmt("    by basis: text %d, status %d, code %d, none %d",
              b.text or 0, b.status or 0, b.code or 0, b.none or 0))
    print("  address caught    " .. share(t.address_suppressed, t.address)
          .. "  of real address failures suppressed")
    print("    labelled suppress " .. share(t.final_suppressed, t.final)
          .. "  of those whose label is suppress (not a 4xx's retry)")
end
if profile == "cautious" then
    print(fmt("cautious: %d suppress on basis code/none", unfounded))
    if unfounded > 0 then os.exit(1) end
end
