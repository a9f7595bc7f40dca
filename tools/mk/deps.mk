# deps.mk -- the Debian packages each target needs (tools/deps.sh installs
# the missing ones with apt-get, as root or with sudo)

DEPS_BUILD = gcc make pkg-config lua5.4 liblua5.4-dev lua-lpeg lua-cjson lua-argparse
DEPS_TEST = $(DEPS_BUILD) lua-busted
DEPS_LINT = lua-check lua5.1 groff-base
DEPS_LUA_lua5.1 = lua5.1 liblua5.1-0-dev
DEPS_LUA_lua5.2 = lua5.2 liblua5.2-dev
DEPS_LUA_lua5.3 = lua5.3 liblua5.3-dev
DEPS_LUA_luajit = luajit2 libluajit2-5.1-dev
# nginx's Lua module brings OpenResty's LuaJIT; luajit2 must come after it
DEPS_ALL = $(DEPS_TEST) clang $(DEPS_LUA_lua5.1) $(DEPS_LUA_lua5.2) $(DEPS_LUA_lua5.3)
DEPS_NGINX = nginx-light libnginx-mod-http-lua lua-resty-core lua-resty-lrucache curl
# make bench-mail: Sisimai, the speed baseline for bounce mails
DEPS_BENCH_MAIL = libsisimai-perl
DEPS_SAN = $(DEPS_TEST) clang libclang-rt-14-dev
# the tracker's Redis store (make test-fleet, make bench-redis): a local
# redis-server, LuaSocket for the CLI's client
DEPS_REDIS = redis-server lua-socket
