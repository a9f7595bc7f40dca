#!/bin/sh
# runtests.sh LUA BUILD -- check the counting itself (count-check.sh), run
# the C tests and the busted specs, then print one line "N passed,
# N failed" (the sum of all three; ", N skipped" added when specs were
# pending) and exit non-zero on any failure.  Used by `make test` and
# .ci/run.
LUA=${1:-lua5.4}
BUILD=${2:-build/$LUA}
passed=0; failed=0; skipped=0; status=0
. "$(dirname "$0")/count.sh"

COUNT_SHOW='^FAIL|not found'
out=$(sh "$(dirname "$0")/count-check.sh" "$LUA" 2>&1); rc=$?
count "count-check" "$out" $rc

ctests_missing "$BUILD" "$(dirname "$0")/.."
if [ "$n_missing" -gt 0 ]; then failed=$((failed + n_missing)); status=1; fi
for t in "$BUILD"/test_*; do
  [ -x "$t" ] || continue
  out=$("$t" 2>&1); rc=$?
  printf '%s\n' "$out" | grep -v -E ': [0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' || true
  count_parse "$out"; none=$?
  if [ $rc -ne 0 ] || [ $none -ne 0 ]; then status=1; [ "$n_fail" = 0 ] && n_fail=1; fi
  echo "$(basename "$t"): $(count_line "$n_pass" "$n_fail" "$n_skip")"
  count_add
done

tap="$BUILD/busted.tap"
busted --lua="$LUA" -o TAP spec > "$tap" 2>&1; rc=$?
grep -E '^not ok|^#|^ok [0-9]+ - # SKIP' "$tap" | head -n 200
count_tap "$tap" || status=1
if [ $rc -ne 0 ]; then
  status=1
  if [ "$n_fail" = 0 ]; then n_fail=1; tail -n 20 "$tap"; fi
fi
echo "busted ($LUA): $(count_line "$n_pass" "$n_fail" "$n_skip")"
count_add
[ "$failed" -gt 0 ] && status=1
count_line "$passed" "$failed" "$skipped"
exit $status
