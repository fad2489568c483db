"""Speaker heads that are never a person, in search form (أإآ→ا، ى→ي، ة→ه).

Unnamed sources, documents and media, read off the most frequent non-person speakers of the two
shared corpora (`akhbar speakers` before this table: مصدر عسكري، البيان، مصادر مطلعة …). The quote
extractor's own tables (group heads, media, organisation heads, not-names) are used beside this.
Extend the table, not the code.
"""

from __future__ import annotations

__all__ = ["NOT_SURNAMES", "UNNAMED"]

UNNAMED: frozenset[str] = frozenset(
    [
        "مصدر",
        "مصادر",
        "المصدر",
        "المصادر",
        "مسؤول",
        "مسؤوله",
        "مسؤولون",
        "مسؤولين",
        "المسؤول",
        "المسؤوله",
        "المسؤولون",
        "المسؤولين",
        "بيان",
        "البيان",
        "بيانا",
        "تقرير",
        "التقرير",
        "تقارير",
        "التقارير",
        "دراسه",
        "الدراسه",
        "رساله",
        "الرساله",
        "وثيقه",
        "الوثيقه",
        "صحيفه",
        "الصحيفه",
        "وكاله",
        "الوكاله",
        "موقع",
        "الموقع",
        "قناه",
        "القناه",
        "شبكه",
        "الشبكه",
        "مجله",
        "المجله",
        "متحدث",
        "المتحدث",
        "متحدثه",
        "المتحدثه",
        "ناطق",
        "الناطق",
        "مراسل",
        "المراسل",
        "شاهد",
        "الشاهد",
        "شهود",
        "الشهود",
        "مواطن",
        "المواطن",
        "مواطنون",
        "المواطنون",
        "سكان",
        "السكان",
        "خبير",
        "الخبير",
        "خبراء",
        "الخبراء",
        "احد",
        "احدهم",
        "احداهن",
        "بعضهم",
        "اخر",
        "اخرون",
        "الاخر",
    ]
)

# Words left as a one-word "name" when a role's head was taken off (المدير العام → عام); they end
# no person's name either (ترانتينو عام).
NOT_SURNAMES: frozenset[str] = frozenset(["عام", "العام", "خاص", "الخاص", "رسمي", "الرسمي", "اول", "الاول"])
