#!/bin/sh
# deps.sh PACKAGE... -- install the Debian packages that are missing.
# Uses apt-get as root, or through sudo; says what it installs.  Without
# either, prints the exact command to run and fails.
set -e
missing=""
for p in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
echo "smtpbounce: installing missing Debian packages:$missing" >&2
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "smtpbounce: not root and no sudo; run as root: apt-get install$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# a fresh machine has no package lists yet
if ! $SUDO apt-get install -y -q $missing >/dev/null 2>&1; then
  $SUDO apt-get update -q >/dev/null
  $SUDO apt-get install -y -q $missing >/dev/null
fi
echo "smtpbounce: installed$missing" >&2
