from decisionaid.cli import main

raise SystemExit(main())
