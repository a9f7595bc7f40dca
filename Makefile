# smtpbounce -- build, test, lint, demo.
#   make                 build smtpbounce/core.so for Lua 5.4
#   make LUA=lua5.1      ... for another interpreter (lua5.1..lua5.4, luajit)
#   make test            C tests + busted specs; last line "N passed, N failed"
#   make lint            luacheck + Lua 5.1 syntax check
#   make demo            classify the seed guide's replies, then summarise a
#                        real Postfix log (smtpbounce scan)
#   make sanitize        C tests + specs under ASan/UBSan, threads under TSan
#   make valgrind        C tests + specs (a subset) under valgrind memcheck
#   make valgrind-full   ... with every spec
#   make fuzz            libFuzzer targets, FUZZ_SECONDS each (default 60)
#   make bench           benchmarks (C core, Lua API, CLI, scan per log format)
#   make bench-scan-memory  scan --json's peak memory over a generated 1 GB log
# Missing Debian packages are installed first (tools/deps.sh).

LUA ?= lua5.4
CC ?= cc
PKG_LUA = $(if $(filter luajit,$(LUA)),luajit,$(LUA))
LUA_INC ?= $(shell pkg-config --cflags $(PKG_LUA) 2>/dev/null)
BUILD ?= build/$(LUA)
LUAS = lua5.1 lua5.2 lua5.3 lua5.4 luajit
PREFIX ?= /usr/local
LUA_VER = $(if $(filter luajit,$(LUA)),5.1,$(patsubst lua%,%,$(LUA)))
LMOD = $(DESTDIR)$(PREFIX)/share/lua/$(LUA_VER)
CMOD = $(DESTDIR)$(PREFIX)/lib/lua/$(LUA_VER)

WARN = -Wall -Wextra -pedantic -Wshadow -Wcast-qual -Wwrite-strings \
       -Wmissing-prototypes -Wstrict-prototypes -Wundef -Werror
CFLAGS ?= -O2 -g
ALL_CFLAGS = -std=c99 -fPIC -fvisibility=hidden $(WARN) $(CFLAGS)
LDFLAGS_SO = -shared

CORE = sb_parse sb_ruleset sb_classify sb_template sb_logline
CORE_O = $(CORE:%=$(BUILD)/%.o)
SO = $(BUILD)/smtpbounce/core.so

DEPS_BUILD = gcc make pkg-config lua5.4 liblua5.4-dev lua-lpeg lua-cjson
DEPS_TEST = $(DEPS_BUILD) lua-busted
DEPS_LINT = lua-check lua5.1
DEPS_LUA_lua5.1 = lua5.1 liblua5.1-0-dev
DEPS_LUA_lua5.2 = lua5.2 liblua5.2-dev
DEPS_LUA_lua5.3 = lua5.3 liblua5.3-dev
DEPS_LUA_luajit = luajit2 libluajit2-5.1-dev
# nginx's Lua module brings OpenResty's LuaJIT; luajit2 must come after it
DEPS_ALL = $(DEPS_TEST) clang $(DEPS_LUA_lua5.1) $(DEPS_LUA_lua5.2) $(DEPS_LUA_lua5.3)
DEPS_NGINX = nginx-light libnginx-mod-http-lua lua-resty-core lua-resty-lrucache curl

BUSTED = busted --lua=$(LUA)
# run a Lua script against this checkout's modules
RUNLUA = LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="$(BUILD)/?.so;;" $(LUA)

.PHONY: all deps test ctest spec lint demo golden accuracy rockspec clean check-all \
        test-openresty test-rocks test-mta bench bench-scan-memory install fuzz fuzz-build \
        sanitize tsan valgrind valgrind-full

all: $(SO)

deps:
	@sh tools/deps.sh $(DEPS_BUILD) $(DEPS_LUA_$(LUA))

# core objects: no Lua include path, so an accidental lua.h fails here
$(BUILD)/%.o: csrc/%.c csrc/smtpbounce.h csrc/sb_internal.h
	@mkdir -p $(BUILD)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/lsmtpbounce.o: csrc/lsmtpbounce.c csrc/smtpbounce.h csrc/compat.h
	@mkdir -p $(BUILD)
	$(CC) $(ALL_CFLAGS) $(LUA_INC) -c $< -o $@

$(SO): $(CORE_O) $(BUILD)/lsmtpbounce.o
	@mkdir -p $(BUILD)/smtpbounce
	$(CC) $(LDFLAGS_SO) -o $@ $^

$(BUILD)/test_%: csrc/test/test_%.c $(CORE_O) csrc/test/check.h
	$(CC) $(ALL_CFLAGS) -Icsrc -o $@ $< $(CORE_O)

# the fuzz targets' checks, replayed on the inputs fuzzing found
$(BUILD)/test_regress: csrc/test/test_regress.c csrc/fuzz/fuzz_common.h \
                       csrc/fuzz/fuzz_parse.c csrc/fuzz/fuzz_compile.c \
                       $(CORE_O) csrc/test/check.h
	$(CC) $(ALL_CFLAGS) -Icsrc -o $@ $< $(CORE_O)

$(BUILD)/test_threads: csrc/test/test_threads.c $(CORE_O) csrc/test/check.h
	$(CC) $(ALL_CFLAGS) -pthread -Icsrc -o $@ $< $(CORE_O) -pthread

CTESTS = $(BUILD)/test_parse $(BUILD)/test_ruleset $(BUILD)/test_regress \
         $(BUILD)/test_threads

ctest: $(CTESTS)
	@for t in $(CTESTS); do $$t || exit 1; done

test:
	@sh tools/deps.sh $(DEPS_TEST) $(DEPS_LUA_$(LUA))
	@$(MAKE) -s --no-print-directory all $(CTESTS)
	@sh tools/runtests.sh $(LUA) $(BUILD)

spec: all
	$(BUSTED) spec

lint:
	@sh tools/deps.sh $(DEPS_BUILD) $(DEPS_LINT)
	luacheck -q lua bin spec examples tools csrc/fuzz
	@for f in $$(find lua bin spec examples tools csrc/fuzz -name '*.lua') bin/smtpbounce; do \
	  luac5.1 -p $$f || exit 1; done; echo "lua 5.1 syntax: ok"
	@$(MAKE) -s --no-print-directory all
	@$(LUA) bin/smtpbounce rules --check

demo:
	@sh tools/deps.sh $(DEPS_BUILD)
	@$(MAKE) -s --no-print-directory all
	@printf '%-9s %-15s %-8s %-11s %-3s %-7s %-10s %-22s %s\n' outcome reason \
	  action scope code status provider rule text
	@$(LUA) bin/smtpbounce classify < examples/seed-replies.txt
	@echo; $(LUA) bin/smtpbounce scan --summary examples/postfix-maillog.log

# every interpreter: clang -Werror build, then gcc build + the whole spec suite
check-all:
	@sh tools/deps.sh $(DEPS_ALL) $(DEPS_NGINX)
	@sh tools/deps.sh $(DEPS_LUA_luajit)
	@sh tools/check-all.sh $(LUAS)

test-openresty:
	@sh tools/deps.sh $(DEPS_TEST) $(DEPS_NGINX)
	@sh tools/deps.sh $(DEPS_LUA_luajit)
	@sh tools/test-openresty.sh

# a real Postfix, then a real Exim, delivering to a scripted SMTP sink on
# 127.0.0.1; scan must read every recipient's outcome and reason from
# their own logs
test-mta:
	@sh tools/deps.sh $(DEPS_TEST) gcc
	@sh tools/test-mta.sh

test-rocks:
	@sh tools/deps.sh $(DEPS_TEST) luarocks $(DEPS_LUA_lua5.1)
	@sh tools/test-rocks.sh

install: all
	install -d $(LMOD)/smtpbounce/rules $(LMOD)/smtpbounce/providers $(LMOD)/smtpbounce/log \
	  $(LMOD)/smtpbounce/scan $(CMOD)/smtpbounce $(DESTDIR)$(PREFIX)/bin
	install -m 644 lua/smtpbounce/*.lua $(LMOD)/smtpbounce/
	install -m 644 lua/smtpbounce/rules/*.lua $(LMOD)/smtpbounce/rules/
	install -m 644 lua/smtpbounce/providers/*.lua $(LMOD)/smtpbounce/providers/
	install -m 644 lua/smtpbounce/log/*.lua $(LMOD)/smtpbounce/log/
	install -m 644 lua/smtpbounce/scan/*.lua $(LMOD)/smtpbounce/scan/
	install -m 755 $(SO) $(CMOD)/smtpbounce/core.so
	sed '1s|.*|#!/usr/bin/env $(LUA)|' bin/smtpbounce > $(DESTDIR)$(PREFIX)/bin/smtpbounce
	chmod 755 $(DESTDIR)$(PREFIX)/bin/smtpbounce

# {== hostile input and faults: sanitizers, valgrind, fuzzing ==========
SAN_CC = clang
SAN_FLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
            -fno-sanitize-recover=all
DEPS_SAN = $(DEPS_TEST) clang libclang-rt-14-dev
FUZZ_SECONDS ?= 60
FUZZ_DIR = build/fuzz
FUZZ_TARGETS = parse classify compile log
FUZZ_O = $(CORE:%=$(FUZZ_DIR)/%.o)
RULE_DATA = $(wildcard lua/smtpbounce/*.lua lua/smtpbounce/rules/*.lua \
                       lua/smtpbounce/providers/*.lua)

# ASan + UBSan: core, binding, C tests; the specs run with the ASan
# runtime preloaded into the interpreter (tools/sanitize.sh)
sanitize:
	@sh tools/deps.sh $(DEPS_SAN)
	@$(MAKE) -s --no-print-directory BUILD=build/sanitize CC=$(SAN_CC) \
	  CFLAGS="$(SAN_FLAGS)" LDFLAGS_SO="-shared $(SAN_FLAGS)" all $(CTESTS:$(BUILD)/%=build/sanitize/%)
	@$(MAKE) -s --no-print-directory BUILD=build/tsan CC=$(SAN_CC) \
	  CFLAGS="-O1 -g -fsanitize=thread" build/tsan/test_threads
	@sh tools/sanitize.sh $(LUA) build/sanitize build/tsan

# ThreadSanitizer only: one ruleset shared by 8 threads
tsan:
	@sh tools/deps.sh $(DEPS_BUILD) clang libclang-rt-14-dev
	@$(MAKE) -s --no-print-directory BUILD=build/tsan CC=$(SAN_CC) \
	  CFLAGS="-O1 -g -fsanitize=thread" build/tsan/test_threads
	@build/tsan/test_threads

# memcheck: C tests and the specs ("make valgrind-full": every spec)
valgrind:
	@sh tools/deps.sh $(DEPS_TEST) valgrind
	@$(MAKE) -s --no-print-directory all $(CTESTS)
	@sh tools/valgrind.sh $(LUA) $(BUILD) subset

valgrind-full:
	@sh tools/deps.sh $(DEPS_TEST) valgrind
	@$(MAKE) -s --no-print-directory all $(CTESTS)
	@sh tools/valgrind.sh $(LUA) $(BUILD) full

$(FUZZ_DIR)/%.o: csrc/%.c csrc/smtpbounce.h csrc/sb_internal.h
	@mkdir -p $(FUZZ_DIR)
	$(SAN_CC) -std=c99 $(WARN) $(SAN_FLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

# the built-in rules as C data, for fuzz_classify
$(FUZZ_DIR)/default_ruleset.h: $(SO) tools/dump-ruleset.lua $(RULE_DATA)
	@mkdir -p $(FUZZ_DIR)
	$(LUA) tools/dump-ruleset.lua $(BUILD) > $@.tmp && mv $@.tmp $@

$(FUZZ_DIR)/fuzz_%: csrc/fuzz/fuzz_%.c csrc/fuzz/fuzz_common.h $(FUZZ_O) \
                    $(FUZZ_DIR)/default_ruleset.h
	$(SAN_CC) -std=c99 $(WARN) $(SAN_FLAGS) -fsanitize=fuzzer -Icsrc \
	  -I$(FUZZ_DIR) -o $@ $< $(FUZZ_O)

# fuzz_log: a Lua 5.4 state running csrc/fuzz/fuzz_log.lua over the log
# grammars and scan, with smtpbounce.core built as the other targets are
# (FUZZ_DIR/lua/smtpbounce/core.so); -rdynamic lets that module reach the
# fuzzer's coverage callbacks
FUZZ_LUA_INC = $(shell pkg-config --cflags lua5.4 2>/dev/null)
FUZZ_LUA_LIB = $(shell pkg-config --libs lua5.4 2>/dev/null)
FUZZ_PIC_O = $(CORE:%=$(FUZZ_DIR)/pic/%.o)
FUZZ_SO = $(FUZZ_DIR)/lua/smtpbounce/core.so
FUZZ_PIC = -std=c99 -fPIC -fvisibility=hidden $(WARN) $(SAN_FLAGS) -fsanitize=fuzzer-no-link

$(FUZZ_DIR)/pic/%.o: csrc/%.c csrc/smtpbounce.h csrc/sb_internal.h
	@mkdir -p $(FUZZ_DIR)/pic
	$(SAN_CC) $(FUZZ_PIC) -c $< -o $@

$(FUZZ_DIR)/pic/lsmtpbounce.o: csrc/lsmtpbounce.c csrc/smtpbounce.h csrc/compat.h
	@mkdir -p $(FUZZ_DIR)/pic
	$(SAN_CC) $(FUZZ_PIC) $(FUZZ_LUA_INC) -c $< -o $@

$(FUZZ_SO): $(FUZZ_PIC_O) $(FUZZ_DIR)/pic/lsmtpbounce.o
	@mkdir -p $(FUZZ_DIR)/lua/smtpbounce
	$(SAN_CC) -shared $(SAN_FLAGS) -o $@ $^

$(FUZZ_DIR)/fuzz_log: csrc/fuzz/fuzz_log.c $(FUZZ_SO)
	$(SAN_CC) -std=c99 $(WARN) $(SAN_FLAGS) -fsanitize=fuzzer $(FUZZ_LUA_INC) \
	  -DFUZZ_ROOT='"$(CURDIR)"' -rdynamic -o $@ $< $(FUZZ_LUA_LIB)

fuzz-build: all $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

fuzz:
	@sh tools/deps.sh $(DEPS_SAN)
	@$(MAKE) -s --no-print-directory fuzz-build
	@$(LUA) tools/fuzz-seeds.lua $(FUZZ_DIR)
	@sh tools/fuzz.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# benchmarks: C core, Lua API (Lua 5.4 and LuaJIT), scaling, memory, CLI;
# every figure a median with its ratio to a baseline of the same run
BENCH_SO = $(BUILD)/smtpbounce/bench.so
$(BENCH_SO): bench/lbench.c csrc/smtpbounce.h $(CORE_O)
	$(CC) $(ALL_CFLAGS) $(LUA_INC) -Icsrc $(LDFLAGS_SO) -o $@ bench/lbench.c $(CORE_O)

bench:
	@sh tools/deps.sh $(DEPS_TEST) $(DEPS_LUA_luajit)
	@for l in lua5.4 luajit; do \
	  $(MAKE) -s --no-print-directory LUA=$$l all build/$$l/smtpbounce/bench.so || exit 1; \
	  echo "== $$l"; \
	  LUA_PATH="lua/?.lua;lua/?/init.lua;bench/?.lua;;" LUA_CPATH="build/$$l/?.so;;" \
	    $$l bench/run.lua $$l || exit 1; \
	done
	@grep -m1 'model name' /proc/cpuinfo | sed 's/^/cpu: /'; nproc | sed 's/^/cores: /'

# scan --json over a generated 1 GB Postfix log (SCAN_MEMORY_BYTES) in
# TMPDIR: peak memory must stay flat (issue 6: under 50 MB); the log is
# deleted afterwards
SCAN_MEMORY_BYTES ?= 1073741824
bench-scan-memory:
	@sh tools/deps.sh $(DEPS_TEST)
	@$(MAKE) -s --no-print-directory all $(BENCH_SO)
	@LUA=$(LUA) LUA_PATH="lua/?.lua;lua/?/init.lua;bench/?.lua;;" LUA_CPATH="$(BUILD)/?.so;;" \
	  $(LUA) bench/scan_memory.lua $(SCAN_MEMORY_BYTES)

# byte-identity: classify, explain and scan over fixed inputs, against
# the outputs saved in spec/fixtures/golden.tar.xz (tools/golden.sh)
golden: all
	@sh tools/golden.sh $(LUA)

accuracy: all
	@$(RUNLUA) tools/accuracy.lua $(ACCURACY_ARGS)

rockspec:
	$(LUA) tools/rockspec.lua > rockspec/smtpbounce-scm-1.rockspec

clean:
	rm -rf build smtpbounce csrc/*.o
