# checks.mk -- the checks beyond make test: every interpreter, a real
# nginx, luarocks and make install, real MTAs (each installs what it needs
# and starts and stops its own services on 127.0.0.1)

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

# four MTA hosts sharing one tracker through a real redis-server on
# 127.0.0.1 (tools/test-fleet.sh: against one scan of the merged logs;
# the server down, slow, killed mid-run and restarted empty; nginx
# workers and a CLI scanner)
.PHONY: test-fleet
test-fleet:
	@sh tools/deps.sh $(DEPS_TEST) $(DEPS_REDIS) $(DEPS_NGINX)
	@sh tools/deps.sh $(DEPS_LUA_luajit)
	@sh tools/test-fleet.sh

test-rocks:
	@sh tools/deps.sh $(DEPS_TEST) luarocks $(DEPS_LUA_lua5.1)
	@sh tools/test-rocks.sh

# the HTML report (scan --report, smtpbounce report) of the shipped log
# and of a generated 50 MB one, in headless Chromium (tools/test-report.sh;
# node drives it over --remote-debugging-pipe); screenshots in build/report/
test-report:
	@sh tools/deps.sh $(DEPS_BUILD) chromium fonts-dejavu-core nodejs
	@$(MAKE) -s --no-print-directory all
	@sh tools/test-report.sh $(LUA)

# a real Haraka (npm, pinned version) with the plugin of examples/haraka,
# delivering to the scripted SMTP sink on 127.0.0.1: per recipient, what
# Haraka did (retry delay, bounce, give-up, throttle) must be what
# classify says (Node.js and npm: Debian's, when there is none)
.PHONY: test-haraka
test-haraka:
	@sh tools/deps.sh $(DEPS_BUILD) procps
	@sh tools/test-haraka.sh
