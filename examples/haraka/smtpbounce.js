// smtpbounce -- a Haraka plugin: decide what outbound delivery does after
// each remote reply with `smtpbounce classify --jsonl`, kept running as
// ONE co-process (spawned at the first reply, restarted if it dies; each
// request carries an id and is matched to its answer by it).
//
//   deferred (4xx, or no reply):  retry after the result's retry_after
//       (next(DENYSOFT, seconds)); 'throttle' also holds every other mail
//       to that domain (hook send_email: next(DELAY, seconds)) until then;
//       once the next try would come after give_up_after (counted from
//       the queue time), stop: a DSN to the sender, and the mail is
//       dropped (next(OK)).
//   bounce (5xx):  Haraka stops retrying and sends its DSN; 'suppress'
//       appends "address TAB reason" to suppress_file.
//   delivered:  logged with its result.
//
// When the co-process cannot answer (not installed, too slow, gone),
// every hook falls back to Haraka's own behaviour (next()).
// Configuration: config/smtpbounce.ini (see README.md beside this file).

const child_process = require('node:child_process')
const fs = require('node:fs')
const readline = require('node:readline')

const { Address } = require('@haraka/email-address')
const outbound = require('./outbound')

// -- configuration ----------------------------------------------------------

exports.register = function () {
    this.load_ini()
    this.proc = null // the co-process
    this.pending = new Map() // id -> { done, timer }
    this.next_id = 1
    this.throttled = new Map() // domain -> epoch ms until which to hold its mail
    this.register_hook('deferred', 'on_deferred')
    this.register_hook('bounce', 'on_bounce')
    this.register_hook('delivered', 'on_delivered')
    this.register_hook('send_email', 'on_send_email')
}

exports.load_ini = function () {
    this.cfg = this.config.get(
        'smtpbounce.ini',
        { booleans: ['+main.throttle', '+main.give_up', '+main.give_up_dsn'] },
        () => this.load_ini(),
    )
    const m = this.cfg.main
    m.command = m.command || 'smtpbounce'
    m.timeout = parseFloat(m.timeout) || 5
    m.max_retry = parseInt(m.max_retry, 10) || 0
}

exports.shutdown = function () {
    if (this.proc) {
        this.proc.removeAllListeners('exit')
        this.proc.kill()
        this.proc = null
    }
}

// -- the co-process ---------------------------------------------------------

// the argument list: command [options] classify --jsonl [options]
function split_words(s) {
    return `${s || ''}`.split(/\s+/).filter((w) => w !== '')
}

exports.start = function () {
    const m = this.cfg.main
    const words = split_words(m.command)
    const argv = [...words.slice(1), 'classify', '--jsonl', ...split_words(m.options)]
    this.loginfo(`starting: ${[words[0], ...argv].join(' ')}`)
    const proc = child_process.spawn(words[0], argv, { stdio: ['pipe', 'pipe', 'pipe'] })
    this.proc = proc
    proc.on('error', (err) => {
        this.logerror(`co-process: ${err.message}`)
        this.lost(proc)
    })
    proc.on('exit', (code, signal) => {
        this.logwarn(`co-process ended (${signal || code}); restarted at the next reply`)
        this.lost(proc)
    })
    proc.stdin.on('error', (err) => this.logerror(`co-process input: ${err.message}`))
    readline.createInterface({ input: proc.stderr }).on('line', (l) => this.logwarn(`co-process: ${l}`))
    readline.createInterface({ input: proc.stdout }).on('line', (line) => this.answer(line))
}

// the process is gone: its pending requests get no answer
exports.lost = function (proc) {
    if (this.proc !== proc) return
    this.proc = null
    for (const [id, p] of this.pending) {
        clearTimeout(p.timer)
        this.pending.delete(id)
        p.done(null)
    }
}

exports.answer = function (line) {
    let r
    try {
        r = JSON.parse(line)
    } catch {
        return this.logerror(`co-process wrote no JSON: ${line}`)
    }
    const p = this.pending.get(r.id)
    if (!p) return this.logwarn(`an answer nobody waits for: ${line}`)
    this.pending.delete(r.id)
    clearTimeout(p.timer)
    if (r.error) {
        this.logerror(`co-process refused a request: ${r.error}`)
        return p.done(null)
    }
    p.done(r)
}

// classify one reply: done(result) or done(null) when there is no answer
exports.classify = function (req, done) {
    if (!this.proc) this.start()
    const id = this.next_id++
    const timer = setTimeout(() => {
        this.pending.delete(id)
        this.logerror(`no answer within ${this.cfg.main.timeout} s`)
        done(null)
    }, this.cfg.main.timeout * 1000)
    this.pending.set(id, { done, timer })
    this.proc.stdin.write(`${JSON.stringify({ ...req, id })}\n`)
}

// classify several replies; done(results), null where there was no answer
exports.classify_all = function (reqs, done) {
    const out = new Array(reqs.length)
    let left = reqs.length
    if (left === 0) return done(out)
    reqs.forEach((req, i) => {
        this.classify(req, (r) => {
            out[i] = r
            if (--left === 0) done(out)
        })
    })
}

// -- what Haraka saw --------------------------------------------------------

// the remote reply a recipient got, as Haraka keeps it (the code, the
// enhanced status, the text of every line joined by spaces), else 'fallback'
function reply_of(rcpt, fallback) {
    if (rcpt && rcpt.dsn_smtp_code) {
        return [rcpt.dsn_smtp_code, rcpt.dsn_smtp_extc, rcpt.dsn_smtp_response].filter((x) => x).join(' ')
    }
    return `${fallback || ''}`.replace(/^(Some recipients temp failed|Upstream error): /, '')
}

// user@host of an Address (a string in @haraka/email-address 3, a
// method before it, and both through Haraka's legacy wrapper)
function addr(a) {
    const v = a.address
    return typeof v === 'function' ? v.call(a) : String(v)
}

function mx_name(mx) {
    if (!mx) return undefined
    return mx.from_dns || mx.exchange || undefined
}

// one request per recipient of hmail
function requests(hmail, err, mx, rcpt_phase) {
    return hmail.todo.rcpt_to.map((rcpt) => {
        const req = { reply: reply_of(rcpt, err), recipient: addr(rcpt), domain: hmail.todo.domain }
        const host = mx_name(mx)
        if (host) req.mx = host
        if (rcpt_phase) req.phase = 'rcpt'
        if (rcpt.dsn_status && /^[245]\.\d{1,3}\.\d{1,3}$/.test(rcpt.dsn_status)) req.dsn = rcpt.dsn_status
        return req
    })
}

function describe(r) {
    return `${r.outcome}/${r.reason}/${r.action} retry_after=${r.retry_after} give_up_after=${r.give_up_after} rule=${r.rule}`
}

// -- hooks ------------------------------------------------------------------

exports.on_send_email = function (next, hmail) {
    if (!this.cfg.main.throttle) return next()
    const until = this.throttled.get(hmail.todo.domain)
    if (!until) return next()
    const left = Math.ceil((until - Date.now()) / 1000)
    if (left <= 0) {
        this.throttled.delete(hmail.todo.domain)
        return next()
    }
    this.loginfo(`throttled ${hmail.todo.domain}: holding ${hmail.filename} for ${left} s`)
    next(DELAY, left)
}

exports.on_deferred = function (next, hmail, params) {
    const reqs = requests(hmail, params.err, params.mx, !!params.fail_recips)
    this.classify_all(reqs, (results) => {
        const m = this.cfg.main
        let delay = 0
        let stop = true
        let throttle = false
        const age = (Date.now() - hmail.todo.queue_time) / 1000
        results.forEach((r, i) => {
            if (!r) {
                stop = false
                return
            }
            this.loginfo(`deferred ${reqs[i].recipient}: ${describe(r)}`)
            const wait = r.retry_after || params.delay
            delay = Math.max(delay, wait)
            if (r.action === 'throttle') throttle = true
            // the next try would come after the give-up time
            const given_up = m.give_up && r.give_up_after !== undefined && age + wait > r.give_up_after
            if (!given_up) stop = false
        })
        if (results.some((r) => !r)) return next() // Haraka's own schedule
        if (stop) return this.give_up(next, hmail, params.err, reqs)
        if (m.max_retry && delay > m.max_retry) delay = m.max_retry
        if (throttle && m.throttle) {
            const now = Date.now()
            for (const [d, until] of this.throttled) if (until <= now) this.throttled.delete(d)
            this.throttled.set(hmail.todo.domain, now + delay * 1000)
            this.loginfo(`throttling ${hmail.todo.domain} for ${delay} s`)
        }
        this.loginfo(`retrying ${hmail.filename} in ${delay} s`)
        next(DENYSOFT, delay)
    })
}

// the give-up time has passed: a DSN to the sender, then drop the mail
exports.give_up = function (next, hmail, err, reqs) {
    const who = reqs.map((q) => q.recipient).join(', ')
    this.lognotice(`giving up on ${hmail.filename} (${who}): past give_up_after`)
    const from = hmail.todo.mail_from
    if (!this.cfg.main.give_up_dsn || !from || !from.user) return next(OK)
    for (const rcpt of hmail.todo.rcpt_to) {
        rcpt.dsn_action = 'failed'
        if (rcpt.dsn_status) rcpt.dsn_status = `${rcpt.dsn_status}`.replace(/^4/, '5')
    }
    const reason = `Gave up after repeated temporary failures (${err})`
    hmail.populate_bounce_message(new Address('<>'), new Address(from.user, from.host), reason, (e, lines) => {
        if (e) {
            this.logerror(`no DSN for ${hmail.filename}: ${e}`)
            return next(OK)
        }
        outbound.send_email(
            new Address('<>'),
            new Address(from.user, from.host),
            lines.join(''),
            (code, msg) => {
                if (code !== OK) this.logerror(`no DSN for ${hmail.filename}: ${msg || code}`)
                next(OK)
            },
            { origin: hmail },
        )
    })
}

exports.on_bounce = function (next, hmail, err) {
    const bounced = err && err.bounced_rcpt
    const reqs = requests(hmail, err && err.message, err && err.mx, !!bounced)
    this.classify_all(reqs, (results) => {
        const lines = []
        results.forEach((r, i) => {
            if (!r) return
            this.loginfo(`bounced ${reqs[i].recipient}: ${describe(r)}`)
            if (r.action === 'suppress') lines.push(`${reqs[i].recipient}\t${r.reason}\n`)
            if (r.action === 'retry' || r.action === 'throttle') {
                this.logwarn(`${reqs[i].recipient}: smtpbounce would retry this ${r.code || ''} reply`)
            }
        })
        const file = this.cfg.main.suppress_file
        if (!file || lines.length === 0) return next()
        fs.appendFile(file, lines.join(''), (e) => {
            if (e) this.logerror(`${file}: ${e.message}`)
            next()
        })
    })
}

exports.on_delivered = function (next, hmail, params) {
    const [host, , response, , , , ok_recips] = params
    const reqs = (ok_recips || []).map((rcpt) => ({
        reply: `250 ${response}`,
        recipient: addr(rcpt),
        domain: hmail.todo.domain,
        mx: host,
    }))
    this.classify_all(reqs, (results) => {
        results.forEach((r, i) => {
            if (r) this.loginfo(`delivered ${reqs[i].recipient}: ${describe(r)}`)
        })
        next()
    })
}
