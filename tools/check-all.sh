#!/bin/sh
# check-all.sh LUA... -- for each interpreter: build with clang (-Werror)
# and with gcc, then run the whole spec suite with the gcc build.  Prints
# a line per interpreter and "N passed, N failed" for all of them.
set -u
passed=0; failed=0; status=0
for lua in "$@"; do
  if ! make -s LUA="$lua" CC=clang BUILD="build/clang-$lua" all; then
    echo "$lua: clang build failed"; failed=$((failed + 1)); status=1; continue
  fi
  if ! make -s LUA="$lua" CC=gcc all; then
    echo "$lua: gcc build failed"; failed=$((failed + 1)); status=1; continue
  fi
  tap="build/$lua/busted.tap"
  LUA="$lua" busted --lua="$lua" -o TAP spec > "$tap" 2>&1; rc=$?
  p=$(grep -c '^ok ' "$tap"); f=$(grep -c '^not ok ' "$tap")
  grep -A3 '^not ok' "$tap" | head -n 40
  if [ $rc -ne 0 ] && [ "$f" = 0 ]; then f=1; tail -n 20 "$tap"; fi
  [ $rc -ne 0 ] && status=1
  echo "$lua: $p passed, $f failed"
  passed=$((passed + p)); failed=$((failed + f))
done
echo "$passed passed, $failed failed"
exit $status
