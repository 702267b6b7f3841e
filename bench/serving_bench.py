"""Measure the site with one database: start-up time, SQL commands per page, and wrk throughput and latency of
each page beside a static copy of the same HTML served by the same process."""

import re
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

from app import fetch
from machine import load_average, median_or_none

PAGES = [
    ("/", "home"),
    ("/provision", "provision"),
    ("/provision?focus=mental-health", "provision-one-focus"),
    ("/provision?focus=mental-health&focus=attachment&q=training", "provision-two-focuses-search"),
    ("/virtual-schools", "virtual-schools"),
    ("/coverage", "coverage"),
]

# wrk gives up on a request after this long; pages slower than this count as timeouts, not as latency.
WRK_TIMEOUT_SECONDS = 10

# After each wrk run, wait at most this long for the site to finish the requests wrk left behind.
IDLE_WAIT_SECONDS = 30
IDLE_RESPONSE_SECONDS = 0.05

# A page whose median latency at the fewest connections is above this is not run at more connections.
SLOW_PAGE_MS = 1000


@dataclass
class WrkFigures:
    """Figures of wrk runs; the latencies are None when no request finished within wrk's timeout."""

    requests_per_second: float
    p50_ms: float | None
    p99_ms: float | None
    errors: int
    load: float


@dataclass
class PageFigures:
    path: str
    status: int
    size_bytes: int
    sql_commands: int | None
    by_connections: dict = field(default_factory=dict)
    static_by_connections: dict = field(default_factory=dict)


@dataclass
class ServingFigures:
    startup_existing_seconds: float
    startup_import_seconds: float
    pages: list
    memory_after_mb: float
    peak_memory_mb: float


def measure(app, csv_path, rows, work_dir, settings):
    database = work_dir / f"site-{rows}.db"
    for stale in work_dir.glob(f"site-{rows}.db*"):
        stale.unlink()
    static_dir = work_dir / f"static-{rows}"
    static_dir.mkdir(exist_ok=True)

    # A first start on an empty database imports the file before serving.
    server = app.start(database, work_dir / f"site-{rows}-first-start.log", {
        "DataFiles__ProvisionMap": str(csv_path), "DataFiles__ImportOnFirstStart": "true"})
    startup_import = server.startup_seconds
    server.stop()
    print(f"  start-up with a first-start import of {rows} rows: {startup_import:.2f} s", flush=True)

    sql_counts = count_sql_commands(app, database, work_dir / f"site-{rows}-sql.log")

    startups = []
    for attempt in range(settings.startup_repeats):
        server = app.start(database, work_dir / f"site-{rows}.log", {"Benchmark__StaticCopies": str(static_dir)})
        startups.append(server.startup_seconds)
        if attempt < settings.startup_repeats - 1:
            server.stop()
    print(f"  start-up with the existing database: {median(startups):.2f} s (median of {len(startups)})", flush=True)

    try:
        pages = [measure_page(app, path, name, static_dir, sql_counts.get(path), settings) for path, name in PAGES]
        memory_after, peak_memory = server.memory_mb()
    finally:
        server.stop()

    return ServingFigures(median(startups), startup_import, pages, memory_after, peak_memory)


def measure_page(app, path, name, static_dir, sql_commands, settings):
    status, body = fetch(app.base_url + path)
    (static_dir / f"{name}.html").write_bytes(body)
    page = PageFigures(path, status, len(body), sql_commands)
    if status != 200:
        print(f"  {path}: status {status}, not measured", flush=True)
        return page

    static_url = f"{app.base_url}/benchmark-static/{name}.html"
    for connections in sorted(settings.connections):
        if page.by_connections and is_too_slow(page.by_connections[min(page.by_connections)]):
            # More connections would only queue more requests of several seconds each, and the backlog would
            # outlast the run. The report shows these runs as skipped.
            print(f"  {path} at {connections} connection(s): skipped, one request takes over {SLOW_PAGE_MS / 1000:.0f} s",
                  flush=True)
            continue

        page.by_connections[connections] = run_wrk_median(app.base_url + path, connections, settings)
        page.static_by_connections[connections] = run_wrk_median(static_url, connections, settings)
        figures = page.by_connections[connections]
        print(f"  {path} at {connections} connection(s): {figures.requests_per_second:.1f} req/s, "
              f"p99 {format_ms(figures.p99_ms)}, static {page.static_by_connections[connections].requests_per_second:.0f} req/s, "
              f"{figures.errors} errors", flush=True)
    return page


def count_sql_commands(app, database, log_path):
    """Return the number of SQL commands EF Core logs for one request of each page."""
    server = app.start(database, log_path, {"Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command": "Information"})
    counts = {}
    try:
        for path, _ in PAGES:
            before = executed_commands(log_path)
            fetch(app.base_url + path)
            counts[path] = wait_for_stable_count(log_path) - before
    finally:
        server.stop()
    return counts


def executed_commands(log_path):
    return Path(log_path).read_text(encoding="utf-8", errors="replace").count("Executed DbCommand")


def wait_for_stable_count(log_path):
    """Wait until the logged command count stops changing, because the console logger writes from a background queue."""
    count = executed_commands(log_path)
    for _ in range(20):
        time.sleep(0.1)
        latest = executed_commands(log_path)
        if latest == count:
            return count
        count = latest
    return count


def run_wrk_median(url, connections, settings):
    runs = []
    for _ in range(settings.wrk_repeats):
        runs.append(run_wrk(url, connections, settings.duration))
        wait_until_idle(url)
    return WrkFigures(
        requests_per_second=median(run.requests_per_second for run in runs),
        p50_ms=median_or_none(run.p50_ms for run in runs),
        p99_ms=median_or_none(run.p99_ms for run in runs),
        errors=max(run.errors for run in runs),
        load=median(run.load for run in runs),
    )


def wait_until_idle(url):
    """Wait until the requests wrk left in the server's queue are finished, so they do not slow the next run.

    wrk stops at the end of its duration without waiting for answers, and the site keeps working on those requests.
    The site counts as idle once a request to its static copies returns within IDLE_RESPONSE_SECONDS.
    """
    static_url = url.split("/", 3)
    probe = f"{static_url[0]}//{static_url[2]}/benchmark-static/home.html"
    deadline = time.monotonic() + IDLE_WAIT_SECONDS
    while time.monotonic() < deadline:
        started = time.monotonic()
        fetch(probe)
        if time.monotonic() - started < IDLE_RESPONSE_SECONDS:
            return
        time.sleep(0.2)


def run_wrk(url, connections, duration):
    load = load_average()
    threads = min(connections, 2)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", f"--timeout={WRK_TIMEOUT_SECONDS}s", "--latency", url]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=duration + WRK_TIMEOUT_SECONDS + 30)
    if result.returncode != 0:
        raise RuntimeError(f"wrk failed on {url} with exit code {result.returncode}: {result.stderr.strip()}")
    return parse_wrk(result.stdout, load)


def parse_wrk(output, load):
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.MULTILINE))
    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    if rate is None or "50" not in percentiles or "99" not in percentiles:
        raise RuntimeError(f"Could not read wrk's output:\n{output}")

    errors = sum(int(value) for value in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_success = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors += int(non_success.group(1)) if non_success else 0
    completed = re.search(r"^\s*(\d+) requests in", output, re.MULTILINE)
    if completed is None or int(completed.group(1)) == 0:
        # wrk prints latencies of 0 when nothing finished; those are not measurements.
        return WrkFigures(0.0, None, None, errors, load)
    return WrkFigures(float(rate.group(1)), to_milliseconds(percentiles["50"]), to_milliseconds(percentiles["99"]), errors, load)


def to_milliseconds(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if match is None:
        raise RuntimeError(f"Unknown wrk latency \"{text}\".")
    value, unit = float(match.group(1)), match.group(2)
    return value * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def format_ms(value):
    return "none finished" if value is None else f"{value:,.2f} ms"


def is_too_slow(figures):
    return figures.p50_ms is None or figures.p50_ms > SLOW_PAGE_MS
