"""Start ATI Desktop from the frozen field installer."""

import sys

from ati_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
