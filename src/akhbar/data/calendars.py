"""Month names and news agencies used in datelines and date lines (display spellings).

Month names: Gregorian in the Egyptian/Gulf (يناير ...) and Levantine/Iraqi (كانون الثاني ...)
series, Hijri months, and Solar Hijri (Jalali) months as Iranian sites print them. Agencies:
the wire services and broadcasters that sign Arabic datelines, from the dev set and the most
frequent author-field and dateline signatures in ../shared/corpora.
"""

from __future__ import annotations

GREGORIAN_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "إبريل": 4, "أبريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "أغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "أكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
    "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
}

HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الآخر": 4,
    "جمادى الأولى": 5, "جمادى الاولى": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الاخرة": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12,
    "ذي الحجة": 12,
}

JALALI_MONTHS = {
    "فروردين": 1, "ارديبهشت": 2, "أرديبهشت": 2, "خرداد": 3, "تير": 4, "مرداد": 5, "شهريور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دي": 10, "بهمن": 11, "اسفند": 12, "إسفند": 12,
}

# Agencies and broadcasters that sign datelines (display spellings; matched in the search form).
AGENCIES = (
    "CNN", "CNN Business", "واس", "أ ف ب", "ا ف ب", "أ.ف.ب", "فرانس برس", "رويترز", "د ب أ", "د.ب.أ",
    "الأناضول", "سبأ", "وام", "بنا", "قنا", "كونا", "سانا", "إرنا", "ارنا", "إيرنا", "تسنيم", "فارس",
    "مهر", "أ ب", "أسوشيتد برس", "يو بي آي", "شينخوا", "العربية.نت", "سكاي نيوز عربية", "بي بي سي",
    "الشرق الأوسط", "وكالات", "الوكالات", "واج", "ومع", "وات", "موريتانيا", "بترا", "معا", "وفا",
    "سبوتنيك", "نوفوستي", "تاس", "إفي", "AFP", "Reuters", "AP", "DPA", "WAM", "SPA", "KUNA", "QNA", "BNA",
    "IRNA", "Tasnim",
)
