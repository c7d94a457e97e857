"""Use cases: one function per user action, taking a Session and plain values.

The GUI, the CLI, the importers and the tests all call these, so each rule lives in one place.
"""
