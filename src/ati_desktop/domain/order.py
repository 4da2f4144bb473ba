"""Order of a session's children as fractional keys: moving or removing one rewrites no other.

Keys come from the ``fractional-indexing`` library (base-62 strings that sort byte by byte);
rows sort by key, ties (two devices inserting at the same place) by id.
"""

from __future__ import annotations

from bisect import bisect_left

from fractional_indexing import generate_n_keys_between


def order_keys(ids: list[str], current: dict[str, str]) -> dict[str, str]:
    """A key for each id, in the order given, keeping every current key it can.

    The longest run of ids whose current keys already increase keeps its keys; the others
    get new keys between their neighbours. Removing a child, or adding one anywhere, thus
    changes only that child's key.
    """
    kept = _longest_increasing(ids, current)
    keys: dict[str, str] = {}
    previous: str | None = None
    index = 0
    while index < len(ids):
        if ids[index] in kept:
            previous = keys[ids[index]] = current[ids[index]]
            index += 1
            continue
        end = index
        while end < len(ids) and ids[end] not in kept:
            end += 1
        following = current[ids[end]] if end < len(ids) else None
        for item, key in zip(ids[index:end], generate_n_keys_between(previous, following, end - index)):
            keys[item] = key
        previous = keys[ids[end - 1]]
        index = end
    return keys


def _longest_increasing(ids: list[str], current: dict[str, str]) -> set[str]:
    """The ids of a longest subsequence whose current keys strictly increase."""
    candidates = [item for item in ids if item in current]
    tails: list[str] = []  # smallest last key of an increasing run of each length
    tail_index: list[int] = []
    before: list[int] = []
    for position, item in enumerate(candidates):
        key = current[item]
        length = bisect_left(tails, key)
        if length == len(tails):
            tails.append(key)
            tail_index.append(position)
        else:
            tails[length] = key
            tail_index[length] = position
        before.append(tail_index[length - 1] if length else -1)
    kept: set[str] = set()
    position = tail_index[-1] if tail_index else -1
    while position >= 0:
        kept.add(candidates[position])
        position = before[position]
    return kept
