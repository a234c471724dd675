#!/bin/sh
# Checks that every program we ship is built hardened (issue 15, part 8): a position-independent
# executable, its GOT read-only after start (RELRO with BIND_NOW, so every symbol is bound before
# main runs), a non-executable stack, stack canaries and, with --fortified (optimised builds; Debug
# builds go without _FORTIFY_SOURCE), glibc's checked functions. Reads the ELF headers with readelf.
# Usage: check-hardening.sh [--fortified] BINARY...
set -u
status=0
fortified=no
if [ "${1:-}" = --fortified ]; then fortified=yes; shift; fi
fail() { echo "check-hardening: $1: $2" >&2; status=1; }
command -v readelf >/dev/null 2>&1 || { echo "check-hardening: readelf (binutils) is missing" >&2; exit 77; }
for binary in "$@"; do
    [ -f "$binary" ] || { fail "$binary" "no such file"; continue; }
    header=$(readelf -h "$binary")
    dynamic=$(readelf -d "$binary")
    segments=$(readelf -lW "$binary")
    symbols=$(readelf --dyn-syms -W "$binary")
    echo "$header" | grep -q 'Type:[[:space:]]*DYN' || fail "$binary" "not a position-independent executable (ELF type is not DYN)"
    echo "$dynamic" | grep -q 'FLAGS_1).*PIE' || fail "$binary" "FLAGS_1 lacks PIE"
    echo "$dynamic" | grep -Eq '\(BIND_NOW\)|FLAGS\).*BIND_NOW|FLAGS_1\).*NOW' || fail "$binary" "no BIND_NOW (link with -z now)"
    echo "$segments" | grep -q 'GNU_RELRO' || fail "$binary" "no GNU_RELRO segment (link with -z relro)"
    echo "$segments" | grep 'GNU_STACK' | grep -q 'RWE' && fail "$binary" "executable stack"
    echo "$symbols" | grep -q '__stack_chk_fail' || fail "$binary" "no stack protector (__stack_chk_fail is not referenced)"
    if [ $fortified = yes ]; then
        echo "$symbols" | grep -Eq '__[a-z_0-9]+_chk@' || fail "$binary" "no _FORTIFY_SOURCE (no __*_chk function is referenced)"
    fi
    [ $status = 0 ] && echo "check-hardening: $binary: PIE, RELRO, BIND_NOW, NX stack, stack protector, fortified: $fortified"
done
exit $status
