"""Trial registry records: numbers, and readers for each registry's files. No Qt, no network.

One module per job:

- `ids`: registry numbers (recognise, check, spell, link);
- `text`: markup to plain text; `eligibility`: who can and cannot join, as two lists;
- `reader`: typed access to JSON records and the one-line `RecordError`;
- `ctgov`: ClinicalTrials.gov API v2 JSON; `results`: its posted results (participant flow,
  outcomes, side effects);
- `ictrp`: the WHO ICTRP search portal's "Export to XML"; `chictr`: ChiCTR's own XML export;
  `xmlsafe`: XML parsed safely (no entities, no external files, size-capped);
- `files`: any record file, by its content;
- `words`: what the program says about a record, from the content pack.

The online look-up is the interface's job (`decisionaid.ui.lookup`): this package parses, it
never connects. This module only re-exports the registry numbers, so importing it stays cheap
and free of cycles (the readers import `model.trial`, which imports nothing from here: the
result types live in `model/study_results.py`).
"""

from decisionaid.model.registry.ids import (
    CTGOV_API,
    REGISTRY_NAMES,
    InvalidRegistryId,
    RegistryKind,
    classify_registry_id,
    kind_for_register,
    normalise_registry_id,
    registry_id_problem,
    registry_url,
)

__all__ = [
    "CTGOV_API",
    "REGISTRY_NAMES",
    "InvalidRegistryId",
    "RegistryKind",
    "classify_registry_id",
    "kind_for_register",
    "normalise_registry_id",
    "registry_id_problem",
    "registry_url",
]
