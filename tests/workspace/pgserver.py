"""A throwaway PostgreSQL server for the tests and benchmarks: `initdb` and `pg_ctl` in a temporary folder.

The server is Debian's `postgresql` package (15 or later; `.ci/system-deps` installs it). PostgreSQL
refuses to run as root, and CI runs as root, so there the server runs as the system user
`briefing-pg` (created when missing) through `runuser`; anyone else runs it as themselves.

It listens on a unix socket in its own folder (where local connections are trusted, as on a
developer's machine) and on a free loopback port that asks for a password (SCRAM), so that the
tests can exercise both ways in. Durability is off: nothing of it outlives the test session.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SERVER_USER = "briefing-pg"
SUPERUSER = "postgres"
MINIMUM_VERSION = 15


def _version(bindir: Path) -> int:
    try:
        out = subprocess.run([str(bindir / "postgres"), "--version"], capture_output=True, text=True,
                             timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return 0
    found = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(found.group(1)) if found else 0


def find_bindir() -> Path | None:
    """The folder of `initdb`, `pg_ctl` and `postgres` (15+): $BRIEFING_PG_BINDIR, Debian's, or on PATH."""
    candidates: list[Path] = []
    if os.environ.get("BRIEFING_PG_BINDIR"):
        candidates.append(Path(os.environ["BRIEFING_PG_BINDIR"]))
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = [p / "bin" for p in debian.iterdir() if p.name.isdigit()]
        candidates += sorted(versions, key=lambda p: int(p.parent.name), reverse=True)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for bindir in candidates:
        if all((bindir / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")) \
                and _version(bindir) >= MINIMUM_VERSION:
            return bindir
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _ensure_server_user() -> None:
    """As root: the unprivileged system user the server runs as (PostgreSQL will not run as root)."""
    result = subprocess.run(["id", "-u", SERVER_USER], capture_output=True, check=False)
    if result.returncode == 0:
        return
    subprocess.run(["useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
                    "--shell", "/usr/sbin/nologin", SERVER_USER], check=True, capture_output=True)


@dataclass
class PgServer:
    """A running server; `url(db, user)` gives libpq URIs for its socket, `tcp_url` for its port."""

    bindir: Path
    root: Path
    port: int
    as_root: bool

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    def _run(self, *argv: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = list(argv)
        if self.as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C.UTF-8"
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False, env=env,
                              cwd="/")

    @classmethod
    def start(cls, bindir: Path, *, shared_buffers: str = "64MB", max_connections: int = 100) -> PgServer:
        as_root = os.geteuid() == 0
        if as_root:
            _ensure_server_user()
        # Under /tmp: the server's user must reach the folder (a root-only $TMPDIR would not do), and
        # a unix socket's path must stay short (about 100 bytes).
        root = Path(tempfile.mkdtemp(prefix="briefing-pg-", dir="/tmp" if Path("/tmp").is_dir() else None))
        root.chmod(0o755)
        if as_root:
            shutil.chown(root, SERVER_USER, SERVER_USER)
        server = cls(bindir, root, _free_port(), as_root)
        try:
            server._initdb(shared_buffers, max_connections)
            server._start()
        except BaseException:
            server.stop()
            raise
        return server

    def _initdb(self, shared_buffers: str, max_connections: int) -> None:
        result = self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "-E", "UTF8",
                           "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync")
        if result.returncode != 0:
            raise RuntimeError(f"initdb failed: {result.stderr.strip() or result.stdout.strip()}")
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.socket_dir}'",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "shared_buffers": shared_buffers,
            "max_connections": str(max_connections),
            "log_min_messages": "warning",
        }
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# briefing test server\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())

    def _start(self) -> None:
        for attempt in range(3):
            result = self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"),
                               "-w", "-t", "60", "start")
            if result.returncode == 0:
                return
            log = (self.root / "server.log").read_text(encoding="utf-8", errors="replace")
            if "could not bind" in log and attempt < 2:  # another process took the port meanwhile
                self.port = _free_port()
                conf = (self.data / "postgresql.conf").read_text(encoding="utf-8")
                (self.data / "postgresql.conf").write_text(conf + f"port = {self.port}\n", encoding="utf-8")
                time.sleep(0.2)
                continue
            raise RuntimeError(f"the PostgreSQL test server did not start: {log.strip()[-2000:]}")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop", timeout=60)
        with contextlib.suppress(OSError):
            shutil.rmtree(self.root)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """A URI over the unix socket (trusted: no password)."""
        return f"postgresql://{quote(user, safe='')}@/{quote(database, safe='')}?host={quote(str(self.socket_dir))}" \
            f"&port={self.port}"

    def tcp_url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """A URI over loopback TCP (a password is asked for)."""
        return f"postgresql://{quote(user, safe='')}@127.0.0.1:{self.port}/{quote(database, safe='')}"
