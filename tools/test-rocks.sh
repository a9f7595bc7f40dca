#!/bin/sh
# test-rocks.sh -- the rockspec installs with `luarocks make` into a
# temporary tree and loads from there (both C modules, smtpbounce.core and
# smtpbounce.logio), under Lua 5.1 and 5.4; `make install` honours PREFIX
# and DESTDIR.  Prints "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
passed=0; failed=0
t=$(mktemp -d /tmp/smtpbounce-rocks.XXXXXX)
trap 'rm -rf "$t"; rm -rf smtpbounce csrc/*.o' EXIT
if lua5.4 tools/rockspec.lua | cmp -s - rockspec/smtpbounce-scm-1.rockspec; then
  echo "rockspec up to date: ok"; passed=$((passed + 1))
else
  echo "rockspec out of date: run make rockspec"; failed=$((failed + 1))
fi
for v in 5.1 5.4; do
  if luarocks --lua-version "$v" make --deps-mode=none --tree "$t/$v" \
       rockspec/smtpbounce-scm-1.rockspec > "$t/log-$v" 2>&1 &&
     out=$(LUA_PATH="$t/$v/share/lua/$v/?.lua;$t/$v/share/lua/$v/?/init.lua;;" \
           LUA_CPATH="$t/$v/lib/lua/$v/?.so;;" "lua$v" -e '
             local r = require("smtpbounce").classify("452 4.2.2 Over Quota")
             local logio = require("smtpbounce.logio")
             io.write(r.reason, " ", r.action, " ", type(logio.postfix_values))') &&
     [ "$out" = "mailboxfull retry function" ]; then
    echo "luarocks $v: ok"; passed=$((passed + 1))
  else
    echo "luarocks $v: FAILED"; cat "$t/log-$v" | tail -n 20; failed=$((failed + 1))
  fi
done
# make install into a staging directory (standard input is read with
# smtpbounce.logio)
if make -s install DESTDIR="$t/stage" PREFIX=/usr > "$t/log-install" 2>&1 &&
   out=$(echo "250 ok" | LUA_PATH="$t/stage/usr/share/lua/5.4/?.lua;$t/stage/usr/share/lua/5.4/?/init.lua;;" \
         LUA_CPATH="$t/stage/usr/lib/lua/5.4/?.so;;" "$t/stage/usr/bin/smtpbounce" classify --json) &&
   echo "$out" | grep -q '"outcome":"delivered"'; then
  echo "make install: ok"; passed=$((passed + 1))
else
  echo "make install: FAILED"; tail -n 20 "$t/log-install"; failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
