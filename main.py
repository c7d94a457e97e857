"""Start the CaseDesk GUI: `python main.py [--db PATH_OR_URL]`."""
import sys

from casedesk.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
