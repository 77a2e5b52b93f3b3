#!/usr/bin/env bash
# Installs the Debian packages listed in $1 ("package:command" per line, # comments)
# whose command is missing. Needs root; without it, names what is missing and goes on.
set -euo pipefail
list="${1:-apt-packages.txt}"
missing=()
while IFS= read -r line; do
    line="${line%%#*}"; line="${line// /}"
    [[ -z "$line" ]] && continue
    pkg="${line%%:*}"; cmd="${line#*:}"
    command -v "$cmd" >/dev/null 2>&1 || [[ -x "$cmd" ]] || missing+=("$pkg")
done < "$list"
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ "$(id -u)" != 0 ]]; then
    echo "newscrawl: missing system packages (install them as root): ${missing[*]}" >&2
    exit 0
fi
echo "newscrawl: installing system packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
