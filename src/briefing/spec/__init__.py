"""The YAML brief spec: build a Brief from hand-written YAML and dump one back, losslessly."""
