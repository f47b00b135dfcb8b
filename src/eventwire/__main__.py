"""python -m eventwire"""

from __future__ import annotations

import sys

from eventwire.cli import main

sys.exit(main())
