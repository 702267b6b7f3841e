"""Write one benchmark run as Markdown into docs/benchmarks.md, under this harness's own section."""

from pathlib import Path

SECTION_HEADING = "## Import, serving and start-up"

SECTION_INTRO = """\
Measured by `bench/run.py`; `bench/README.md` explains each figure and how to run it. Each run is added
below, newest last, with the machine it ran on. Figures are medians of the repeats given in the run's command. The
load average is the machine's 1-minute load while the figure was taken. The machine may be shared, and a load above
its core count means that other work slowed the run.
"""


def write(path, run_markdown):
    """Insert the run at the end of this harness's section, creating the file or the section when missing."""
    path = Path(path)
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if SECTION_HEADING not in text:
        text = text.rstrip("\n") + f"\n\n{SECTION_HEADING}\n\n{SECTION_INTRO}"

    start = text.index(SECTION_HEADING) + len(SECTION_HEADING)
    next_section = text.find("\n## ", start)
    end = len(text) if next_section == -1 else next_section + 1
    section = text[:end].rstrip("\n") + "\n\n" + run_markdown.rstrip("\n") + "\n"
    rest = text[end:]
    path.write_text(section + ("\n" + rest if rest else ""), encoding="utf-8")


def render(started_at, command, machine, settings, imports, serving, targets):
    lines = [f"### Run of {started_at:%Y-%m-%d %H:%M} UTC", ""]
    lines += [
        f"- Command: `{command}`",
        f"- Machine: {machine['cores']} cores ({machine['cpu']}), {machine['memory_gb']:.1f} GB memory, {machine['os']}, "
        f"Linux {machine['kernel']}, .NET SDK {machine['dotnet']}",
        f"- Tools: sqlite3 {machine['sqlite3']}, sqlite-utils {machine['sqlite_utils']}, {machine['wrk']}",
        f"- Load average: {settings.load_before:.2f} at the start, {settings.load_after:.2f} at the end",
        "",
    ]
    if targets:
        lines += render_targets(targets)
    lines += render_imports(imports)
    lines += render_startup(serving)
    lines += render_serving(serving, settings.connections)
    lines += render_sql(serving)
    return "\n".join(lines) + "\n"


def render_targets(targets):
    lines = ["#### Targets", "", "| target | measured | met |", "| --- | --- | --- |"]
    for target in targets:
        lines.append(f"| {target.description} | {target.measured} | {'yes' if target.met else '**no**'} |")
    return lines + [""]


def render_imports(imports):
    lines = [
        "#### Import",
        "",
        "Wall time of the whole process, from start to exit, into a new database file, and its CPU time (user plus "
        "system), which other work on the machine disturbs less. The ratios divide our figure by the other tool's, "
        "so below 1 means ours is faster.",
        "",
        "| rows | tool | seconds | rows/s | CPU seconds | peak memory (MB) | ours ÷ this (wall) | ours ÷ this (CPU) | load |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for rows, figures in imports.items():
        ours = figures[0]
        for tool in figures:
            lines.append(f"| {rows:,} | {tool.tool} | {tool.seconds:.2f} | {rows / max(tool.seconds, 0.01):,.0f} | "
                         f"{tool.cpu_seconds:.2f} | {tool.peak_mb:.0f} | {ratio(ours.seconds, tool.seconds)} | "
                         f"{ratio(ours.cpu_seconds, tool.cpu_seconds)} | {tool.load:.2f} |")
    return lines + [""]


def render_startup(serving):
    lines = [
        "#### Start-up",
        "",
        "Seconds from starting `dotnet ProvisionMap.Web.dll` to the first 200 on `/`.",
        "",
        "| rows | existing database | empty database, first-start import |",
        "| ---: | ---: | ---: |",
    ]
    for rows, figures in serving.items():
        lines.append(f"| {rows:,} | {figures.startup_existing_seconds:.2f} | {figures.startup_import_seconds:.2f} |")
    return lines + [""]


def render_serving(serving, connections):
    lines = [
        "#### Serving",
        "",
        "wrk against the Release build on 127.0.0.1, beside a static copy of the same HTML served by the same process "
        "(`/benchmark-static/`). Static ratio is the page's requests per second divided by the copy's. "
        "Errors count timeouts, socket errors and non-2xx responses. Server memory is its resident set after every "
        "page was measured, and its peak.",
        "",
        "| rows | page | status | KB | connections | req/s | p50 ms | p99 ms | static req/s | page ÷ static | errors | load |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for rows, figures in serving.items():
        for page in figures.pages:
            if not page.by_connections:
                lines.append(f"| {rows:,} | `{page.path}` | {page.status} | {page.size_bytes / 1024:,.0f} | | not measured | | | | | | |")
                continue
            for count in connections:
                if count not in page.by_connections:
                    lines.append(f"| {rows:,} | `{page.path}` | {page.status} | {page.size_bytes / 1024:,.0f} | {count} | "
                                 "skipped: over 1 s per request at fewer connections | | | | | | |")
                    continue

                dynamic, static = page.by_connections[count], page.static_by_connections[count]
                lines.append(
                    f"| {rows:,} | `{page.path}` | {page.status} | {page.size_bytes / 1024:,.0f} | {count} | "
                    f"{dynamic.requests_per_second:,.1f} | {milliseconds(dynamic.p50_ms)} | {milliseconds(dynamic.p99_ms)} | "
                    f"{static.requests_per_second:,.1f} | {ratio(dynamic.requests_per_second, static.requests_per_second)} | "
                    f"{dynamic.errors} | {dynamic.load:.2f} |")
    lines += ["", "| rows | server memory after the run (MB) | peak (MB) |", "| ---: | ---: | ---: |"]
    for rows, figures in serving.items():
        lines.append(f"| {rows:,} | {figures.memory_after_mb:.0f} | {figures.peak_memory_mb:.0f} |")
    return lines + [""]


def render_sql(serving):
    sizes = list(serving)
    lines = [
        "#### SQL commands per request",
        "",
        "Commands EF Core logs for one request of each page. A count that grows with the rows is an N+1 query.",
        "",
        "| page | " + " | ".join(f"{rows:,} rows" for rows in sizes) + " |",
        "| --- | " + " | ".join("---:" for _ in sizes) + " |",
    ]
    for index, page in enumerate(serving[sizes[0]].pages):
        counts = [serving[rows].pages[index].sql_commands for rows in sizes]
        lines.append(f"| `{page.path}` | " + " | ".join("" if count is None else str(count) for count in counts) + " |")
    return lines + [""]


def milliseconds(value):
    return "none finished" if value is None else f"{value:,.2f}"


def ratio(numerator, denominator):
    return "n/a" if denominator == 0 else f"{numerator / denominator:.2f}"
