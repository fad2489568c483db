"""Lexicon of page residue: the classes of lines that are not the article.

Each entry is matched against a line's *search form* (see akhbar.normalize.search_form: no
hamza on alef, ى→ي, ة→ه, lower case, punctuation gone), so one spelling covers its variants.
Sources: the dev gold set's residue classes, generalised by reading the most frequent short
lines and line openings of ../shared/corpora (tools/mine_template_lines.py lists the recurrent
ones) and the share/print/comment furniture of Arabic news sites (Tasnim, IRNA, Mehr, SPA,
WAM, Al Arabiya, BBC Arabic, CNN Arabic, France 24, Sky News Arabia).
"""

from __future__ import annotations

# Whole-line labels of page furniture (share, print, comments, navigation), search form.
LABELS = frozenset(
    label.strip()
    for label in """
    تعليقات | تعليق | التعليقات | اضف تعليق | اضف تعليقك | اكتب تعليقك | شارك | شاركها | شارك الخبر | مشاركه
    طباعه | اطبع | ارسال | ارسل لصديق | حفظ | نسخ الرابط | نسخ رابط الخبر | الرابط المختصر | رابط مختصر
    فيسبوك | فيس بوك | تويتر | واتساب | واتس اب | تيليجرام | تلغرام | انستغرام | يوتيوب | لينكدان | ايميل
    البريد الالكتروني | المزيد | عوده | رجوع | الرييسيه | الصفحه الرييسيه | التالي | السابق | اقرا المزيد
    اقرا ايضا | قد يهمك | مواضيع ذات صله | اخبار ذات صله | ذات صله | الاكثر قراءه | الاكثر مشاهده
    الاكثر تداولا | شاهد ايضا | كلمات مفتاحيه | الكلمات المفتاحيه | وسوم | الوسوم | تابعونا | تابعنا | اشترك
    النشره البريديه | اعلان | اعلانات | مساحه اعلانيه | تكبير الخط | تصغير الخط | share | print | comments
    comment | tweet | email | next | previous | more | related | tags | advertisement
    الموضوعات ذات الصله | مواضيع متعلقه | اخبار متعلقه | اخر الاخبار | شارك برايك | مشاركه الخبر
    الكلمات الدليليه | ارسال التعليق | الاسم | التعليق | حجم الخط | نسخه للطباعه | طباعه الخبر | ارسل الخبر
    """.replace("\n", "|").split("|")
    if label.strip()
)

# The same labels word by word: a short line made only of these words is furniture.
LABEL_WORDS = frozenset(" ".join(LABELS).split())

# Openings of "read also" / "may interest you" teasers and link lists (search form, whole words).
TEASER_OPENINGS = (
    "اقرا ايضا",
    "اقرا ايضاً",
    "اقرا كذلك",
    "اقرا المزيد",
    "اقرا اكثر",
    "اقرا",
    "قد يهمك",
    "يهمك ايضا",
    "شاهد ايضا",
    "شاهد",
    "شاهدوا",
    "طالع ايضا",
    "طالع",
    "اطلع ايضا",
    "للمزيد",
    "المزيد",
    "ذات صله",
    "مواضيع ذات صله",
    "اخبار ذات صله",
    "اخترنا لك",
    "اخترنا لكم",
    "تابع ايضا",
    "انظر ايضا",
    "راجع ايضا",
    "لمتابعه المباراه",
    "لمتابعه",
    "لمشاهده",
    "اضغط هنا",
    "انقر هنا",
    "مقالات ذات صله",
    "روابط ذات صله",
    "read more",
    "read also",
    "see also",
    "related",
)
# Teasers announce themselves with a colon or are short: an opening alone is not enough for
# lines longer than this many words unless a colon follows the opening in the raw line.
TEASER_MAX_WORDS = 25

# Agency end marks: "انتهى" with slashes/dashes/parentheses, optionally editor initials.
END_MARK_WORD = "انتهي"

# Promotion of the site's app, newsletter or social accounts (search-form substrings).
PROMO_PHRASES = (
    "تحميل احدث نسخه من تطبيق",
    "حمل تطبيق",
    "حملوا تطبيق",
    "تطبيق بي بي سي",
    "تابعونا علي",
    "تابعوا اخر الاخبار",
    "اشترك في قناتنا",
    "اشتركوا في قناتنا",
    "للاشتراك في النشره",
    "لمتابعه اخر الاخبار",
    "تصلكم اخر الاخبار",
    "يمكنكم استلام اشعارات",
    "يمكنكم تسلم اشعارات",
    "جميع المقالات المنشوره تمثل راي كتابها",
    "جميع الحقوق محفوظه",
    "حقوق النشر محفوظه",
    "الاراء الوارده ادناه تعبر عن راي",
    "لا تعكس بالضروره وجهه نظر",
    "all rights reserved",
)

# Labels of the site's article id, in Arabic, Persian and English (search form; the value is a number).
NEWS_ID_LABELS = (
    "معرف الاخبار",
    "معرف الخبر",
    "رمز الخبر",
    "رقم الخبر",
    "كود الخبر",
    "رقم المقال",
    "معرف المقال",
    "شناسه خبر",
    "شناسه",
    "كد خبر",
    "كد الخبر",
    "news id",
    "article id",
    "news code",
    "id",
)

# Labels of a publication date line (search form).
DATE_LABELS = (
    "تاريخ النشر",
    "تاريخ الخبر",
    "تاريخ الاضافه",
    "نشر في",
    "نشر بتاريخ",
    "نشرت في",
    "اخر تحديث",
    "تم النشر",
    "التاريخ",
    "تاريخ",
    "تاريخ انتشار",
    "زمان انتشار",
    "published",
    "updated",
    "date",
)

# Time-zone words after a bare clock time ("19:05 ت م" = Makkah time).
TIME_SUFFIXES = frozenset(
    [
        "ت",
        "م",
        "ت",
        "غ",
        "غ",
        "م",
        "بتوقيت",
        "مكه",
        "المكرمه",
        "غرينتش",
        "gmt",
        "utc",
        "ص",
        "م",
        "مساء",
        "صباحا",
    ]
)

# Credit and byline lines: "فرانس24/ أ ف ب", "*نقلا عن ...", "بقلم ..." (search-form openings).
CREDIT_OPENINGS = (
    "نقلا عن", "نقلاً عن", "بقلم", "المصدر", "مصدر الخبر", "تحرير", "اعداد", "ترجمه", "كتب", "كتبت",
    "مراسل", "مراسلنا", "تصوير", "الصوره", "صوره", "صوره ارشيفيه", "ارشيفيه", "source", "photo", "by",
)

# Words that may stand beside agency names in a signature line ("وكالة مهر للأنباء").
AGENCY_FILLERS = frozenset("وكاله وكالات للانباء الانباء الاخباريه الرسميه نت عربي عربيه".split())

# Header lines above a list of related headlines (search form).
RELATED_HEADERS = frozenset(
    (
        "اخبار ذات صله", "مواضيع ذات صله", "الموضوعات ذات الصله", "ذات صله", "مواضيع متعلقه",
        "اخبار متعلقه", "اقرا ايضا", "اقرا ايضا ", "قد يهمك", "شاهد ايضا", "اقرا المزيد", "المزيد من الاخبار",
        "related", "read also", "read more",
    )
)

# Openings of keyword/tag lists ("كلمات دلالية: إيران، العراق").
TAG_OPENINGS = (
    "كلمات دلاليه", "الكلمات الدلاليه", "الكلمات الدليليه", "كلمات مفتاحيه", "الكلمات المفتاحيه", "وسوم",
    "الوسوم", "هاشتاغ", "tags", "keywords",
)

# Page counters: "عدد الزيارات: 1234", "1234 مشاهدة", "قراءة 3 دقائق".
COUNTER_WORDS = frozenset(
    "عدد الزيارات زياره زيارات المشاهدات مشاهده مشاهدات القراءات قراءه قراءات تعليق تعليقات اعجاب دقيقه "
    "دقايق للقراءه views comments min read".split()
)

# Relative times printed by news sites: "منذ 3 ساعات".
RELATIVE_TIME_WORDS = frozenset(
    "منذ قبل ساعه ساعات ساعتين دقيقه دقايق دقيقتين يوم ايام يومين اسبوع ago hours minutes".split()
)

# Breadcrumb separators of section paths ("الرئيسية > سياسة > عربي").
BREADCRUMB_SEPARATORS = (">", "»", "›", "/", "|")
# A "/"-separated path is navigation only when it starts at the home page.
HOME_WORDS = frozenset(("الرييسيه", "الصفحه الرييسيه", "home", "اخبار"))

# Words that open a paragraph continuing the story (Arabic news paragraphs mostly open with و).
CONTINUATION_OPENINGS = frozenset(
    [
        "ثم",
        "كما",
        "يذكر",
        "يشار",
        "يشير",
        "وتجدر",
        "تجدر",
        "جدير",
        "الجدير",
        "اضافه",
        "بالاضافه",
        "من",
        "جهته",
        "جهتها",
        "جانبه",
        "جانبها",
        "ناحيته",
        "بدوره",
        "بدورها",
        "الي",
        "ذلك",
        "في",
        "المقابل",
        "لكن",
        "غير",
        "ان",
        "يذكر",
        "ان",
        "علما",
        "ان",
        "وفي",
        "فيما",
        "بينما",
        "حيث",
        "اذ",
        "وقد",
        "لذلك",
    ]
)
