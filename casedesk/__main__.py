"""`python -m casedesk ...` behaves like the `casedesk` console script."""
import sys

from casedesk.cli import main

sys.exit(main())
