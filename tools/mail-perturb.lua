-- mail-perturb.lua [--list] [--kind K] [--every N] -- the bounce-mail
-- reader against variants of the dev corpus's bounces that real life
-- produces: for every bounce of accuracy/mail/dev (not the feedback
-- reports, auto-replies and mails labelled notbounce) each variant
-- below is built from the mail and read with smtpbounce.mail; a variant
-- keeps its recipients when every labelled recipient the unchanged
-- mail's reading finds is found again, with the same status (dsn or
-- status) and dsn_action; and its reasons when, besides, each such
-- recipient's reason is of the same family (accuracy/family.lua) as
-- the unchanged mail's (measured only).  Kinds:
--   subject     Subject replaced by another language's bounce Subject,
--               as RFC 2047 encoded words (UTF-8 B and Q, ISO-2022-JP,
--               GB2312, KOI8-R B and Q)
--   from        From replaced by a daemon's name in other languages
--               (with a daemon's address, and with one that says
--               nothing), a bare MAILER-DAEMON@ or postmaster@ address
--   returnpath  Return-Path: <> and no Return-Path at all
--   body        the text part quoted-printable, base64, in ISO-8859-1
--               (a UTF-8 text whose characters it has), without a
--               charset (8bit as it is), text/html only
--               (paragraphs, <br> on one line, a table, paragraphs with
--               numeric character references for non-ASCII), and
--               multipart/alternative (the text beside its HTML), and
--               multipart/related (that alternative, base64 and a table,
--               beside an image, as Exchange's NDRs)
--   layout      CRLF line ends, trailing whitespace, long lines
--               wrapped as format=flowed (RFC 3676)
--   forward     the text forwarded inline by a person under the
--               person's headers (Gmail's "---------- Forwarded message
--               ---------", Outlook's "-----Original Message-----"): the
--               labels read a forwarded bounce as the bounce
--               (accuracy/mail/dev: pastes, wild)
--   quoted      the same forward with every line quoted by "> " under
--               an "On <date>, <who> wrote:" line: measured only
--   wrap        long lines hard wrapped at 60: measured only (a
--               diagnostic or a phrase cut over two lines is not always
--               read)
--   bare        the text under a person's From and a plain Subject, no
--               Return-Path: measured only (a text that says "bounce"
--               by none of its headers need not be read as one)
--   escaped, markdown, flat, atword, indent  the text part mangled in
--               place as pastes mangle it (tools/mail-perturb-mangle.lua:
--               HTML's escapes, markdown links and fences, one line,
--               "a at b.org", indented): measured only
--   typeset     the text part with its apostrophes typeset
--               (tools/mail-perturb-mangle.lua: "wasn’t", as a word
--               processor, a web page or a mail client sets them)
-- forward, quoted, bare and the mangled kinds take the prose bounces only (a
-- delivery-status part is not forwarded inline), and none where the
-- text shown leaves a recipient out (named only by a header or an
-- attached part).  The header, forward, quoted and bare kinds leave out
-- the bounces a person already forwarded or answered ("Fwd:", "FW:",
-- "Re:" Subject).  The body, layout, wrap, bare and mangled variants
-- (but flat) of the mails labelled notbounce are read too: none may
-- become a bounce.
-- Prints per kind the variants that keep all recipients, then (--list)
-- each failure.  The variants are made here, never stored.  `make
-- perturb` runs it; spec/mail_perturb_spec.lua loads it as a module
-- (dofile) and asserts over a sample.
local M = {}

local fmt, concat = string.format, table.concat
local REQUIRED = { subject = true, from = true, returnpath = true, body = true,
                   layout = true, forward = true, typeset = true }
M.REQUIRED = REQUIRED
M.KINDS = { "subject", "from", "returnpath", "body", "layout", "forward", "quoted", "wrap", "bare",
            "escaped", "markdown", "flat", "atword", "indent", "typeset" }
-- the kinds that mangle a prose text in place (tools/mail-perturb-mangle.lua)
local MANGLED = { escaped = true, markdown = true, flat = true, atword = true, indent = true,
                  typeset = true }
local DIR = (debug.getinfo(1, "S").source:match("^@(.*[/\\])")) or ""
local FAMILY = dofile(DIR .. "../accuracy/family.lua")
local function family (reason) return FAMILY[reason] or reason end

-- the mail handling the variants are built with (tools/mail-perturb-text.lua)
local T = dofile(DIR .. "mail-perturb-text.lua")
local split, fields_of, get, set, join, ctype, base64, qp, decode =
      T.split, T.fields_of, T.get, T.set, T.join, T.ctype, T.base64, T.qp, T.decode
local with_text, part, lines, entities, latin1, html, wrap =
      T.with_text, T.part, T.lines, T.entities, T.latin1, T.html, T.wrap


-- {==================================================================
-- The variants
-- ===================================================================

-- bounce Subjects of other languages as encoded words (each decodes to
-- the text beside it)
local SUBJECTS = {
    { "de-utf8-b", "=?UTF-8?B?VW56dXN0ZWxsYmFyOiBJaHJlIEJlc3RlbGx1bmc=?=" },  -- Unzustellbar: Ihre Bestellung
    { "fr-utf8-q", "=?UTF-8?Q?Non_remis_:_Votre_commande?=" },  -- Non remis : Votre commande
    { "es-utf8-q", "=?UTF-8?Q?No_se_puede_entregar:_Su_pedido?=" },  -- No se puede entregar: Su pedido
    { "pt-utf8-b", "=?UTF-8?B?TWVuc2FnZW0gbsOjbyBlbnRyZWd1ZQ==?=" },  -- Mensagem não entregue
    { "it-utf8-b", "=?UTF-8?B?SW1wb3NzaWJpbGUgcmVjYXBpdGFyZTogb3JkaW5l?=" },  -- Impossibile recapitare: ordine
    { "cs-utf8-q", "=?UTF-8?Q?Nedoru=C4=8Diteln=C3=A9:_objedn=C3=A1vka?=" },  -- Nedoručitelné: objednávka
    { "ko-utf8-b", "=?UTF-8?B?66mU7J28IOyghOyGoSDsi6TtjKg=?=" },  -- 메일 전송 실패
    { "ja-iso2022jp-b", "=?ISO-2022-JP?B?GyRCR1s/LklURz0bKEI6IBskQiQ0Q21KOBsoQg==?=" },  -- 配信不能: ご注文
    { "zh-gb2312-b", "=?GB2312?B?z7XNs83L0MU=?=" },  -- 系统退信
    { "ru-koi8r-b", "=?KOI8-R?B?7sXEz9PUwdfMxc7Oz8Ug08/Pwt3FzsnF?=" },  -- Недоставленное сообщение
    { "ru-koi8r-q", "=?KOI8-R?Q?=EE=C5=C4=CF=D3=D4=C1=D7=CC=C5=CE=CE=CF=C5_=D3=CF=CF=C2=DD=C5=CE=C9=C5?=" },
    { "en-split-words", "=?UTF-8?Q?Undelivered_Mail_?=\n =?UTF-8?Q?Returned_to_Sender?=" },
}

-- daemons' From in other languages
local FROMS = {
    { "en-name", "Mail Delivery System <MAILER-DAEMON@mx.example.net>" },
    { "fr-name", "=?UTF-8?Q?Syst=C3=A8me_de_distribution_du_courrier?= <MAILER-DAEMON@mx.example.fr>" },
    { "de-name", "Mail-Zustellsystem <MAILER-DAEMON@mx.example.de>" },
    { "es-name", "=?UTF-8?Q?Administrador_del_sistema_de_correo?= <postmaster@mx.example.es>" },
    { "ru-koi8r", "=?KOI8-R?B?8M/e1M/XwdEg08nT1MXNwQ==?= <postmaster@mx.example.ru>" },  -- Почтовая система
    { "ja-iso2022jp", "=?ISO-2022-JP?B?GyRCJWEhPCVrR1s/LiU3JTklRiVgGyhC?= <postmaster@mx.example.jp>" },  -- メール配信システム
    { "zh-gb2312", "=?GB2312?B?z7XNs7ncwO3UsQ==?= <postmaster@mx.example.cn>" },  -- 系统管理员
    -- the name alone says it: an address of no daemon's name
    { "fr-name-only", "=?UTF-8?Q?Syst=C3=A8me_de_distribution_du_courrier?= <notify@mx.example.fr>" },
    { "de-name-only", "Mail-Zustellsystem <notify@mx.example.de>" },
    { "es-name-only", "=?UTF-8?Q?Administrador_del_sistema_de_correo?= <notify@mx.example.es>" },
    { "bare-daemon", "MAILER-DAEMON@mx.example.net" },
    { "bare-postmaster", "postmaster@mx.example.net" },
}

local PERSON = "Robin Forwarder <robin.fwd@example.org>"

-- the forward of a text under a person's headers: 'how' gmail, outlook,
-- quoted
local function forward (fs, text, how)
    local from, subj = get(fs, "from") or "", get(fs, "subject") or ""
    local date, to = get(fs, "date") or "", get(fs, "to") or ""
    local cs = select(3, ctype(fs))
    local hdr = { "From: " .. PERSON, "To: helpdesk@example.com",
                  "Date: Mon, 2 Mar 2026 10:00:00 +0100",
                  "Message-ID: <fwd.1@example.org>", "MIME-Version: 1.0",
                  "Content-Type: text/plain; charset=" .. (cs or "utf-8"),
                  "Content-Transfer-Encoding: 8bit" }
    local body
    if how == "gmail" then
        hdr[#hdr + 1] = "Subject: Fwd: " .. subj
        body = "Hi, this one came back. Can you check?\n\n---------- Forwarded message ---------\nFrom: "
            .. from .. "\nDate: " .. date .. "\nSubject: " .. subj .. "\nTo: " .. to .. "\n\n" .. text
    elseif how == "outlook" then
        hdr[#hdr + 1] = "Subject: FW: " .. subj
        body = "See below.\n\nKim\n\n-----Original Message-----\nFrom: " .. from .. "\nSent: "
            .. date .. "\nTo: " .. to .. "\nSubject: " .. subj .. "\n\n" .. text
    else
        hdr[#hdr + 1] = "Subject: Fwd: " .. subj
        local q = {}
        for i, l in ipairs(lines(text)) do q[i] = l == "" and ">" or "> " .. l end
        body = "Forwarded, see below.\n\nOn " .. date .. ", " .. from .. " wrote:\n" .. concat(q, "\n") .. "\n"
    end
    return concat(hdr, "\n") .. "\n\n" .. body
end

-- the text of the mail as a person would see it to forward it: its
-- text/plain parts one after another, as a mail client shows inline
-- parts (a list's notice over the bounce it tells of) and the reader
-- joins them
local function shown_text (mail)
    local got = {}
    with_text(mail, function (_, t) got[#got + 1] = t return nil end)
    if #got > 0 then return concat(got, "\n") end
    local head, body = split(mail)
    local fs = fields_of(head)
    local ty = ctype(fs)
    if ty == "text/html" then
        -- (a line break where a client breaks the line: <br>, the end of
        -- a paragraph, a block, a table row or cell)
        local h = decode(fs, body):gsub("<[Bb][Rr][^>]*>", "\n")
            :gsub("</[PpDdTt][IiRrDd]?[Vv]?>", "\n")
        return (h:gsub("<[^>]*>", ""):gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&amp;", "&"))
    end
end

local function body_variant (how)
    return function (mail)
        return with_text(mail, function (fs, t, cs)
            if how == "qp" then return part(fs, "text/plain", cs, "quoted-printable"), qp(t) .. "\n" end
            if how == "base64" then return part(fs, "text/plain", cs, "base64"), base64(t) end
            if how == "related" then  -- Exchange's NDR: the HTML beside its images
                local b, a = "rel-51c0de", "alt-51c0de"
                local nfs = set(fs, "content-type", 'multipart/related; boundary="' .. b .. '"; type="multipart/alternative"')
                nfs = set(nfs, "content-transfer-encoding", nil)
                return nfs, "--" .. b .. '\nContent-Type: multipart/alternative; boundary="' .. a .. '"\n\n--'
                    .. a .. "\nContent-Type: text/plain; charset=" .. cs
                    .. "\nContent-Transfer-Encoding: base64\n\n" .. base64(t) .. "\n--" .. a
                    .. "\nContent-Type: text/html; charset=" .. cs
                    .. "\nContent-Transfer-Encoding: quoted-printable\n\n" .. qp(html(t, "table"))
                    .. "\n--" .. a .. "--\n\n--" .. b .. "\nContent-Type: image/png; name=\"logo.png\"\n"
                    .. "Content-ID: <logo.png@example>\nContent-Transfer-Encoding: base64\n\n"
                    .. base64("\137PNG\r\n\26\n\0\0\0\rIHDR") .. "\n--" .. b .. "--\n"
            end
            if how == "alternative" then
                local b = "alt-7f3a9c"
                local nfs = set(fs, "content-type", 'multipart/alternative; boundary="' .. b .. '"')
                nfs = set(nfs, "content-transfer-encoding", nil)
                return nfs, "--" .. b .. "\nContent-Type: text/plain; charset=" .. cs
                    .. "\nContent-Transfer-Encoding: 8bit\n\n" .. t .. "\n--" .. b
                    .. "\nContent-Type: text/html; charset=" .. cs
                    .. "\nContent-Transfer-Encoding: quoted-printable\n\n" .. qp(html(t, "p"))
                    .. "\n--" .. b .. "--\n"
            end
            if how == "trailing" then
                return part(fs, "text/plain", cs, "8bit"), (t:gsub("\n", " \t \n"))
            end
            if how == "wrap" then return part(fs, "text/plain", cs, "8bit"), wrap(t, 60) end
            if how == "flowed" then
                return part(fs, "text/plain", cs .. "; format=flowed", "8bit"), wrap(t, 60, true)
            end
            if how == "latin1" then
                local l = latin1(t, cs)
                if not l then return nil end
                return part(fs, "text/plain", "iso-8859-1", "quoted-printable"), qp(l) .. "\n"
            end
            if how == "nocharset" then
                fs = set(fs, "content-type", "text/plain")
                return set(fs, "content-transfer-encoding", "8bit"), t
            end
            if how == "entities" then
                local h = entities(html(t, "p"), cs)
                if not h then return nil end
                return part(fs, "text/html", cs, "7bit"), h
            end
            return part(fs, "text/html", cs, "8bit"), html(t, how)
        end)
    end
end

local function header_variant (name, value)
    return function (mail)
        local head, body = split(mail)
        return join(set(fields_of(head), name, value), (body:gsub("\r\n", "\n")))
    end
end

-- every variant: { kind, name, make(mail) -> mail or nil }
local VARIANTS = {}
local function add (kind, name, make) VARIANTS[#VARIANTS + 1] = { kind = kind, name = name, make = make } end
for _, s in ipairs(SUBJECTS) do add("subject", s[1], header_variant("subject", s[2])) end
for _, f in ipairs(FROMS) do add("from", f[1], header_variant("from", f[2])) end
add("returnpath", "empty", header_variant("return-path", "<>"))
add("returnpath", "missing", header_variant("return-path", nil))
for _, h in ipairs({ "qp", "base64", "latin1", "nocharset", "p", "br", "table", "entities", "alternative", "related" }) do
    add("body", (h == "p" or h == "br" or h == "table" or h == "entities") and "html-" .. h or h,
        body_variant(h))
end
add("layout", "crlf", function (mail) return (mail:gsub("\r?\n", "\r\n")) end)
add("layout", "trailing-space", body_variant("trailing"))
add("wrap", "wrapped", body_variant("wrap"))
add("layout", "flowed", body_variant("flowed"))
for _, how in ipairs({ "gmail", "outlook", "quoted" }) do
    add(how == "quoted" and "quoted" or "forward", how, function (mail)
        local t = shown_text(mail)
        if not t then return nil end
        local head = split(mail)
        return forward(fields_of(head), t, how)
    end)
end
add("bare", "person", function (mail)
    local head, body = split(mail)
    local fs = set(fields_of(head), "from", PERSON)
    fs = set(fs, "subject", "Message")
    fs = set(fs, "return-path", nil)
    return join(fs, (body:gsub("\r\n", "\n")))
end)
for _, g in ipairs(dofile(DIR .. "mail-perturb-mangle.lua")) do
    local fn = g[3]
    add(g[1], g[2], function (mail)
        return with_text(mail, function (fs, t, cs)
            local r = fn(t)
            if not r then return nil end
            return part(fs, "text/plain", cs, "8bit"), r
        end)
    end)
end
M.VARIANTS = VARIANTS

-- }==================================================================

-- {==================================================================
-- Measuring
-- ===================================================================

local function norm (a)
    return type(a) == "string" and (a:lower():gsub("^%s*<", ""):gsub(">%s*$", "")) or nil
end

-- what a reading says of each labelled recipient: address -> record
local function found (recs, label)
    local t = {}
    for _, l in ipairs(label.recipients) do
        local want = norm(l.recipient)
        for _, r in ipairs(recs or {}) do
            if want and (norm(r.recipient) == want or norm(r.original_recipient) == want) then
                t[want] = r
                break
            end
        end
    end
    return t
end

local function read_file (path)
    local f = assert(io.open(path, "rb"))
    local s = f:read("*a")
    f:close()
    return s
end

-- the dev mails: array of { path, mail, label }, every 'every'th one
function M.corpus (root, every)
    local t = {}
    local p = io.popen("find " .. root .. " -name labels.lua | sort")
    local files = {}
    for l in p:lines() do files[#files + 1] = l end
    p:close()
    for _, lf in ipairs(files) do
        local dir = lf:match("^(.*)/labels%.lua$")
        local labels = dofile(lf)
        local names = {}
        for name in pairs(labels) do names[#names + 1] = name end
        table.sort(names)
        for _, name in ipairs(names) do
            local f = io.open(dir .. "/" .. name, "rb")
            if f then
                f:close()
                t[#t + 1] = { path = dir .. "/" .. name, mail = read_file(dir .. "/" .. name), label = labels[name] }
            end
        end
    end
    if every and every > 1 then
        local s = {}
        for i = 1, #t, every do s[#s + 1] = t[i] end
        t = s
    end
    return t
end

--[[
** run(mailfn, corpus, kinds): per kind { n, kept, status, reason, na,
** fails, rfails } (n variants made, kept: all recipients found again,
** status: and their status and dsn_action the same, reason: and their
** reasons' families; fails: the variants not counted in status,
** rfails: those counted in status, not in reason), and for the
** notbounce mails' body and layout variants { n, false_bounces, fails }.
]]
function M.run (read, corpus, only)
    local res, nb = {}, { n = 0, bounces = 0, fails = {} }
    for _, k in ipairs(M.KINDS) do res[k] = { n = 0, kept = 0, status = 0, reason = 0, na = 0, fails = {}, rfails = {} } end
    for _, c in ipairs(corpus) do
        local f = c.label.format
        local bounce = f ~= "notbounce" and f ~= "autoreply" and f ~= "arf" and #c.label.recipients > 0
        local base = bounce and found(read(c.mail), c.label)
        local subj = get(fields_of((split(c.mail))), "subject") or ""
        c.person = subj:lower():match("^%s*fwd?%s*:") or subj:lower():match("^%s*re%s*:")
        for _, v in ipairs(VARIANTS) do
            if not only or only == v.kind then
                local r = res[v.kind]
                local prose = f ~= "rfc3464"
                    or not (v.kind == "forward" or v.kind == "quoted" or v.kind == "bare" or MANGLED[v.kind])
                if c.person and v.kind ~= "body" and v.kind ~= "layout" and v.kind ~= "wrap"
                    and not MANGLED[v.kind] then
                    prose = false  -- a person's forward gets no daemon's headers
                end
                if bounce and prose and next(base) then
                    local m = v.make(c.mail)
                    if m and (v.kind == "forward" or v.kind == "quoted" or v.kind == "bare") then
                        -- a recipient named only by a header or a part
                        -- the forward leaves out cannot be read from it
                        local low = m:lower()
                        for a in pairs(base) do
                            if not low:find(a, 1, true) then m = nil break end
                        end
                    end
                    if not m then
                        r.na = r.na + 1
                    else
                        r.n = r.n + 1
                        local recs, why = read(m)
                        local got, miss, diff, rdiff = found(recs, c.label), {}, {}, {}
                        for a, b in pairs(base) do
                            local g = got[a]
                            if not g then
                                miss[#miss + 1] = a
                            elseif (g.dsn or g.status) ~= (b.dsn or b.status) or g.dsn_action ~= b.dsn_action then
                                diff[#diff + 1] = fmt("%s %s/%s (was %s/%s)", a, tostring(g.dsn or g.status),
                                    tostring(g.dsn_action), tostring(b.dsn or b.status), tostring(b.dsn_action))
                            elseif family(g.reason) ~= family(b.reason) then
                                rdiff[#rdiff + 1] = fmt("%s %s (was %s)", a, tostring(g.reason), tostring(b.reason))
                            end
                        end
                        table.sort(miss)
                        table.sort(rdiff)
                        if #miss == 0 then r.kept = r.kept + 1 end
                        if #miss == 0 and #diff == 0 then r.status = r.status + 1 end
                        if #miss == 0 and #diff == 0 and #rdiff == 0 then r.reason = r.reason + 1 end
                        if #miss == 0 and #diff == 0 and #rdiff > 0 then
                            r.rfails[#r.rfails + 1] = fmt("%s/%s %s: reason %s", v.kind, v.name, c.path,
                                                          concat(rdiff, "; "))
                        elseif #miss > 0 or #diff > 0 then
                            r.fails[#r.fails + 1] = fmt("%s/%s %s: %s", v.kind, v.name, c.path,
                                #miss > 0 and ("not found " .. concat(miss, ", ") .. (recs and "" or " (" .. tostring(why) .. ")"))
                                or ("changed " .. concat(diff, "; ")))
                        end
                    end
                elseif c.label.format == "notbounce"
                    and (v.kind == "body" or v.kind == "layout" or v.kind == "wrap" or v.kind == "bare"
                         or (MANGLED[v.kind] and v.kind ~= "flat")) then
                    -- (a person's reply run into one line has lost the
                    -- quote marks that say it is one: not asked of flat)
                    local m = v.make(c.mail)
                    if m then
                        nb.n = nb.n + 1
                        local recs = read(m)
                        if recs then
                            nb.bounces = nb.bounces + 1
                            nb.fails[#nb.fails + 1] = fmt("notbounce %s/%s %s: %d record(s)", v.kind, v.name, c.path, #recs)
                        end
                    end
                end
            end
        end
    end
    return res, nb
end

-- the smtpbounce.mail reading, an error counted as none
function M.reader (smtpbounce)
    return function (m)
        local ok, recs, why = pcall(smtpbounce.mail, m)
        if not ok then return nil, "error " .. tostring(recs) end
        return recs, why
    end
end

local function main (args)
    local list, only, every = dofile(DIR .. "perturb-args.lua")(args, "mail-perturb.lua")
    local smtpbounce = require "smtpbounce"
    local corpus = M.corpus("accuracy/mail/dev", every)
    local res, nb = M.run(M.reader(smtpbounce), corpus, only)
    print(fmt("mail perturbation (accuracy/mail/dev, %d mails): variants keeping all recipients", #corpus))
    print(fmt("  %-11s %9s %17s %17s %17s %5s", "kind", "variants", "recipients kept", "and status",
              "and reason", "n/a"))
    local bad = 0
    for _, k in ipairs(M.KINDS) do
        local r = res[k]
        if r.n + r.na > 0 then
            local function pct (x) return r.n > 0 and 100 * x / r.n or 0 end
            print(fmt("  %-11s %9d %8.1f%% %7s %8.1f%% %7s %8.1f%% %7s %5d%s", k, r.n, pct(r.kept),
                      "(" .. r.kept .. ")", pct(r.status), "(" .. r.status .. ")", pct(r.reason),
                      "(" .. r.reason .. ")", r.na, REQUIRED[k] and "" or "  (measured only)"))
            if REQUIRED[k] then bad = bad + (r.n - r.kept) end
        end
    end
    print(fmt("  notbounce mails' body, layout, wrap, bare and mangled variants read as a bounce: %d of %d",
              nb.bounces, nb.n))
    if list then
        for _, k in ipairs(M.KINDS) do
            for _, f in ipairs(res[k].fails) do print("  " .. f) end
            for _, f in ipairs(res[k].rfails) do print("  " .. f) end
        end
        for _, f in ipairs(nb.fails) do print("  " .. f) end
    end
    return bad
end

if arg and arg[0] and arg[0]:match("mail%-perturb%.lua$") then
    main(arg)
end

return M
