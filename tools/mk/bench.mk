# bench.mk -- benchmarks (make bench, make bench-mail, make bench-scan-memory,
# make bench-tracker)

# benchmarks: C core, Lua API (Lua 5.4 and LuaJIT), scaling, memory, CLI;
# every figure a median with its ratio to a baseline of the same run
BENCH_SO = $(BUILD)/smtpbounce/bench.so
$(BENCH_SO): bench/lbench.c csrc/smtpbounce.h csrc/lruleset.h $(CORE_O)
	$(CC) $(ALL_CFLAGS) $(LUA_INC) -Icsrc $(LDFLAGS_SO) -o $@ bench/lbench.c $(CORE_O)

bench:
	@sh tools/deps.sh $(DEPS_TEST) $(DEPS_LUA_luajit) pflogsumm
	@for l in lua5.4 luajit; do \
	  $(MAKE) -s --no-print-directory LUA=$$l all build/$$l/smtpbounce/bench.so || exit 1; \
	  echo "== $$l"; \
	  LUA_PATH="lua/?.lua;lua/?/init.lua;bench/?.lua;;" LUA_CPATH="build/$$l/?.so;;" \
	    $$l bench/run.lua $$l || exit 1; \
	  echo "== $$l: smtpbounce.tracker"; \
	  LUA_PATH="lua/?.lua;lua/?/init.lua;bench/?.lua;;" LUA_CPATH="build/$$l/?.so;;" \
	    $$l bench/tracker.lua $(TRACKER_MARKS) || exit 1; \
	done
	@$(MAKE) -s --no-print-directory bench-mail
	@$(MAKE) -s --no-print-directory bench-redis
	@grep -m1 'model name' /proc/cpuinfo | sed 's/^/cpu: /'; nproc | sed 's/^/cores: /'

# bounce mails per second: smtpbounce.mail (Lua API), `smtpbounce mail
# --json` and Sisimai (Debian's libsisimai-perl, bench/sisimai_bench.pl)
# over the pinned dev mails of bench/mail-corpus.txt repeated to
# BENCH_MAIL_N (10,000), in BENCH_RUNS (5) interleaved rounds: each
# side's best and median run, the ratios best to best and median to median
.PHONY: bench-mail
bench-mail:
	@sh tools/deps.sh $(DEPS_TEST) $(DEPS_BENCH_MAIL)
	@$(MAKE) -s --no-print-directory all $(BENCH_SO)
	@echo "== bench-mail ($(LUA))"
	@LUA_PATH="lua/?.lua;lua/?/init.lua;bench/?.lua;;" LUA_CPATH="$(BUILD)/?.so;;" \
	  $(LUA) bench/mail.lua $(LUA)

# the tracker over its Redis store beside the memory store: observations
# per second from one process and from four, advice()'s cost
# (bench/redis.lua: its own redis-server on a free port of 127.0.0.1)
BENCH_REDIS_N ?= 100000
.PHONY: bench-redis
bench-redis:
	@sh tools/deps.sh $(DEPS_TEST) $(DEPS_REDIS)
	@$(MAKE) -s --no-print-directory all
	@echo "== bench-redis ($(LUA))"
	@LUA_PATH="lua/?.lua;lua/?/init.lua;bench/?.lua;;" LUA_CPATH="$(BUILD)/?.so;;" \
	  $(LUA) bench/redis.lua $(BENCH_REDIS_N)

# scan --json over a generated 1 GB Postfix log (SCAN_MEMORY_BYTES) in
# TMPDIR: peak memory must stay flat (issue 6: under 50 MB); the log is
# deleted afterwards
SCAN_MEMORY_BYTES ?= 1073741824
bench-scan-memory:
	@sh tools/deps.sh $(DEPS_TEST)
	@$(MAKE) -s --no-print-directory all $(BENCH_SO)
	@LUA=$(LUA) LUA_PATH="lua/?.lua;lua/?/init.lua;bench/?.lua;;" LUA_CPATH="$(BUILD)/?.so;;" \
	  $(LUA) bench/scan_memory.lua $(SCAN_MEMORY_BYTES)

# scan --summary, then scan --summary --report FILE.html, over one
# generated 1 GB Postfix log (REPORT_BENCH_BYTES) in TMPDIR: what the
# report adds to the scan's time and memory, and its size; the log and
# the report are deleted afterwards
REPORT_BENCH_BYTES ?= 1073741824
bench-report:
	@sh tools/deps.sh $(DEPS_TEST)
	@$(MAKE) -s --no-print-directory all $(BENCH_SO)
	@LUA=$(LUA) LUA_PATH="lua/?.lua;lua/?/init.lua;bench/?.lua;;" LUA_CPATH="$(BUILD)/?.so;;" \
	  $(LUA) bench/scan_report.lua $(REPORT_BENCH_BYTES)

# smtpbounce.tracker's observe(): microseconds per observation and Lua
# memory after each of TRACKER_MARKS observations over 5 million distinct
# addresses (the memory must stay flat once the store's caps are reached)
TRACKER_MARKS ?= 1000000 2000000 5000000 10000000
bench-tracker:
	@sh tools/deps.sh $(DEPS_TEST)
	@$(MAKE) -s --no-print-directory all
	@LUA_PATH="lua/?.lua;lua/?/init.lua;bench/?.lua;;" LUA_CPATH="$(BUILD)/?.so;;" \
	  $(LUA) bench/tracker.lua $(TRACKER_MARKS)
