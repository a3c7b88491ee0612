#!/usr/bin/env bash
# Load benchmark of `caravan serve` (issue 10), loopback only, bounded in time. Not part of `dotnet test`.
#
#   bench/web-load.sh [--reduced]          # DURATION=60 CONNECTIONS=50 THREADS=2 PORT=5099 by default
#
# Starts the server on 127.0.0.1, measures cold start (process start -> first page; -> study ready), then runs wrk
# (apt-get install wrk) for DURATION seconds with CONNECTIONS clients on the overview, dyad and scenario endpoints,
# and prints per endpoint: requests/s, p50/p99 latency, errors (socket errors + non-2xx), server RSS before/after.
# Also prints the scenario's server-side time (the API's serverMs) over 50 sequential requests.
# The machine is usually shared: report `uptime` load beside the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
PORT=${PORT:-5099}
HOST=127.0.0.1
EXTRA=("$@")
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }

dotnet build src/Caravan.Cli -c Release -v q -nologo >/dev/null
DLL=src/Caravan.Cli/bin/Release/net10.0/linux-x64/caravan.dll
LOG=$(mktemp)
echo "load before: $(uptime)"
t0=$(date +%s.%N)
dotnet "$DLL" serve --port "$PORT" --bind "$HOST" "${EXTRA[@]}" >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -f "$LOG"' EXIT

until curl -sf -o /dev/null "http://$HOST:$PORT/"; do
  sleep 0.05
  kill -0 "$PID" 2>/dev/null || { cat "$LOG"; exit 1; }
  (( $(echo "$(date +%s.%N) - $t0 > 60" | bc) )) && { echo "no first page within 60 s"; exit 1; }
done
t1=$(date +%s.%N)
echo "cold start to first page: $(echo "$t1 - $t0" | bc) s"
until curl -s "http://$HOST:$PORT/api/status" | grep -q '"ready"'; do
  sleep 0.5
  curl -s "http://$HOST:$PORT/api/status" | grep -q '"failed"' && { curl -s "http://$HOST:$PORT/api/status"; exit 1; }
  (( $(echo "$(date +%s.%N) - $t0 > 600" | bc) )) && { echo "study not ready within 600 s"; exit 1; }
done
echo "cold start to study ready: $(echo "$(date +%s.%N) - $t0" | bc) s"

rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$PID/status"; }
SCEN="/api/scenario?dyad=TKM&sco=1&trade=0.5&expectations=-0.5"
ms=()
for i in $(seq 1 50); do
  ms+=("$(curl -s "http://$HOST:$PORT$SCEN&igos=$((i % 3))" | sed -n 's/.*"serverMs":\([0-9.]*\).*/\1/p')")
done
printf '%s\n' "${ms[@]}" | sort -g | awk '{a[NR]=$1} END {printf "scenario server time over %d requests: median %.1f ms, p90 %.1f ms, max %.1f ms\n", NR, a[int(NR/2)+1], a[int(NR*0.9)], a[NR]}'

for path in "/api/overview" "/api/dyads/KAZ" "$SCEN" "/"; do
  before=$(rss)
  out=$(timeout $((DURATION + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://$HOST:$PORT$path" 2>&1)
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  sock=$(echo "$out" | awk '/Socket errors/ {print $0}')
  echo "$path: ${rps} req/s, p50 ${p50}, p99 ${p99}, non-2xx ${non2xx:-0}, ${sock:-socket errors: none}; RSS ${before} -> $(rss)"
done
echo "load after: $(uptime)"
