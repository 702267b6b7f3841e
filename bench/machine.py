"""Describe the machine a benchmark runs on: cores, memory, OS, .NET version and load."""

import os
import platform
import subprocess
from statistics import median


def describe():
    return {
        "cores": os.cpu_count(),
        "cpu": cpu_model(),
        "memory_gb": memory_total_kb() / 1024 / 1024,
        "os": os_name(),
        "kernel": platform.release(),
        "dotnet": command_output(["dotnet", "--version"]),
        "sqlite3": command_output(["sqlite3", "--version"]).split(" ")[0],
        "sqlite_utils": command_output(["sqlite-utils", "--version"]).split(" ")[-1],
        "wrk": command_output(["wrk", "--version"], allowed_status=(0, 1)).split(" [")[0],
    }


def load_average():
    """Return the 1-minute load average, which counts other users' builds on a shared machine too."""
    return os.getloadavg()[0]


def median_or_none(values):
    present = [value for value in values if value is not None]
    return median(present) if present else None


def cpu_model():
    with open("/proc/cpuinfo", encoding="utf-8") as file:
        for line in file:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.machine()


def memory_total_kb():
    with open("/proc/meminfo", encoding="utf-8") as file:
        for line in file:
            if line.startswith("MemTotal:"):
                return int(line.split()[1])
    return 0


def os_name():
    try:
        with open("/etc/os-release", encoding="utf-8") as file:
            for line in file:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except FileNotFoundError:
        pass
    return platform.platform()


def command_output(command, allowed_status=(0,)):
    """Return the first line a command prints; wrk prints its version on stdout and exits with 1."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode not in allowed_status:
        raise RuntimeError(f"{' '.join(command)} failed with exit code {result.returncode}: {result.stderr.strip()}")
    return (result.stdout or result.stderr).strip().splitlines()[0]
