#!/bin/sh
# test-mta.sh -- run a real Postfix, then a real Exim (the two packages
# conflict: one at a time), each delivering to the scripted SMTP sink on
# 127.0.0.1 (tools/mta-test.sh), then check every recipient's outcome and
# reason as `smtpbounce scan` reads them from each MTA's own fresh log
# (spec/scan_spec.lua, pointed at those logs).  The non-delivery notices
# each MTA sends for its bounced recipients are kept by the sink in a
# Maildir (MTA_TEST_MAILDIR) and read back with `smtpbounce mail`: every
# bounced recipient of the log must have a record with the same status and
# reason (tools/mta-mail.lua).  Ends "N passed, N failed" (", N skipped"
# when specs were pending).
set -u
cd "$(dirname "$0")/.."
t=$(mktemp -d /tmp/smtpbounce-mta.XXXXXX)
trap 'rm -rf "$t"' EXIT
passed=0; failed=0; skipped=0; status=0
. tools/count.sh
for mta in postfix exim; do
  MTA_TEST_MAILDIR="$t/$mta.mail" sh tools/mta-test.sh "$mta" "$t/$mta.log" > "$t/run-$mta" 2>&1; rc=$?
  tail -n 3 "$t/run-$mta"
  count_parse "$(cat "$t/run-$mta")"
  if [ $rc -ne 0 ]; then status=1; [ "$n_fail" = 0 ] && n_fail=1; fi
  count_add
  [ -s "$t/$mta.log" ] || { echo "no $mta log"; failed=$((failed + 1)); status=1; }
done
make -s all || exit 1
SMTPBOUNCE_POSTFIX_LOG="$t/postfix.log" SMTPBOUNCE_EXIM_LOG="$t/exim.log" \
  busted --lua=lua5.4 -o TAP --filter=on.the.real spec/scan_spec.lua > "$t/spec.tap" 2>&1 || status=1
grep -E '^not ok' -A4 "$t/spec.tap" | head -n 40
count_tap "$t/spec.tap" || status=1
echo "scan on the fresh MTA logs: $(count_line "$n_pass" "$n_fail" "$n_skip")"
[ "$n_pass" -gt 0 ] || { n_fail=$((n_fail + 1)); status=1; }
count_add
# the bounce mails against the logs
export LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="build/lua5.4/?.so;;"
for mta in postfix exim; do
  [ -s "$t/$mta.log" ] || continue
  lua5.4 bin/smtpbounce scan --format "$mta" --json "$t/$mta.log" > "$t/$mta.scan" 2>/dev/null
  lua5.4 bin/smtpbounce mail --json "$t/$mta.mail" > "$t/$mta.mailjson" 2>"$t/$mta.mailerr" ||
    { cat "$t/$mta.mailerr"; status=1; }
  tail -n 1 "$t/$mta.mailerr"
  lua5.4 tools/mta-mail.lua "$mta" "$t/$mta.scan" "$t/$mta.mailjson" > "$t/$mta.cmp"; rc=$?
  cat "$t/$mta.cmp"
  count_parse "$(tail -n 1 "$t/$mta.cmp")"
  if [ $rc -ne 0 ]; then status=1; [ "$n_fail" = 0 ] && n_fail=1; fi
  count_add
done
[ "$failed" -gt 0 ] && status=1
count_line "$passed" "$failed" "$skipped"
exit $status
