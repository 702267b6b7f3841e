#!/usr/bin/env python3
"""Benchmark the import, the pages and the start-up of ProvisionMap on synthetic maps, and append the figures to
docs/benchmarks.md. See bench/README.md."""

import argparse
import datetime
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import import_bench
import machine
import report
import serving_bench
import targets
from app import REPOSITORY, App

DEFAULT_SIZES = "50,5000,100000"


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES,
                        help=f"comma-separated row counts of the generated maps (default {DEFAULT_SIZES})")
    parser.add_argument("--duration", type=int, default=3, help="seconds of each wrk run (default 3)")
    parser.add_argument("--connections", default="1,32", help="comma-separated wrk connection counts (default 1,32)")
    parser.add_argument("--wrk-repeats", type=int, default=3, help="wrk runs per page and connection count; the median is kept (default 3)")
    parser.add_argument("--import-repeats", type=int, default=3, help="runs of each import tool per size; the median is kept (default 3)")
    parser.add_argument("--startup-repeats", type=int, default=3, help="starts with an existing database per size (default 3)")
    parser.add_argument("--port", type=int, default=5184, help="port of the site on 127.0.0.1 (default 5184)")
    parser.add_argument("--seed", type=int, default=20261204, help="seed of the map generator (default 20261204)")
    parser.add_argument("--output", type=Path, default=REPOSITORY / "docs" / "benchmarks.md",
                        help="Markdown file the run is added to (default docs/benchmarks.md)")
    parser.add_argument("--work-dir", type=Path, help="folder for generated maps and databases (default: a new temporary folder)")
    parser.add_argument("--no-build", action="store_true", help="use the existing Release build instead of building first")
    arguments = parser.parse_args()

    try:
        arguments.sizes = [int(size) for size in arguments.sizes.split(",")]
        arguments.connections = [int(count) for count in arguments.connections.split(",")]
    except ValueError:
        parser.error(f"--sizes and --connections take whole numbers separated by commas, not \"{arguments.sizes}\" "
                     f"and \"{arguments.connections}\".")
    for name in ("sizes", "connections"):
        if any(value < 1 for value in getattr(arguments, name)):
            parser.error(f"Every value of --{name} must be at least 1.")
    for name in ("duration", "wrk_repeats", "import_repeats", "startup_repeats"):
        if getattr(arguments, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1.")
    return arguments


def main():
    arguments = parse_arguments()
    started_at = datetime.datetime.now(datetime.timezone.utc)
    command = "python3 bench/run.py " + shlex.join(sys.argv[1:])
    if not arguments.no_build:
        subprocess.run(["dotnet", "build", str(REPOSITORY / "ProvisionMap.sln"), "-c", "Release", "--nologo", "-v", "quiet"],
                       check=True)

    app = App(arguments.port)
    description = machine.describe()
    arguments.load_before = machine.load_average()
    work_root = arguments.work_dir or Path(tempfile.mkdtemp(prefix="provisionmap-bench-"))
    work_root.mkdir(parents=True, exist_ok=True)
    print(f"Working in {work_root}", flush=True)

    imports, serving = {}, {}
    for rows in arguments.sizes:
        csv_path = work_root / f"map-{rows}.csv"
        subprocess.run([sys.executable, str(Path(__file__).with_name("generate_map.py")), "--rows", str(rows),
                        "--seed", str(arguments.seed), "--output", str(csv_path)], check=True)
        imports[rows] = import_bench.measure_all(app, csv_path, rows, arguments.import_repeats, work_root)
        serving[rows] = serving_bench.measure(app, csv_path, rows, work_root, arguments)

    arguments.load_after = machine.load_average()
    results = targets.evaluate(imports, serving)
    run_markdown = report.render(started_at, command, description, arguments, imports, serving, results)
    report.write(arguments.output, run_markdown)
    print(run_markdown)
    print(f"Added the run to {arguments.output}.")


if __name__ == "__main__":
    main()
