#!/bin/sh
# golden.sh [--save] [LUA] -- byte-identity check: run tools/golden.lua
# (the command-line tool and the Lua API over fixed inputs) and compare
# every output with the one saved in spec/fixtures/golden.tar.xz.  Prints
# the files that differ (with a diff of the first few), then
# "N passed, N failed".  --save writes the current outputs as the saved
# ones (only when a change of behaviour is intended: say so in its commit).
SAVE=0
if [ "$1" = "--save" ]; then SAVE=1; shift; fi
LUA=${1:-lua5.4}
BUILD=${BUILD:-build/$LUA}
SAVED=spec/fixtures/golden.tar.xz
NOW=build/golden/now
export LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="$BUILD/?.so;;"
"$LUA" tools/golden.lua "$NOW" || { echo "0 passed, 1 failed"; exit 1; }
if [ $SAVE = 1 ]; then
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - -C "$NOW" . \
    | xz -9 > "$SAVED" && echo "saved $(ls "$NOW" | wc -l) outputs in $SAVED"
  exit $?
fi
rm -rf build/golden/saved && mkdir -p build/golden/saved
xz -dc "$SAVED" | tar -xf - -C build/golden/saved || { echo "0 passed, 1 failed"; exit 1; }
passed=0; failed=0; shown=0
for f in build/golden/saved/*; do
  b=$(basename "$f")
  if cmp -s "$f" "$NOW/$b"; then passed=$((passed + 1))
  else
    failed=$((failed + 1)); echo "differs: $b"
    if [ $shown -lt 5 ]; then diff "$f" "$NOW/$b" | head -n 12; shown=$((shown + 1)); fi
  fi
done
for f in "$NOW"/*; do
  [ -e "build/golden/saved/$(basename "$f")" ] && continue
  failed=$((failed + 1)); echo "new output, not saved: $(basename "$f")"
done
echo "$passed passed, $failed failed"
[ $failed = 0 ]
