# count.sh -- counting test results; sourced by runtests.sh, sanitize.sh,
# valgrind.sh, check-all.sh, test-mta.sh and .ci/run, and checked by
# count-check.sh.  A result line is "N passed, N failed", or
# "N passed, N failed, N skipped" when any were skipped (busted's pending
# tests): a skip is never counted as passed, an error always as failed.
#
# The sums are the shell variables 'passed', 'failed' and 'skipped' (set
# them to 0 first); count_parse and count_tap leave one part's numbers in
# n_pass, n_fail and n_skip.

# count_line P F S: the result line for P passed, F failed, S skipped
count_line() {
  if [ "${3:-0}" -gt 0 ]; then
    echo "$1 passed, $2 failed, $3 skipped"
  else
    echo "$1 passed, $2 failed"
  fi
}

# count_parse TEXT [total]: the numbers of TEXT's last result line (with
# or without a "NAME: " in front; with 'total', only a line that is a
# result line and nothing else); returns 1, numbers 0, when it has none
count_parse() {
  _c_pre=''
  [ "${2:-}" = total ] && _c_pre='^'
  _c_line=$(printf '%s\n' "$1" | grep -E "$_c_pre"'[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' | tail -n 1)
  n_pass=0; n_fail=0; n_skip=0
  [ -n "$_c_line" ] || return 1
  _c_re='^(.*[^0-9])?([0-9]+) passed, ([0-9]+) failed(, ([0-9]+) skipped)?$'
  n_pass=$(printf '%s\n' "$_c_line" | sed -E "s/$_c_re/\\2/")
  n_fail=$(printf '%s\n' "$_c_line" | sed -E "s/$_c_re/\\3/")
  n_skip=$(printf '%s\n' "$_c_line" | sed -E "s/$_c_re/\\5/")
  n_skip=${n_skip:-0}
  return 0
}

# count_tap FILE: the numbers of busted's TAP output in FILE (-o TAP):
# "ok N - # SKIP ..." (a pending test) is skipped, any other "ok N" passed,
# "not ok N" failed (busted writes errors, in a test or around one, so).
# A missing "1..N" plan, or a plan that is not the number of results
# (busted stopped, or something else wrote such lines), is one failure
# more; returns 1 then.  (Busted 2.1.1's JSON output would list pending
# tests apart, but writes nothing at all when there is one: busted#729.)
count_tap() {
  eval "$(awk '
    /^ok [0-9]+ - # SKIP/ { s++; next }
    /^ok [0-9]+/ { p++; next }
    /^not ok [0-9]+/ { f++; next }
    /^1\.\.[0-9]+$/ { plan = substr($0, 4) + 0; planned = 1 }
    END {
      bad = !planned || plan != p + f + s
      printf "n_pass=%d n_fail=%d n_skip=%d _c_bad=%d\n", p, f + bad, s, bad
    }' "$1")"
  if [ "$_c_bad" = 1 ]; then
    echo "$1: no TAP plan, or not as many results as it says: counted as a failure"
    return 1
  fi
  return 0
}

# count_add: add n_pass, n_fail and n_skip to the sums
count_add() {
  passed=$((passed + n_pass)); failed=$((failed + n_fail)); skipped=$((skipped + n_skip))
}

# count NAME OUT RC: add the last result line of OUT (the output of a part
# that exited RC) to the sums and print "NAME: <result line> (exit RC)".
# A part that exited non-zero, or printed no such line, fails (at least
# one failure, and 'status' 1) and shows the lines of OUT that match
# COUNT_SHOW.
count() {
  _c_name=$1; _c_out=$2; _c_rc=$3
  count_parse "$_c_out"; _c_none=$?
  if [ "$_c_rc" -ne 0 ] || [ "$_c_none" -ne 0 ]; then
    status=1; [ "$n_fail" = 0 ] && n_fail=1
    printf '%s\n' "$_c_out" | grep -E "$COUNT_SHOW" | head -n 40
  fi
  echo "$_c_name: $(count_line "$n_pass" "$n_fail" "$n_skip") (exit $_c_rc)"
  count_add
}

# ctests_missing DIR: the C tests (csrc/test/test_*.c, from the checkout's
# root SRC, default .) that have no program in DIR, one line each
# ("DIR/test_x: not built"); their number in n_missing.  A loop over
# DIR/test_* runs none of them, and would pass so.
ctests_missing() {
  n_missing=0
  for _c_src in "${2:-.}"/csrc/test/test_*.c; do
    _c_t="$1/$(basename "$_c_src" .c)"
    if [ ! -x "$_c_t" ]; then echo "$_c_t: not built"; n_missing=$((n_missing + 1)); fi
  done
}
