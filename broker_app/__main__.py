import sys

from broker_app.cli import main

sys.exit(main())
