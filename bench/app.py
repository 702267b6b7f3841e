"""Start the site's Release build on 127.0.0.1 and run its import command, with absolute data paths."""

import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
WEB_PROJECT = REPOSITORY / "src" / "ProvisionMap.Web"
WEB_DLL = WEB_PROJECT / "bin" / "Release" / "net10.0" / "ProvisionMap.Web.dll"
SECTION_NOTES = REPOSITORY / "data" / "sections.csv"
AUTHORITIES = REPOSITORY / "data" / "local-authorities.csv"
VOCABULARY = REPOSITORY / "data" / "vocabulary.csv"


class App:
    def __init__(self, port):
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"
        if not WEB_DLL.exists():
            raise FileNotFoundError(f"{WEB_DLL} is missing. Build first: dotnet build ProvisionMap.sln -c Release")

    def environment(self, database=None, extra=None):
        environment = dict(os.environ)
        environment.update({
            "ASPNETCORE_ENVIRONMENT": "Production",
            "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
            "DataFiles__LocalAuthorities": str(AUTHORITIES),
            "DataFiles__SectionNotes": str(SECTION_NOTES),
            "DataFiles__Vocabulary": str(VOCABULARY),
        })
        if database is not None:
            environment["ConnectionStrings__ProvisionMap"] = f"Data Source={database}"
        environment.update(extra or {})
        return environment

    def import_command(self, csv_path):
        """Return the command line of the import; run it with `environment(database)` so that the paths resolve."""
        return ["dotnet", str(WEB_DLL), "import", str(csv_path), "--sections", str(SECTION_NOTES)]

    def start(self, database, log_path, extra=None, timeout=300):
        """Start the site and wait for `/` to return 200; return (server, seconds from start to the first 200)."""
        server = Server(self, database, log_path, extra)
        try:
            server.wait_until_ready(timeout)
        except BaseException:
            server.stop()
            raise
        return server


class Server:
    def __init__(self, app, database, log_path, extra):
        self.app = app
        self.log_path = log_path
        self.started = time.monotonic()
        self._log = open(log_path, "w", encoding="utf-8")
        # The site runs in its own process group so that stop() ends it and only it.
        self.process = subprocess.Popen(
            ["dotnet", str(WEB_DLL), "--urls", app.base_url],
            cwd=WEB_PROJECT, env=app.environment(database, extra), stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True)
        self.startup_seconds = None

    def wait_until_ready(self, timeout):
        deadline = self.started + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"The site exited with code {self.process.returncode} before serving; see {self.log_path}.")
            if fetch_status(self.app.base_url + "/") == 200:
                self.startup_seconds = time.monotonic() - self.started
                return
            time.sleep(0.02)
        raise TimeoutError(f"The site did not return 200 on / within {timeout} s; see {self.log_path}.")

    def memory_mb(self):
        """Return (current RSS, peak RSS) of the site in MB, read from /proc."""
        figures = {}
        with open(f"/proc/{self.process.pid}/status", encoding="utf-8") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    figures[key] = int(value.split()[0]) / 1024
        return figures["VmRSS"], figures["VmHWM"]

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self._log.close()


def fetch_status(url):
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def fetch(url):
    """Return (status, body bytes) of a GET request."""
    try:
        with urllib.request.urlopen(url, timeout=300) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
