-- smtpbounce.report.svg -- the report's charts as inline SVG text: a
-- stacked bar chart (one bar per time bucket, one segment per outcome)
-- with event marks above the bars, and a horizontal bar for table cells.
-- No script, no external file: colours come from CSS classes, so the
-- page's light and dark schemes apply to them.
--
--   svg.stacked{ values = { {d, f, b, u, throttle, block}, ... },
--                labels = { "tooltip of bucket 1", ... },
--                ticks = { { i, "label" }, ... }, classes = { "o-d", ... },
--                marks = { [5] = "m-throttle", [6] = "m-block" },
--                title = "...", width = 960, height = 150 }  --> "<svg ...>"
--   svg.escape(s)  --> s with & < > " escaped
--
-- Each bar is a <g> with a <title> (its numbers: a tooltip, and what a
-- screen reader reads); the chart has role="img" and an aria-label.

local ipairs = ipairs
local concat = table.concat
local fmt, gsub = string.format, string.gsub

local _M = { _VERSION = "0.1.0" }

_M.MAX_BAR = 40

local ESC = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;",
              ["'"] = "&#39;" }
function _M.escape (s)
    return (gsub(s, "[&<>\"']", ESC))
end
local escape = _M.escape

-- a coordinate: at most one decimal
local function n1 (x)
    local s = fmt("%.1f", x)
    return (gsub(s, "%.0$", ""))
end

--[[
A stacked bar chart.  opts: values (a list of buckets, each a list of
counts: the segments first, then the marks' counts at the indexes of
opts.marks), labels (a tooltip per bucket), classes (a CSS class per
segment, bottom first), marks (index -> CSS class of the mark drawn
above a bucket whose count there is not 0; a triangle for the first
index listed in opts.mark_order, a square for the second), ticks (a
few { bucket index, text } under the axis), title, width, height.
]]
function _M.stacked (opts)
    local values, classes = opts.values, opts.classes
    local W, H = opts.width or 620, opts.height or 140
    local left, right, top, bottom = 48, 8, 24, 18
    local pw, ph = W - left - right, H - top - bottom
    local n = #values
    local nseg = #classes
    local max = 0
    for _, v in ipairs(values) do
        local t = 0
        for j = 1, nseg do t = t + v[j] end
        if t > max then max = t end
    end
    -- (a few buckets: bars no wider than MAX_BAR, from the left)
    local bw = n > 0 and pw / n or pw
    if bw > _M.MAX_BAR then bw = _M.MAX_BAR end
    local gap = bw > 4 and 1 or 0
    local out = {
        fmt('<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="%s">', W, H,
            escape(opts.title or "")),
        fmt('<line class="axis" x1="%d" y1="%s" x2="%d" y2="%s"/>', left, n1(top + ph),
            W - right, n1(top + ph)),
        fmt('<text class="tick" x="%d" y="%d" text-anchor="end">%d</text>', left - 4, top + 8, max),
        fmt('<text class="tick" x="%d" y="%s" text-anchor="end">0</text>', left - 4, n1(top + ph)),
    }
    local order = opts.mark_order or {}
    for i, v in ipairs(values) do
        local x = left + (i - 1) * bw
        local t = 0
        for j = 1, nseg do t = t + v[j] end
        local marked = false
        for _, m in ipairs(order) do if v[m] > 0 then marked = true end end
        if t > 0 or marked then
            out[#out + 1] = "<g><title>" .. escape(opts.labels[i] or "") .. "</title>"
            local y = top + ph
            for j = 1, nseg do
                if v[j] > 0 then
                    local h = v[j] / max * ph
                    y = y - h
                    out[#out + 1] = fmt('<rect class="%s" x="%s" y="%s" width="%s" height="%s"/>',
                                        classes[j], n1(x), n1(y), n1(bw - gap), n1(h))
                end
            end
            for k, m in ipairs(order) do
                if v[m] > 0 then
                    local cx = x + bw / 2
                    if k == 1 then
                        out[#out + 1] = fmt('<path class="%s" d="M%s %dl-4 -7h8z"/>',
                                            opts.marks[m], n1(cx), top - 2)
                    else
                        out[#out + 1] = fmt('<rect class="%s" x="%s" y="%d" width="6" height="6"/>',
                                            opts.marks[m], n1(cx - 3), top - 21)
                    end
                end
            end
            out[#out + 1] = "</g>"
        end
    end
    for _, tk in ipairs(opts.ticks or {}) do
        local x = left + (tk[1] - 1) * bw
        local anchor = ""
        if tk[1] > 1 and x + 105 > W - right then
            x, anchor = x + bw, ' text-anchor="end"'
        end
        out[#out + 1] = fmt('<text class="tick" x="%s" y="%d"%s>%s</text>', n1(x), H - 4,
                            anchor, escape(tk[2]))
    end
    out[#out + 1] = "</svg>"
    return concat(out)
end

--[[
A bar for a table cell: segments of widths proportional to 'values'
(a list), each of its class in 'classes', out of 'total' (the widest
bar of the column: the segments fill value / total of the width).
An inline SVG of fixed height that scales with the cell; the numbers
are in the cell's text beside it.
]]
function _M.bar (values, classes, total)
    local out = { '<svg class="cellbar" viewBox="0 0 100 8" preserveAspectRatio="none" '
                  .. 'aria-hidden="true">' }
    local x = 0
    for i, v in ipairs(values) do
        if v > 0 and total > 0 then
            local w = v / total * 100
            out[#out + 1] = fmt('<rect class="%s" x="%s" y="0" width="%s" height="8"/>',
                                classes[i], n1(x), n1(w))
            x = x + w
        end
    end
    out[#out + 1] = "</svg>"
    return concat(out)
end

return _M
