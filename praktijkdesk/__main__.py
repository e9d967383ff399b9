from praktijkdesk.cli import main

raise SystemExit(main())
