"""Entry script of the frozen app (PyInstaller): the same `main()` as the `decisionaid` command."""

from decisionaid.cli import main

raise SystemExit(main())
