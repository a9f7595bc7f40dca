#!/bin/sh
# mta-test.sh postfix|exim OUTPUT-LOG -- real MTA logs against a scripted sink.
#
# As root on Debian 12 (no systemd needed): installs the MTA if missing
# (postfix and exim4-daemon-light conflict; apt-get removes the other one),
# builds tools/smtp-sink.c, starts one sink on 127.0.0.1:$MTA_TEST_PORT
# (default 2525) plus one more for each script local part whose reply
# fails the whole connection -- a connect or helo line, or a DROP -- on the
# next ports, with domain LOCALPART.example.net (a lost connection or a
# refused greeting makes Exim put the host:port on hold, "retry time not
# reached", and Postfix suspend the destination: either would change the
# other recipients' results).  It points the MTA at the sinks
# (every mail for example.com/example.org, and those domains, goes to the
# sinks; nothing leaves the machine), starts the MTA without systemd, sends
# one message per scripted local part with sendmail (to LP@example.com,
# from harness+LP@example.org), waits until every recipient -- and every
# non-delivery notice for a bounced one -- has a log line (at most
# $MTA_TEST_TIMEOUT s, default 120), stops the MTA and the sinks, writes
# this run's part of the MTA log to OUTPUT-LOG, and compares each
# recipient's status and logged reply with tools/mta-expected.tsv.
#
# The MTA's configuration is put back and its queue emptied afterwards, so
# the script can run again, with either MTA.  An MTA that is already running
# is stopped only if it was just installed or CI=true (or MTA_TEST_FORCE=1).
# MTA_TEST_OBSERVED=FILE also writes the observed table in mta-expected.tsv
# form.  MTA_TEST_MAILDIR=DIR keeps every message the main sink accepts (the
# non-delivery notices to harness+LP@example.org among them) in the Maildir
# DIR (smtp-sink -m).  Last line: "mta-test MTA: N passed, N failed"; exit 1 on failure.
set -u
mta=${1:-}
out=${2:-}
case $mta in
postfix|exim) ;;
*) echo "usage: sh tools/mta-test.sh postfix|exim OUTPUT-LOG" >&2; exit 2 ;;
esac
[ -n "$out" ] || { echo "usage: sh tools/mta-test.sh postfix|exim OUTPUT-LOG" >&2; exit 2; }
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
cd "$(dirname "$0")/.." || exit 2
PORT=${MTA_TEST_PORT:-2525}
TIMEOUT=${MTA_TEST_TIMEOUT:-120}
SCRIPT=tools/mta-script.tsv
EXPECTED=tools/mta-expected.tsv
HOST="mta-test.localdomain"
export DEBIAN_FRONTEND=noninteractive
t0=$(date +%s)

say () { echo "mta-test $mta: $*"; }
fail () { say "$*" >&2; echo "mta-test $mta: 0 passed, 1 failed"; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root: this installs, configures and starts $mta"

work=$(mktemp -d /tmp/smtpbounce-mta.XXXXXX) || exit 1
chmod 755 "$work"
started_mta=0
config_saved=0
sink_pids=""

# ---------------------------------------------------------------- helpers
installed () { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

apt_install () {
  # a fresh machine has no package lists yet
  if ! apt-get install -y -q --no-install-recommends "$@" >"$work/apt.log" 2>&1; then
    apt-get update -q >>"$work/apt.log" 2>&1
    apt-get install -y -q --no-install-recommends "$@" >>"$work/apt.log" 2>&1 ||
      { tail -n 20 "$work/apt.log" >&2; fail "apt-get install $* failed"; }
  fi
}

# wait_gone PID SECONDS: 0 once the process is gone
wait_gone () {
  i=0
  while kill -0 "$1" 2>/dev/null; do
    i=$((i + 1))
    [ $i -gt $(($2 * 10)) ] && return 1
    sleep 0.1
  done
  return 0
}

# (not "postfix status": that writes a line to the log)
postfix_running () {
  p=$(cat "$(postconf -h queue_directory 2>/dev/null)/pid/master.pid" 2>/dev/null) &&
    [ -n "$p" ] && kill -0 "$p" 2>/dev/null
}
# Debian's exim4 writes /run/exim4/exim.pid (init script and exim4 -bd)
exim_pid () {
  for f in /run/exim4/exim.pid /var/run/exim4/exim.pid; do
    if [ -s "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; then cat "$f"; return 0; fi
  done
  return 1
}

mta_stop () {
  if [ "$mta" = postfix ]; then
    if postfix_running; then
      postfix stop >/dev/null 2>&1
      i=0
      while postfix_running && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
      postfix_running && postfix abort >/dev/null 2>&1
    fi
  else
    if p=$(exim_pid); then
      kill -TERM "$p" 2>/dev/null
      wait_gone "$p" 10 || kill -KILL "$p" 2>/dev/null
    fi
  fi
}

empty_queue () {
  if [ "$mta" = postfix ]; then
    postsuper -d ALL >/dev/null 2>&1
  else
    # exim is stopped here: remove the spool files and the hints (retry) db
    find /var/spool/exim4/input /var/spool/exim4/msglog -type f -delete 2>/dev/null
    rm -f /var/spool/exim4/db/* 2>/dev/null
  fi
}

# The configuration file this script changes, and its saved original (kept
# next to it, so that a run that was killed is undone by the next one).
# Exim: Debian uses /etc/exim4/exim4.conf, when present, instead of its
# generated configuration; usually there is none, and then none is saved.
if [ "$mta" = postfix ]; then CONF=/etc/postfix/main.cf; else CONF=/etc/exim4/exim4.conf; fi
SAVED=$CONF.smtpbounce-saved
MARK="# written by smtpbounce tools/mta-test.sh; removed when it ends"

restore_config () {
  if [ -f "$SAVED" ]; then
    mv -f "$SAVED" "$CONF"
  elif [ "$mta" = exim ] && [ "$(head -n 1 "$CONF" 2>/dev/null)" = "$MARK" ]; then
    rm -f "$CONF"
  fi
}

cleanup () {
  [ $started_mta = 1 ] && mta_stop
  started_mta=0
  for p in $sink_pids; do
    kill -TERM "$p" 2>/dev/null && { wait_gone "$p" 5 || kill -KILL "$p" 2>/dev/null; }
  done
  sink_pids=""
  if [ "${MTA_TEST_KEEP:-}" = 1 ]; then
    say "MTA_TEST_KEEP=1: kept the queue, the retry data and $work" >&2
  else
    empty_queue
  fi
  [ $config_saved = 1 ] && restore_config
  [ "${MTA_TEST_KEEP:-}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

# ------------------------------------------------------- the script's parts
[ -f "$SCRIPT" ] || fail "$SCRIPT not found"
# local parts in script order; those whose reply fails the connection get
# a sink of their own ("session": with -c, for connect/helo lines)
awk -F'\t' '!/^#/ && NF >= 3 && $1 != "*" && !seen[$1]++ { print $1 }' "$SCRIPT" > "$work/rcpts"
awk -F'\t' '!/^#/ && NF >= 3 && $1 != "*" && ($2 == "connect" || $2 == "helo" || $3 == "DROP") &&
  !seen[$1]++ { print $1 }' "$SCRIPT" > "$work/own"
awk -F'\t' '!/^#/ && NF >= 3 && $1 != "*" && ($2 == "connect" || $2 == "helo") && !seen[$1]++ { print $1 }' \
  "$SCRIPT" > "$work/session"
nrcpt=$(wc -l < "$work/rcpts")
[ "$nrcpt" -gt 0 ] || fail "no recipients in $SCRIPT"

# domain and port of a local part
domain_of () {
  if grep -qxF "$1" "$work/own"; then echo "$1.example.net"; else echo example.com; fi
}

# ------------------------------------------------------------ build the sink
sh tools/deps.sh gcc libc6-dev || fail "cannot install a C compiler"
${CC:-cc} -std=c99 -O2 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L \
  -o "$work/smtp-sink" tools/smtp-sink.c || fail "smtp-sink does not build"
"$work/smtp-sink" -C -s "$SCRIPT" >/dev/null || fail "$SCRIPT is not a valid sink script"

# -------------------------------------------------------- install the MTA
fresh=0
if [ "$mta" = postfix ]; then
  if ! installed postfix; then
    say "installing postfix (removes exim4-daemon-light if present)"
    echo "postfix postfix/main_mailer_type select Local only" | debconf-set-selections
    apt_install postfix
    fresh=1
  fi
  command -v postfix >/dev/null 2>&1 || PATH=$PATH:/usr/sbin:/sbin
else
  if ! installed exim4-daemon-light; then
    say "installing exim4-daemon-light (removes postfix if present)"
    echo "exim4-config exim4/dc_eximconfig_configtype select local delivery only; not on a network" |
      debconf-set-selections
    apt_install exim4-daemon-light
    fresh=1
  fi
fi
installed postfix && installed exim4-daemon-light && fail "both postfix and exim4-daemon-light are installed"
[ -x /usr/sbin/sendmail ] || fail "no /usr/sbin/sendmail"

# a package start script may have started the daemon (no policy-rc.d)
running=""
if [ "$mta" = postfix ]; then
  postfix_running && running=yes
else
  exim_pid >/dev/null && running=yes
fi
if [ -n "$running" ]; then
  if [ $fresh = 1 ] || [ "${CI:-}" = true ] || [ "${MTA_TEST_FORCE:-}" = 1 ]; then
    say "stopping the $mta daemon that is already running"
    if [ "$mta" = postfix ]; then
      postfix stop >/dev/null 2>&1; i=0
      while postfix_running && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    else
      p=$(exim_pid) && kill -TERM "$p" && wait_gone "$p" 10
    fi
  else
    fail "$mta is running on this machine; this test reconfigures and stops it (set MTA_TEST_FORCE=1 to allow)"
  fi
fi

# ------------------------------------------------------------- the sinks
i=0
for lp in "" $(cat "$work/own"); do
  port=$((PORT + i))
  name=${lp:-main}
  opt=""
  grep -qxF "$name" "$work/session" && opt="-c $lp"
  # MTA_TEST_MAILDIR: the main sink keeps what it accepts (the bounces)
  if [ -z "$lp" ] && [ -n "${MTA_TEST_MAILDIR:-}" ]; then
    mkdir -p "$MTA_TEST_MAILDIR/tmp" "$MTA_TEST_MAILDIR/new" "$MTA_TEST_MAILDIR/cur"
    opt="$opt -m $MTA_TEST_MAILDIR"
  fi
  # shellcheck disable=SC2086
  "$work/smtp-sink" -s "$SCRIPT" -p "$port" -n "mx$i.sink.test" $opt -W \
    -l "$work/sink-$name.log" -P "$work/sink-$name.pid" 2>"$work/sink-$name.err" &
  sink_pids="$sink_pids $!"
  j=0
  while [ ! -s "$work/sink-$name.pid" ]; do
    j=$((j + 1))
    if [ $j -gt 50 ] || ! kill -0 $! 2>/dev/null; then
      cat "$work/sink-$name.err" >&2; fail "smtp-sink on port $port did not start"
    fi
    sleep 0.1
  done
  i=$((i + 1))
done

# ----------------------------------------------------- configure the MTA
empty_queue
if [ -f "$SAVED" ] || [ "$(head -n 1 "$CONF" 2>/dev/null)" = "$MARK" ]; then
  say "putting back $CONF, left changed by an interrupted run"
  restore_config
fi
[ -f "$CONF" ] && { cp -p "$CONF" "$SAVED" || fail "cannot save $CONF"; }
config_saved=1
if [ "$mta" = postfix ]; then
  LOG=/var/log/mail.log
  routes="example.com=smtp:[127.0.0.1]:$PORT, example.org=smtp:[127.0.0.1]:$PORT"
  i=1
  for lp in $(cat "$work/own"); do
    routes="$routes, $lp.example.net=smtp:[127.0.0.1]:$((PORT + i))"; i=$((i + 1))
  done
  # maillog_file: postlogd writes the log (Postfix >= 3.4; no syslog here)
  # inline: maps need Postfix >= 3.0.
  postconf -e \
    "myhostname = $HOST" "mydomain = localdomain" 'myorigin = $myhostname' \
    'mydestination = $myhostname, localhost.$mydomain, localhost' \
    "inet_interfaces = loopback-only" "inet_protocols = ipv4" \
    "relayhost =" "transport_maps = inline:{ $routes }" \
    "smtp_dns_support_level = disabled" "smtp_host_lookup = native" \
    "maillog_file = $LOG" || fail "postconf failed"
  postfix check >"$work/check.log" 2>&1 || { cat "$work/check.log" >&2; fail "postfix check failed"; }
else
  LOG=/var/log/exim4/mainlog
  {
    echo "$MARK"
    echo "primary_hostname = $HOST"
    echo "qualify_domain = $HOST"
    echo "domainlist local_domains = @ : localhost"
    echo "local_interfaces = 127.0.0.1"
    echo "daemon_smtp_ports = 25"
    echo "disable_ipv6 = true"
    echo "keep_environment ="
    echo "tls_advertise_hosts ="
    echo "host_lookup ="
    echo "rfc1413_hosts ="
    echo "acl_smtp_rcpt = acl_check_rcpt"
    echo "log_file_path = /var/log/exim4/%slog"
    echo "ignore_bounce_errors_after = 2d"
    echo "timeout_frozen_after = 7d"
    echo "begin acl"
    echo "acl_check_rcpt:"
    echo "  deny message = relay not permitted"
    echo "begin routers"
    i=1
    for lp in $(cat "$work/own"); do
      printf 'sink%s:\n  driver = manualroute\n  domains = %s\n  route_list = * 127.0.0.1\n  self = send\n  transport = sink%s_smtp\n  no_more\n' \
        "$i" "$lp.example.net" "$i"
      i=$((i + 1))
    done
    printf 'sink:\n  driver = manualroute\n  domains = example.com : example.org\n  route_list = * 127.0.0.1\n  self = send\n  transport = sink_smtp\n  no_more\n'
    echo "begin transports"
    printf 'sink_smtp:\n  driver = smtp\n  port = %s\n  allow_localhost\n' "$PORT"
    i=1
    for lp in $(cat "$work/own"); do
      printf 'sink%s_smtp:\n  driver = smtp\n  port = %s\n  allow_localhost\n' "$i" "$((PORT + i))"
      i=$((i + 1))
    done
    echo "begin retry"
    echo "*   *   F,2h,15m; G,16h,1h,1.5; F,4d,6h"
  } > "$CONF"
  chmod 644 "$CONF"
  exim4 -bV >"$work/check.log" 2>&1 || { cat "$work/check.log" >&2; fail "exim4 -bV: bad configuration"; }
fi
mkdir -p "$(dirname "$LOG")"
offset=0
[ -f "$LOG" ] && offset=$(wc -c < "$LOG")
# this run's log lines
run_log () { tail -c +$((offset + 1)) "$LOG" 2>/dev/null; }

# ------------------------------------------------------------ start it
if [ "$mta" = postfix ]; then
  postfix start >"$work/start.log" 2>&1 || { cat "$work/start.log" >&2; fail "postfix start failed"; }
else
  # the pid file where the init script has it, so that a daemon left
  # behind by a killed run is found (and stopped) by the next one
  install -d -o Debian-exim -g Debian-exim /run/exim4
  rm -f /run/exim4/exim.pid
  exim4 -bd -q30s >"$work/start.log" 2>&1 || { cat "$work/start.log" >&2; fail "exim4 -bd failed"; }
  i=0
  until exim_pid >/dev/null || [ $i -ge 50 ]; do sleep 0.1; i=$((i + 1)); done
  exim_pid >/dev/null || fail "exim4 daemon did not start"
  # let its first queue run (at start) end before anything is queued
  i=0
  until run_log | grep -q "End queue run" || [ $i -ge 50 ]; do sleep 0.1; i=$((i + 1)); done
fi
started_mta=1
say "started; sinks on 127.0.0.1:$PORT..$((PORT + $(wc -l < "$work/own")))"

# -------------------------------------------------------------- send
date_hdr=$(LC_ALL=C date '+%a, %d %b %Y %H:%M:%S %z')
for lp in $(cat "$work/rcpts"); do
  to="$lp@$(domain_of "$lp")"
  from="harness+$lp@example.org"
  printf 'From: smtpbounce mta-test <%s>\nTo: <%s>\nSubject: smtpbounce mta-test %s\nDate: %s\nMessage-ID: <%s.%s@%s>\n\nA test message for %s.\n' \
    "$from" "$to" "$lp" "$date_hdr" "$lp" "mta-test" "$HOST" "$to" |
    /usr/sbin/sendmail -oi -f "$from" "$to" || fail "sendmail to $to failed"
done
say "sent $nrcpt messages"

# ------------------------------------------------ wait for every result
# the first result line of an address: "STATUS<TAB>logged reply"
#   postfix: "... to=<ADDR>, relay=..., status=STATUS (REPLY)"
#   exim:    "... => ADDR REPLY" (sent), "** ADDR REPLY" (bounced),
#            "== ADDR REPLY" (deferred)
result_of () {
  awk -v mta="$mta" -v a="$1" '
    mta == "postfix" && index($0, " to=<" a ">,") && match($0, / status=[a-z]+ \(/) {
      st = substr($0, RSTART + 8, RLENGTH - 10)
      rest = substr($0, RSTART + RLENGTH)
      sub(/\)$/, "", rest)
      print st "\t" rest; exit
    }
    mta == "exim" {
      for (i = 4; i < NF; i++)
        if ($i == a && ($(i - 1) == "=>" || $(i - 1) == "**" || $(i - 1) == "==")) {
          k = " " $(i - 1) " " a " "
          st = $(i - 1) == "=>" ? "sent" : $(i - 1) == "**" ? "bounced" : "deferred"
          print st "\t" substr($0, index($0, k) + length(k)); exit
        }
    }' "$work/now.log"
}

deadline=$(($(date +%s) + TIMEOUT))
last_force=$(date +%s)
while :; do
  run_log > "$work/now.log"
  missing=""
  for lp in $(cat "$work/rcpts"); do
    r=$(result_of "$lp@$(domain_of "$lp")")
    if [ -z "$r" ]; then missing="$missing $lp"; continue; fi
    # a bounced recipient: wait for its non-delivery notice as well
    case $r in
    bounced*) [ -n "$(result_of "harness+$lp@example.org")" ] || missing="$missing harness+$lp" ;;
    esac
  done
  [ -z "$missing" ] && break
  now=$(date +%s)
  if [ "$now" -ge "$deadline" ]; then
    say "timed out after ${TIMEOUT}s; no result for:$missing" >&2
    break
  fi
  # force a queue run now and then if something has no attempt yet
  if [ $((now - last_force)) -ge 20 ]; then
    if [ "$mta" = postfix ]; then postqueue -f; else exim4 -qff; fi
    last_force=$now
  fi
  sleep 0.5
done

# -------------------------------------------------------------- stop
mta_stop
started_mta=0
for p in $sink_pids; do
  kill -TERM "$p" 2>/dev/null && { wait_gone "$p" 5 || kill -KILL "$p" 2>/dev/null; }
done
sink_pids=""
mkdir -p "$(dirname "$out")"
run_log > "$out"
cp "$out" "$work/now.log"
say "wrote $(wc -l < "$out") log lines to $out"

# ----------------------------------------- compare with the expectations
pass=0
nfail=0
: > "$work/observed"
for lp in $(cat "$work/rcpts"); do
  addr="$lp@$(domain_of "$lp")"
  r=$(result_of "$addr")
  printf '%s\t%s\t%s\n' "$mta" "$addr" "${r:-none	}" >> "$work/observed"
done
for lp in $(cat "$work/rcpts"); do
  addr="harness+$lp@example.org"
  r=$(result_of "$addr")
  [ -n "$r" ] && printf '%s\t%s\t%s\n' "$mta" "$addr" "$r" >> "$work/observed"
done
[ -n "${MTA_TEST_OBSERVED:-}" ] && cp "$work/observed" "$MTA_TEST_OBSERVED"
if ! grep -q "^$mta	" "$EXPECTED" 2>/dev/null; then
  say "no $mta lines in $EXPECTED; observed:"
  cat "$work/observed"
  nfail=1
else
  # every expected line must be observed exactly (but for the message size
  # Exim quotes from MAIL FROM); every recipient must be expected
  norm () { printf '%s' "$1" | sed 's/ SIZE=[0-9][0-9]*/ SIZE=N/g'; }
  while IFS='	' read -r m addr status text; do
    [ "$m" = "$mta" ] || continue
    got=$(awk -F'\t' -v a="$addr" '$2 == a { print $3 "\t" $4; exit }' "$work/observed")
    if [ "$(norm "$got")" = "$(norm "$status	$text")" ]; then
      pass=$((pass + 1))
    else
      nfail=$((nfail + 1))
      say "FAIL $addr"
      say "  expected: $status	$text"
      say "  observed: ${got:-nothing}"
    fi
  done < "$EXPECTED"
  for lp in $(cat "$work/rcpts"); do
    addr="$lp@$(domain_of "$lp")"
    awk -F'\t' -v m="$mta" -v a="$addr" '$1 == m && $2 == a { f = 1 } END { exit !f }' "$EXPECTED" ||
      { nfail=$((nfail + 1)); say "FAIL $addr: not in $EXPECTED"; }
  done
fi
say "took $(($(date +%s) - t0))s"
echo "mta-test $mta: $pass passed, $nfail failed"
[ $nfail = 0 ]
