#!/bin/sh
# test-rocks.sh -- the rockspec installs with `luarocks make` into a
# temporary tree and loads from there (both C modules, smtpbounce.core and
# smtpbounce.logio), under Lua 5.1 and 5.4; `make install` honours PREFIX
# and DESTDIR, and the command it installs runs without LUA_PATH/LUA_CPATH
# (reading standard input through smtpbounce.logio).  Prints "N passed,
# N failed".
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
# make install, and the installed command run as installed: no LUA_PATH or
# LUA_CPATH (the launcher names its module directories), from elsewhere
check_install () {  # NAME BIN
  if out=$(cd / && echo "250 ok" | env -u LUA_PATH -u LUA_CPATH -u LUA_PATH_5_4 \
             -u LUA_CPATH_5_4 "$2" classify --json 2>&1) &&
     echo "$out" | grep -q '"outcome":"delivered"'; then
    echo "$1: ok"; passed=$((passed + 1))
  else
    echo "$1: FAILED"; echo "$out" | tail -n 5; tail -n 20 "$t/log-install"; failed=$((failed + 1))
  fi
}
make -s install PREFIX="$t/prefix" > "$t/log-install" 2>&1
check_install "make install PREFIX" "$t/prefix/bin/smtpbounce"
# DESTDIR: staged under $t/stage, then moved where PREFIX says, as a
# package is; the staged files must name PREFIX, not the staging directory
make -s install DESTDIR="$t/stage" PREFIX="$t/final" > "$t/log-install" 2>&1
if grep -q "$t/stage" "$t/stage$t/final/bin/smtpbounce"; then
  echo "make install DESTDIR: the launcher names the staging directory"; failed=$((failed + 1))
fi
[ -d "$t/stage$t/final" ] && mv "$t/stage$t/final" "$t/final"
check_install "make install DESTDIR" "$t/final/bin/smtpbounce"
if [ -f "$t/final/share/man/man1/smtpbounce.1" ]; then
  echo "man page installed: ok"; passed=$((passed + 1))
else
  echo "man page installed: FAILED"; failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
