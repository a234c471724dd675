#!/bin/sh
# Renders a man page with all of groff's warnings on; any warning (or error) fails.
set -u
page=$1
if ! command -v groff >/dev/null 2>&1; then
    echo "SKIPPED: groff is not installed, so $page cannot be rendered (Debian: apt install groff-base)."
    exit 77
fi
warnings=$(groff -man -ww -z -Tutf8 "$page" 2>&1)
status=$?
if [ $status -ne 0 ] || [ -n "$warnings" ]; then
    echo "$page does not render cleanly (groff exit $status):"
    echo "$warnings"
    exit 1
fi
echo "$page renders without warnings."
