"""Function words that tell a Persian passage from Arabic typed on a Persian keyboard.

Letters cannot tell them apart (both may use ی and ک); the most frequent function words can.
Persian list: the commonest Persian words absent from Arabic, as Persian sites spell them;
Arabic list: the commonest Arabic function words, in both yeh/kaf spellings.
"""

from __future__ import annotations

# Frequent Persian function words that are not Arabic words (written with Persian ی/ک).
PERSIAN_WORDS = frozenset(
    [
        "است",
        "این",
        "را",
        "که",
        "می",
        "های",
        "برای",
        "از",
        "با",
        "شده",
        "کرد",
        "بود",
        "آن",
        "شد",
        "خود",
        "نیز",
        "یک",
        "اند",
        "هم",
        "تا",
        "کند",
        "کنند",
        "باید",
        "گفت",
        "ایران",
        "اینکه",
        "وی",
        "بر",
        "شود",
        "دارد",
        "هستند",
        "نمی\u200cشود",
        "می\u200cشود",
    ]
)
# Frequent Arabic function words (either yeh/kaf spelling).
ARABIC_WORDS = frozenset(
    [
        "في",
        "فی",
        "من",
        "على",
        "علی",
        "إلى",
        "إلی",
        "أن",
        "ان",
        "التي",
        "الذي",
        "عن",
        "مع",
        "هذا",
        "هذه",
        "كان",
        "کان",
        "قد",
        "لا",
        "وقال",
        "وأضاف",
        "إن",
        "أو",
        "حيث",
        "كما",
        "کما",
    ]
)
