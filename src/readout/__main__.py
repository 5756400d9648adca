"""``python -m readout``: the command line."""

from readout.cli import main

raise SystemExit(main())
