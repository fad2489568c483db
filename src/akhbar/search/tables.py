"""Arabic data for the light stemmer, all in search form (أإآ→ا, ى→ي, ة→ه, ئ→ي, ؤ→و).

Sources: the prefix and suffix sets are those of Larkey, Ballesteros & Connell's "light10"
stemmer (SIGIR 2002), which the issue names; the guards (minimum stem lengths, the protected
names, the و-initial words) are ours, set by reading the two shared corpora's frequent words so
that names are not over-stemmed (بريكس stays بريكس, ايران stays ايران). Extend the tables, not
the code.
"""

from __future__ import annotations

__all__ = ["PREFIXES", "PROTECTED", "SUFFIXES", "WAW_WORDS"]

# Article and article-with-clitic prefixes, longest first; a bare ب ك ل ف is never stripped
# (too many words and names begin with them: بريكس، فرنسا، لبنان، كندا).
PREFIXES: tuple[str, ...] = ("وبال", "وكال", "وال", "بال", "كال", "فال", "لل", "ال")

# Suffix -> shortest stem it may leave. Light10's set plus the nisba/feminine -يه (folded -ية);
# -ان and -ين need a 4-letter stem so short names (ايران، لبنان، حسين) keep their ending.
SUFFIXES: dict[str, int] = {
    "يين": 3,  # نسبة plural: فلسطينيين -> فلسطين (then -ين below is not reapplied)
    "يون": 3,
    "ات": 3,
    "ها": 3,
    "يه": 3,
    "ون": 3,
    "ين": 4,
    "ان": 4,
    "ه": 3,
    "ي": 3,
}

# The conjunction و is stripped when what follows is a word of its own; these common words
# begin with و as a root letter (stems after suffix stripping), so they keep it.
WAW_WORDS: frozenset[str] = frozenset(
    [
        "وزير",
        "وزار",
        "وزراء",
        "وزارت",
        "وقت",
        "وضع",
        "ولاي",
        "ولايات",
        "واشنطن",
        "وكال",
        "وطن",
        "وطني",
        "وفد",
        "وفود",
        "وليد",
        "وسط",
        "واحد",
        "وقف",
        "وجود",
        "ورد",
        "وصل",
        "وقع",
        "وعد",
        "وجه",
        "ولد",
        "وثيق",
        "وفا",
        "وفاه",
        "ودي",
        "وحد",
        "وحده",
        "وراء",
        "وهو",
        "وهي",
        "وهم",
        "وفق",
        "واقع",
        "وسيل",
        "وسايل",
        "وظيف",
        "وظايف",
        "وزن",
        "ورق",
        "ورش",
        "وضوح",
        "واضح",
        "وادي",
        "ولي",
        "وكيل",
        "ولاء",
        "وقود",
        "وديع",
        "وايل",
        "وايت",
    ]
)

# Names and loanwords the stemmer leaves whole (an ending that looks like a suffix is theirs);
# bare forms only: the article is stripped before this list is consulted.
PROTECTED: frozenset[str] = frozenset(
    [
        "بريكس",
        "ايران",
        "لبنان",
        "يمن",
        "عمان",
        "طهران",
        "سودان",
        "يابان",
        "فاتيكان",
        "باكستان",
        "افغانستان",
        "كازاخستان",
        "اذربيجان",
        "تركمانستان",
        "اوزبكستان",
        "طاجيكستان",
        "قرغيزستان",
        "كردستان",
        "بوتين",
        "سلمان",
        "عثمان",
        "رمضان",
        "شعبان",
        "عدنان",
        "حسان",
        "غسان",
        "مروان",
        "عمران",
        "عفرين",
        "بحرين",
        "امارات",
        "فلسطين",
        "ميركل",
        "ماكرون",
        "ترامب",
        "اوباما",
        "روحاني",
        "ظريف",
        "نتنياهو",
        "اردوغان",
        "داعش",
        "حماس",
        "ونزويلا",
        "ويلز",
    ]
)
