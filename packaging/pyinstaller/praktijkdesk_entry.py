"""Entry point of the frozen app: the same command line as the installed `praktijkdesk`."""

from praktijkdesk.cli import main

raise SystemExit(main())
