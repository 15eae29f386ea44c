"""Test helper: saves two large briefs alternately into an existing .brief until it is killed.

    python kill_writer.py FILE.brief [STATEMENTS]

Prints "ready" once the file is open and loaded, then the number of each save as it commits.
With STATEMENTS, it stops inside a save instead, just before the STATEMENTS-th INSERT (so earlier
ones have changed pages and the rollback journal holds them), prints "in-flight" and waits to be
killed: a kill that certainly lands mid-transaction, whatever the machine's speed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from store_samples import large_brief

from briefing.store import BriefFile


def main() -> None:
    states = [large_brief(0), large_brief(1)]
    stop_at = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    with BriefFile.open(Path(sys.argv[1])) as opened:
        current = opened.load()
        if stop_at:
            inserts = 0

            def trace(statement: str) -> None:
                nonlocal inserts
                if statement.lstrip().upper().startswith("INSERT"):
                    inserts += 1
                    if inserts == stop_at:
                        print("in-flight", flush=True)
                        time.sleep(3600)

            opened._live().set_trace_callback(trace)
        print("ready", flush=True)
        count = 0
        while True:
            # Save whichever state the file does not hold now, so that every save changes it all.
            target = states[1] if current == states[0] else states[0]
            opened.save(target)
            current = target
            count += 1
            print(count, flush=True)


if __name__ == "__main__":
    main()
