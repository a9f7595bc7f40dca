#!/bin/sh
# test-report.sh [LUA] -- `make test-report`: the HTML report in a real
# browser.  Writes the report of examples/postfix-maillog.log and of a
# generated Postfix log of about 50 MB (tools/gen-postfix-log.lua,
# REPORT_LOG_LINES lines) with `scan --report`, and checks each in
# headless Chromium (tools/report-check.js: console errors, network
# requests, charts, tables, suppress list, contrast in both schemes, no
# horizontal scroll at 1366x768, sorting, filter, CSV, no JavaScript),
# with screenshots under build/report/.  Then: `smtpbounce report` over
# saved `scan --json` lines gives the same page as `scan --report`;
# --redact leaves no local part of the log's addresses in the page; the
# 50 MB log's report stays under REPORT_MAX_BYTES.  Prints each part's
# result, then "N passed, N failed"; exits 1 on a failure.
set -u
LUA=${1:-lua5.4}
cd "$(dirname "$0")/.." || exit 2
. tools/count.sh
COUNT_SHOW='^FAIL'
passed=0; failed=0; skipped=0; status=0
LINES=${REPORT_LOG_LINES:-366000}
MAX=${REPORT_MAX_BYTES:-3000000}
out=build/report
mkdir -p "$out"
tmp=$(mktemp -d /tmp/smtpbounce-report.XXXXXX) || exit 2
trap 'rm -rf "$tmp"' EXIT
export LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="build/$LUA/?.so;;"
sb() { "$LUA" bin/smtpbounce "$@"; }

# want NAME TEST...: one check of this script
want() {
  _name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok $_name"
  else failed=$((failed + 1)); status=1; echo "FAIL $_name"; fi
}

# browser NAME HTML: the checks in Chromium, counted
browser() {
  o=$(node tools/report-check.js "$2" "$out/$1" 2>&1); rc=$?
  printf '%s\n' "$o" | grep -v '^ok '
  count "$1 in chromium" "$o" "$rc"
}

"$LUA" tools/gen-postfix-log.lua "$LINES" > "$tmp/big.log" || exit 2
echo "generated log: $(wc -c < "$tmp/big.log") bytes, $LINES lines"

for name in shipped big; do
  log=examples/postfix-maillog.log
  [ $name = big ] && log=$tmp/big.log
  sb scan --summary --report "$out/$name.html" "$log" > /dev/null
  want "$name: scan --report exits 0" [ $? = 0 ]
  echo "$name report: $(wc -c < "$out/$name.html") bytes"
  browser "$name" "$out/$name.html"
done
want "50 MB log: report under $MAX bytes" [ "$(wc -c < "$out/big.html")" -le "$MAX" ]

# the rule stubs: each loads as a rule and decides its own example
stubs() {
  "$LUA" - "$1" <<'LUA'
local smtpbounce = require "smtpbounce"
local f = assert(io.open(arg[1], "rb")); local page = f:read("*a"); f:close()
local ENT = { quot = '"', lt = "<", gt = ">", amp = "&", ["#39"] = "'" }
local n, bad = 0, 0
for code in page:gmatch("<pre><code>(.-)</code></pre>") do
  n = n + 1
  local text = code:gsub("&(#?%w+);", ENT):gsub(",%s*$", "")
  local rule = assert((loadstring or load)("return " .. text))()
  local c = smtpbounce.new{ rules = { rule } }
  local r = c:classify(rule.examples[1].reply, { provider = rule.provider })
  if r.rule ~= rule.id then bad = bad + 1; print("stub " .. rule.id .. " decided by " .. r.rule) end
end
print(n .. " stubs, " .. bad .. " not deciding their example")
os.exit((n > 0 and bad == 0) and 0 or 1)
LUA
}
want "50 MB log: rule stubs load and decide their examples" stubs "$out/big.html"

# the same page from saved scan --json lines (the header names the input,
# a rule stub's source names it too, and the lines read are the log's or
# the JSON's: these left out of the comparison)
strip() { grep -v -e '^<header>' -e 'source = ' -e 'lines read</dt>' "$1"; }
for name in shipped big; do
  log=examples/postfix-maillog.log
  [ $name = big ] && log=$tmp/big.log
  sb scan --json "$log" > "$tmp/$name.jsonl"
  sb report -o "$tmp/$name-jsonl.html" "$tmp/$name.jsonl"
  want "$name: report of scan --json lines exits 0" [ $? = 0 ]
  strip "$out/$name.html" > "$tmp/a"; strip "$tmp/$name-jsonl.html" > "$tmp/b"
  want "$name: report JSONL gives the page scan --report gives" cmp -s "$tmp/a" "$tmp/b"
done

# --redact: no local part of a recipient of the log left in the page
sb scan --summary --report "$out/shipped-redacted.html" --redact examples/postfix-maillog.log > /dev/null
sed -n 's/.* to=<\([^@>]*\)@.*/\1@/p' examples/postfix-maillog.log | sort -u > "$tmp/locals"
want "--redact: the log has addresses to look for" [ -s "$tmp/locals" ]
want "--redact: none of their local parts in the page" \
  sh -c "! grep -F -f '$tmp/locals' '$out/shipped-redacted.html' > /dev/null"
want "--redact: hashed addresses in the suppress list" grep -q '<td>u-[0-9a-f]\{8\}@' "$out/shipped-redacted.html"
browser "shipped-redacted" "$out/shipped-redacted.html"

echo "screenshots: $(ls "$out"/*.png | tr '\n' ' ')"
count_line "$passed" "$failed" "$skipped"
exit $status
