#!/bin/sh
# count-check.sh [LUA] -- check the counting of tools/count.sh: result
# lines read back, busted TAP with pending tests (canned, and from a real
# busted run over tools/count-check/, one result of each kind), a TAP
# output cut short, and a part that exits non-zero.  Prints each failed
# check as "FAIL ...", then "N passed, N failed"; exits 1 on a failure.
# Run by tools/runtests.sh (`make test`).
LUA=${1:-lua5.4}
cd "$(dirname "$0")/.." || exit 2
. tools/count.sh
ok=0; bad=0
tmp=$(mktemp -d /tmp/smtpbounce-count.XXXXXX) || exit 2
trap 'rm -rf "$tmp"' EXIT

# want WHAT GOT EXPECTED
want() {
  if [ "$2" = "$3" ]; then ok=$((ok + 1))
  else bad=$((bad + 1)); echo "FAIL $1: got '$2', want '$3'"; fi
}

# count_parse: prefixed and bare lines, the last one, none
count_parse "test_parse: 18507 passed, 0 failed"
want "count_parse, a C test's line" "$? $n_pass $n_fail $n_skip" "0 18507 0 0"
count_parse "$(printf 'busted (lua5.4): 3 passed, 1 failed, 2 skipped\nother output\n')"
want "count_parse, with skipped" "$? $n_pass $n_fail $n_skip" "0 3 1 2"
count_parse "$(printf '1 passed, 9 failed\nx: 5 passed, 0 failed, 7 skipped\n')"
want "count_parse, the last line" "$n_pass $n_fail $n_skip" "5 0 7"
count_parse "no result here"
want "count_parse, no line" "$? $n_pass $n_fail $n_skip" "1 0 0 0"
count_parse "$(printf '12 passed, 1 failed, 3 skipped\nbusted: 4 passed, 0 failed\n')" total
want "count_parse total, a bare line only" "$n_pass $n_fail $n_skip" "12 1 3"

# count_line: ", N skipped" only when any were
want "count_line, none skipped" "$(count_line 3 0 0)" "3 passed, 0 failed"
want "count_line, skipped" "$(count_line 3 0 2)" "3 passed, 0 failed, 2 skipped"

# count_tap on what busted 2.1.1 writes for a pending test
printf '%s\n' "ok 1 - a passes" "not ok 2 - a fails" "# spec/x_spec.lua @ 3" \
  "ok 3 - # SKIP a is pending" "ok 4 - # SKIP spec/x_spec.lua:7: not yet" "ok 5 - b" "1..5" > "$tmp/a.tap"
count_tap "$tmp/a.tap" > /dev/null
want "count_tap, pending tests" "$? $n_pass $n_fail $n_skip" "0 2 1 2"
# cut short: no plan; or a plan the results do not reach
head -n 4 "$tmp/a.tap" > "$tmp/b.tap"
count_tap "$tmp/b.tap" > /dev/null
want "count_tap, no plan" "$? $n_pass $n_fail $n_skip" "1 1 2 1"
printf '%s\n' "ok 1 - a" "ok 2 - b" "1..3" > "$tmp/c.tap"
count_tap "$tmp/c.tap" > /dev/null
want "count_tap, a plan of 3 for 2 results" "$? $n_pass $n_fail $n_skip" "1 2 1 0"

# a real busted run: 1 passed, 4 failed, 2 skipped
busted --lua="$LUA" -o TAP tools/count-check > "$tmp/real.tap" 2>&1; rc=$?
count_tap "$tmp/real.tap" > /dev/null
want "count_tap, busted over tools/count-check" "$? $n_pass $n_fail $n_skip" "0 1 4 2"
want "busted's exit status with failures" "$([ $rc -ne 0 ] && echo non-zero)" "non-zero"

# count (sanitize.sh, valgrind.sh): sums, and a part that failed silently
passed=0; failed=0; skipped=0; status=0; COUNT_SHOW='^$'
count "one" "one: 4 passed, 0 failed, 1 skipped" 0 > /dev/null
count "two" "two: 2 passed, 0 failed" 0 > /dev/null
want "count, sums" "$passed $failed $skipped $status" "6 0 1 0"
want "count, its line" "$(count "three" "3 passed, 0 failed, 2 skipped" 0)" \
  "three: 3 passed, 0 failed, 2 skipped (exit 0)"
count "crashed" "Segmentation fault" 139 > /dev/null
want "count, a crash without a result line" "$passed $failed $skipped $status" "6 1 1 1"

# ctests_missing: every C test of csrc/test, in a directory without them
nsrc=$(ls csrc/test/test_*.c | wc -l)
ctests_missing "$tmp" > /dev/null
want "ctests_missing, none built" "$n_missing" "$nsrc"
want "ctests_missing, C tests found" "$([ "$nsrc" -gt 0 ] && echo some)" "some"
: > "$tmp/test_parse"; chmod +x "$tmp/test_parse"
ctests_missing "$tmp" > /dev/null
want "ctests_missing, one built" "$n_missing" "$((nsrc - 1))"

count_line "$ok" "$bad" 0
[ "$bad" = 0 ]
