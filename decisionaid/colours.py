"""The chart colours, one definition for the screen (ui/charts/palette.py) and the handout
(report/styles.py). No Qt.

The Okabe–Ito palette stays distinguishable for the common kinds of colour blindness. Colour
is never the only cue: both the screen and the paper also use patterns and labels.
"""

from __future__ import annotations

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

# Order for series (groups, cost categories). Yellow is last: it is faint on white.
SERIES: tuple[str, ...] = (
    "blue",
    "orange",
    "bluish_green",
    "vermillion",
    "sky_blue",
    "reddish_purple",
    "yellow",
)
