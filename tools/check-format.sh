#!/bin/sh
# Fails when a C++ source file of the tree differs from what .clang-format makes of it, and names
# each such file. Run from anywhere: check-format.sh SOURCE_DIR [--fix]
set -eu
src=${1:?usage: check-format.sh SOURCE_DIR [--fix]}
cd "$src"
if ! command -v clang-format >/dev/null 2>&1; then
    echo "not run: clang-format is not installed (installer/packages.txt lists it)"
    exit 77
fi
files=$(find app ui tests benchmarks tools -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.inc' \) | sort)
if [ "${2:-}" = --fix ]; then
    # shellcheck disable=SC2086
    clang-format -i $files
    exit 0
fi
# One clang-format run over the whole tree (a process per file takes minutes on a loaded machine);
# its diagnostics name each file that differs.
# shellcheck disable=SC2086
report=$(clang-format --dry-run --Werror $files 2>&1) && status=0 || status=$?
bad=$(printf '%s\n' "$report" | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
for f in $bad; do
    echo "not formatted: $f (fix: sh tools/check-format.sh . --fix, or clang-format -i $f)"
done
count=$(printf '%s' "$bad" | grep -c . || true)
echo "$(echo "$files" | wc -l) files checked with $(clang-format --version), $count not formatted"
if [ "$status" != 0 ] && [ "$count" = 0 ]; then
    printf '%s\n' "$report"
    exit 1
fi
[ "$count" = 0 ]
