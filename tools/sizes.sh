#!/bin/sh
# sizes.sh -- the size rules `make lint` keeps: no Lua module under lua/
# (rule and provider data aside) over 500 lines, no Lua function over 100
# (their line ranges from luac's listing), no C file or header of csrc/ over 1100
# lines.  Prints each one over, then "sizes: ok" or exits 1.
bad=0
for f in $(find lua -name '*.lua' ! -path '*/rules/*' ! -path '*/providers/*' | sort); do
  n=$(wc -l < "$f")
  if [ "$n" -gt 500 ]; then echo "$f: $n lines (over 500)"; bad=1; fi
  luac5.4 -p -l "$f" | sed -n 's/^function <[^:]*:\([0-9]*\),\([0-9]*\)>.*/\1 \2/p' |
    while read -r a b; do
      if [ $((b - a + 1)) -gt 100 ]; then echo "$f:$a: function of $((b - a + 1)) lines (over 100)"; fi
    done | grep . && bad=1
done
for f in csrc/*.c csrc/*.h; do
  n=$(wc -l < "$f")
  if [ "$n" -gt 1100 ]; then echo "$f: $n lines (over 1100)"; bad=1; fi
done
[ $bad = 0 ] && echo "sizes: ok"
exit $bad
