"""The per-article stages on Apache Spark (the ``spark`` extra): ``job`` drives, ``tasks`` runs.

pyspark is imported only inside functions, so the rest of newsdesk works without the extra.
"""
