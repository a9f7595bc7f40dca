#!/bin/sh
# valgrind.sh LUA BUILD [subset|full] -- `make valgrind`: the C tests and
# the busted specs under valgrind memcheck.  Any memcheck error, and any
# definitely or indirectly lost block, fails (--error-exitcode with
# --errors-for-leak-kinds=definite,indirect); still-reachable memory of the
# interpreter at exit is not an error.  tools/valgrind.supp holds the one
# suppression needed: the loader's own strncmp when iconv(3) loads a
# charset module (the bounce-mail reader).
#
# 'subset' (make valgrind) leaves out what costs minutes under memcheck and
# adds no new code path: test_parse's ~150 MB of big inputs (SB_SKIP_BIG),
# the hostile tests tagged #big (16 MB replies, 100,000 phrases, 100,000
# lines: their small versions stay), and rules_spec's per-rule "decides
# its own examples" blocks (the same classify path, once per built-in
# rule); the interpreters the CLI specs start run natively (each
# would load and compile the built-in rules under memcheck: most of the
# time).  'full' (make valgrind-full) runs everything, the CLI's child
# interpreters under memcheck too: LUA, the interpreter spec/helper.lua
# starts bin/smtpbounce with, is then a one-word wrapper script.
LUA=${1:-lua5.4}
BUILD=${2:-build/$LUA}
MODE=${3:-subset}
VG="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --track-origins=yes --suppressions=$(dirname "$0")/valgrind.supp"
passed=0; failed=0; skipped=0; status=0

. "$(dirname "$0")/count.sh"
COUNT_SHOW='==[0-9]+==|FAILED'

# subset: test_parse without its ~150 MB of big inputs (minutes here)
[ "$MODE" = full ] || export SB_SKIP_BIG=1
ctests_missing "$BUILD"
if [ "$n_missing" -gt 0 ]; then failed=$((failed + n_missing)); status=1; fi
for t in "$BUILD"/test_*; do
  [ -x "$t" ] || continue
  t0=$(date +%s)
  out=$(SB_THREAD_ROUNDS=20 $VG "$t" 2>&1); rc=$?
  count "$(basename "$t") (memcheck, $(( $(date +%s) - t0 ))s)" "$out" $rc
done

set --
[ "$MODE" = full ] || set -- --exclude-tags=big "--filter-out=decides its own examples" \
                            "--filter-out=hostile"
# the subset: the binding and API specs (the facade, the rule data
# checks and compiler, the core), the seed guide and bounce mails -- every C entry
# point with the Lua allocator -- in a few minutes (the hostile inputs,
# the describe()s named "hostile ...", run under ASan in `make
# sanitize`); `make valgrind-full` runs every spec
SPECS=spec
[ "$MODE" = full ] || SPECS="spec/smtpbounce_spec.lua spec/compile_spec.lua spec/rulecheck_spec.lua
  spec/core_spec.lua spec/rules_spec.lua spec/seed_spec.lua spec/mail_spec.lua"
child=$(command -v "$LUA")
if [ "$MODE" = full ]; then
  child="$PWD/$BUILD/valgrind-$LUA"
  printf '#!/bin/sh\nexec %s %s "$@"\n' "$VG" "$(command -v "$LUA")" > "$child"
  chmod +x "$child"
fi
tap="$BUILD/valgrind.tap"
t0=$(date +%s)
LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="$BUILD/?.so;;" \
LUA="$child" \
  $VG "$LUA" "$(command -v busted)" -o TAP "$@" $SPECS > "$tap" 2>&1; rc=$?
count_tap "$tap" || rc=1
grep -E -A8 '^not ok' "$tap" | head -n 60
if grep -q -E '^==[0-9]+== ' "$tap"; then
  grep -E '^==[0-9]+== ' "$tap" | head -n 60
  n_fail=$((n_fail + 1)); rc=1
fi
if [ $rc -ne 0 ]; then
  status=1; [ "$n_fail" = 0 ] && { n_fail=1; tail -n 20 "$tap"; }
fi
echo "busted $LUA (memcheck, $MODE, $(( $(date +%s) - t0 ))s): $(count_line "$n_pass" "$n_fail" "$n_skip")"
count_add

count_line "$passed" "$failed" "$skipped"
exit $status
