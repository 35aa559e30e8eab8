"""The script to hand to ``spark-submit`` (it runs ``.py`` files): `newsdesk spark` as is.

    spark-submit --master yarn $(python -c 'import newsdesk.spark.submit as s; print(s.__file__)') \
        hdfs:///news/day/ hdfs:///newsdesk/day/

The session then takes spark-submit's master and resources (``--master`` is left unset).
"""

from __future__ import annotations

import sys


def main() -> None:
    from newsdesk.cli import app

    app(["spark", *sys.argv[1:]], prog_name="newsdesk spark")


if __name__ == "__main__":
    main()
