import sys

from tandem_desktop.cli import main

sys.exit(main())
