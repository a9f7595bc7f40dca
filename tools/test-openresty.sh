#!/bin/sh
# test-openresty.sh -- start nginx with lua-nginx-module on 127.0.0.1 with a
# private prefix and 2 workers, run HTTP checks against examples/openresty
# (results, 400s, counters, a rules reload; the tracker across workers and
# /metrics: tools/openresty_checks.lua), stop it by its pid, and fail on
# any error-log line at [error] or worse.  Prints "openresty: N passed,
# N failed".
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
make -s LUA=luajit all || exit 1
# the checks hold keep-alive connections of their own (LuaSocket)
sh tools/deps.sh lua-socket || exit 1
d=$(mktemp -d /tmp/smtpbounce-nginx.XXXXXX)
trap 'rm -rf "$d"' EXIT
# workers run as nobody: give them a world-readable copy
mkdir -p "$d/root/smtpbounce" "$d/root/examples/openresty" "$d/conf" "$d/logs"
cp -r lua "$d/root/lua"
# every C module of the build but the benchmark's
for f in build/luajit/smtpbounce/*.so; do
  case $f in */bench.so) ;; *) cp "$f" "$d/root/smtpbounce/";; esac
done
cp examples/openresty/handlers.lua "$d/root/examples/openresty/"
printf 'return { rules = {} }\n' > "$d/rules.lua"
# the tracker's operator rule for the burst check: 40 system errors
# towards one domain and IP within an hour pause it
cat > "$d/tracker-rules.lua" <<'EOF'
return { rules = {
  { id = "ops.test.burst", on = "provider", reason = "systemerror", status = "4.3.0",
    count = 40, window = 3600, pause = 600,
    example = { reply = "451 4.3.0 Temporary server error", domain = "burst.example" } } } }
EOF
chmod -R a+rX "$d"
port=$((20000 + $$ % 20000))
sed -e "s|@ROOT@|$d/root|g" -e "s|@PORT@|$port|g" -e "s|@RULES@|$d/rules.lua|g" \
    -e "s|@TRACKER_RULES@|$d/tracker-rules.lua|g" \
    examples/openresty/nginx.conf > "$d/conf/nginx.conf"
nginx -p "$d/" -c conf/nginx.conf -e logs/error.log -t -q || { cat "$d/logs/error.log"; exit 1; }
nginx -p "$d/" -c conf/nginx.conf -e logs/error.log || { cat "$d/logs/error.log"; exit 1; }
i=0
until curl -s -o /dev/null "http://127.0.0.1:$port/stats"; do
  i=$((i + 1)); [ $i -gt 50 ] && { echo "nginx did not answer"; cat "$d/logs/error.log"; break; }
  sleep 0.1
done
LUA_PATH="$root/lua/?.lua;$root/lua/?/init.lua;;" LUA_CPATH="$root/build/lua5.4/?.so;;" \
  lua5.4 tools/openresty_checks.lua "http://127.0.0.1:$port" "$d/rules.lua"
status=$?
kill -QUIT "$(cat "$d/logs/nginx.pid")"
i=0
while [ -f "$d/logs/nginx.pid" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
if grep -E '\[(error|crit|alert|emerg)\]' "$d/logs/error.log"; then
  echo "openresty: error log has [error] lines"
  echo "0 passed, 1 failed"
  exit 1
fi
exit $status
