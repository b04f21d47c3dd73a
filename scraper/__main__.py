"""`python -m scraper` is the `knews` command (used where the console script is not installed)."""

import sys

from scraper.cli import main

sys.exit(main())
