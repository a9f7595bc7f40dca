#!/bin/sh
# sanitize.sh LUA SANBUILD TSANBUILD -- `make sanitize`: the C tests built
# with AddressSanitizer + UndefinedBehaviorSanitizer (SANBUILD), the busted
# specs with the module built that way, and test_threads under
# ThreadSanitizer (TSANBUILD).  Prints "N passed, N failed" (", N skipped"
# when specs were pending) per part and in total; exits non-zero on any
# failure or sanitizer report.
#
# The interpreter is not instrumented, so the ASan runtime is preloaded
# into it (LD_PRELOAD); the sanitized core.so and logio.so come first on
# LUA_CPATH, and the CLI specs' child interpreters load them too: LUA (the
# interpreter spec/helper.lua starts bin/smtpbounce with) is a wrapper
# script that requires smtpbounce.core and smtpbounce.logio before
# bin/smtpbounce puts the plain build on the path (one word: specs split
# $LUA at spaces).  Leak detection
# stays on: lua5.4 closes its state at exit (busted too) and the module
# frees everything through Lua's allocator, so a leak report is a real
# leak, and LSan's report fails the run (no suppressions needed).
LUA=${1:-lua5.4}
SAN=${2:-build/sanitize}
TSAN=${3:-build/tsan}
passed=0; failed=0; skipped=0; status=0
export ASAN_OPTIONS="exitcode=99:detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="exitcode=99:print_stacktrace=1:halt_on_error=1"
export TSAN_OPTIONS="halt_on_error=1"

. "$(dirname "$0")/count.sh"
COUNT_SHOW='ERROR|SUMMARY|runtime error|WARNING: ThreadSanitizer|FAILED|not ok'

ctests_missing "$SAN"
if [ "$n_missing" -gt 0 ]; then failed=$((failed + n_missing)); status=1; fi
for t in "$SAN"/test_*; do
  [ -x "$t" ] || continue
  out=$("$t" 2>&1); rc=$?
  count "$(basename "$t") (asan+ubsan)" "$out" $rc
done

out=$(SB_THREAD_ROUNDS=100 "$TSAN/test_threads" 2>&1); rc=$?
count "test_threads (tsan)" "$out" $rc

ASAN_RT=$(clang -print-file-name=libclang_rt.asan-x86_64.so)
if [ ! -f "$ASAN_RT" ]; then
  echo "sanitize: no ASan runtime at '$ASAN_RT' (libclang-rt-14-dev)"
  failed=$((failed + 1)); status=1
else
  tap="$SAN/busted.tap"
  child="$PWD/$SAN/san-$LUA"
  printf '#!/bin/sh\nexec %s -e "require%s require%s" "$@"\n' "$(command -v "$LUA")" \
    "'smtpbounce.core'" "'smtpbounce.logio'" > "$child"
  chmod +x "$child"
  LD_PRELOAD="$ASAN_RT" \
  LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="$SAN/?.so;;" \
  LUA="$child" \
    busted --lua="$LUA" -o TAP spec > "$tap" 2>&1; rc=$?
  count_tap "$tap" || rc=1
  grep -E -A6 '^not ok' "$tap" | head -n 60
  if grep -q -E 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$tap"; then
    grep -E -A12 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$tap" | head -n 60
    n_fail=$((n_fail + 1)); rc=1
  fi
  if [ $rc -ne 0 ]; then
    status=1; [ "$n_fail" = 0 ] && { n_fail=1; tail -n 20 "$tap"; }
  fi
  echo "busted $LUA (asan+ubsan): $(count_line "$n_pass" "$n_fail" "$n_skip")"
  count_add
fi

count_line "$passed" "$failed" "$skipped"
exit $status
