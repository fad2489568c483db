"""Statements, round 17: detection classes (finding statements and their extents), sized on fixed
random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.quotes import extract_quotes


def test_a_dual_verb_carries_its_subject_so_the_noun_after_it_opens_the_content() -> None:
    # 17a. 'كما أكدا العمل على': the dual suffix is the subject; العمل is the statement's first word
    paras = [
        "وقال وزيرا الخارجية في بيان مشترك إن البلدين سيعززان التعاون الأمني.",
        "كما أكدا العمل على ترسيم الحدود البحرية بين البلدين خلال العام المقبل.",
    ]
    last = extract_quotes(paras)[-1]
    assert last.text.startswith("العمل على ترسيم")
    assert last.speaker != "العمل"


def test_a_plural_verb_takes_its_object_then_the_governed_preposition_into_the_statement() -> None:
    # 17a. 'وطالبوا الحكومة بفتح': الحكومة is whom they called on, not who spoke
    paras = [
        "وقال المحتجون في بيان إن المياه انقطعت عن أحيائهم منذ أسبوع.",
        "وطالبوا الحكومة المحلية بفتح تحقيق عاجل في أسباب الانقطاع المتكرر.",
    ]
    last = extract_quotes(paras)[-1]
    assert last.text.startswith("الحكومة المحلية بفتح تحقيق")
    assert last.speaker == "المحتجون"


def test_a_singular_verb_still_reads_the_noun_after_it_as_its_subject() -> None:
    # ... while 'وطالبت الحكومة المواطنين بـ' keeps الحكومة as the speaker (VSO, singular verb)
    paras = ["وطالبت الحكومة المحلية السكان بترشيد استهلاك المياه خلال فصل الصيف."]
    assert extract_quotes(paras)[0].speaker.startswith("الحكومة")


def test_a_subject_with_a_relative_clause_before_the_complementizer_still_speaks() -> None:
    # 17b. 'قال موظفون في فندق ... الذي يستضيف ... إن': the words before إن are a subject and
    # its relative clause, read as written (before, no statement at all)
    paras = [
        "قال موظفون في فندق كبير بمدينة جدة الساحلية التي تستضيف مباريات البطولة العربية "
        "للأندية إن الشرطة أخلت الفندق يوم الثلاثاء."
    ]
    quotes = extract_quotes(paras)
    assert [q.text for q in quotes] == ["الشرطة أخلت الفندق يوم الثلاثاء"]
    assert quotes[0].speaker.startswith("موظفون")
    assert not quotes[0].resolved


def test_a_name_deep_in_a_long_title_is_the_speaker() -> None:
    # 17b. 'أكد نجم المنتخب ... لكرة القدم ليونيل ميسي، السبت، أنه': the person from his given name
    paras = ["أكد نجم المنتخب الوطني لكرة القدم خالد الحربي، السبت، أنه يشعر بالمرارة بعد التعادل."]
    quotes = extract_quotes(paras)
    assert quotes[0].speaker == "خالد الحربي"
    assert quotes[0].text.startswith("يشعر بالمرارة")


def test_a_feminine_head_noun_is_no_pronoun_suffix() -> None:
    # 17b. 'وتقول مذكرة جديدة وجهتها إدارة ... إنها': مذكرة ends in ة, not the pronoun ـه
    paras = [
        "وتقول مذكرة جديدة وجهتها إدارة الطيران المدني إلى مطارات المنطقة إنها تطالب المطارات بتشديد التفتيش."
    ]
    quotes = extract_quotes(paras)
    assert quotes[0].text.startswith("تطالب المطارات")
    assert quotes[0].speaker.startswith("مذكرة")


def test_an_adverbial_after_the_cue_leaves_the_subject_elided() -> None:
    # 17b. 'وقال في كلمة ألقاها خلال حفل ...: إن': said (he), where and when; the speaker goes on
    paras = [
        "وقال وزير الثقافة سامي العبدالله إن المهرجان يستقبل آلاف الزوار.",
        "وقال في كلمة ألقاها خلال حفل الافتتاح الذي أقيم في قاعة المؤتمرات الكبرى بالمدينة: "
        "إن الفعاليات ثمرة تعاون الجهات كلها.",
    ]
    last = extract_quotes(paras)[-1]
    assert last.speaker == "سامي العبدالله"
    assert "ثمرة تعاون" in last.text


def test_a_report_with_no_issuer_speaks_for_itself() -> None:
    # 17b. 'كشف تحقيق لبي بي سي أن': reports, leaks and statistics are speakers as written
    paras = ["كشف تحقيق صحفي أن مستحضرات غير مرخصة لا تزال تباع في الأسواق الشعبية."]
    quotes = extract_quotes(paras)
    assert quotes[0].speaker.startswith("تحقيق")
    assert quotes[0].text.startswith("مستحضرات غير مرخصة")


def test_a_clause_of_its_own_before_the_complementizer_is_no_subject() -> None:
    # ... but 'وتابع عندما انتقلت إلى ...، أعتقد أنه' is speech itself, and 'يتابع X أحداث Y' a verb
    paras = ["يتابع سكان المدينة أحداث المباراة في المقاهي ويقول بعضهم إن الفريق سيفوز."]
    assert all(not q.speaker.startswith("سكان المدينة أحداث") for q in extract_quotes(paras))


def test_an_accusation_with_an_object_pronoun_is_the_accusers_statement() -> None:
    # 17c. 'حيث اتهمه الفريق المنافس بالسقوط'، 'التي تتهمها أنقرة بتدبير': اتهم + object pronoun
    paras = [
        "وتعرض المهاجم لانتقادات كثيرة بعد المباراة، حيث اتهمه مدرب الفريق المنافس بالتمثيل "
        "والسقوط المتعمد داخل منطقة الجزاء."
    ]
    quotes = extract_quotes(paras)
    assert [q.cue for q in quotes] == ["اتهمه"]
    assert quotes[0].text.startswith("بالتمثيل والسقوط")
    assert quotes[0].speaker.startswith("مدرب الفريق")


def test_an_unread_subject_before_the_governed_preposition_speaks() -> None:
    # 17d. 'وحذّر نجوم المسرحية من ...': VSO, the subject as written, the content from من
    paras = ["وحذّر نجوم المسرحية من خطر التطرف الناتج عن عزلة نفسية أو اجتماعية."]
    quotes = extract_quotes(paras)
    assert quotes[0].speaker == "نجوم المسرحية"
    assert quotes[0].text.startswith("من خطر التطرف")


def test_an_unread_subject_does_not_turn_thanks_into_a_statement() -> None:
    # ... but 'وأعرب X عن شكره' stays silent (no proposition), as with a subject the parser reads
    paras = ["وأعرب ذوو الضحايا عن شكرهم وتقديرهم لكل من وقف إلى جانبهم في هذه المحنة."]
    assert extract_quotes(paras) == []


def test_a_role_written_before_a_registered_name_is_that_person() -> None:
    # 17d. 'أكد إمام وخطيب المسجد الحرام الدكتور X' then 'وحث خطيب المسجد الحرام على': X
    paras = [
        "أكد إمام وخطيب المسجد الحرام الدكتور سامي الغامدي أن الاعتداء عمل إجرامي.",
        "وحث خطيب المسجد الحرام على تضافر الجهود في وجه هذا الإجرام.",
    ]
    assert [q.speaker for q in extract_quotes(paras)] == ["سامي الغامدي", "سامي الغامدي"]


def test_a_spokesmans_role_before_a_name_is_not_that_person() -> None:
    # ... but 'متحدث باسم رئيسة الوزراء تيريزا ماي' names whom the spokesman serves
    paras = [
        "وقال متحدث باسم رئيسة الوزراء البريطانية تيريزا ماي إن لندن تدرس الرد.",
        "وأشار متحدث باسم رئيسة الوزراء البريطانية إلى أن القرار لم يتخذ بعد.",
    ]
    assert all(q.speaker != "تيريزا ماي" for q in extract_quotes(paras))


def test_a_recommendation_a_justification_and_a_wish_are_statements() -> None:
    # 17e. 'وأوصت الوزارة بأخذ'، 'برر X ... بأنه'، 'وتمنى X أن': new cue lemmas with a content
    paras = [
        "وأوصت وزارة الصحة بأخذ لقاح الإنفلونزا الموسمية قبل بدء موسم الحج.",
        "وبررت المحكمة قرارها بأن القانون لا يعاقب على هذه التهمة.",
        "وتمنى مدرب الفريق أن تخرج المباراة بصورة تليق بالكرة السعودية.",
    ]
    assert [q.cue for q in extract_quotes(paras)] == ["وأوصت", "وبررت", "وتمنى"]


def test_wishes_and_recommendations_without_a_content_are_not_statements() -> None:
    # ... not 'وتمنى للجميع التوفيق' (no that-clause), nor 'يوصى بـ' (it is recommended), nor a
    # name that a lost first letter would make a cue ('منى' is not 'تمنى')
    paras = [
        "وتمنى للجميع التوفيق والسداد في الموسم الجديد.",
        "ويوصى بتناول الماء بكثرة في فصل الصيف.",
        "منى أن تعود إلى عملها قريبا هو كل ما تريده.",
    ]
    assert extract_quotes(paras) == []


def test_a_present_cue_after_the_subjunctive_an_reports_nothing() -> None:
    # 17f. 'من المتوقع أن يعلن'، 'جيد أن يرى الوسط الرياضي'، 'قبل أن يعلن الحكم': 'to announce'
    paras = [
        "ومن المتوقع أن يعلن مدرب المنتخب قائمته النهائية للبطولة يوم الأحد المقبل.",
        "وسجل المهاجم الهدف الثاني قبل أن يعلن الحكم نهاية المباراة.",
    ]
    assert extract_quotes(paras) == []


def test_a_present_cue_opening_its_sentence_still_reports() -> None:
    # ... while 'ويقول خبراء إن' (no أن before the verb) is a statement as before
    paras = ["ويقول خبراء الاقتصاد إن الأسعار سترتفع خلال الربع المقبل."]
    assert [q.cue for q in extract_quotes(paras)] == ["ويقول"]


def test_an_elided_subject_with_nobody_quoted_before_is_the_last_sentences_subject() -> None:
    # 17g. 'وتفقد وزير الصحة أمس المستشفى ... . وقال إن': the subject after the verb opening the
    # sentence before, a role here (before, with nobody quoted yet, the statement was dropped)
    paras = ["وتفقد وزير الصحة أمس المستشفى الجديد في المدينة. وقال إن الأوضاع الإنسانية صعبة للغاية."]
    quotes = extract_quotes(paras)
    assert [q.text for q in quotes] == ["الأوضاع الإنسانية صعبة للغاية"]
    assert quotes[0].speaker == "وزير الصحة"


def test_what_it_considers_opens_the_statement_before_the_marks() -> None:
    # 17h. 'فاعتبرت ما حصل "أول عملية طرد ..."': ما opens the object as a noun does
    paras = ['أما المنظمة الألمانية فاعتبرت ما حصل "أول عملية ترحيل جماعي منذ سنوات".']
    quotes = extract_quotes(paras)
    assert quotes[0].text.startswith('ما حصل "أول عملية')


def test_a_reported_saying_after_a_long_aside_is_found() -> None:
    # 17i. 'ونُقل عن سيف قوله، خلال اجتماع للرؤساء التنفيذيين للبنوك، إن': the aside between commas
    paras = [
        "ونقلت الوكالة عن المحافظ قوله، خلال اجتماع مع رؤساء البنوك التجارية في العاصمة، إن الأسعار ستستقر."
    ]
    quotes = extract_quotes(paras)
    assert [q.text for q in quotes] == ["الأسعار ستستقر"]


def test_a_prepositional_phrase_after_a_subject_as_written_is_an_adjunct() -> None:
    # 17j. 'قال خطيب الحرم المكي اليوم في خطبة صلاة الجمعة إن': في opens a phrase (it is also
    # listed as an adverbial opener, which ended the run before)
    paras = ["قال خطيب الحرم المكي اليوم في خطبة صلاة الجمعة إن الاعتداء عمل إجرامي."]
    quotes = extract_quotes(paras)
    assert [(q.speaker, q.text) for q in quotes] == [("خطيب الحرم المكي", "الاعتداء عمل إجرامي")]
