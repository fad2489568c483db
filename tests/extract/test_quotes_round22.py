"""Statements, round 22: detection classes, sized on fixed random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.quotes import extract_quotes
from akhbar.records import Quote


def _by_cue(paragraphs: list[str], cue: str) -> list[Quote]:
    return [q for q in extract_quotes(paragraphs) if q.cue == cue]


def test_a_cue_after_the_subject_of_a_that_clause_is_its_verb() -> None:
    # 22a. 'مؤكدا أن هذا الهجوم الجبان يكشف الوجه ...': three words of subject, then a cue form
    # whose object the parse would read as a speaker: the verb of the clause, not a statement
    paras = [
        "وأدان رئيس الجامعة سالم الحربي التفجير، مؤكدا أن هذا الهجوم الجبان يكشف الوجه القبيح"
        " لهذا الفكر المتطرف الذي لا دين له."
    ]
    (q,) = extract_quotes(paras)
    assert q.speaker == "سالم الحربي"
    assert q.text.startswith("هذا الهجوم الجبان يكشف الوجه القبيح لهذا الفكر")


def test_a_new_clause_inside_a_statement_still_reports() -> None:
    # a connective opens a clause of its own ('لكنه يؤكد'): a statement, as before
    paras = ["وذكرت تقارير أن الميزانية ارتفعت لكنه يؤكد، في حديث لمجلة «فارايتي» أنه حريص على خفض التكاليف."]
    (q,) = _by_cue(paras, "يؤكد")
    assert q.text.startswith("حريص على خفض")
    (q,) = _by_cue(paras, "وذكرت")
    assert q.text == "الميزانية ارتفعت"


def test_a_cue_vowelled_as_a_passive_reports_nothing() -> None:
    # 22b. a damma on the stem's first letter (past) or on the prefix of an ا-form (present)
    # marks the passive: nobody is quoted
    assert extract_quotes(["وأسفر الحادث عن خمسة جرحى وُصفت إصاباتهم بالمتوسطة في المستشفى."]) == []
    assert extract_quotes(["واتُّهم المدرب السابق بالتلاعب في نتائج المباريات الودية."]) == []
    assert extract_quotes(["وتُعتبر المدينة القديمة أكبر مركز تجاري في المنطقة الشرقية."]) == []
    # the passive cue no longer hides the source given after it
    (q,) = extract_quotes(["وأُعلن الحداد الرسمي في البلاد لمدة ثلاثة أيام، حسب التلفزيون الرسمي."])
    assert q.speaker == "التلفزيون الرسمي"
    assert q.text.startswith("وأُعلن الحداد الرسمي")


def test_the_active_present_of_a_derived_verb_keeps_its_damma() -> None:
    # يُضيف، يُشير (أضاف، أشار) carry the damma in the active voice; a passive relay reports
    (q,) = extract_quotes(["ويُضيف الخبير الاقتصادي سامر العلي أن الأسعار سترتفع في الربع المقبل."])
    assert q.text.startswith("الأسعار سترتفع")
    (q,) = extract_quotes(["ونُقل عن اللاعب أحمد سالم تأكيده أن عقده مع النادي ينتهي في الصيف."])
    assert "ينتهي في الصيف" in q.text


def test_a_title_or_a_name_in_marks_is_not_the_statement() -> None:
    # 22c. after بعنوان، باسم، اسم، المسمى ... the marks hold a title or a name
    paras = [
        'وكتب الرحالة الفرنسي تفاصيل رحلته في ستة مجلدات بعنوان "آثار النوبة القديمة"،'
        " سجل فيها مشاهداته اليومية."
    ]
    assert extract_quotes(paras) == []
    # a cue with an object does not jump to a later scare quote ('حذر الكتيب، المسمى "..."، الفتيات')
    paras = ['كما حذر الدليل، المسمى "طريق الأمان"، السائقين من استخدام الهاتف "على نحو خطر"، مثل الرسائل.']
    assert [q.text for q in extract_quotes(paras) if q.text.startswith(("طريق الأمان", "على نحو"))] == []
    # the complement after the title is the statement
    paras = [
        "وقالت صحيفة الاتحاد في افتتاحيتها تحت عنوان «الكويت تتحدى الطائفية»،"
        " إن الجماعة فشلت في تحقيق أهدافها."
    ]
    (q,) = extract_quotes(paras)
    assert q.text.startswith("الجماعة فشلت")


def test_a_verb_of_saying_quotes_after_a_name_in_marks() -> None:
    # 'وقال الناطق باسم "الغرفة" X لوكالة الأنباء "..."': the later quotation is the statement
    paras = [
        'وقال الناطق الرسمي باسم "غرفة العمليات المشتركة" سعيد الأحمد لوكالة الأنباء'
        ' "لم تسفر هذه الجولة عن أي نتائج تذكر".'
    ]
    (q,) = extract_quotes(paras)
    assert q.text.startswith("لم تسفر هذه الجولة")


def test_the_medium_of_an_after_content_attribution_is_no_quotation() -> None:
    # 22d. 'حسب ما ذكرت وكالة "رويترز".': the relaying medium's name in marks, not a statement
    paras = [
        'وقال المدير إن الخطة جاهزة، حسب ما ذكرت وكالة "رويترز".',
        'وأعلنت الشرطة مقتل ثلاثة أشخاص في الحادث، بحسب ما ذكرت صحيفة "ديلي ستار".',
    ]
    quotes = extract_quotes(paras)
    assert [q.speaker for q in quotes] == ["المدير", "الشرطة"]
    assert quotes[1].text.startswith("مقتل ثلاثة أشخاص")
    # 22j. a relay verb too: 'وفق ما نقلت صحيفة "..."'، 'حسب ما نقل الموقع عن "..."'
    paras = ['وقال اللاعب إن الفريق قادر على الفوز، وفق ما نقلت صحيفة "غارديان".']
    assert [q.speaker for q in extract_quotes(paras)] == ["اللاعب"]
    # a clause about the medium still reports: 'ذكرت صحيفة «...» التي رأت أن'
    paras = [
        "وقال المدرب إن النادي عدل عرضه، بحسب ما ذكرت صحيفة «ذي دايلي ميرور» التي رأت أن اللاعب لن يرحل."
    ]
    assert any(q.text.startswith("اللاعب لن يرحل") for q in extract_quotes(paras))


def test_what_is_scored_or_added_is_no_statement() -> None:
    # 22e. أضاف = scored or added: the object the parser read into the speaker phrase, or
    # a feature a company adds, is no bare speech
    assert extract_quotes(["وأضاف الفريق الضيف الهدف الثالث عند الدقيقة 84 عبر مهاجمه البديل."]) == []
    assert extract_quotes(["وأضاف المهاجم البرازيلي الهدفين الثاني والثالث في الدقيقتين 30 و39."]) == []
    assert extract_quotes(["وأضافت الشركة ميزة جديدة تتيح للمستخدمين حفظ الرسائل الصوتية."]) == []
    # a verb of saying keeps its bare speech even with such a word in the title after the name
    paras = ["يقول كمال سالم الناظر في قسم خدمات السكن في المشروع، يوجد موظفون من مختلف الجنسيات."]
    (q,) = extract_quotes(paras)
    assert "يوجد موظفون" in q.text


def test_a_cue_form_after_a_preposition_is_a_verbal_noun() -> None:
    # 22f. 'طالبا عدم ذكر اسمه'، 'بدون كشف مكان الوفاة'، 'قبل كشف دوري': a verbal noun
    paras = ["وقال مسؤول في الشركة طلب عدم ذكر اسمه، إن الزيارة أجلت إلى موعد لاحق."]
    (q,) = extract_quotes(paras)
    assert q.text.startswith("الزيارة أجلت")
    paras = ['وأبلغ المصدر رويترز طالبا عدم ذكر اسمه لأنه غير مخول بالتحدث "إجراءاتنا متماثلة مع إجراءاتهم".']
    (q,) = extract_quotes(paras)
    assert (q.cue, q.speaker) == ("وأبلغ", "المصدر")
    # an adverb 'later' is no preposition: 'وفيما بعد قال'
    paras = ["وفيما بعد قال الحراس للطاقم إن الأمر أصبح تابعا لخفر السواحل."]
    (q,) = extract_quotes(paras)
    assert q.text.startswith("الأمر أصبح")


def test_a_participle_after_unmarked_colon_speech_is_a_statement() -> None:
    # 22g. 'وقال X: إن ...، مضيفا أن ...، مبينا أن ...': the narrator's participles report on
    paras = [
        "وقال مدير الفرع سالم العتيبي: إن الأسعار ارتفعت هذا الشهر، مضيفا أنها كانت قبل شهر أقل بكثير،"
        ' مبينا أن الشركة أوقفت الاستبدال، وقال: "لا مبرر لذلك".'
    ]
    quotes = extract_quotes(paras)
    assert [q.cue for q in quotes] == ["وقال", "مضيفا", "مبينا", "وقال"]
    assert {q.speaker for q in quotes} == {"سالم العتيبي"}
    assert quotes[0].text == "إن الأسعار ارتفعت هذا الشهر"
    # inside quotation marks the words are the speaker's own: one statement
    paras = ['وقال المدير: "الأسعار مرتفعة، مضيفا أنها كانت أقل".']
    assert len(extract_quotes(paras)) == 1


def test_god_willing_is_no_complementizer() -> None:
    # 'إن شاء الله' (God willing) closes a clause; it does not open one
    paras = ["وتوقعت الأمانة أن يتجاوز عدد الزوار مليوني زائر خلال الأسبوعين المقبلين إن شاء الله."]
    (q,) = extract_quotes(paras)
    assert q.text.startswith("يتجاوز عدد الزوار")
    paras = ["وتوقعت الأمانة كسر حاجز المليوني زائر للمتنزه خلال الأسبوعين المقبلين إن شاء الله."]
    (q,) = extract_quotes(paras)
    assert q.text.startswith("كسر حاجز")


def test_any_participle_after_unmarked_colon_speech_is_a_statement() -> None:
    # 22h. the participle's own complement may be a preposition, an object or a colon
    paras = [
        "وقال رئيس اللجنة سعد القرشي: اللوائح لا تحدد الأسعار، مطالبا بإعادة النظر فيها،"
        " مؤكدا أهمية الرقابة على الشركات."
    ]
    quotes = extract_quotes(paras)
    assert [q.cue for q in quotes] == ["وقال", "مطالبا", "مؤكدا"]
    assert quotes[1].text.startswith("بإعادة النظر")
    assert {q.speaker for q in quotes} == {"سعد القرشي"}


def test_a_named_cue_after_unmarked_colon_speech_is_a_statement() -> None:
    # 22i. 'وقال X: ...، وحذر أوباما أنه ...': the narrator names a speaker again
    paras = [
        "وقال الرئيس الأمريكي باراك أوباما: إن تبديد هذه الفرصة سيكون خطأ تاريخيا،"
        " وحذر أوباما أنه إذا رفض المشرعون الاتفاق فإن الطريق سيمهد للحرب."
    ]
    quotes = extract_quotes(paras)
    assert [q.cue for q in quotes] == ["وقال", "وحذر"]
    assert quotes[1].text.startswith("إذا رفض المشرعون")


def test_as_someone_says_attributes_the_clause_before() -> None:
    # 22k. '...، كما تقول X.': the present of قال after 'كما' attributes the clause before it,
    # also when an aside about X follows ('كما تقول X، وهي ناشطة ...')
    paras = [
        "الأحزاب السياسية في لبنان أحزاب ذكورية في الغالب، كما تقول جمانة حداد، وهي ناشطة حقوقية"
        " وكاتبة أثارت نصوصها كثيرا من الجدل."
    ]
    (q,) = extract_quotes(paras)
    assert q.speaker == "جمانة حداد"
    assert q.text.startswith("الأحزاب السياسية في لبنان")
    # a belief is not reported that way ('كما يرى البعض')
    assert extract_quotes(["لكن تبقى وسائل التواصل الاجتماعي سلاحا ذا حدين، كما يرى البعض."]) == []


def test_an_aside_about_the_speaker_is_passed_over() -> None:
    # 22l. 'وقال X، الذي ...، إنه': the aside's cues and complementizers are not the cue's
    paras = ["وقال الموظف، الذي لم يكشف عن اسمه، إنه استدعي إلى اجتماع مع فريق التحقيق."]
    (q,) = extract_quotes(paras)
    assert q.text.startswith("استدعي إلى اجتماع")
    paras = ["وتقول المنظمة، التي تقدم دعما لأكثر من مئتي ألف طالب، إن البرنامج يغطي جزءا من الحاجة."]
    (q,) = extract_quotes(paras)
    assert q.text.startswith("البرنامج يغطي")
    # an aside after the content is not passed: 'تطالب X بمنع ...، وهي عقوبة قال ... إنها'
    paras = [
        "وتطالب اللجنة بمنع المدير من إدارة الشركة نهائيا، وهي عقوبة قال عنها المستثمرون إنها ستكون قاسية."
    ]
    assert extract_quotes(paras)[0].text.startswith("بمنع المدير")
