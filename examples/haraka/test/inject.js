// inject.js -- for tools/test-haraka.sh: send one message per
// FROM TO pair to an SMTP server on 127.0.0.1, all on one connection.
//   node inject.js PORT FROM TO [FROM TO ...]
// Prints "queued TO" per accepted message; exits 1 at the first reply
// that is not the one expected (with the reply).
'use strict'
const net = require('node:net')

const [port, ...pairs] = process.argv.slice(2)
const steps = [['', 220], ['EHLO client.example.org', 250]]
for (let i = 0; i + 1 < pairs.length; i += 2) {
    const [from, to] = [pairs[i], pairs[i + 1]]
    const body = [
        `From: <${from}>`, `To: <${to}>`, `Subject: test for ${to}`,
        `Message-ID: <${Date.now()}.${i}@client.example.org>`, `Date: ${new Date().toUTCString()}`,
        '', `A test message for ${to}.`, '.',
    ].join('\r\n')
    steps.push([`MAIL FROM:<${from}>`, 250], [`RCPT TO:<${to}>`, 250], ['DATA', 354], [body, 250, to])
}
steps.push(['QUIT', 221])

const sock = net.connect(Number(port), '127.0.0.1')
sock.setTimeout(30000, () => fail('timeout'))
sock.on('error', (e) => fail(e.message))
let buf = ''
let step = 0
let reply = []
function fail(why) {
    console.error(`inject: ${why}`)
    process.exit(1)
}
function send() {
    if (step < steps.length && steps[step][0] !== '') sock.write(`${steps[step][0]}\r\n`)
}
sock.on('data', (d) => {
    buf += d.toString('latin1')
    let nl
    while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).replace(/\r$/, '')
        buf = buf.slice(nl + 1)
        reply.push(line)
        if (line[3] === '-') continue
        const [cmd, want, to] = steps[step]
        if (parseInt(line, 10) !== want) fail(`${cmd.split('\r\n')[0] || 'greeting'}: ${reply.join(' | ')}`)
        if (to) console.log(`queued ${to}`)
        reply = []
        step++
        if (step === steps.length) return sock.end()
        send()
    }
})
