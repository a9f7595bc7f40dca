#!/bin/sh
# runtests.sh LUA BUILD -- run the C tests and the busted specs, then print
# one line "N passed, N failed" (the sum of both) and exit non-zero on any
# failure.  Used by `make test` and .ci/run.
LUA=${1:-lua5.4}
BUILD=${2:-build/$LUA}
passed=0; failed=0; status=0
for t in "$BUILD"/test_*; do
  [ -x "$t" ] || continue
  out=$("$t" 2>&1); rc=$?
  printf '%s\n' "$out" | grep -v ': [0-9]* passed, [0-9]* failed$' || true
  line=$(printf '%s\n' "$out" | grep -E '[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
  p=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) passed, ([0-9]+) failed$/\1/')
  f=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) passed, ([0-9]+) failed$/\2/')
  echo "$(basename "$t"): ${p:-0} passed, ${f:-0} failed"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  if [ $rc -ne 0 ] || [ -z "$line" ]; then status=1; [ "${f:-0}" = 0 ] && failed=$((failed + 1)); fi
done
tap="$BUILD/busted.tap"
busted --lua="$LUA" -o TAP spec > "$tap" 2>&1; rc=$?
grep -E '^not ok|^#' "$tap" | head -n 200
p=$(grep -c '^ok ' "$tap"); f=$(grep -c '^not ok ' "$tap")
echo "busted ($LUA): $p passed, $f failed"
passed=$((passed + p)); failed=$((failed + f))
if [ $rc -ne 0 ]; then
  status=1
  if [ "$f" = 0 ]; then failed=$((failed + 1)); tail -n 20 "$tap"; fi
fi
echo "$passed passed, $failed failed"
exit $status
