#!/bin/sh
# check-all.sh LUA... -- for each interpreter: build with clang (-Werror)
# and with gcc, then run the whole spec suite with the gcc build.  Prints
# a line per interpreter and "N passed, N failed" for all of them
# (", N skipped" when specs were pending: fuzz-log replays need Lua 5.3+).
set -u
passed=0; failed=0; skipped=0; status=0
. "$(dirname "$0")/count.sh"
for lua in "$@"; do
  if ! make -s LUA="$lua" CC=clang BUILD="build/clang-$lua" all; then
    echo "$lua: clang build failed"; failed=$((failed + 1)); status=1; continue
  fi
  if ! make -s LUA="$lua" CC=gcc all; then
    echo "$lua: gcc build failed"; failed=$((failed + 1)); status=1; continue
  fi
  tap="build/$lua/busted.tap"
  LUA="$lua" busted --lua="$lua" -o TAP spec > "$tap" 2>&1; rc=$?
  count_tap "$tap" || rc=1
  grep -A3 '^not ok' "$tap" | head -n 40
  if [ $rc -ne 0 ] && [ "$n_fail" = 0 ]; then n_fail=1; tail -n 20 "$tap"; fi
  [ $rc -ne 0 ] && status=1
  echo "$lua: $(count_line "$n_pass" "$n_fail" "$n_skip")"
  count_add
done
count_line "$passed" "$failed" "$skipped"
exit $status
