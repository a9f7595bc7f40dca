#!/bin/sh
# instructions.sh [LUA] -- instruction counts (valgrind --tool=callgrind:
# repeatable whatever else the machine does) of the hot paths, per call:
#   classify, classify_into, explain  the Lua API over every fixture reply
#     with mx, domain and phase as context (4 rounds minus 1, per reply)
#   scan --json, --summary  over a generated 20,000-line Postfix log and a
#     10,000-line Exim log (minus a 1-line log of the same kind, per line)
# Run it on two commits and compare: a refactor stays within +5%
# (IR_PF=FILE IR_EX=FILE: the same logs for both).
LUA=${1:-lua5.4}
BUILD=${BUILD:-build/$LUA}
export LUA_PATH="lua/?.lua;lua/?/init.lua;bench/?.lua;;" LUA_CPATH="$BUILD/?.so;;"
tmp=$(mktemp -d /tmp/smtpbounce-ir.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ir() {  # total instructions of the command "$@"
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$@" 2> "$tmp/err" > /dev/null
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$tmp/err"
}
n=$("$LUA" bench/instructions.lua load 1 2>&1 >/dev/null | sed 's/ .*//')
for what in classify classify_into explain; do
  a=$(ir "$LUA" bench/instructions.lua $what 1); b=$(ir "$LUA" bench/instructions.lua $what 4)
  echo "$what: $(( (b - a) / (3 * n) )) instructions a reply ($n replies)"
done
# the logs: generated here, or those of IR_PF and IR_EX (20,000 and 10,000
# lines) when given, so two commits whose generators differ (they read the
# corpus) are measured on the same lines
if [ -n "${IR_PF:-}" ]; then cp "$IR_PF" "$tmp/pf.log"; else "$LUA" tools/gen-postfix-log.lua 20000 > "$tmp/pf.log"; fi
if [ -n "${IR_EX:-}" ]; then cp "$IR_EX" "$tmp/ex.log"; else "$LUA" tools/gen-log.lua exim 10000 > "$tmp/ex.log"; fi
head -n 1 "$tmp/pf.log" > "$tmp/pf1.log"
head -n 1 "$tmp/ex.log" > "$tmp/ex1.log"
for mode in --json --summary; do
  for f in pf:20000 ex:10000; do
    k=${f%%:*}; lines=${f#*:}
    a=$(ir "$LUA" bin/smtpbounce scan $mode "$tmp/${k}1.log"); b=$(ir "$LUA" bin/smtpbounce scan $mode "$tmp/$k.log")
    echo "scan $mode ($k): $(( (b - a) / (lines - 1) )) instructions a line; start-up $a"
  done
done
