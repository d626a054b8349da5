from qms_desktop.app import main

raise SystemExit(main())
