#!/bin/sh
# fuzz.sh DIR SECONDS TARGET... -- run each libFuzzer target DIR/fuzz_TARGET
# for SECONDS on its corpus DIR/corpus-TARGET (new inputs are added there),
# as many at a time as there are CPUs.  Prints per target the executions,
# exec/s, coverage (cov: edges, ft: features), corpus size and crashes
# (inputs saved as DIR/crash-TARGET-*), then "N passed, N failed": a target
# passes when it ran its time without a crash, leak, timeout or OOM.
DIR=$1; SECS=$2; shift 2
JOBS=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}
run() {
  t=$1
  mkdir -p "$DIR/corpus-$t"
  # a target's own dictionary (csrc/fuzz/TARGET.dict), else the replies'
  dict=csrc/fuzz/reply.dict
  [ -f "csrc/fuzz/$t.dict" ] && dict="csrc/fuzz/$t.dict"
  # and its own flags (csrc/fuzz/TARGET.options: one a line, # comments)
  opts=""
  [ -f "csrc/fuzz/$t.options" ] && opts=$(grep -v '^[[:space:]]*#' "csrc/fuzz/$t.options")
  # -timeout: one input over 10 s is a hang (inputs are at most a few KB,
  # and everything is linear); -rss_limit_mb: more than 2 GB is a bug
  "$DIR/fuzz_$t" -max_total_time="$SECS" -print_final_stats=1 -timeout=10 \
    -rss_limit_mb=2048 -dict="$dict" $opts \
    -artifact_prefix="$DIR/crash-$t-" "$DIR/corpus-$t" \
    > "$DIR/log-$t.txt" 2>&1
  echo $? > "$DIR/rc-$t"
}
n=0
for t in "$@"; do
  run "$t" &
  n=$((n + 1))
  [ $((n % JOBS)) -eq 0 ] && wait
done
wait
passed=0; failed=0
for t in "$@"; do
  log="$DIR/log-$t.txt"; rc=$(cat "$DIR/rc-$t")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1)
  cov=$(printf '%s' "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
  ft=$(printf '%s' "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
  corp=$(printf '%s' "$last" | sed -n 's/.* corp: \([0-9]*\/[0-9A-Za-z]*\).*/\1/p')
  crashes=$(ls "$DIR"/crash-"$t"-* 2>/dev/null | wc -l)
  printf 'fuzz_%s: %s runs in %ss, %s exec/s, cov %s, ft %s, corpus %s, exit %s, %s saved crash inputs\n' \
    "$t" "${execs:-?}" "$SECS" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$rc" "$crashes"
  if [ "$rc" -ne 0 ]; then
    failed=$((failed + 1))
    grep -E 'ERROR|invariant failed|SUMMARY|decision:|Test unit written' "$log" | head -n 8
  else
    passed=$((passed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
