#!/usr/bin/env bash
# Drives a Production build of the site on 127.0.0.1 with wrk: two runs of 60 s at 64 connections over the pages and
# exports in paths.txt, printing status counts per run and the server's resident memory before and after each. A
# response slower than 10 s counts as a timeout error.
# Usage: bench/load/run.sh [PORT]   (default port 5191; needs wrk, curl and the .NET SDK)
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${1:-5191}"
duration="${LOAD_DURATION:-60s}"
connections="${LOAD_CONNECTIONS:-64}"
work_dir=$(mktemp -d)
trap 'kill -- "-$server_pid" 2>/dev/null || true; rm -rf "$work_dir"' EXIT

dotnet build src/ProvisionMap.Web -c Release > "$work_dir/build.log"
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__ProvisionMap="Data Source=$work_dir/load.db" \
    setsid dotnet src/ProvisionMap.Web/bin/Release/net10.0/ProvisionMap.Web.dll --contentRoot "$PWD/src/ProvisionMap.Web" \
    --urls "http://127.0.0.1:$port" > "$work_dir/site.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:$port/healthz" > /dev/null && break
    sleep 1
done

# Only paths that exist on this build are driven, so every non-2xx status in the results comes from the rate limiter.
: > "$work_dir/paths.txt"
while read -r path; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
    if [[ "$status" =~ ^[23] ]]; then
        echo "$path" >> "$work_dir/paths.txt"
    else
        echo "skipped $path (status $status before the run)"
    fi
done < bench/load/paths.txt

rss() { awk '/VmRSS/ { print $2 " kB" }' "/proc/$server_pid/status"; }
echo "server memory after start and warm-up requests: $(rss)"
for run in 1 2; do
    echo "run $run: wrk -t2 -c$connections -d$duration over $(wc -l < "$work_dir/paths.txt") paths"
    LOAD_PATHS="$work_dir/paths.txt" timeout 120 wrk -t2 "-c$connections" "-d$duration" --timeout 10s --latency -s bench/load/mix.lua \
        "http://127.0.0.1:$port"
    echo "server memory after run $run: $(rss)"
done

if grep -E "^(fail|crit):" "$work_dir/site.log"; then
    echo "The server logged errors during the load runs." >&2
    exit 1
fi
