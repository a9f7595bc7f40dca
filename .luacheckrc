std = "min"
max_line_length = 120
files["spec"] = { std = "+busted" }
files["tools/count-check"] = { std = "+busted" }
files["bin/smtpbounce"] = { globals = { "jit" } }
files["lua/smtpbounce/cli.lua"] = { read_globals = { "jit" } }
exclude_files = { "build", "accuracy/corpus" }
-- rule data quotes real replies whole
files["lua/smtpbounce/rules"] = { max_line_length = false }
files["lua/smtpbounce/providers"] = { max_line_length = false }
files["spec/fixtures"] = { max_line_length = false }
files["accuracy/holdout"] = { max_line_length = false }
files["accuracy/mail"] = { max_line_length = false }
-- mail-log specs quote real log lines whole
files["spec/log_spec.lua"] = { max_line_length = false }
files["spec/log_postfix_spec.lua"] = { max_line_length = false }
files["spec/log_exim_spec.lua"] = { max_line_length = false }
files["spec/log_sendmail_spec.lua"] = { max_line_length = false }
files["spec/log_jsonl_spec.lua"] = { max_line_length = false }
files["spec/log_common_spec.lua"] = { max_line_length = false }
files["spec/scan_spec.lua"] = { max_line_length = false }
files["spec/logio_spec.lua"] = { max_line_length = false }
files["spec/scan_attempts_spec.lua"] = { max_line_length = false }
-- the OpenResty helper and the example handlers run inside nginx
files["lua/smtpbounce/openresty.lua"] = { read_globals = { "ngx" } }
files["examples/openresty"] = { globals = { "ngx" } }
files["examples"] = { max_line_length = 200 }
files["tools"] = { max_line_length = 160 }
