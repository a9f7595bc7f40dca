-- reply-perturb.lua [--list] [--kind K] [--every N] -- the classifier
-- against variants of the dev corpus's replies as real MTAs, logs and
-- bounce mails present them: for every reply of accuracy/corpus each
-- variant below is built from the reply and classified with the entry's
-- ctx (mx, phase); a variant keeps the reading when its reason family
-- (accuracy/report.lua's), action, outcome and scope are those of the
-- unchanged reply's reading.  Kinds:
--   postfix   Postfix's "host mx[ip] said: <reply> (in reply to RCPT TO
--             command)" (the lines of a multi-line reply joined, as
--             Postfix joins them), and its bounce line under the
--             recipient
--   exim      Exim's "SMTP error from remote mail server after RCPT
--             TO:<a>: <reply>" and "host mx [ip]: <reply>", and its
--             bounce's indented block (each line of the reply its own)
--   sendmail  sendmail's transcript ("... while talking to mx.:",
--             ">>> RCPT To:<a>", "<<< " before each line of the reply)
--             and its log's "stat=Deferred: <reply>" (a 4xx) and "...
--             reply: "
--   exchange  Exchange's "Remote Server returned '<reply>'" and its older
--             "#<reply> ##"
--   dsn       a delivery status's "Diagnostic-Code: smtp; <reply>" (a
--             multi-line reply folded under it)
--   qmail     qmail's "<ip> does not like recipient." / "Remote host
--             said: <reply>" / "Giving up on <ip>." (it says so of any
--             refusal at RCPT)
--   case      the reply upper and lower case
--   mailbox   each address in angle brackets renamed for what role
--             mailboxes are named for ("<spam-reports@", "<dmarc@",
--             "<blocked-senders@", "<quota-alerts@", "<relay-admin@"): a
--             mailbox's name is no cause; n/a without one
--   typeset   the apostrophes before a lower-case letter as a word processor or a
--             web page sets them (U+2019: "doesn’t"); n/a without one
--   nbsp      the reply's spaces as a web page, a help desk or a mail
--             client copies them: U+00A0 NO-BREAK SPACE after the code
--             and the status only ("code"), for every space ("words"),
--             and as Latin-1's byte A0 for every space ("latin1"; n/a
--             for a reply with bytes >= 0x80)
--   uspace    every space as U+202F, U+2007, U+3000 or a tab
--   zwsp      a BOM (U+FEFF) or a zero-width space (U+200B) before the
--             reply
--   eol       line ends mixed: a one-line reply split as "split" does
--             with a bare CR, and any reply's lines ended by CRLF, LF and
--             CR in turn ("mixed")
--   quote     the reply in quotes or brackets ('', "", (), [])
--   trailer   a trailing server id or note: a queue id, " (Mode:
--             normal)", a bracketed host name or id, a timestamp
--   split     a one-line reply sent as a multi-line one at a word
--             boundary near its middle ("550-5.1.1 one" / "550 5.1.1
--             two", Gmail's status on every line; "550-one" / "550 two"
--             when the status is on the first line only; its lines joined
--             on one line, as Postfix writes them; CRLF line ends)
--   wrap      the reply (and the Postfix line) wrapped at 76 columns,
--             continuation lines indented by four spaces or a tab
--   provider  the trailer of a provider that did not send the reply
--             ("- gsmtp", an Outlook front end's name): measured only
--   prose     a reply with no code (an MTA's or a provider's own text)
--             as a delivery status gives it ("Diagnostic-Code: X-Postfix;
--             <text>") and quoted by an Exchange NDR ("Remote Server
--             returned '<text>'"): measured only
--   nostatus  the enhanced status removed: measured only (the code
--             alone may say less)
--   nocode    the code removed, the status and text kept: measured only
-- The wrappers, split, wrap and the removals take the replies that
-- begin with a code (a variant that cannot be made is counted n/a).
-- Prints per kind the variants that keep the reading, then (--list)
-- each failure.  The variants are made here, never stored.  `make
-- perturb-replies` runs it; spec/reply_perturb_spec.lua loads it as a
-- module (dofile) and asserts over a sample.
local M = {}

local fmt, concat = string.format, table.concat

local REQUIRED = { postfix = true, exim = true, sendmail = true, exchange = true, dsn = true,
                   qmail = true, case = true, mailbox = true, typeset = true, nbsp = true, uspace = true,
                   zwsp = true, eol = true, quote = true, trailer = true, split = true, wrap = true }
M.REQUIRED = REQUIRED
M.KINDS = { "postfix", "exim", "sendmail", "exchange", "dsn", "qmail", "case", "mailbox", "typeset", "nbsp", "uspace",
            "zwsp", "eol", "quote", "trailer", "split", "wrap", "prose", "provider", "nostatus", "nocode" }

-- reasons by family (as accuracy/report.lua compares them)
local FAMILY = dofile("accuracy/family.lua")
M.FAMILY = FAMILY

-- {==================================================================
-- The reply's parts
-- ===================================================================

local function lines_of (s)
    local t = {}
    for l in (s:gsub("\r\n", "\n") .. "\n"):gmatch("([^\n]*)\n") do t[#t + 1] = l end
    while #t > 1 and t[#t]:match("^%s*$") do t[#t] = nil end
    return t
end

--[[
** The reply as SMTP sends it, when it begins with a code: { code,
** status or nil, texts = { text of each line } }, the code and (when
** the first line has one) the status of every line taken off; nil when
** a line does not begin with the first line's code (a wrapped or quoted
** layout already).
]]
local function parse (reply)
    local ls = lines_of(reply)
    local code = ls[1]:match("^(%d%d%d)[ %-]") or ls[1]:match("^(%d%d%d)$")
    if not code or not code:match("^[245]") then return nil end
    local status = ls[1]:match("^%d%d%d[ %-]([245]%.%d%d?%d?%.%d%d?%d?)[ ]")
                   or ls[1]:match("^%d%d%d[ %-]([245]%.%d%d?%d?%.%d%d?%d?)$")
    local texts = {}
    for i, l in ipairs(ls) do
        local c, rest = l:match("^(%d%d%d)[ %-]?(.*)$")
        if c ~= code then return nil end
        if status then
            local s, r = rest:match("^([245]%.%d+%.%d+) ?(.*)$")
            if s then rest = r elseif i == 1 then return nil end
        end
        texts[i] = rest
    end
    return { code = code, status = status, texts = texts }
end
M.parse = parse

-- the reply's lines again: 'st' "each" (the status on every line), "first"
-- or "none"
local function render (p, st)
    local t, n = {}, #p.texts
    for i, x in ipairs(p.texts) do
        local s = p.status and (st == "each" or (st == "first" and i == 1)) and (p.status .. " ") or ""
        t[i] = p.code .. (i < n and "-" or " ") .. s .. x
    end
    return t
end

-- the reply on one line, as Postfix and most logs join it
local function joined (p) return concat(render(p, "each"), " ") end

-- text wrapped at 'w' columns, every line but the first indented by 'ind'
local function wrap (s, w, ind)
    local out, cur = {}, ""
    for word in s:gmatch("%S+") do
        if cur == "" then cur = word
        elseif #cur + 1 + #word > w then out[#out + 1] = cur; cur = ind .. word
        else cur = cur .. " " .. word end
    end
    out[#out + 1] = cur
    return concat(out, "\n")
end

local RCPT = "kim@example.com"
local POSTFIX_CMD = { connect = "initial greeting", helo = "EHLO command", mail = "MAIL FROM command",
                      rcpt = "RCPT TO command", data = "DATA command", eod = "end of DATA command" }
local EXIM_AFTER = { connect = "initial connection", helo = "EHLO mx.example.org",
                     mail = "MAIL FROM:<sender@example.org>", rcpt = "RCPT TO:<" .. RCPT .. ">",
                     data = "DATA", eod = "end of data" }
local SENDMAIL_CMD = { connect = "", helo = ">>> EHLO mx.example.org\n", mail = ">>> MAIL From:<sender@example.org>\n",
                       rcpt = ">>> RCPT To:<" .. RCPT .. ">\n", data = ">>> DATA\n", eod = ">>> .\n" }

local function phase_of (e) return POSTFIX_CMD[e.phase or ""] and e.phase or "rcpt" end

-- }==================================================================

-- {==================================================================
-- The variants: { kind, name, make(reply, entry) -> text or nil }
-- ===================================================================

local VARIANTS = {}
local function add (kind, name, make) VARIANTS[#VARIANTS + 1] = { kind = kind, name = name, make = make } end
-- a variant of a reply that begins with a code
local function coded (kind, name, f)
    add(kind, name, function (reply, e)
        local p = parse(reply)
        if p then return f(p, e) end
    end)
end

local function postfix_line (p, e)
    return "host mx.example.net[192.0.2.1] said: " .. joined(p) .. " (in reply to " .. POSTFIX_CMD[phase_of(e)] .. ")"
end
coded("postfix", "said", postfix_line)
coded("postfix", "bounce", function (p, e) return "<" .. RCPT .. ">: " .. postfix_line(p, e) end)

coded("exim", "after", function (p, e)
    return "SMTP error from remote mail server after " .. EXIM_AFTER[phase_of(e)] .. ": " .. joined(p)
end)
coded("exim", "host", function (p) return "host mx.example.net [192.0.2.1]: " .. joined(p) end)
coded("exim", "block", function (p, e)
    return "  " .. RCPT .. "\n    host mx.example.net [192.0.2.1]\n    SMTP error from remote mail server after "
        .. EXIM_AFTER[phase_of(e)] .. ":\n    " .. concat(render(p, "each"), "\n    ")
end)

coded("sendmail", "transcript", function (p, e)
    return "... while talking to mx.example.net.:\n" .. SENDMAIL_CMD[phase_of(e)]
        .. "<<< " .. concat(render(p, "each"), "\n<<< ")
end)
coded("sendmail", "log-deferred", function (p)
    if p.code:sub(1, 1) ~= "4" then return nil end  -- (a 5xx's log line names no reply)
    return "to=<" .. RCPT .. ">, delay=00:00:02, mailer=esmtp, pri=120379, relay=mx.example.net. [192.0.2.1], "
        .. "dsn=" .. (p.status or "4.0.0") .. ", stat=Deferred: " .. joined(p)
end)
coded("sendmail", "reply-colon", function (p) return "... reply: " .. joined(p) end)

coded("exchange", "remote-server", function (p) return "Remote Server returned '" .. joined(p) .. "'" end)
coded("exchange", "hash", function (p) return "#" .. joined(p) .. " ##" end)

coded("dsn", "diagnostic", function (p) return "Diagnostic-Code: smtp; " .. joined(p) end)
coded("dsn", "folded", function (p) return "Diagnostic-Code: smtp; " .. concat(render(p, "each"), "\n    ") end)

add("case", "upper", function (reply) return reply:upper() end)
add("case", "lower", function (reply) return reply:lower() end)

for _, name in ipairs({ "spam-reports", "dmarc", "blocked-senders", "quota-alerts", "relay-admin" }) do
    add("mailbox", name, function (reply)
        local r, n = reply:gsub("<[%w%.%+%-_=!#%%&'*/?^`{|}~]+@", "<" .. name .. "@")
        if n > 0 then return r end
    end)
end

add("typeset", "apostrophe", function (reply)
    if reply:find("%a'%l") then return (reply:gsub("(%a)'(%l)", "%1\226\128\153%2")) end
end)

-- a reply's spaces as another space character: U+00A0 (C2 A0) after the
-- code and status, and everywhere; Latin-1's A0 (an ASCII reply only);
-- U+202F, U+2007, U+3000 and a tab everywhere
local NBSP = "\194\160"
coded("nbsp", "code", function (p)
    local t, n = {}, #p.texts
    for i, x in ipairs(p.texts) do
        t[i] = p.code .. (i < n and "-" or NBSP) .. (p.status and p.status .. NBSP or "") .. x
    end
    return concat(t, "\n")
end)
local function spaces (kind, name, sp, ascii)
    add(kind, name, function (reply)
        if ascii and reply:find("[\128-\255]") then return nil end
        local r, n = reply:gsub(" ", sp)
        if n > 0 then return r end
    end)
end
spaces("nbsp", "words", NBSP)
spaces("nbsp", "latin1", "\160", true)
spaces("uspace", "narrow", "\226\128\175")
spaces("uspace", "figure", "\226\128\135")
spaces("uspace", "ideographic", "\227\128\128")
spaces("uspace", "tab", "\t")
add("zwsp", "bom", function (reply) return "\239\187\191" .. reply end)
add("zwsp", "zwsp", function (reply) return "\226\128\139" .. reply end)

for _, q in ipairs({ { "single", "'", "'" }, { "double", '"', '"' }, { "paren", "(", ")" }, { "bracket", "[", "]" } }) do
    add("quote", q[1], function (reply) return q[2] .. reply .. q[3] end)
end

-- a note after the reply's last line
local function trail (kind, name, t)
    add(kind, name, function (reply)
        local ls = lines_of(reply)
        ls[#ls] = ls[#ls] .. t
        return concat(ls, "\n")
    end)
end
trail("trailer", "mode", " (Mode: normal)")
trail("trailer", "queue-id", " id=1tXyZa-0004Kq-9M")
trail("trailer", "bracket-id", " [aB1cD2eFgH3iJkLmN4oP5q.eu321]")
trail("trailer", "bracket-host", " [mx3.example.net]")
trail("trailer", "timestamp", " (2026-03-02 10:00:00 +0100)")
trail("provider", "gsmtp", " d75a77b69052e-4b2a3c4d5esi1234567qtb.123 - gsmtp")
trail("provider", "outlook", " [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]")

-- a one-line reply split near the middle of its text at a blank
local function halves (p)
    if #p.texts ~= 1 then return nil end
    local t = p.texts[1]
    if #t < 24 then return nil end
    local mid = math.floor(#t / 2)
    local a = t:find(" ", mid, true) or t:sub(1, mid):match(".*() ")
    if not a or a < 4 or a > #t - 4 then return nil end
    return { code = p.code, status = p.status, texts = { t:sub(1, a - 1), t:sub(a + 1) } }
end
coded("split", "status-each", function (p)
    local h = halves(p)
    return h and concat(render(h, "each"), "\n")
end)
coded("split", "status-first", function (p)
    local h = halves(p)
    return h and h.status and concat(render(h, "first"), "\n")
end)
coded("split", "joined", function (p)  -- the split reply on one line, as Postfix logs it
    local h = halves(p)
    return h and joined(h)
end)
coded("split", "crlf", function (p)
    local h = halves(p)
    return h and concat(render(h, "each"), "\r\n")
end)

coded("eol", "cr", function (p)
    local h = halves(p)
    return h and concat(render(h, "each"), "\r")
end)
coded("eol", "mixed", function (p)
    local ls = render(#p.texts > 1 and p or halves(p) or p, "each")
    if #ls < 2 then return nil end
    local ends, t = { "\r\n", "\n", "\r" }, {}
    for i, l in ipairs(ls) do t[#t + 1] = l .. ends[(i - 1) % 3 + 1] end
    return concat(t)
end)

coded("wrap", "reply-indent", function (p)
    local s = joined(p)
    return #s > 76 and wrap(s, 76, "    ") or nil
end)
coded("wrap", "reply-tab", function (p)
    local s = joined(p)
    return #s > 76 and wrap(s, 76, "\t") or nil
end)
coded("wrap", "postfix", function (p, e)
    return wrap("<" .. RCPT .. ">: " .. postfix_line(p, e), 76, "    ")
end)

coded("qmail", "remote-host", function (p)
    return "<" .. RCPT .. ">:\n192.0.2.1 does not like recipient.\nRemote host said: " .. joined(p)
        .. "\nGiving up on 192.0.2.1."
end)

-- a reply without a code, as DSNs and NDRs carry an MTA's own text
local function prose (name, f)
    add("prose", name, function (reply)
        if parse(reply) or reply:match("^%s*%d%d%d") or reply:match("^%s*[245]%.%d") then return nil end
        return f(reply)
    end)
end
prose("diagnostic", function (t) return "Diagnostic-Code: X-Postfix; " .. t end)
prose("remote-server", function (t) return "Remote Server returned '" .. t .. "'" end)

coded("nostatus", "removed", function (p)
    if not p.status then return nil end
    return concat(render(p, "none"), "\n")
end)
coded("nocode", "removed", function (p)
    if not p.status then return nil end
    local t = {}
    for i, x in ipairs(p.texts) do t[i] = p.status .. " " .. x end
    return concat(t, "\n")
end)
M.VARIANTS = VARIANTS

-- }==================================================================

-- {==================================================================
-- Measuring
-- ===================================================================

-- the dev replies: array of { file, n, entry }, every 'every'th one
function M.corpus (dir, every)
    local files, t = {}, {}
    local p = io.popen("ls " .. dir .. "/*.lua 2>/dev/null")
    for f in p:lines() do files[#files + 1] = f end
    p:close()
    table.sort(files)
    for _, f in ipairs(files) do
        for n, e in ipairs(dofile(f)) do t[#t + 1] = { file = f, n = n, entry = e } end
    end
    if every and every > 1 then
        local s = {}
        for i = 1, #t, every do s[#s + 1] = t[i] end
        t = s
    end
    return t
end

local function reading (r)
    return fmt("%s/%s/%s/%s", FAMILY[r.reason] or r.reason, r.action, r.outcome, r.scope)
end
M.reading = reading

--[[
** run(classify, corpus, only): per kind { n, kept, na, fails }: n
** variants made, kept those whose reading is the unchanged reply's.
** 'classify(reply, ctx)' returns the result table.
]]
function M.run (classify, corpus, only)
    local res = {}
    for _, k in ipairs(M.KINDS) do res[k] = { n = 0, kept = 0, na = 0, fails = {} } end
    for _, c in ipairs(corpus) do
        local e = c.entry
        local ctx = { mx = e.mx, phase = e.phase }
        local base = reading(classify(e.reply, ctx))
        for _, v in ipairs(VARIANTS) do
            if not only or only == v.kind then
                local r = res[v.kind]
                local text = v.make(e.reply, e)
                if not text then
                    r.na = r.na + 1
                else
                    r.n = r.n + 1
                    local got = classify(text, ctx)
                    if reading(got) == base then
                        r.kept = r.kept + 1
                    else
                        r.fails[#r.fails + 1] = fmt("%s/%s %s:%d %s -> %s (rule %s)\n      %s", v.kind, v.name,
                            c.file:match("[^/]+$"), c.n, base, reading(got), tostring(got.rule),
                            (text:gsub("\r", "\\r"):gsub("\n", "\\n"):sub(1, 220)))
                    end
                end
            end
        end
    end
    return res
end

-- the classifier's reading with a seed-profile classifier
function M.classifier (smtpbounce)
    local c = smtpbounce.new{ profile = "seed" }
    return function (reply, ctx) return c:classify(reply, ctx) end
end

local function main (args)
    local dir = (debug.getinfo(1, "S").source:match("^@(.*[/\\])")) or ""
    local list, only, every = dofile(dir .. "perturb-args.lua")(args, "reply-perturb.lua")
    local smtpbounce = require "smtpbounce"
    local corpus = M.corpus("accuracy/corpus", every)
    local res = M.run(M.classifier(smtpbounce), corpus, only)
    print(fmt("reply perturbation (accuracy/corpus, %d replies): variants keeping the reading", #corpus))
    print(fmt("  %-9s %9s %17s %6s", "kind", "variants", "reading kept", "n/a"))
    for _, k in ipairs(M.KINDS) do
        local r = res[k]
        if r.n + r.na > 0 then
            print(fmt("  %-9s %9d %8.1f%% %7s %6d%s", k, r.n, r.n > 0 and 100 * r.kept / r.n or 0,
                      "(" .. r.kept .. ")", r.na, REQUIRED[k] and "" or "  (measured only)"))
        end
    end
    if list then
        for _, k in ipairs(M.KINDS) do
            for _, f in ipairs(res[k].fails) do print("  " .. f) end
        end
    end
end

if arg and arg[0] and arg[0]:match("reply%-perturb%.lua$") then
    main(arg)
end

return M
