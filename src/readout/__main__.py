"""``python -m readout``: the command line, as the ``readout`` console script runs it."""

from readout.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
