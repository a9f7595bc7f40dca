-- share.lua -- share(a, n): a of n as a percentage with its 95% Wilson
-- interval, as text ("-" when n is 0); the bounds clamped to [0, 100]
-- (rounding leaves the lower a hair below 0 at a = 0).  The one form of
-- accuracy/report.lua's and accuracy/mail_report.lua's figures
-- (dofile'd from the project's root).
local fmt, sqrt = string.format, math.sqrt

return function (a, n)
    if n == 0 then return "-" end
    local z, p = 1.96, a / n
    local d = 1 + z * z / n
    local c = (p + z * z / (2 * n)) / d
    local h = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return fmt("%5.1f%% [%4.1f-%5.1f] (%d/%d)", 100 * p, math.max(0, 100 * (c - h)),
               math.min(100, 100 * (c + h)), a, n)
end
