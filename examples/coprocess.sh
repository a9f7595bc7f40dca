#!/usr/bin/env bash
# coprocess.sh -- drive `smtpbounce classify --json` and `smtpbounce scan
# --json` as co-processes: write one line, read its result, write the next.
# This only works because both write (and flush) each result as soon as
# its input line is read; were the output block-buffered, the first read
# below would wait forever (the timeout turns that into an error).
#   sh examples/coprocess.sh            (after `make`; or bash, or ./)
# It needs bash (coproc): run by another shell, it starts again under bash
# before reading further (sh reads a script one command at a time).
if [ -z "${BASH_VERSION:-}" ]; then
  command -v bash > /dev/null 2>&1 || { echo "coprocess.sh needs bash" >&2; exit 1; }
  exec bash "$0" "$@"
fi
set -eu
cd "$(dirname "$0")/.."
LUA=${LUA:-lua5.4}

coproc CLASSIFY { "$LUA" bin/smtpbounce classify --json; }
classify_pid=$CLASSIFY_PID     # bash unsets CLASSIFY_PID once it has ended
for reply in "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown" \
             "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred" \
             "250 2.0.0 OK 1376056636 i3si9508927obz.16 - gsmtp"; do
  printf '%s\n' "$reply" >&"${CLASSIFY[1]}"
  IFS= read -r -t 10 result <&"${CLASSIFY[0]}" || { echo "no answer within 10 s" >&2; exit 1; }
  printf 'classify: %s\n' "$result"
done
exec {CLASSIFY[1]}>&-
wait "$classify_pid" 2>/dev/null || true

# scan reads a log from its standard input the same way: one Postfix
# delivery line in, one JSON object out (the first line tells the format)
coproc SCAN { "$LUA" bin/smtpbounce scan --json 2>/dev/null; }
scan_pid=$SCAN_PID
for to in alice bob; do
  printf '%s\n' "Nov 28 01:02:03 mail postfix/smtp[1234]: 4ABC123DEF: to=<$to@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <$to@example.com>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))" >&"${SCAN[1]}"
  IFS= read -r -t 10 result <&"${SCAN[0]}" || { echo "no answer within 10 s" >&2; exit 1; }
  printf 'scan: %s\n' "$result"
done
exec {SCAN[1]}>&-
wait "$scan_pid" 2>/dev/null || true
