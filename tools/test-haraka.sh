#!/bin/sh
# test-haraka.sh -- a real Haraka (from npm, at a pinned version) with the
# plugin of examples/haraka, delivering outbound mail to the scripted SMTP
# sink (tools/smtp-sink.c; replies: tools/mta-script.tsv and
# examples/haraka/test/sink-extra.tsv), then check per recipient that what
# Haraka did (delivered; deferred, with the retry delay it scheduled;
# bounced; given up; held back by a throttle) is what `smtpbounce classify`
# says for the reply the sink sent (examples/haraka/test/check.js).
# Installs Node.js and npm (Debian) when missing, and Haraka into
# build/haraka-VERSION (kept for the next run).  Starts and stops its own
# sink and Haraka on 127.0.0.1.  Ends "N passed, N failed".
#   HARAKA_VERSION (default below, by Node.js version), LUA (lua5.4),
#   HARAKA_TEST_KEEP=1 keeps the work directory (config, logs, queue).
set -u
cd "$(dirname "$0")/.." || exit 2
# Haraka 3.3.4 needs Node.js 20 or later; on 18 (Debian 12's nodejs)
# 3.1.1 is taken instead (its package says Node.js 18 or later)
HARAKA_NODE20=3.3.4
HARAKA_NODE18=3.1.1
LUA=${LUA:-lua5.4}
HERE=$(pwd)
T=examples/haraka/test
# the recipients (local parts of the sink script), each to its own
# domain LOCALPART.example.net, from harness+LOCALPART@example.org
RCPTS="gmail-accept gmail-nosuchuser icloud-nouser outlook-banned gmail-auth gmail-spam
  rspamd-spam gmail-toolarge gmail-badsender gmail-overquota dovecot-full postgrey
  yahoo-tss04 yahoo-gl01 yahoo-fromdomain"
# sent after yahoo-tss04's throttle: must be held back, never reach the sink
LATER=tss04-later@yahoo-tss04.example.net
# sent after the plugin's co-process was killed (the sink's reply: gmail-nosuchuser's)
RESTART=gmail-nosuchuser@restart.example.net

say () { echo "test-haraka: $*"; }
fail () { say "$*" >&2; echo "0 passed, 1 failed"; exit 1; }

work=$(mktemp -d /tmp/smtpbounce-haraka.XXXXXX) || exit 2
sink_pid=""; haraka_pid=""

# wait_gone PID SECONDS: 0 once the process is gone
wait_gone () {
  i=0
  while kill -0 "$1" 2>/dev/null; do
    i=$((i + 1)); [ $i -gt $(($2 * 10)) ] && return 1; sleep 0.1
  done
}
stop () {
  [ -n "$1" ] || return 0
  kill -TERM "$1" 2>/dev/null && { wait_gone "$1" 10 || kill -KILL "$1" 2>/dev/null; }
  wait "$1" 2>/dev/null
}
cleanup () {
  stop "$haraka_pid"; haraka_pid=""
  stop "$sink_pid"; sink_pid=""
  if [ "${HARAKA_TEST_KEEP:-}" = 1 ]; then say "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

# ------------------------------------------------------ Node.js and Haraka
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  sh tools/deps.sh nodejs npm || fail "cannot install Node.js and npm (Debian packages nodejs npm)"
fi
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null) || fail "node does not run"
[ "$major" -ge 18 ] || fail "Haraka needs Node.js 18 or later; this is $(node --version)"
if [ -z "${HARAKA_VERSION:-}" ]; then
  if [ "$major" -ge 20 ]; then HARAKA_VERSION=$HARAKA_NODE20; else HARAKA_VERSION=$HARAKA_NODE18; fi
fi
BUILD=$HERE/build/haraka-$HARAKA_VERSION
hk=$BUILD/node_modules/Haraka
if [ "$(node -p "require('$hk/package.json').version" 2>/dev/null)" != "$HARAKA_VERSION" ]; then
  say "installing Haraka $HARAKA_VERSION from npm into $BUILD"
  if ! timeout 60 npm view --fetch-retries=1 --fetch-timeout=20000 "Haraka@$HARAKA_VERSION" version \
      > "$work/npm.log" 2>&1; then
    tail -n 5 "$work/npm.log" >&2
    grep -q E404 "$work/npm.log" && fail "npm's registry has no Haraka@$HARAKA_VERSION"
    fail "npm's registry is unreachable (npm view Haraka@$HARAKA_VERSION failed): cannot install Haraka"
  fi
  rm -rf "$BUILD"; mkdir -p "$BUILD"
  # no install scripts: the only one is an optional syslog module's build
  (cd "$BUILD" && echo '{"private": true}' > package.json &&
    timeout 300 npm install --no-audit --no-fund --ignore-scripts "Haraka@$HARAKA_VERSION") \
    >> "$work/npm.log" 2>&1 ||
    { tail -n 20 "$work/npm.log" >&2; rm -rf "$BUILD"; fail "npm install Haraka@$HARAKA_VERSION failed"; }
fi
say "Haraka $(node -p "require('$hk/package.json').version"), Node.js $(node --version)"

# ------------------------------------------------- smtpbounce and the sink
make -s all >/dev/null || fail "make failed"
sh tools/deps.sh gcc libc6-dev || fail "cannot install a C compiler"
cc -std=c99 -O2 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L \
  -o "$work/smtp-sink" tools/smtp-sink.c || fail "smtp-sink does not build"
cat tools/mta-script.tsv $T/sink-extra.tsv > "$work/script.tsv"
"$work/smtp-sink" -C -s "$work/script.tsv" >/dev/null || fail "the sink script is not valid"

# a free TCP port on 127.0.0.1
free_port () {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => {
    console.log(s.address().port); s.close() })'
}
sink_port=$(free_port) && haraka_port=$(free_port) || fail "no free port"
[ "$sink_port" != "$haraka_port" ] || haraka_port=$(free_port)

"$work/smtp-sink" -s "$work/script.tsv" -a 127.0.0.1 -p "$sink_port" -l "$work/sink.log" -W &
sink_pid=$!

# ------------------------------------------------------ Haraka's config
H=$work/haraka
node "$hk/bin/haraka" -i "$H" > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "haraka -i failed"; }
mkdir -p "$H/queue"
cp examples/haraka/smtpbounce.js $T/relay_to_sink.js "$H/plugins/"
printf 'relay_to_sink\nsmtpbounce\n' > "$H/config/plugins"
echo "haraka.test" > "$H/config/me"
cat > "$H/config/smtp.ini" <<EOF
listen=127.0.0.1:$haraka_port
EOF
cat > "$H/config/log.ini" <<EOF
[main]
level=info
timestamps=true
EOF
cat > "$H/config/outbound.ini" <<EOF
enable_tls=false
local_mx_ok=true
EOF
cat > "$H/config/relay_to_sink.ini" <<EOF
host=127.0.0.1
port=$sink_port
EOF
cat > "$H/config/smtpbounce.ini" <<EOF
[main]
command=$LUA $HERE/bin/smtpbounce
options=--rules $HERE/$T/give-up.lua
suppress_file=$work/suppress.txt
EOF

node "$hk/bin/haraka" -c "$H" > "$work/haraka.log" 2>&1 &
haraka_pid=$!
i=0
until grep -q "Listening on 127.0.0.1:$haraka_port" "$work/haraka.log" 2>/dev/null; do
  i=$((i + 1))
  if [ $i -gt 300 ] || ! kill -0 "$haraka_pid" 2>/dev/null; then
    tail -n 20 "$work/haraka.log" >&2; fail "Haraka did not start"
  fi
  sleep 0.1
done
say "Haraka on 127.0.0.1:$haraka_port, the sink on 127.0.0.1:$sink_port"

# ------------------------------------------------------------ the mail
set --
for lp in $RCPTS; do set -- "$@" "harness+$lp@example.org" "$lp@$lp.example.net"; done
node $T/inject.js "$haraka_port" "$@" > "$work/inject.log" 2>&1 ||
  { cat "$work/inject.log" >&2; fail "Haraka did not take the messages"; }

# wait_for PATTERN SECONDS: 0 once the Haraka log has a line that matches
wait_for () {
  i=0
  until grep -qE "$1" "$work/haraka.log"; do
    i=$((i + 1)); [ $i -gt $(($2 * 10)) ] && return 1; sleep 0.1
  done
}
# every recipient's first attempt is over once the plugin said what it
# decided (the check says what is missing)
for lp in $RCPTS; do
  wait_for "(deferred|bounced|delivered) $lp@" 60 || say "no decision for $lp within 60 s"
done
# yahoo-tss04's domain is throttled now: one more message to it
if wait_for "throttling yahoo-tss04\.example\.net" 1; then
  node $T/inject.js "$haraka_port" harness+tss04-later@example.org "$LATER" >> "$work/inject.log" 2>&1 ||
    say "Haraka did not take the message to $LATER"
  wait_for "throttled yahoo-tss04\.example\.net: holding" 20 || say "$LATER was not held back"
fi
# the co-process ends (killed): the plugin starts another at the next reply
co=""
for w in $(ps -o pid= --ppid "$haraka_pid") "$haraka_pid"; do
  co=$(ps -o pid=,args= --ppid "$w" | awk '/classify --jsonl/ { print $1; exit }')
  [ -n "$co" ] && break
done
if [ -n "$co" ]; then
  kill -TERM "$co"
  wait_for "co-process ended" 10 || say "the plugin did not see its co-process end"
  node $T/inject.js "$haraka_port" harness+gmail-nosuchuser@example.org "$RESTART" >> "$work/inject.log" 2>&1 ||
    say "Haraka did not take the message to $RESTART"
  wait_for "bounced $RESTART" 30 || say "no decision for $RESTART within 30 s"
else
  say "no classify --jsonl co-process under Haraka (pid $haraka_pid)"
fi
# the DSNs of bounces and give-ups reach the sink
sleep 2
stop "$haraka_pid"; haraka_pid=""
stop "$sink_pid"; sink_pid=""

# ------------------------------------------------------------ the check
node $T/check.js "$work" "$LUA $HERE/bin/smtpbounce classify --jsonl --rules $T/give-up.lua" \
  "$LATER" "$RESTART" $RCPTS
