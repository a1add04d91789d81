"""Pure epidemiology: rules, estimators and optimisers over numpy arrays and dataclasses.

Nothing here imports Django; every threshold names the document it comes from
(see docs/DOMAIN.md and the evidence tags there).
"""
