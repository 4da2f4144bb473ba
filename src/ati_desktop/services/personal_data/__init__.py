"""Personal data under Ley 1581 de 2012: find, report, correct and erase one person's data.

- ``matching``: cédula and name comparison (accents and case ignored, near matches scored).
- ``find``: ``find_people`` (candidates for a query) and ``holdings`` (everything about one person).
- ``report``: the PDF for the person (what is held, why, since when, where it went).
"""
