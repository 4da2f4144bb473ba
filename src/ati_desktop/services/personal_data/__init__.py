"""Personal data under Ley 1581 de 2012: find, report, correct and erase one person's data.

- ``matching``: cédula and name comparison (accents and case ignored, near matches scored).
- ``find``: ``find`` / ``find_people`` (who answers a query) and ``holdings`` (everything
  held about one person, the revisions and packages that carried it).
- ``report``: the PDF for the person (what is held, why, since when, where it went).
- ``deadlines``: due dates of requests in Colombian working days.
- ``register``: the register of requests and the authorisations people gave.
- ``erase``: an erasure at the person's request (applied by ``storage.erasure``).
"""
