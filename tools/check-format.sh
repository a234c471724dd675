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
bad=0
for f in $files; do
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (fix: tools/check-format.sh . --fix, or clang-format -i $f)"
        bad=$((bad + 1))
    fi
done
echo "$(echo "$files" | wc -l) files checked with $(clang-format --version), $bad not formatted"
[ "$bad" = 0 ]
