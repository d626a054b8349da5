"""Does a sender's history chain extend the head the office saw in its previous package?

Manifest keys (CONTRACTS.md, manifest v2, issue 10):
- ``chain_head``: ``{"count": N, "hash": "<64 hex>"}``, the sender's history-chain head at export;
- ``chain_checkpoints``: earlier heads of the same chain, ``[{"count": N, "hash": "…"}, …]`` (a mapping
  ``{"N": "hash"}`` is read as well). The head itself counts as a checkpoint.

The office remembers the head of the last package it accepted from a unit (like a Certificate
Transparency monitor). A new package *extends* it when its checkpoint at the remembered count carries
the remembered hash. A different hash there, or a chain shorter than the one already seen, means the
sender's history was rewritten (or cut). A package without these keys (format 1, or an exporter that
does not write them yet) cannot be checked: the import says so as a warning, not a refusal.

Issue 10 provides its own ``chain_extends(previous_head, manifest)``; this module implements the same
comparison so that the inbox works before that lands (and keeps working after: same contract).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEX64 = re.compile(r"[0-9a-f]{64}")


class MalformedChain(ValueError):
    """``chain_head`` or ``chain_checkpoints`` is present but not in the contract's shape."""


@dataclass(frozen=True)
class Head:
    count: int
    hash: str

    def text(self) -> str:
        return f"{self.count}:{self.hash}"


def _head(value: object) -> Head:
    if not isinstance(value, dict):
        raise MalformedChain("head is not an object")
    count, digest = value.get("count"), value.get("hash")
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise MalformedChain("count")
    if not isinstance(digest, str) or not _HEX64.fullmatch(digest.lower()):
        raise MalformedChain("hash")
    return Head(count, digest.lower())


def manifest_head(manifest: dict) -> Head | None:
    """The sender's chain head, None when the manifest does not carry one.

    Raises:
        MalformedChain: the key is there but malformed (the package is refused as malformed).
    """
    if "chain_head" not in manifest or manifest["chain_head"] is None:
        return None
    return _head(manifest["chain_head"])


def manifest_checkpoints(manifest: dict) -> dict[int, str] | None:
    """count → hash of every checkpoint (the head included); None when there are none at all."""
    head = manifest_head(manifest)
    raw = manifest.get("chain_checkpoints")
    points: dict[int, str] = {}
    if raw is not None:
        if isinstance(raw, dict):
            items = []
            for key, digest in raw.items():
                try:
                    items.append({"count": int(key), "hash": digest})
                except (TypeError, ValueError):
                    raise MalformedChain("checkpoint count") from None
        elif isinstance(raw, list):
            items = raw
        else:
            raise MalformedChain("checkpoints")
        if len(items) > 100_000:
            raise MalformedChain("too many checkpoints")
        for item in items:
            point = _head(item)
            if points.get(point.count, point.hash) != point.hash:
                raise MalformedChain("two hashes for one count")
            points[point.count] = point.hash
    if head is not None:
        if points.get(head.count, head.hash) != head.hash:
            raise MalformedChain("head contradicts a checkpoint")
        if any(count > head.count for count in points):
            raise MalformedChain("checkpoint after the head")
        points[head.count] = head.hash
    return points if (head is not None or raw is not None) else None


def chain_extends(previous_head: Head | dict | None, manifest: dict) -> bool | None:
    """True: the manifest's chain extends ``previous_head`` (or nothing was seen before);
    False: it does not (a different hash at the seen count, or a shorter chain) — history rewritten;
    None: the manifest carries no chain information, so continuity cannot be verified.

    Raises:
        MalformedChain: the chain keys are malformed.
    """
    head = manifest_head(manifest)
    points = manifest_checkpoints(manifest)
    if previous_head is None:
        return True if head is not None else None
    if isinstance(previous_head, dict):
        previous_head = _head(previous_head)
    if head is None:
        return None
    if head.count < previous_head.count:
        return False
    seen = (points or {}).get(previous_head.count)
    if seen is None:
        return None  # the chain is longer but carries no checkpoint where we can compare
    return seen == previous_head.hash
