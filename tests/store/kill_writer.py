"""Test helper: saves two large briefs alternately into an existing .brief until it is killed.

    python kill_writer.py FILE.brief

Prints "ready" once the file is open and loaded, then the number of each save as it commits.
"""

from __future__ import annotations

import sys
from pathlib import Path

from store_samples import large_brief

from briefing.store import BriefFile


def main() -> None:
    states = [large_brief(0), large_brief(1)]
    with BriefFile.open(Path(sys.argv[1])) as opened:
        current = opened.load()
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
