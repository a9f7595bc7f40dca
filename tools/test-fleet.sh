#!/bin/sh
# test-fleet.sh -- four MTA hosts, one tracker: a real redis-server on
# 127.0.0.1 (a free port, no persistence), four generated Postfix logs as
# four hosts would write them (tools/gen-postfix-log.lua, seeds 1-4, host
# names mta1-mta4, plus a few replies to the same addresses and provider
# from three or four hosts each: only the fleet's view counts them
# together), read by four concurrent `scan --state redis://...`, checked
# by tools/fleet-check.lua against one `scan --state FILE` of the four
# logs merged by time (the same suppress list and the same advice at
# several times T).  Then the failures, each under a prefix of its own and
# checked the same way once the server is back:
#   down      the server stopped: scans finish in bounded time, their
#             events go to the spool, a later run sends them
#   slow      the server busy (DEBUG SLEEP) longer than the timeout
#   killed    kill -9 in the middle of four runs, restarted empty after a
#             while: the spool and the nodes' journals fill it again
# Last, nginx (examples/openresty with tracker.redis, two workers) and a
# CLI scanner: each one's advice counts the other's events.
# Stops the server by its pid.  Ends with "fleet: N passed, N failed" and
# the same without the name (the line .ci/run adds up).
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
make -s all || exit 1
command -v redis-server >/dev/null || { echo "redis-server missing (make test-fleet installs it)"; exit 1; }
export LUA_PATH="$root/lua/?.lua;$root/lua/?/init.lua;;" LUA_CPATH="$root/build/lua5.4/?.so;;"
d=$(mktemp -d /tmp/smtpbounce-fleet.XXXXXX)
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
ko() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { if eval "$2"; then ok "$1"; else ko "$1"; fi; }

port=""
start_redis() {
  redis-server --bind 127.0.0.1 --port "$1" --save '' --appendonly no --dir "$d" \
    --pidfile "$d/redis.pid" --logfile "$d/redis.log" --daemonize yes \
    --enable-debug-command local >/dev/null 2>&1 || return 1
  i=0
  until [ "$(redis-cli -p "$1" ping 2>/dev/null)" = PONG ]; do
    i=$((i + 1)); [ $i -gt 50 ] && return 1
    sleep 0.1
  done
}
stop_redis() {  # $1: signal
  [ -f "$d/redis.pid" ] || return 0
  pid=$(cat "$d/redis.pid")
  kill "-$1" "$pid" 2>/dev/null
  # (gone when it no longer answers: a killed daemon may stay a zombie
  # where nothing reaps it)
  i=0
  while [ "$(redis-cli -p "$port" ping 2>/dev/null)" = PONG ] && [ $i -lt 50 ]; do
    sleep 0.1; i=$((i + 1))
  done
  rm -f "$d/redis.pid"
}
cleanup() { stop_redis KILL; [ -n "${KEEP:-}" ] || rm -rf "$d"; }
trap cleanup EXIT
# a free port: one nothing answers on, where our server then starts
p=$((30000 + $$ % 20000))
while [ -z "$port" ]; do
  if ! redis-cli -p "$p" ping >/dev/null 2>&1 && start_redis "$p"; then port=$p; fi
  p=$((p + 1))
  [ $p -gt 65000 ] && { echo "no free port"; echo "fleet: 0 passed, 1 failed"; exit 1; }
done
echo "redis-server $(redis-server --version | sed 's/.*v=\([^ ]*\).*/\1/') on 127.0.0.1:$port"
url() { echo "redis://127.0.0.1:$port/0?prefix=$1&host=$2&file=$d/$1-$2.state"; }
scan() { lua5.4 bin/smtpbounce scan --summary "$@"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
T1=$(date -u -d 2026-11-28T01:41:00Z +%s)
TIMES="$T1 $((T1 - 300)) $((T1 - 900)) $((T1 - 1800)) $((T1 - 3000))"
fleet_check() {  # $1 prefix, $2 what
  out=$(lua5.4 tools/fleet-check.lua "redis://127.0.0.1:$port/0?prefix=$1" "$d/merged.state" $TIMES)
  rc=$?
  printf '%s\n' "$out" | grep -v '^fleet-check: [0-9]* passed' | sed 's/^/    /' | cut -c1-300
  n=$(printf '%s\n' "$out" | sed -n 's/^fleet-check: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p')
  set -- "$1" "$2" $n
  echo "    fleet-check ($2): ${3:-0} passed, ${4:-1} failed"
  pass=$((pass + ${3:-0})); fail=$((fail + ${4:-1}))
  [ $rc -eq 0 ] || ko "$2: fleet-check exit $rc"
}

# {== the logs ==============================================================
for k in 1 2 3 4; do
  lua5.4 tools/gen-postfix-log.lua 20000 --seed $k --rfc3339 | sed "s/ mail postfix/ mta$k postfix/" > "$d/raw$k.log"
  {
    cat "$d/raw$k.log"
    for j in 1 2 3 4 5 6; do
      # each shared address: one mailbox-full deferral from each of three hosts
      [ $(( (j + k) % 4 )) -eq 0 ] && continue
      printf '2026-11-28T01:%02d:%02d.000000+00:00 mta%d postfix/smtp[4242]: F1EE%d0%02d: to=<shared%d@fleet.example>, relay=mx.fleet.example[192.0.2.10]:25, delay=1, delays=0/0/0/1, dsn=4.2.2, status=deferred (host mx.fleet.example[192.0.2.10] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))\n' $((k * 5 + j)) $((k * 7)) $k $k $j $j
    done
    # one Yahoo TS deferral per host within four minutes: three make a pause
    printf '2026-11-28T01:3%d:1%d.000000+00:00 mta%d postfix/smtp[4243]: F1EE%dA01: to=<ts%d@yahoo.com>, relay=mta5.am0.yahoodns.net[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=4.7.0, status=deferred (host mta5.am0.yahoodns.net[192.0.2.20] said: 421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command))\n' $k $k $k $k $k
  } | sort -s -k1,1 > "$d/mta$k.log"
done
sort -m -s -k1,1 "$d/mta1.log" "$d/mta2.log" "$d/mta3.log" "$d/mta4.log" > "$d/merged.log"
scan --state "$d/merged.state" "$d/merged.log" > "$d/merged.txt"
check "one scan of the merged logs" "[ -s '$d/merged.state' ]"
check "the merged scan suppresses the six shared addresses (history)" \
  "[ \$(grep -c 'shared[1-6]@fleet.example  *3 times' '$d/merged.txt') -eq 6 ]"
scan --state "$d/alone.state" "$d/mta1.log" > "$d/alone.txt"
check "one host alone does not (its own replies only)" \
  "! grep -q 'shared[1-6]@fleet.example  *3 times' '$d/alone.txt'"

# {== four hosts, one tracker =============================================
t0=$(now)
for k in 1 2 3 4; do
  scan --state "$(url p1 mta$k)" "$d/mta$k.log" > "$d/p1-$k.txt" 2> "$d/p1-$k.err" &
done
wait
echo "    four concurrent scans: $(elapsed "$t0") s"
for k in 1 2 3 4; do
  check "p1: mta$k scanned, nothing said on stderr" "[ -s '$d/p1-$k.txt' ] && [ ! -s '$d/p1-$k.err' ]"
done
fleet_check p1 "four hosts"
check "p1: the last scan to finish lists the shared addresses" \
  "for k in 1 2 3 4; do grep -c 'shared[1-6]@fleet.example  *3 times' '$d/p1-'\$k.txt; done | grep -qx 6"

# {== down: the server stopped ===========================================
stop_redis TERM
t0=$(now)
for k in 1 2; do
  scan --state "$(url p2 mta$k)" "$d/mta$k.log" > "$d/p2-$k.txt" 2> "$d/p2-$k.err"
  check "down: mta$k's scan exits 0" "[ $? -eq 0 ]"
done
el=$(elapsed "$t0")
echo "    two scans with the server down: $el s"
check "down: two scans finish within 10 s" "awk 'BEGIN { exit !($el < 10) }'"
check "down: the events are in the spool" "[ -s '$d/p2-mta1.state.spool' ] && [ -s '$d/p2-mta2.state.spool' ]"
check "down: stderr says the server is unreachable" "grep -q 'unreachable' '$d/p2-1.err'"
start_redis "$port" || ko "restart"
for k in 3 4; do scan --state "$(url p2 mta$k)" "$d/mta$k.log" > "$d/p2-$k.txt"; done
for k in 1 2; do scan --state "$(url p2 mta$k)" "$d/mta$k.log" > "$d/p2-$k.txt" 2> "$d/p2-$k.err"; done
check "down: a later run sent the spool" "[ ! -e '$d/p2-mta1.state.spool' ] && [ ! -e '$d/p2-mta2.state.spool' ] && grep -q 'sent from' '$d/p2-1.err'"
fleet_check p2 "down, then back"

# {== slow: the server busy longer than the timeout =======================
redis-cli -p "$port" DEBUG SLEEP 4 >/dev/null 2>&1 &
sleep 0.3
t0=$(now)
scan --state "$(url p3 mta1)" "$d/mta1.log" > "$d/p3-1.txt" 2> "$d/p3-1.err"
rc=$?
el=$(elapsed "$t0")
echo "    a scan while the server sleeps 4 s: $el s"
check "slow: the scan exits 0 before the server wakes (< 3.5 s)" "[ $rc -eq 0 ] && awk 'BEGIN { exit !($el < 3.5) }'"
check "slow: its events are in the spool" "[ -s '$d/p3-mta1.state.spool' ]"
check "slow: stderr names the timeout" "grep -q 'unreachable (timeout)' '$d/p3-1.err'"
sed 's/^/    /' "$d/p3-1.err"
wait
for k in 2 3 4 1; do scan --state "$(url p3 mta$k)" "$d/mta$k.log" > "$d/p3-$k.txt" 2> "$d/p3-$k.err"; done
check "slow: the spool was sent once the server answered" "[ ! -e '$d/p3-mta1.state.spool' ]"
fleet_check p3 "slow"

# {== killed mid-run and restarted empty =================================
for k in 1 2 3 4; do
  { head -n 8000 "$d/mta$k.log"; sleep 2; sed -n '8001,14000p' "$d/mta$k.log"; sleep 3;
    tail -n +14001 "$d/mta$k.log"; } |
    scan --state "$(url p4 mta$k)" - > "$d/p4-$k.txt" 2> "$d/p4-$k.err" &
done
t0=$(now)
sleep 1
stop_redis KILL
echo "    killed at $(elapsed "$t0") s"
sleep 2.5
start_redis "$port" && echo "    restarted (empty) at $(elapsed "$t0") s (the scans' last part comes at 5 s)"
wait
check "killed: four scans exit and say they saw the server go" \
  "[ \$(grep -l 'errors' '$d'/p4-?.err | wc -l) -eq 4 ]"
check "killed: the server's loss was seen and journals sent again" "grep -q 'sent again' '$d/p4-1.err' && ! grep -q ' 0 sent again' '$d/p4-1.err'"
sed 's/^/    /' "$d/p4-1.err"
fleet_check p4 "killed and restarted empty"

# {== nginx workers and a CLI scanner: one tracker =======================
if command -v nginx >/dev/null && [ -f /usr/lib/nginx/modules/ngx_http_lua_module.so ]; then
  make -s LUA=luajit all || ko "luajit build"
  n="$d/nginx"
  mkdir -p "$n/root/smtpbounce" "$n/root/examples/openresty" "$n/conf" "$n/logs"
  cp -r lua "$n/root/lua"
  cp build/luajit/smtpbounce/*.so "$n/root/smtpbounce/"
  cp examples/openresty/handlers.lua "$n/root/examples/openresty/"
  chmod -R a+rX "$d"
  hp=$((port + 1))
  while curl -s -o /dev/null "http://127.0.0.1:$hp/"; do hp=$((hp + 1)); done
  sed -e "s|@ROOT@|$n/root|g" -e "s|@PORT@|$hp|g" -e "s|@RULES@||g" -e "s|@TRACKER_RULES@||g" \
      -e "s|tracker = { dict = \"smtpbounce_tracker\",|tracker = { redis = \"redis://127.0.0.1:$port/0?prefix=p5\",|" \
      examples/openresty/nginx.conf > "$n/conf/nginx.conf"
  check "nginx: the configuration names the Redis store" "grep -q 'redis://127.0.0.1:$port/0?prefix=p5' '$n/conf/nginx.conf'"
  env -u LUA_PATH -u LUA_CPATH nginx -p "$n/" -c conf/nginx.conf -e logs/error.log || cat "$n/logs/error.log"
  i=0
  until curl -s -o /dev/null "http://127.0.0.1:$hp/stats"; do
    i=$((i + 1)); [ $i -gt 50 ] && break; sleep 0.1
  done
  # the CLI: mta1's TS deferral (01:31:11) alone; nginx: two more, one request each
  grep 'F1EE1A01' "$d/mta1.log" > "$d/p5.log"
  scan --state "$(url p5 mta1)" "$d/p5.log" > "$d/p5-1.txt"
  ts='421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes'
  for k in 2 3; do
    t=$(date -u -d "2026-11-28T01:3${k}:30Z" +%s)
    curl -s -H 'Content-Type: application/json' -d "[{\"reply\": \"$ts\", \"mx\": \"mta5.am0.yahoodns.net\", \"time\": $t, \"recipient\": \"ngx$k@yahoo.com\"}]" \
      "http://127.0.0.1:$hp/classify" > "$d/p5-post$k.json"
  done
  sleep 0.5  # (the workers' flush timers)
  curl -s "http://127.0.0.1:$hp/advice?provider=yahoo&time=$((T1 - 300))" > "$d/p5-advice.json"
  echo "    nginx /advice: $(cut -c1-160 "$d/p5-advice.json")"
  check "nginx: its advice counts the CLI's event and its two requests' (pause, 3 events, store ok)" \
    "grep -q '\"state\":\"pause\"' '$d/p5-advice.json' && grep -q '\"store\":\"ok\"' '$d/p5-advice.json' && [ \$(grep -o '\"time\":' '$d/p5-advice.json' | wc -l) -eq 3 ]"
  a=$(lua5.4 -e "local t = require('smtpbounce.tracker').new{ store = require('smtpbounce.tracker.redis').new{ port = $port, prefix = 'p5' } }
                 local a = t:advice('yahoo', nil, $((T1 - 300))); print(a.state, #(a.events or {}), a.store)")
  echo "    a CLI node's advice: $a"
  check "a CLI node sees nginx's events (pause, 3 events, ok)" "[ \"\$(echo '$a' | tr '\t' ' ')\" = 'pause 3 ok' ]"
  kill -QUIT "$(cat "$n/logs/nginx.pid")"
  i=0
  while [ -f "$n/logs/nginx.pid" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
  check "nginx: no [error] lines in its log" "! grep -E '\[(error|crit|alert|emerg)\]' '$n/logs/error.log'"
else
  echo "    (nginx with lua-nginx-module missing: the nginx part is not run)"
  ko "nginx with lua-nginx-module is not installed (make test-fleet installs it)"
fi

stop_redis TERM
echo "fleet: $pass passed, $fail failed"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
