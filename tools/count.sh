# count.sh -- sourced by sanitize.sh and valgrind.sh: count NAME OUT RC adds
# the last "N passed, N failed" line of OUT to the sums 'passed' and
# 'failed' and prints "NAME: N passed, N failed (exit RC)".  A part that
# exited non-zero, or printed no such line, fails (at least one failure,
# and 'status' 1) and shows the lines of OUT that match COUNT_SHOW.
count() {
  name=$1; out=$2; rc=$3
  line=$(printf '%s\n' "$out" | grep -E '[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
  p=$(printf '%s' "$line" | sed -E 's/(.* )?([0-9]+) passed, ([0-9]+) failed$/\2/')
  f=$(printf '%s' "$line" | sed -E 's/(.* )?([0-9]+) passed, ([0-9]+) failed$/\3/')
  p=${p:-0}; f=${f:-0}
  if [ "$rc" -ne 0 ] || [ -z "$line" ]; then
    status=1; [ "$f" = 0 ] && f=1
    printf '%s\n' "$out" | grep -E "$COUNT_SHOW" | head -n 40
  fi
  echo "$name: $p passed, $f failed (exit $rc)"
  passed=$((passed + p)); failed=$((failed + f))
}
