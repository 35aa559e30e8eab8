"""Near-duplicates: syndicated wire copy and re-posts under another headline or outlet.

A copy is not another source: counting it would let one agency's report look like agreement
between outlets.  Two bodies are copies when the Jaccard similarity of their word 5-shingles is
at least ``COPY_THRESHOLD``; the similarity is estimated with MinHash so that a store never has
to keep or compare the shingle sets themselves, and candidates are found with LSH banding so
that an arriving article is compared only with the few stored articles that share a band.

Everything is seeded from fixed strings through ``hashlib``: the same text gives the same
signature on every machine and run (Python's ``hash`` is salted per process, so it is not used).
Text is folded before shingling (Unicode form, case, curly versus straight quotes, dashes,
punctuation and line breaks) because re-typesetting is the commonest change a copy goes through.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np
import numpy.typing as npt

from newsdesk.model import Article

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS  # 4 rows a band: pairs at Jaccard 0.8 share a band with p > 0.999
COPY_THRESHOLD = 0.8
MIN_SHINGLES = 8  # below this a body is too short for a copy to be told from a coincidence

Signature = npt.NDArray[np.uint32]

_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _permutations() -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    a: list[int] = []
    b: list[int] = []
    for i in range(NUM_PERM):
        digest = hashlib.sha256(f"newsdesk-minhash-{i}".encode()).digest()
        a.append(int.from_bytes(digest[:8], "little") % ((1 << 61) - 2) + 1)
        b.append(int.from_bytes(digest[8:16], "little") % ((1 << 61) - 1))
    return np.array(a, dtype=np.uint64), np.array(b, dtype=np.uint64)


_A, _B = _permutations()


def words(text: str) -> list[str]:
    """Lower-cased words with typography folded away; numbers are words too."""
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD).lower()
    return _WORD.findall(folded)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def _hash32(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=4).digest(), "little")


def minhash(text: str) -> Signature | None:
    """The MinHash signature of a text's shingles; None when the text is too short to judge."""
    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return None
    hashes = np.fromiter((_hash32(s) for s in sorted(found)), dtype=np.uint64, count=len(found))
    # Universal hashing (a*x + b) mod p; uint64 products wrap, which is deterministic.
    with np.errstate(over="ignore"):
        permuted = ((hashes[:, None] * _A[None, :] + _B[None, :]) % _PRIME) & _MASK
    signature: Signature = permuted.min(axis=0).astype(np.uint32)
    return signature


def body_text(article: Article) -> str:
    """The reporting only: headline, masthead and related links differ between copies."""
    return "\n".join(article.text[s.start : s.end] for s in article.body)


def article_minhash(article: Article) -> Signature | None:
    return minhash(body_text(article))


def jaccard(a: Signature, b: Signature) -> float:
    """The MinHash estimate of the Jaccard similarity of two shingle sets."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def is_copy(a: Signature, b: Signature) -> bool:
    return jaccard(a, b) >= COPY_THRESHOLD


def band_keys(signature: Signature) -> list[int]:
    """One key per band; two signatures sharing a key are candidate copies.

    Keys are signed 63-bit integers so that they fit DuckDB's BIGINT.
    """
    keys = []
    for band in range(BANDS):
        chunk = signature[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(2, "little"))
        keys.append(int.from_bytes(digest.digest(), "little") >> 1)
    return keys


def to_bytes(signature: Signature) -> bytes:
    return signature.astype("<u4").tobytes()


def from_bytes(blob: bytes) -> Signature:
    signature: Signature = np.frombuffer(blob, dtype="<u4").astype(np.uint32)
    return signature
