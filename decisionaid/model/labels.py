"""Words that the screen and the handout both show, from one place: the content pack of the
language. The summary page and the costs page read them here, the handout reads the same keys
(`handout.toml` [words]), so the screen and the paper cannot name a thing two ways. No Qt.

- how far along the decision is: `stage_<stage>` ("Thinking about the choices"), under the
  label `stage`;
- the cost items: `cost_<item>` ("Pay lost from work");
- the randomisation example shown when the trial gives no ratio: the first of facts.toml's
  `randomisation.examples` (1:1, the most common split), under the figure's own title; the
  patient's own trial: `rand_title_trial`.
"""

from __future__ import annotations

from decisionaid.content.schema import ContentPack
from decisionaid.model.session import STAGES


def stage_heading(content: ContentPack) -> str:
    return content.handout.words["stage"]


def stage_label(content: ContentPack, stage: str) -> str:
    """'Thinking about the choices' for "considering"; '' when not answered."""
    return content.handout.words[f"stage_{stage}"] if stage in STAGES else ""


def cost_label(content: ContentPack, item: str) -> str:
    """The name of a cost item ("travel", "lost_income", ...; model/costs.py CATEGORIES)."""
    return content.handout.words[f"cost_{item}"]


def example_ratio(content: ContentPack) -> list[int]:
    """The ratio of the example picture when the patient's trial gives none."""
    return list(content.facts.randomisation.examples[0])


def own_trial_title(content: ContentPack) -> str:
    return content.handout.words["rand_title_trial"]
