# faults.mk -- hostile input and faults: sanitizers, valgrind, fuzzing
SAN_CC = clang
SAN_FLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
            -fno-sanitize-recover=all
FUZZ_SECONDS ?= 60
FUZZ_DIR = build/fuzz
FUZZ_TARGETS = parse classify compile log mail
FUZZ_O = $(CORE:%=$(FUZZ_DIR)/%.o) $(LOGIO:%=$(FUZZ_DIR)/%.o)
RULE_DATA = $(wildcard lua/smtpbounce/*.lua lua/smtpbounce/rules/*.lua \
                       lua/smtpbounce/providers/*.lua)

# ASan + UBSan: core, binding, C tests; the specs run with the ASan
# runtime preloaded into the interpreter (tools/sanitize.sh).  No
# precompiled chunks there (BYTECODE empty): making them loads the
# sanitized logio.so into an interpreter without the ASan runtime, and
# bin/smtpbounce reads only build/<interpreter>/bc/
sanitize:
	@sh tools/deps.sh $(DEPS_SAN)
	@$(MAKE) -s --no-print-directory BUILD=build/sanitize CC=$(SAN_CC) BYTECODE= \
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
$(FUZZ_DIR)/sb_logline.o: csrc/sb_logline.h
$(FUZZ_DIR)/sb_parse.o $(FUZZ_DIR)/pic/sb_parse.o: csrc/sb_parse_end.h csrc/sb_parse_entity.h csrc/sb_parse_space.h
$(FUZZ_DIR)/sb_mail.o: csrc/sb_mail.h csrc/sb_mime.h csrc/sb_prose.h csrc/sb_mail_prose.h csrc/sb_mail_addr.h csrc/sb_mail_value.h csrc/sb_mail_auto.h csrc/sb_mail_paste.h csrc/sb_mail_forward.h csrc/sb_wrap.h
$(FUZZ_DIR)/sb_mime.o: csrc/sb_mail.h csrc/sb_mime.h csrc/sb_mime_charset.h csrc/sb_mime_conv.h csrc/sb_lower.h
$(FUZZ_DIR)/sb_prose.o: csrc/sb_prose.h csrc/sb_prose_words.h csrc/sb_prose_generic.h csrc/sb_prose_report.h csrc/sb_prose_last.h csrc/sb_prose_cues.h csrc/sb_prose_lang.h csrc/sb_prose_diag.h csrc/sb_prose_cont.h csrc/sb_prose_line.h csrc/sb_wrap.h csrc/sb_prose_find.h csrc/sb_prose_index.h csrc/sb_prose_addr.h csrc/sb_prose_contact.h csrc/sb_lower.h

# the built-in rules as C data, for fuzz_classify
$(FUZZ_DIR)/default_ruleset.h: $(SO) tools/dump-ruleset.lua $(RULE_DATA)
	@mkdir -p $(FUZZ_DIR)
	$(LUA) tools/dump-ruleset.lua $(BUILD) > $@.tmp && mv $@.tmp $@

$(FUZZ_DIR)/fuzz_%: csrc/fuzz/fuzz_%.c csrc/fuzz/fuzz_common.h csrc/sb_logline.h $(FUZZ_O) \
                    $(FUZZ_DIR)/default_ruleset.h
	$(SAN_CC) -std=c99 $(WARN) $(SAN_FLAGS) -fsanitize=fuzzer -Icsrc \
	  -I$(FUZZ_DIR) -o $@ $< $(FUZZ_O)

# fuzz_mail: the bounce-mail reader (no ruleset); its seeds are the
# mails of spec/fixtures/mail and accuracy/mail/dev (copied into its
# corpus by the fuzz target below)
$(FUZZ_DIR)/fuzz_mail: csrc/fuzz/fuzz_mail.c csrc/fuzz/fuzz_common.h csrc/sb_mail.h \
                       $(MAIL:%=$(FUZZ_DIR)/%.o)
	$(SAN_CC) -std=c99 $(WARN) $(SAN_FLAGS) -fsanitize=fuzzer -Icsrc -o $@ $< \
	  $(MAIL:%=$(FUZZ_DIR)/%.o)

# fuzz_log: a Lua 5.4 state running csrc/fuzz/fuzz_log.lua over the log
# grammars and scan, with smtpbounce.core and smtpbounce.logio built as
# the other targets are (FUZZ_DIR/lua/smtpbounce/core.so, logio.so);
# -rdynamic lets those modules reach the fuzzer's coverage callbacks
FUZZ_LUA_INC = $(shell pkg-config --cflags lua5.4 2>/dev/null)
FUZZ_LUA_LIB = $(shell pkg-config --libs lua5.4 2>/dev/null)
FUZZ_PIC_O = $(CORE:%=$(FUZZ_DIR)/pic/%.o)
FUZZ_PIC_LOGIO_O = $(LOGIO:%=$(FUZZ_DIR)/pic/%.o)
FUZZ_SO = $(FUZZ_DIR)/lua/smtpbounce/core.so
FUZZ_LOGIO_SO = $(FUZZ_DIR)/lua/smtpbounce/logio.so
FUZZ_PIC = -std=c99 -fPIC -fvisibility=hidden $(WARN) $(SAN_FLAGS) -fsanitize=fuzzer-no-link

$(FUZZ_DIR)/pic/%.o: csrc/%.c csrc/smtpbounce.h csrc/sb_internal.h
	@mkdir -p $(FUZZ_DIR)/pic
	$(SAN_CC) $(FUZZ_PIC) -c $< -o $@
$(FUZZ_DIR)/pic/sb_logline.o: csrc/sb_logline.h

$(FUZZ_DIR)/pic/lsmtpbounce.o: csrc/lsmtpbounce.c csrc/ldescribe.h csrc/smtpbounce.h csrc/lruleset.h csrc/compat.h
	@mkdir -p $(FUZZ_DIR)/pic
	$(SAN_CC) $(FUZZ_PIC) $(FUZZ_LUA_INC) -c $< -o $@

$(FUZZ_DIR)/pic/llogio.o: csrc/llogio.c csrc/sb_logline.h csrc/smtpbounce.h csrc/compat.h
	@mkdir -p $(FUZZ_DIR)/pic
	$(SAN_CC) $(FUZZ_PIC) $(FUZZ_LUA_INC) -c $< -o $@

$(FUZZ_SO): $(FUZZ_PIC_O) $(FUZZ_DIR)/pic/lsmtpbounce.o
	@mkdir -p $(FUZZ_DIR)/lua/smtpbounce
	$(SAN_CC) -shared $(SAN_FLAGS) -o $@ $^

$(FUZZ_LOGIO_SO): $(FUZZ_PIC_LOGIO_O) $(FUZZ_DIR)/pic/llogio.o
	@mkdir -p $(FUZZ_DIR)/lua/smtpbounce
	$(SAN_CC) -shared $(SAN_FLAGS) -o $@ $^

$(FUZZ_DIR)/fuzz_log: csrc/fuzz/fuzz_log.c $(FUZZ_SO) $(FUZZ_LOGIO_SO)
	$(SAN_CC) -std=c99 $(WARN) $(SAN_FLAGS) -fsanitize=fuzzer $(FUZZ_LUA_INC) \
	  -DFUZZ_ROOT='"$(CURDIR)"' -rdynamic -o $@ $< $(FUZZ_LUA_LIB)

fuzz-build: all $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

fuzz:
	@sh tools/deps.sh $(DEPS_SAN)
	@$(MAKE) -s --no-print-directory fuzz-build
	@$(LUA) tools/fuzz-seeds.lua $(FUZZ_DIR)
	@mkdir -p $(FUZZ_DIR)/corpus-mail; n=0; \
	  for f in $$(find spec/fixtures/mail accuracy/mail/dev -name '*.eml' | sort); do \
	    n=$$((n + 1)); cp "$$f" $(FUZZ_DIR)/corpus-mail/seed-$$n; done
	@sh tools/fuzz.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)
