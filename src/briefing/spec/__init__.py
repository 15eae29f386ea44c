"""The YAML brief spec: build a Brief from hand-written YAML and dump one back, losslessly.

`build_brief(dump_brief(b)) == b` for every brief whose template is installed (the template
snapshot is taken from the installed template on build).
"""

from briefing.spec.build import build_brief, load_spec, read_source_file
from briefing.spec.dump import dump_brief
from briefing.spec.problems import SpecError, SpecProblem

__all__ = ["SpecError", "SpecProblem", "build_brief", "dump_brief", "load_spec", "read_source_file"]
