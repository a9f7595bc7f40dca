// relay_to_sink -- for tools/test-haraka.sh only: every client on
// 127.0.0.1 may relay, and all outbound mail, whatever its domain, goes
// to one SMTP server (config/relay_to_sink.ini: host, port), the
// project's scripted sink.  Not for a real server.

exports.register = function () {
    this.cfg = this.config.get('relay_to_sink.ini').main
}

exports.hook_connect = function (next, connection) {
    if (connection.remote.ip === '127.0.0.1') connection.relaying = true
    next()
}

exports.hook_get_mx = function (next, hmail, domain) {
    next(OK, { exchange: this.cfg.host || '127.0.0.1', port: parseInt(this.cfg.port, 10), priority: 0 })
}
