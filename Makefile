# smtpbounce -- build, test, lint, demo.
#   make                 build smtpbounce/core.so, smtpbounce/logio.so and
#                        smtpbounce/mailreader.so for Lua 5.4
#   make LUA=lua5.1      ... for another interpreter (lua5.1..lua5.4, luajit)
#   make test            C tests + busted specs; last line "N passed, N failed"
#                        (", N skipped" added when specs are pending)
#   make lint            luacheck, Lua 5.1 syntax, rules --check, sizes, the man page
#   make demo            classify the seed guide's replies, then summarise a
#                        real Postfix log (smtpbounce scan), and write its
#                        HTML report to build/report.html
#   make sanitize        C tests + specs under ASan/UBSan, threads under TSan
#   make valgrind        C tests + specs (a subset) under valgrind memcheck
#   make valgrind-full   ... with every spec
#   make fuzz            libFuzzer targets, FUZZ_SECONDS each (default 60)
#   make bench           benchmarks (C core, Lua API, CLI, scan per log format)
#   make bench-scan-memory  scan --json's peak memory over a generated 1 GB log
#   make bench-tracker   smtpbounce.tracker: cost per observation, memory over 10M
#   make golden          byte-identity of the tool's outputs (spec/fixtures/golden.tar.xz)
#   make accuracy        the classifier against the labelled corpus and hold-out,
#                        then accuracy-mail
#   make accuracy-mail   smtpbounce.mail against the labelled bounce mails
#                        (accuracy/mail: dev corpus and hold-out)
#   make perturb         smtpbounce.mail against variants of the dev bounces
#                        (tools/mail-perturb.lua)
#   make perturb-replies the classifier against variants of the dev replies
#                        as MTAs, logs and bounces show them (tools/reply-perturb.lua)
#   make check-all, test-openresty, test-rocks, test-mta, test-report
#                        (tools/mk/checks.mk; test-report: the HTML report
#                        in headless Chromium)
# Missing Debian packages are installed first (tools/deps.sh; the lists in
# tools/mk/deps.mk).  Fault-finding (sanitizers, valgrind, fuzzing) is in
# tools/mk/faults.mk, benchmarks in tools/mk/bench.mk.

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

# the C files of each module besides its binding (tools/rockspec.lua
# reads these lines): smtpbounce.core, smtpbounce.logio and
# smtpbounce.mailreader (the bounce-mail reader; iconv is glibc's)
CORE = sb_parse sb_ruleset sb_classify sb_template
LOGIO = sb_logline
MAIL = sb_mail sb_mime sb_prose
CORE_O = $(CORE:%=$(BUILD)/%.o)
LOGIO_O = $(LOGIO:%=$(BUILD)/%.o)
MAIL_O = $(MAIL:%=$(BUILD)/%.o)
C_O = $(CORE_O) $(LOGIO_O) $(BUILD)/sb_prose.o
SO = $(BUILD)/smtpbounce/core.so
LOGIO_SO = $(BUILD)/smtpbounce/logio.so
MAIL_SO = $(BUILD)/smtpbounce/mailreader.so
# the Lua modules and rule files precompiled for the command-line tool's
# start-up (bin/smtpbounce, from a checkout), and lua-argparse's when it
# is found: each used only while its source has the stamp it was made
# from (tools/bytecode.lua, logio.load_bytecode), else the source is read
LUA_SRC := $(shell find lua -name '*.lua')
ARGPARSE_SRC := $(shell $(LUA) -e "io.write(package.searchpath and package.searchpath('argparse', package.path) or '')" 2>/dev/null)
BYTECODE = $(LUA_SRC:lua/%.lua=$(BUILD)/bc/%.luac) $(if $(ARGPARSE_SRC),$(BUILD)/bc/argparse.luac)
# and the built-in rules compiled (smtpbounce.compile's image), made with them
RULESET_IMG = $(if $(BYTECODE),$(BUILD)/bc/ruleset.img)

include tools/mk/deps.mk

BUSTED = busted --lua=$(LUA)
# run a Lua script against this checkout's modules
RUNLUA = LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="$(BUILD)/?.so;;" $(LUA)

.PHONY: all deps test ctest spec lint demo golden accuracy accuracy-mail perturb perturb-replies rockspec clean check-all \
        test-openresty test-rocks test-mta test-report bench bench-scan-memory bench-report \
        bench-tracker install fuzz fuzz-build \
        sanitize tsan valgrind valgrind-full

all: $(SO) $(LOGIO_SO) $(MAIL_SO) $(BYTECODE) $(RULESET_IMG)

deps:
	@sh tools/deps.sh $(DEPS_BUILD) $(DEPS_LUA_$(LUA))

# core objects: no Lua include path, so an accidental lua.h fails here
$(BUILD)/%.o: csrc/%.c csrc/smtpbounce.h csrc/sb_internal.h csrc/sb_bytes.h
	@mkdir -p $(BUILD)
	$(CC) $(ALL_CFLAGS) -c $< -o $@
$(BUILD)/sb_logline.o: csrc/sb_logline.h
$(BUILD)/sb_parse.o: csrc/sb_parse_end.h csrc/sb_parse_entity.h csrc/sb_parse_space.h
$(BUILD)/sb_ruleset.o: csrc/sb_ruleset_image.h
$(BUILD)/sb_mail.o: csrc/sb_mail.h csrc/sb_mime.h csrc/sb_word.h csrc/sb_prose.h csrc/sb_mail_prose.h csrc/sb_mail_paste.h csrc/sb_mail_addr.h csrc/sb_mail_value.h csrc/sb_mail_auto.h csrc/sb_mail_forward.h csrc/sb_wrap.h
$(BUILD)/sb_mime.o: csrc/sb_mail.h csrc/sb_mime.h csrc/sb_word.h csrc/sb_mime_charset.h csrc/sb_mime_conv.h csrc/sb_lower.h
$(BUILD)/sb_prose.o: csrc/sb_prose.h csrc/sb_prose_words.h csrc/sb_prose_generic.h csrc/sb_prose_report.h csrc/sb_prose_last.h csrc/sb_prose_cues.h csrc/sb_prose_lang.h csrc/sb_prose_diag.h csrc/sb_prose_cont.h csrc/sb_prose_line.h csrc/sb_wrap.h csrc/sb_prose_find.h csrc/sb_prose_index.h csrc/sb_prose_addr.h csrc/sb_prose_contact.h csrc/sb_lower.h csrc/sb_word.h

# bindings: the only objects built with the Lua headers
$(BUILD)/lsmtpbounce.o: csrc/lsmtpbounce.c csrc/ldescribe.h csrc/smtpbounce.h csrc/sb_internal.h csrc/lruleset.h csrc/limage.h csrc/ltemplate.h csrc/compat.h
	@mkdir -p $(BUILD)
	$(CC) $(ALL_CFLAGS) $(LUA_INC) -c $< -o $@

$(BUILD)/llogio.o: csrc/llogio.c csrc/sb_logline.h csrc/smtpbounce.h csrc/compat.h
	@mkdir -p $(BUILD)
	$(CC) $(ALL_CFLAGS) $(LUA_INC) -c $< -o $@

$(BUILD)/lmail.o: csrc/lmail.c csrc/lmail_json.h csrc/lmail_dir.h csrc/sb_mail.h csrc/smtpbounce.h csrc/compat.h
	@mkdir -p $(BUILD)
	$(CC) $(ALL_CFLAGS) $(LUA_INC) -c $< -o $@

$(SO): $(CORE_O) $(BUILD)/lsmtpbounce.o
	@mkdir -p $(BUILD)/smtpbounce
	$(CC) $(LDFLAGS_SO) -o $@ $^

$(LOGIO_SO): $(LOGIO_O) $(BUILD)/llogio.o
	@mkdir -p $(BUILD)/smtpbounce
	$(CC) $(LDFLAGS_SO) -o $@ $^

$(MAIL_SO): $(MAIL_O) $(BUILD)/lmail.o
	@mkdir -p $(BUILD)/smtpbounce
	$(CC) $(LDFLAGS_SO) -o $@ $^

$(BUILD)/bc/%.luac: lua/%.lua tools/bytecode.lua $(LOGIO_SO)
	@mkdir -p $(dir $@)
	@$(RUNLUA) tools/bytecode.lua $< $@

$(BUILD)/bc/argparse.luac: $(ARGPARSE_SRC) tools/bytecode.lua $(LOGIO_SO)
	@mkdir -p $(dir $@)
	@$(RUNLUA) tools/bytecode.lua $< $@

$(BUILD)/bc/ruleset.img: $(LUA_SRC) tools/bytecode.lua $(SO) $(LOGIO_SO)
	@mkdir -p $(dir $@)
	@$(RUNLUA) tools/bytecode.lua --ruleset $@

$(BUILD)/test_%: csrc/test/test_%.c $(C_O) csrc/test/check.h
	$(CC) $(ALL_CFLAGS) -Icsrc -o $@ $< $(C_O)

$(BUILD)/test_mail: csrc/test/test_mail.c $(MAIL_O) csrc/sb_mail.h csrc/test/check.h
	$(CC) $(ALL_CFLAGS) -Icsrc -o $@ $< $(MAIL_O)

# the fuzz targets' checks, replayed on the inputs fuzzing found
$(BUILD)/test_regress: csrc/test/test_regress.c csrc/fuzz/fuzz_common.h \
                       csrc/fuzz/fuzz_parse.c csrc/fuzz/fuzz_compile.c csrc/fuzz/fuzz_mail.c \
                       csrc/sb_logline.h $(C_O) $(MAIL_O) csrc/test/check.h
	$(CC) $(ALL_CFLAGS) -Icsrc -o $@ $< $(C_O) $(BUILD)/sb_mail.o $(BUILD)/sb_mime.o

$(BUILD)/test_threads: csrc/test/test_threads.c $(C_O) csrc/test/check.h
	$(CC) $(ALL_CFLAGS) -pthread -Icsrc -o $@ $< $(C_O) -pthread

# one per C file (test_parse: sb_parse.c, ...), then the fuzz finds
# replayed and the threads sharing one ruleset
CTESTS = $(BUILD)/test_parse $(BUILD)/test_ruleset $(BUILD)/test_classify \
         $(BUILD)/test_template $(BUILD)/test_logline $(BUILD)/test_regress \
         $(BUILD)/test_threads $(BUILD)/test_prose $(BUILD)/test_mail

ctest: $(CTESTS)
	@for t in $(CTESTS); do $$t || exit 1; done

test:
	@sh tools/deps.sh $(DEPS_TEST) $(DEPS_LUA_$(LUA)) $(DEPS_REDIS)
	@$(MAKE) -s --no-print-directory all $(CTESTS)
	@sh tools/runtests.sh $(LUA) $(BUILD)

spec: all
	$(BUSTED) spec

lint:
	@sh tools/deps.sh $(DEPS_BUILD) $(DEPS_LINT)
	luacheck -q lua bin spec examples tools csrc/fuzz accuracy
	@for f in $$(find lua bin spec examples tools csrc/fuzz accuracy -name '*.lua') bin/smtpbounce; do \
	  luac5.1 -p $$f || exit 1; done; echo "lua 5.1 syntax: ok"
	@$(MAKE) -s --no-print-directory all
	@$(LUA) bin/smtpbounce rules --check
	@sh tools/sizes.sh
	@w=$$(groff -man -ww -z doc/smtpbounce.1 2>&1); [ -z "$$w" ] || { echo "$$w"; exit 1; }; \
	  echo "man page: ok"

demo:
	@sh tools/deps.sh $(DEPS_BUILD)
	@$(MAKE) -s --no-print-directory all
	@printf '%-9s %-15s %-8s %-11s %-3s %-7s %-10s %-22s %-6s %s\n' outcome reason \
	  action scope code status provider rule basis text
	@$(LUA) bin/smtpbounce classify < examples/seed-replies.txt
	@echo; $(LUA) bin/smtpbounce scan --summary --report build/report.html \
	  examples/postfix-maillog.log
	@echo; echo "report: build/report.html (the same log as one HTML page; open it in a browser)"

# the launcher gets the installed module directories (as installed, without
# DESTDIR), so the command runs without LUA_PATH/LUA_CPATH; every Lua
# module under lua/, every C module of $(BUILD)/smtpbounce/ but the
# benchmark's
MAN1 = $(DESTDIR)$(PREFIX)/share/man/man1
install: all
	install -d $(CMOD)/smtpbounce $(DESTDIR)$(PREFIX)/bin $(MAN1)
	@cd lua && find smtpbounce -name '*.lua' | sort | while read -r f; do \
	  install -D -m 644 "$$f" "$(LMOD)/$$f" || exit 1; done
	@for f in $(BUILD)/smtpbounce/*.so; do \
	  case $$f in */bench.so) ;; *) echo "install -m 755 $$f $(CMOD)/smtpbounce/"; \
	    install -m 755 $$f $(CMOD)/smtpbounce/ || exit 1;; esac; done
	sed -e '1s|.*|#!/usr/bin/env $(LUA)|' \
	  -e 's|^local LMOD, CMOD = nil, nil$$|local LMOD, CMOD = "$(PREFIX)/share/lua/$(LUA_VER)", "$(PREFIX)/lib/lua/$(LUA_VER)"|' \
	  bin/smtpbounce > $(DESTDIR)$(PREFIX)/bin/smtpbounce
	@grep -q '^local LMOD, CMOD = "' $(DESTDIR)$(PREFIX)/bin/smtpbounce || \
	  { echo "install: bin/smtpbounce has no 'local LMOD, CMOD = nil, nil' line"; exit 1; }
	chmod 755 $(DESTDIR)$(PREFIX)/bin/smtpbounce
	install -m 644 doc/smtpbounce.1 $(MAN1)/smtpbounce.1

# byte-identity: classify, explain and scan over fixed inputs, against
# the outputs saved in spec/fixtures/golden.tar.xz (tools/golden.sh)
golden: all
	@sh tools/golden.sh $(LUA)

accuracy: all
	@$(RUNLUA) accuracy/report.lua
	@$(RUNLUA) accuracy/report.lua --profile cautious
	@echo
	@$(RUNLUA) accuracy/accuracy.lua $(ACCURACY_ARGS)
	@echo
	@$(RUNLUA) accuracy/mail_report.lua

# the bounce-mail reader against accuracy/mail (MAIL_REPORT_ARGS=--list
# lists the dev corpus's disagreements)
accuracy-mail: all
	@$(RUNLUA) accuracy/mail_report.lua $(MAIL_REPORT_ARGS)

# the reader against variants of the dev corpus's bounces (localized
# and encoded headers, re-encoded and HTML bodies, inline forwards):
# per kind the share that keeps its recipients (tools/mail-perturb.lua;
# PERTURB_ARGS=--list lists the failures)
perturb: all
	@$(RUNLUA) tools/mail-perturb.lua $(PERTURB_ARGS)

# the classifier against variants of the dev corpus's replies (MTAs'
# wrappers, DSN fields, multi-line and wrapped layouts, case, quotes,
# trailers): per kind the share that keeps the reading
# (tools/reply-perturb.lua; PERTURB_ARGS=--list lists the failures)
perturb-replies: all
	@$(RUNLUA) tools/reply-perturb.lua $(PERTURB_ARGS)

rockspec:
	$(LUA) tools/rockspec.lua > rockspec/smtpbounce-scm-1.rockspec

clean:
	rm -rf build smtpbounce csrc/*.o

include tools/mk/checks.mk tools/mk/faults.mk tools/mk/bench.mk
