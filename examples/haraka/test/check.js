// check.js -- for tools/test-haraka.sh: after the run, compare what Haraka
// did for each recipient with what `smtpbounce classify` says for the
// reply the sink sent it.
//   node check.js WORKDIR "CLASSIFY COMMAND" LATER RESTART LOCALPART...
// WORKDIR has script.tsv (the sink's script), haraka.log, haraka/queue/,
// sink.log and suppress.txt.  Recipient LOCALPART is
// LOCALPART@LOCALPART.example.net, sent from harness+LOCALPART@example.org;
// LATER was sent after its domain was throttled, RESTART (the sink
// answers it as gmail-nosuchuser) after the plugin's co-process was killed.  Prints "ok ..." or
// "FAIL ..." per recipient, then "N passed, N failed"; exits 1 on a failure.
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const child_process = require('node:child_process')

const [work, classify_cmd, later, restarted, ...lps] = process.argv.slice(2)
const PHASES = ['connect', 'helo', 'mail', 'rcpt', 'data', 'eod']

// -- what the sink was told to answer, and what smtpbounce says of it ------

// local part -> phase -> reply (lines joined by "\n")
function read_script(file) {
    const script = {}
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (line.startsWith('#')) continue
        const f = line.split('\t')
        if (f.length < 3) continue
        const reply = f[2].replace(/\\(n|\\)/g, (m, c) => (c === 'n' ? '\n' : '\\'))
        ;(script[f[0].toLowerCase()] ||= {})[f[1]] = reply
    }
    return script
}

// the reply that decides a recipient's attempt: the first one that is no
// 2xx/3xx in SMTP order, else the end-of-data reply (the sink's own
// "250 2.0.0 Ok: queued" when none is scripted)
function deciding_reply(lines) {
    for (const phase of PHASES) {
        const r = lines[phase]
        if (r !== undefined && !/^[23]/.test(r)) return { phase, reply: r }
    }
    return { phase: 'eod', reply: lines.eod || '250 2.0.0 Ok: queued' }
}

function classify(reqs) {
    const words = classify_cmd.split(/\s+/)
    const input = reqs.map((r, i) => JSON.stringify({ ...r, id: i })).join('\n') + '\n'
    const out = child_process.execFileSync(words[0], words.slice(1), { input, encoding: 'utf8' })
    const res = []
    for (const line of out.split('\n').filter((l) => l)) {
        const r = JSON.parse(line)
        res[r.id] = r
    }
    return res
}

// -- what Haraka did ------------------------------------------------------

// Haraka's log (timestamps=true): time, level, uuid, part, text
function read_log(file) {
    const re = /^(\S+) \[(\w+)\] \[([^\]]*)\] \[([^\]]*)\] (.*)$/
    return fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.match(re))
        .filter((m) => m)
        .map((m) => ({ time: Date.parse(m[1]), level: m[2], uuid: m[3], part: m[4], text: m[5] }))
}

// a queue file's name parts and its delivery record (todo)
function read_queue(dir) {
    const out = []
    for (const name of fs.readdirSync(dir)) {
        const p = name.split('_')
        if (p.length !== 7) continue
        const buf = fs.readFileSync(path.join(dir, name))
        const todo = JSON.parse(buf.subarray(4, 4 + buf.readUInt32BE(0)).toString('utf8'))
        out.push({
            name,
            arrival: +p[0],
            next_attempt: +p[1],
            attempts: +p[2],
            uid: p[4],
            rcpts: todo.rcpt_to.map((r) => `${r.user}@${r.host}`.toLowerCase()),
        })
    }
    return out
}

// the sink's transcript: per connection, the sender, the recipients it
// took (2xx to RCPT), and whether the message was taken (2xx after DATA)
function read_sink(file) {
    const conns = new Map()
    let last = new Map() // conn -> last command
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        const m = line.match(/^\S+ \S+ #(\d+) ([<>]) (.*)$/)
        if (!m) continue
        const c = conns.get(m[1]) || { from: null, rcpts: [], taken: [], data: false }
        conns.set(m[1], c)
        if (m[2] === '<') {
            last.set(m[1], m[3])
            const from = m[3].match(/^MAIL FROM:<([^>]*)>/i)
            if (from) Object.assign(c, { from: from[1].toLowerCase(), rcpts: [], data: false })
            continue
        }
        const cmd = last.get(m[1]) || ''
        const ok = /^2\d\d /.test(m[3])
        const rcpt = cmd.match(/^RCPT TO:<([^>]*)>/i)
        if (rcpt && ok) c.rcpts.push(rcpt[1].toLowerCase())
        if (/^DATA$/i.test(cmd) && /^354/.test(m[3])) c.data = true
        else if (c.data && /^\d\d\d /.test(m[3])) {
            if (ok) c.taken.push({ from: c.from, rcpts: [...c.rcpts] })
            c.data = false
        }
    }
    const taken = []
    for (const c of conns.values()) taken.push(...c.taken)
    return taken
}

const script = read_script(path.join(work, 'script.tsv'))
const log = read_log(path.join(work, 'haraka.log'))
const queue = read_queue(path.join(work, 'haraka', 'queue'))
const taken = read_sink(path.join(work, 'sink.log'))
const suppress_file = path.join(work, 'suppress.txt')
const suppressed = fs.existsSync(suppress_file) ? fs.readFileSync(suppress_file, 'utf8').split('\n') : []

// uuid -> the domain Haraka looked up an MX for
const domain_of = new Map()
for (const l of log) {
    const m = l.text.match(/hook=get_mx .* params=(\S+)/)
    if (m) domain_of.set(l.uuid, m[1])
}
function haraka_lines(domain) {
    return log.filter((l) => domain_of.get(l.uuid) === domain)
}
// the plugin's own line for a recipient: what it classified
function plugin_result(kind, rcpt) {
    const re = new RegExp(
        `^${kind} ${rcpt.replace(/[.+]/g, '\\$&')}: (\\w+)/(\\w+)/(\\w+) retry_after=(\\S+) give_up_after=(\\S+)`,
    )
    for (const l of log) {
        const m = l.part === 'smtpbounce' && l.text.match(re)
        if (m) return { outcome: m[1], reason: m[2], action: m[3], retry_after: m[4] }
    }
    return null
}
function dsn_sent(lp) {
    return taken.some((t) => t.from === '' && t.rcpts.includes(`harness+${lp}@example.org`))
}

// -- the checks -----------------------------------------------------------

let passed = 0
let failed = 0
function report(name, problems, what) {
    if (problems.length === 0) {
        passed++
        console.log(`ok   ${name}: ${what}`)
    } else {
        failed++
        console.log(`FAIL ${name}: ${what}`)
        for (const p of problems) console.log(`       ${p}`)
    }
}

const reqs = lps.map((lp) => {
    const d = deciding_reply(script[lp] || {})
    return { reply: d.reply, phase: d.phase, recipient: `${lp}@${lp}.example.net` }
})
const want = classify(reqs)

lps.forEach((lp, i) => {
    const rcpt = reqs[i].recipient
    const domain = `${lp}.example.net`
    const w = want[i]
    const problems = []
    const lines = haraka_lines(domain)
    const has = (re) => lines.some((l) => re.test(l.text))
    const queued = queue.filter((q) => q.rcpts.includes(rcpt))
    const in_suppress = suppressed.includes(`${rcpt}\t${w.reason}`)
    let what = `${w.outcome}/${w.reason}/${w.action}`
    if (!script[lp]) problems.push(`no reply scripted for ${lp}`)
    if (lines.length === 0) problems.push(`Haraka never tried to deliver to ${domain}`)

    // the plugin read Haraka's copy of the reply as classify reads the sink's
    const kind = { delivered: 'delivered', deferred: 'deferred', bounced: 'bounced' }[w.outcome]
    const got = kind && plugin_result(kind, rcpt)
    if (!got) problems.push(`the plugin logged no "${kind} ${rcpt}" result`)
    else if (`${got.outcome}/${got.reason}/${got.action}` !== what) {
        problems.push(`the plugin classified Haraka's reply as ${got.outcome}/${got.reason}/${got.action}`)
    }

    if (w.outcome === 'delivered') {
        if (!has(new RegExp(`delivered file=\\S+ domain=${domain} `))) problems.push('Haraka logged no delivery')
        if (!taken.some((t) => t.rcpts.includes(rcpt))) problems.push('the sink took no message for it')
        if (queued.length) problems.push(`still queued: ${queued[0].name}`)
    } else if (w.outcome === 'deferred' && w.retry_after + 1 > w.give_up_after) {
        // the next try would come after the give-up time: given up
        what += ` retry_after=${w.retry_after} give_up_after=${w.give_up_after}: given up`
        if (!has(/Not deferring\. Deleting mail\./)) problems.push('Haraka did not drop it (no "Not deferring")')
        if (has(/Temp failing/)) problems.push('Haraka scheduled a retry')
        if (!dsn_sent(lp)) problems.push(`no DSN to harness+${lp}@example.org reached the sink`)
        if (queued.length) problems.push(`still queued: ${queued[0].name}`)
    } else if (w.outcome === 'deferred') {
        what += ` retry in ${w.retry_after} s`
        const tf = lines.map((l) => ({ l, m: l.text.match(/Temp failing (\S+) for (\d+) seconds/) })).find((x) => x.m)
        if (!tf) problems.push('Haraka logged no "Temp failing"')
        else {
            if (+tf.m[2] !== w.retry_after) problems.push(`Haraka retries in ${tf.m[2]} s, smtpbounce says ${w.retry_after}`)
            const q = queue.find((x) => x.uid === tf.m[1].split('_')[4])
            if (!q) problems.push(`no queue file for ${tf.m[1]}`)
            else {
                const sched = (q.next_attempt - tf.l.time) / 1000
                if (q.attempts !== 1) problems.push(`queue file ${q.name}: ${q.attempts} attempts, not 1`)
                if (Math.abs(sched - w.retry_after) > 2) {
                    problems.push(`queue file ${q.name}: next attempt ${sched.toFixed(1)} s after the deferral`)
                }
                if (!q.rcpts.includes(rcpt)) problems.push(`queue file ${q.name} is not for ${rcpt}`)
            }
        }
        if (dsn_sent(lp)) problems.push('a DSN was sent for a deferral')
        if (w.action === 'throttle') {
            const re = new RegExp(`^throttling ${domain.replace(/\./g, '\\.')} for ${w.retry_after} s$`)
            if (!log.some((l) => l.part === 'smtpbounce' && re.test(l.text))) {
                problems.push(`the plugin did not throttle ${domain} for ${w.retry_after} s`)
            }
        }
    } else if (w.outcome === 'bounced') {
        if (w.action === 'retry' || w.action === 'throttle') {
            problems.push(`smtpbounce says ${w.action}, but Haraka bounces every 5xx`)
        }
        if (!has(/bouncing mail/)) problems.push('Haraka did not bounce it')
        if (has(/Temp failing/)) problems.push('Haraka scheduled a retry')
        if (!dsn_sent(lp)) problems.push(`no DSN to harness+${lp}@example.org reached the sink`)
        if (queued.length) problems.push(`still queued: ${queued[0].name}`)
    } else {
        problems.push(`outcome ${w.outcome}: nothing to compare with`)
    }
    if (w.action === 'suppress' && !in_suppress) problems.push(`not in suppress.txt as "${rcpt}\\t${w.reason}"`)
    if (w.action !== 'suppress' && suppressed.some((s) => s.startsWith(`${rcpt}\t`))) {
        problems.push('in suppress.txt, but the action is not suppress')
    }
    const flat = reqs[i].reply.split('\n').join(' ')
    report(lp, problems, `${flat.length > 60 ? `${flat.slice(0, 60)}...` : flat} -> ${what}`)
})

// a message to a throttled domain is held back: queued, never sent
{
    const domain = later.split('@')[1]
    const problems = []
    const held = log.find((l) => l.part === 'smtpbounce' && l.text.startsWith(`throttled ${domain}: holding `))
    if (!held) problems.push(`the plugin did not hold back mail to ${domain}`)
    else {
        const s = +held.text.match(/for (\d+) s$/)[1]
        if (s < 3500) problems.push(`held for ${s} s only`)
    }
    if (taken.some((t) => t.rcpts.includes(later)) || taken.some((t) => t.from === `harness+${later.split('@')[0]}@example.org`)) {
        problems.push('the sink got it')
    }
    const q = queue.filter((x) => x.rcpts.includes(later))
    if (q.length !== 1 || q[0].attempts !== 0) problems.push('not in the queue as not yet tried')
    report('throttled', problems, `${later} held back while ${domain} is throttled`)
}

// the co-process was killed: the plugin saw it end, started another, and
// the next reply was decided as classify decides it
{
    const problems = []
    const lp = restarted.split('@')[0]
    const w = classify([{ reply: deciding_reply(script[lp] || {}).reply, phase: 'rcpt', recipient: restarted }])[0]
    const mine = log.filter((l) => l.part === 'smtpbounce')
    const ended = mine.findIndex((l) => /^co-process ended/.test(l.text))
    if (ended < 0) problems.push('the plugin logged no "co-process ended"')
    const starts = mine.filter((l, i) => i > ended && /^starting: /.test(l.text))
    if (ended >= 0 && starts.length !== 1) problems.push(`${starts.length} co-process starts after it ended, not 1`)
    const got = plugin_result('bounced', restarted)
    if (!got) problems.push(`the plugin logged no "bounced ${restarted}" result`)
    else if (`${got.outcome}/${got.reason}/${got.action}` !== `${w.outcome}/${w.reason}/${w.action}`) {
        problems.push(`the plugin says ${got.outcome}/${got.reason}/${got.action}`)
    }
    if (w.action === 'suppress' && !suppressed.includes(`${restarted}\t${w.reason}`)) {
        problems.push(`not in suppress.txt as "${restarted}\\t${w.reason}"`)
    }
    report('restart', problems, `${restarted} decided (${w.outcome}/${w.reason}/${w.action}) by a new co-process`)
}

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
