-- smtpbounce.report.sections -- the second half of the report page: the
-- addresses to suppress (with their last replies, each template once),
-- the replies no rule explained (with rule stubs), the advice section
-- (drawn only when advice is given), and what the bounded tables could
-- not keep.  Each function writes through w(...) (smtpbounce.report).

local html = require "smtpbounce.report.html"
local stub = require "smtpbounce.report.stub"
local summary = require "smtpbounce.scan.summary"

local ipairs, pairs = ipairs, pairs
local concat = table.concat
local fmt = string.format
local h, num = html.escape, html.num

local _M = { _VERSION = "0.1.0" }

_M.SUPPRESS_ROWS = 5000
_M.TEMPLATES = 20

local WEAK = { code = "code only", none = "nothing recognised" }

-- the list of the replies the rows point to, numbered as the page shows
-- them; returns the page's number of each reply index
local function reply_numbers (sm, rows)
    local by_index = {}
    for _, x in pairs(sm.replies or {}) do by_index[x.i] = x end
    local number, list = {}, {}
    for _, s in ipairs(rows) do
        local i = s.reply
        if i and not number[i] and by_index[i] then
            list[#list + 1] = by_index[i]
            number[i] = #list
        end
    end
    return number, list
end

local function suppress_note (w, total, shown, sm, opts)
    if shown < total then
        w(fmt('<p class="note"><strong>%d more</strong> addresses to suppress are not listed '
              .. '(%d of %d shown).  ', total - shown, shown, total),
          opts.suppress_out and ("All of them were written to <code>" .. h(opts.suppress_out)
                                 .. "</code>.")
          or "<code>smtpbounce scan --suppress-out FILE</code> writes them all.", "</p>\n")
    end
    if sm.suppress_over > 0 then
        w(fmt('<p class="note">%d addresses past the %d kept were not counted '
              .. '(memory stays bounded).</p>\n', sm.suppress_over, sm.ADDRESSES))
    end
end

--[[
The addresses to suppress: at most SUPPRESS_ROWS rows (address,
reason, basis, a link to the last reply), then the replies they point
to, each once.  'redact' hides local parts; opts.suppress_out names the
file --suppress-out wrote.
]]
function _M.suppress (w, sm, suppress, redact, opts)
    local total = #suppress
    w('<section id="suppress"><h2>Addresses to suppress</h2>\n')
    if total == 0 then
        w('<p class="note">None.</p>')
        suppress_note(w, 0, 0, sm, opts)
        w("</section>\n")
        return
    end
    local rows = {}
    for i = 1, math.min(total, _M.SUPPRESS_ROWS) do rows[i] = suppress[i] end
    local number, list = reply_numbers(sm, rows)
    w('<p class="meta">Basis: what the decision rests on: <em>text</em> (the reply named the '
      .. 'cause), <em>status</em> (the enhanced status alone); <span class="weak">code only'
      .. '</span> and <span class="weak">nothing recognised</span> are to be reviewed first.'
      .. '</p>\n')
    suppress_note(w, total, #rows, sm, opts)
    w('<div id="suppress-controls" class="controls" hidden><label for="suppress-filter">'
      .. 'Filter</label><input type="search" id="suppress-filter" placeholder="address, '
      .. 'reason, basis or reply text"><span id="suppress-shown" aria-live="polite"></span>'
      .. '<a id="suppress-csv" download="suppress.csv" href="#suppress">Download the rows '
      .. 'shown as CSV</a></div>\n')
    w('<table id="suppress-table" class="sortable"><thead><tr><th scope="col">address</th>'
      .. '<th scope="col">reason</th><th scope="col">basis</th><th scope="col">last reply</th>'
      .. "</tr></thead><tbody>\n")
    for _, s in ipairs(rows) do
        local n = s.reply and number[s.reply]
        w("<tr><td>", h(redact(s.address)), "</td><td>", h(s.reason), '</td><td data-v="',
          h(s.basis), '"', WEAK[s.basis] and ' class="weak">' .. WEAK[s.basis] or ">" .. h(s.basis),
          "</td><td>", n and fmt('<a href="#r%d" data-r="%d">reply %d</a>', n, n, n) or "-",
          "</td></tr>\n")
    end
    w("</tbody></table>\n<h3>Last replies of these addresses, by template</h3>\n",
      '<ol class="replies">')
    for i, x in ipairs(list) do
        w('<li id="r', num(i), '"><span class="tpl">', h(redact(x.template)),
          '</span><br><span class="note">e.g. ', h(redact(x.example)), "</span></li>\n")
    end
    w("</ol></section>\n")
end

-- whether a group of scan.summary's templates (decided by the defaults
-- layer) is unexplained: its reason undefined, or resting on the reply
-- code or on nothing (not those the enhanced status table decided)
local function unexplained (u)
    return u.reason == "undefined" or u.basis == "code" or u.basis == "none"
end

--[[
The biggest groups of unexplained replies (scan.summary's templates,
those 'unexplained' keeps), each with a rule stub.
]]
function _M.unexplained (w, _, all, redact, run)
    local templates, by_status = {}, 0
    for _, u in ipairs(all) do
        if unexplained(u) then templates[#templates + 1] = u else by_status = by_status + 1 end
    end
    w('<section id="unexplained"><h2>Replies no rule explained</h2>\n',
      '<p class="meta">Reason <em>undefined</em>, or basis <em>code</em> (the reply code '
      .. 'alone) or <em>none</em>, biggest groups by template',
      by_status > 0 and fmt(' (%d group%s that the enhanced status table decided left out: '
                            .. '<code>scan --summary</code> lists them)', by_status,
                            by_status == 1 and "" or "s") or "",
      '.  Each comes with a rule to start from: '
      .. 'choose its reason, then add it to the <code>rules</code> list of a file given with '
      .. '<code>--rules</code> (see <code>examples/rules/</code>) and check it with '
      .. '<code>smtpbounce rules --check FILE</code>.</p>\n')
    if #templates == 0 then
        w('<p class="note">None.</p></section>\n')
        return
    end
    local files = concat(run.files or {}, ", ")
    for i, u in ipairs(templates) do
        if i > _M.TEMPLATES then break end
        local example = redact(u.example)
        local src = fmt("%s, %d replies of this template", files ~= "" and files or "mail log", u.n)
        w("<article><h3>", num(u.n), " repl", u.n == 1 and "y" or "ies", " — ",
          h(u.provider or "no provider recognised"), ", reason ", h(u.reason or "?"),
          ", basis ", h(u.basis or "?"), ", rule <code>", h(u.rule), "</code></h3>\n",
          '<p><span class="tpl">', h(redact(u.template)), '</span><br><span class="note">e.g. ',
          h(example), "</span></p>\n<details><summary>Rule stub</summary><pre><code>",
          html.escape_lines(stub.rule({ template = u.template, example = example,
                                        provider = u.provider, reason = u.reason }, src)),
          "</code></pre></details></article>\n")
    end
    if #templates > _M.TEMPLATES then
        w(fmt('<p class="note">%d more templates not shown.</p>\n', #templates - _M.TEMPLATES))
    end
    w("</section>\n")
end

--[[
Advice (the tracker's), only when given: { note, columns, rows } as
smtpbounce.report says.  Its cells are text.
]]
function _M.advice (w, advice)
    w('<section id="advice" class="advice"><h2>Advice</h2>\n')
    if advice.note then w('<p class="meta">', h(advice.note), "</p>\n") end
    w('<table class="sortable"><thead><tr>')
    for _, c in ipairs(advice.columns or {}) do w('<th scope="col">', h(c), "</th>") end
    w("</tr></thead><tbody>\n")
    for _, row in ipairs(advice.rows or {}) do
        w("<tr>")
        for _, cell in ipairs(row) do w("<td>", h(cell), "</td>") end
        w("</tr>\n")
    end
    w("</tbody></table></section>\n")
end

-- what the bounded tables could not keep
function _M.limits (w, sm)
    local over = summary.overflows(sm, false, true)
    if #over > 0 then
        w('<p class="note">Tables full (memory stays bounded): ', h(concat(over, "; ")), ".</p>\n")
    end
end

return _M
