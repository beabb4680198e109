#!/usr/bin/env bash
# Loads the sandbox page in headless Chromium after a demo run and checks that both cards are
# visible; with --screenshot FILE also saves a picture of it. Needs Debian's chromium package
# (apt-get install chromium) and the built jar (./mvnw -B -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/dingtalk-inspect.jar
shot=""
[ "${1:-}" = "--screenshot" ] && shot="$2"
chrome=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chrome" ] || { echo "chromium is not installed: apt-get install chromium" >&2; exit 2; }
[ -f "$jar" ] || { echo "$jar is missing: ./mvnw -B -q package -DskipTests" >&2; exit 2; }

log=$(mktemp); profile=$(mktemp -d)
java -jar "$jar" demo > "$log" 2>&1 &
demo=$!
trap 'kill $demo 2>/dev/null || true; rm -rf "$log" "$profile"' EXIT
for _ in $(seq 1 100); do grep -q '^Cards: ' "$log" && break; sleep 0.2; done
url=$(sed -n 's/^Cards: //p' "$log")
[ -n "$url" ] || { echo "demo did not start:" >&2; cat "$log" >&2; exit 1; }

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1000,1400)
dom=$("$chrome" "${flags[@]}" --dump-dom "$url" 2>/dev/null)
cards=$(grep -o 'class="card[ "]' <<< "$dom" | wc -l)
fail=0
[ "$cards" -ge 2 ] || { echo "expected 2 cards on the page, found $cards" >&2; fail=1; }
grep -q '每天巡检异常' <<< "$dom" || { echo "the error card's header is missing" >&2; fail=1; }
grep -q '每天巡检</font>\|每天巡检<' <<< "$dom" || { echo "the info card's header is missing" >&2; fail=1; }
grep -qi 'color="#FF0000"\|color: *#FF0000\|color="#ff0000"' <<< "$dom" || { echo "the red header colour is missing" >&2; fail=1; }
if [ -n "$shot" ]; then
  "$chrome" "${flags[@]}" --screenshot="$shot" "$url" 2>/dev/null
  echo "screenshot: $shot"
fi
[ "$fail" = 0 ] && echo "page OK: $cards cards visible at $url"
exit "$fail"
