#!/bin/sh
# test-mta.sh -- run a real Postfix, then a real Exim (the two packages
# conflict: one at a time), each delivering to the scripted SMTP sink on
# 127.0.0.1 (tools/mta-test.sh), then check every recipient's outcome and
# reason as `smtpbounce scan` reads them from each MTA's own fresh log
# (spec/scan_spec.lua, pointed at those logs).  Ends "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
t=$(mktemp -d /tmp/smtpbounce-mta.XXXXXX)
trap 'rm -rf "$t"' EXIT
passed=0; failed=0; status=0
count () {  # add up a "... N passed, N failed" line
  line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
  p=$(printf '%s' "$line" | sed -E 's/.*[^0-9]([0-9]+) passed, ([0-9]+) failed.*/\1/')
  f=$(printf '%s' "$line" | sed -E 's/.*[^0-9]([0-9]+) passed, ([0-9]+) failed.*/\2/')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}
for mta in postfix exim; do
  if sh tools/mta-test.sh "$mta" "$t/$mta.log" > "$t/run-$mta" 2>&1; then :; else status=1; fi
  tail -n 3 "$t/run-$mta"
  count "$t/run-$mta"
  [ -s "$t/$mta.log" ] || { echo "no $mta log"; failed=$((failed + 1)); status=1; }
done
make -s all || exit 1
SMTPBOUNCE_POSTFIX_LOG="$t/postfix.log" SMTPBOUNCE_EXIM_LOG="$t/exim.log" \
  busted --lua=lua5.4 -o TAP --filter=on.the.real spec/scan_spec.lua > "$t/spec.tap" 2>&1 || status=1
grep -E '^not ok' -A4 "$t/spec.tap" | head -n 40
p=$(grep -c '^ok ' "$t/spec.tap"); f=$(grep -c '^not ok ' "$t/spec.tap")
echo "scan on the fresh MTA logs: $p passed, $f failed"
passed=$((passed + p)); failed=$((failed + f))
[ "$p" -gt 0 ] || { failed=$((failed + 1)); status=1; }
echo "$passed passed, $failed failed"
exit $status
