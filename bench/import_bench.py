"""Time one CSV file loaded by our import, by the sqlite3 shell and by sqlite-utils, with peak memory of each."""

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from machine import load_average


@dataclass
class ImportFigures:
    tool: str
    seconds: float
    cpu_seconds: float
    peak_mb: float
    load: float
    runs: int


def measure_all(app, csv_path, rows, repeats, work_dir):
    """Return the median figures of each tool over `repeats` runs, each into a new database."""
    tools = {
        "ProvisionMap import": lambda database: (app.import_command(csv_path), app.environment(database)),
        "sqlite3 .import": lambda database: (["sqlite3", str(database), f".import --csv {csv_path} provisions"], None),
        "sqlite-utils insert --csv": lambda database: (
            ["sqlite-utils", "insert", str(database), "provisions", str(csv_path), "--csv"], None),
    }
    results = []
    for tool, make_command in tools.items():
        runs = [run_once(tool, make_command, work_dir) for _ in range(repeats)]
        results.append(ImportFigures(
            tool=tool,
            seconds=median(run[0] for run in runs),
            cpu_seconds=median(run[1] for run in runs),
            peak_mb=median(run[2] for run in runs),
            load=median(run[3] for run in runs),
            runs=repeats,
        ))
        print(f"  import {rows} rows with {tool}: {results[-1].seconds:.2f} s, CPU {results[-1].cpu_seconds:.2f} s, "
              f"{results[-1].peak_mb:.0f} MB", flush=True)
    return results


def run_once(tool, make_command, work_dir):
    """Run one load into a new database under /usr/bin/time; return (wall seconds, CPU seconds, peak RSS in MB, load)."""
    with tempfile.TemporaryDirectory(dir=work_dir) as folder:
        database = Path(folder) / "import.db"
        timing = Path(folder) / "time.txt"
        load = load_average()
        tool_command, environment = make_command(database)
        command = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", str(timing), *tool_command]
        result = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{tool} failed with exit code {result.returncode}.\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")

        # /usr/bin/time reports elapsed, user and system time in seconds and the maximum resident set size in kilobytes.
        seconds, user, system, peak_kb = timing.read_text(encoding="utf-8").split()[-4:]
        return float(seconds), float(user) + float(system), int(peak_kb) / 1024, load
