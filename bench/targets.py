"""Compare a run's figures with the targets for import, serving and start-up.

The targets apply at two sizes: today's map (the harness's 50-row file) and a national map (100,000 rows). A target
whose size was not part of the run is left out. The result is written into the report; it never fails a run.
"""

from dataclasses import dataclass

TODAY_ROWS = 50
NATIONAL_ROWS = 100_000
MAX_IMPORT_RATIO_TO_SQLITE3 = 3
MAX_IMPORT_MEMORY_MB = 300
MIN_STATIC_RATIO = 0.5
MAX_TODAY_P99_MS = 10
MAX_NATIONAL_P99_MS = 50
MAX_SERVER_MEMORY_MB = 300
MAX_STARTUP_SECONDS = 2


@dataclass
class TargetResult:
    description: str
    measured: str
    met: bool


def evaluate(imports, serving):
    results = []
    if NATIONAL_ROWS in imports:
        ours, sqlite3, sqlite_utils = imports[NATIONAL_ROWS]
        ratio = ours.seconds / sqlite3.seconds
        results.append(TargetResult(
            f"import of {NATIONAL_ROWS:,} rows at most {MAX_IMPORT_RATIO_TO_SQLITE3}× the sqlite3 shell's time",
            f"{ours.seconds:.2f} s vs {sqlite3.seconds:.2f} s: {ratio:.2f}× (CPU {ours.cpu_seconds:.2f} s vs {sqlite3.cpu_seconds:.2f} s)",
            ratio <= MAX_IMPORT_RATIO_TO_SQLITE3))
        results.append(TargetResult(
            f"import of {NATIONAL_ROWS:,} rows faster than sqlite-utils",
            f"{ours.seconds:.2f} s vs {sqlite_utils.seconds:.2f} s (CPU {ours.cpu_seconds:.2f} s vs {sqlite_utils.cpu_seconds:.2f} s)",
            ours.seconds < sqlite_utils.seconds))
        results.append(TargetResult(
            f"import of {NATIONAL_ROWS:,} rows: peak memory under {MAX_IMPORT_MEMORY_MB} MB",
            f"{ours.peak_mb:.0f} MB", ours.peak_mb < MAX_IMPORT_MEMORY_MB))

    if TODAY_ROWS in serving:
        results += today_serving(serving[TODAY_ROWS])

    if NATIONAL_ROWS in serving:
        results += national_serving(serving[NATIONAL_ROWS], serving.get(TODAY_ROWS))

    if serving:
        slowest = max(serving.items(), key=lambda item: item[1].startup_existing_seconds)
        results.append(TargetResult(
            f"start-up to the first 200 with an existing database under {MAX_STARTUP_SECONDS} s",
            f"{slowest[1].startup_existing_seconds:.2f} s at {slowest[0]:,} rows (the slowest size)",
            slowest[1].startup_existing_seconds < MAX_STARTUP_SECONDS))
    return results


def today_serving(figures):
    provision = next(page for page in figures.pages if page.path == "/provision")
    if 1 not in provision.by_connections:
        return []

    dynamic, static = provision.by_connections[1], provision.static_by_connections[1]
    ratio = dynamic.requests_per_second / static.requests_per_second if static.requests_per_second else 0.0
    return [
        TargetResult(
            f"`/provision` at {TODAY_ROWS} rows: at least {MIN_STATIC_RATIO} of the static copy's requests per second (1 connection)",
            f"{dynamic.requests_per_second:,.0f} vs {static.requests_per_second:,.0f} req/s: {ratio:.2f}", ratio >= MIN_STATIC_RATIO),
        TargetResult(
            f"`/provision` at {TODAY_ROWS} rows: p99 under {MAX_TODAY_P99_MS} ms at 1 connection",
            "none finished" if dynamic.p99_ms is None else f"{dynamic.p99_ms:.2f} ms",
            dynamic.p99_ms is not None and dynamic.p99_ms < MAX_TODAY_P99_MS),
    ]


def national_serving(figures, today):
    results = []
    for page in figures.pages:
        if page.status != 200 or 1 not in page.by_connections:
            results.append(TargetResult(
                f"`{page.path}` at {NATIONAL_ROWS:,} rows: p99 under {MAX_NATIONAL_P99_MS} ms at 1 connection",
                f"status {page.status}, not measured", False))
            continue

        p99 = page.by_connections[1].p99_ms
        errors = page.by_connections[1].errors
        measured = "no request finished" if p99 is None else f"{p99:,.2f} ms"
        if errors:
            measured += f", {errors} errors"
        results.append(TargetResult(
            f"`{page.path}` at {NATIONAL_ROWS:,} rows: p99 under {MAX_NATIONAL_P99_MS} ms at 1 connection",
            measured, p99 is not None and p99 < MAX_NATIONAL_P99_MS and errors == 0))

    if today is not None:
        growing = [
            f"`{large.path}` {small.sql_commands} → {large.sql_commands}"
            for small, large in zip(today.pages, figures.pages)
            if small.sql_commands is not None and large.sql_commands is not None and large.sql_commands > small.sql_commands
        ]
        results.append(TargetResult(
            f"no page's SQL command count grows from {TODAY_ROWS} to {NATIONAL_ROWS:,} rows (no N+1)",
            "; ".join(growing) if growing else "every count unchanged", not growing))

    results.append(TargetResult(
        f"server memory after the run at {NATIONAL_ROWS:,} rows under {MAX_SERVER_MEMORY_MB} MB",
        f"{figures.memory_after_mb:.0f} MB (peak {figures.peak_memory_mb:.0f} MB)", figures.memory_after_mb < MAX_SERVER_MEMORY_MB))
    return results
