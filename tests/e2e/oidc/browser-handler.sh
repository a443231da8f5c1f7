#!/bin/sh
# The "system browser" for sign-in tests: whatever the app (or xdg-open) opens is handed to
# browser-login.mjs. OPENED_URL_FILE collects the URLs for assertions; BROWSER_PID_FILE gets
# this process's PID (exec keeps it) so a test can wait for, or end, exactly this browser.
here=$(cd "$(dirname "$0")" && pwd)
[ -n "${OPENED_URL_FILE:-}" ] && printf '%s\n' "$1" >> "$OPENED_URL_FILE"
[ -n "${BROWSER_PID_FILE:-}" ] && echo $$ > "$BROWSER_PID_FILE"
exec "${WHARF_NODE:-node}" "$here/browser-login.mjs" "$1"
