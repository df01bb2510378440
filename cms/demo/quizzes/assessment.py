"""Demo quizzes for the client assessment and treatment planning course."""

INTAKE_INTERVIEW_QUIZ = {
    "title": "Check your understanding: The intake interview",
    "intro": (
        "<p>This quiz covers how to run the intake conversation, take a structured pain "
        "history, ask about medications and health conditions, and recognize red flags that "
        "mean treatment should wait.</p>"
    ),
    "pass_mark": 80,
    "max_attempts": None,
    "time_limit_minutes": None,
    "questions": [
        (
            "single_choice",
            {
                "prompt": "<p>What is the recommended way to use a written health history "
                "form?</p>",
                "points": "1",
                "explanation": "<p>The form starts the conversation. Review it with the "
                "client, fully clothed and in a private space, before treatment, asking open "
                "questions first and then narrowing down.</p>",
                "options": [
                    {
                        "text": "Review it with the client, fully clothed and in private, "
                        "before treatment begins",
                        "correct": True,
                        "feedback": "Correct: the form opens a conversation you hold before "
                        "any hands-on work.",
                    },
                    {
                        "text": "Read it silently and start treatment if nothing is ticked",
                        "correct": False,
                        "feedback": "Forms miss details that only a conversation brings out.",
                    },
                    {
                        "text": "Discuss it once the client is on the table, to save time",
                        "correct": False,
                        "feedback": "Intake should happen before treatment, with the client "
                        "clothed.",
                    },
                    {
                        "text": "File it and refer to it only if a problem arises",
                        "correct": False,
                        "feedback": "The history guides every decision about today's session.",
                    },
                ],
            },
        ),
        (
            "ordering",
            {
                "prompt": "<p>Put the elements of the OPQRST pain history in order.</p>",
                "points": "2",
                "explanation": "<p>OPQRST stands for Onset, Provoking and easing factors, "
                "Quality, Region and radiation, Severity and Timing.</p>",
                "items": [
                    "Onset",
                    "Provoking and easing factors",
                    "Quality",
                    "Region and radiation",
                    "Severity",
                    "Timing",
                ],
            },
        ),
        (
            "matching",
            {
                "prompt": "<p>Match each medication to the concern it raises for massage.</p>",
                "points": "2",
                "explanation": "<p>Anticoagulants raise bruising risk; long-term "
                "corticosteroids thin skin and weaken bone; pain relievers or muscle "
                "relaxants dull pressure feedback; blood pressure medication can cause "
                "dizziness on sitting up; insulin injection sites should not be massaged soon "
                "after an injection.</p>",
                "pairs": [
                    {
                        "prompt": "Anticoagulant",
                        "match": "Higher risk of bruising",
                    },
                    {
                        "prompt": "Long-term corticosteroid",
                        "match": "Thinner skin and weaker bone",
                    },
                    {
                        "prompt": "Muscle relaxant taken before the session",
                        "match": "Dulled feedback about pressure",
                    },
                    {
                        "prompt": "Blood pressure medication",
                        "match": "Dizziness when sitting up",
                    },
                    {
                        "prompt": "Insulin",
                        "match": "Avoid the injection site soon after an injection",
                    },
                ],
                "distractors": [
                    "Needs deeper pressure to feel any effect",
                ],
            },
        ),
        (
            "multiple_response",
            {
                "prompt": "<p>Which findings alongside back or neck pain mean you should "
                "postpone treatment of the area and advise prompt medical assessment? Select "
                "all that apply.</p>",
                "points": "2",
                "explanation": "<p>Fever, unexplained weight loss or a cancer history, "
                "progressive weakness or numbness in the limbs, severe constant pain not "
                "eased by rest or position, and pain after a significant fall or accident "
                "are red flags. Stiffness that eases with movement is a mechanical pattern.</p>",
                "options": [
                    {
                        "text": "Fever and unexplained weight loss",
                        "correct": True,
                        "feedback": "Yes, these are red flags.",
                    },
                    {
                        "text": "Progressive weakness and clumsiness in one leg",
                        "correct": True,
                        "feedback": "Yes, progressive neurological change needs medical "
                        "assessment.",
                    },
                    {
                        "text": "Severe, constant pain not eased by rest or changing position",
                        "correct": True,
                        "feedback": "Yes, pain that nothing eases is a red flag.",
                    },
                    {
                        "text": "Pain that began after a significant fall",
                        "correct": True,
                        "feedback": "Yes, pain after trauma may need assessment first.",
                    },
                    {
                        "text": "Stiffness after a long workday that eases with movement",
                        "correct": False,
                        "feedback": "This is a common mechanical pattern, not a red flag.",
                    },
                    {
                        "text": "An ache that is better when the client changes position",
                        "correct": False,
                        "feedback": "Pain that changes with position is typically mechanical.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>Which of these findings calls for the client to seek "
                "<b>emergency</b> care rather than a routine appointment?</p>",
                "points": "1",
                "explanation": "<p>New numbness around the groin or buttocks, or changes in "
                "bladder or bowel control, alongside back pain call for emergency care.</p>",
                "options": [
                    {
                        "text": "New numbness around the groin with changes in bladder control",
                        "correct": True,
                        "feedback": "Correct: this combination needs emergency care.",
                    },
                    {
                        "text": "Neck stiffness that is worse in the morning",
                        "correct": False,
                        "feedback": "Morning stiffness on its own is not an emergency.",
                    },
                    {
                        "text": "An aching lower back after gardening",
                        "correct": False,
                        "feedback": "This is a common mechanical presentation.",
                    },
                    {
                        "text": "Tension between the shoulder blades after desk work",
                        "correct": False,
                        "feedback": "Postural tension is not a red flag.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "prompt": "<p>Once a client's health history is on file, it only needs to be "
                "updated if the client mentions a change.</p>",
                "points": "1",
                "explanation": "<p>Update the history at every visit. Medications, injuries "
                "and health status change, and clients may not think to mention them.</p>",
                "correct": False,
                "feedback_true": "The history should be checked and updated at every visit.",
                "feedback_false": "Correct: ask about changes at each visit rather than "
                "waiting for the client to raise them.",
            },
        ),
        (
            "short_answer",
            {
                "prompt": "<p>What term describes a sign or symptom suggesting a condition "
                "that needs medical assessment before or instead of massage?</p>",
                "points": "1",
                "explanation": "<p>This is a red flag. When one appears, pause, refer and "
                "document.</p>",
                "accepted": [
                    "red flag",
                    "red flags",
                    "red-flag",
                    "a red flag",
                ],
            },
        ),
        (
            "numeric",
            {
                "prompt": "<p>On the 0 to 10 numeric pain rating scale used in the module, "
                "what is the lowest score in the <i>severe</i> band?</p>",
                "points": "1",
                "explanation": "<p>The scale groups scores as mild (1 to 3), moderate (4 to "
                "6) and severe (7 to 10).</p>",
                "answer": "7",
                "tolerance": "0",
                "unit": "",
            },
        ),
        (
            "case_scenario",
            {
                "title": "Low back pain with a concerning history",
                "vignette": "<p>Thomas, 63, books a massage for low back pain that began "
                "three weeks ago without any injury. On the intake form he notes he was "
                "treated for prostate cancer four years ago. He says he has had night sweats "
                "and a mild fever, has lost weight without trying, and the pain does not "
                "ease when he lies down.</p>",
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>What is the appropriate course of action?</p>",
                            "points": "1",
                            "explanation": "<p>Fever, unexplained weight loss, a cancer "
                            "history and pain unrelieved by rest are red flags. Postpone "
                            "treatment of the area, advise prompt medical assessment and "
                            "document it.</p>",
                            "options": [
                                {
                                    "text": "Postpone treatment of the back and advise "
                                    "prompt medical assessment",
                                    "correct": True,
                                    "feedback": "Correct: several red flags are present.",
                                },
                                {
                                    "text": "Treat gently today and suggest he see a doctor "
                                    "if it does not improve",
                                    "correct": False,
                                    "feedback": "Red flags call for assessment before "
                                    "treatment of the area, not after.",
                                },
                                {
                                    "text": "Use deep work to see whether the pain is muscular",
                                    "correct": False,
                                    "feedback": "Treatment is not a diagnostic test, and "
                                    "deep work here is unsafe.",
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>Before referring Thomas, you should work out "
                            "what condition is most likely causing his pain.</p>",
                            "points": "1",
                            "explanation": "<p>Your role when a red flag appears is to "
                            "pause, refer and document, not to work out what the problem "
                            "is.</p>",
                            "correct": False,
                            "feedback_true": "Identifying the cause is outside a massage "
                            "therapist's scope.",
                            "feedback_false": "Correct: refer without trying to diagnose.",
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>What should you record in Thomas's file?</p>",
                            "points": "1",
                            "explanation": "<p>A referral means advising the client to see "
                            "another health professional and documenting that you did so "
                            "and why.</p>",
                            "options": [
                                {
                                    "text": "The findings that concerned you, your advice "
                                    "to seek medical assessment, and why",
                                    "correct": True,
                                    "feedback": "Correct: document the referral and the "
                                    "reasons for it.",
                                },
                                {
                                    "text": "A note that cancer has probably returned",
                                    "correct": False,
                                    "feedback": "This is a diagnosis, which is outside your scope.",
                                },
                                {
                                    "text": "Nothing, because no treatment was given",
                                    "correct": False,
                                    "feedback": "Referrals must be documented even when "
                                    "you do not treat.",
                                },
                            ],
                        },
                    ),
                ],
            },
        ),
        (
            "question_pool",
            {
                "title": "Pain ratings and function",
                "draw": 2,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>Why pair a pain rating with a question about "
                            "function?</p>",
                            "points": "1",
                            "explanation": "<p>A rating alone says little about daily life. "
                            "Asking what the pain stops the client doing turns the answer "
                            "into a practical goal you can track.</p>",
                            "options": [
                                {
                                    "text": "It turns the client's difficulties into "
                                    "practical goals you can track",
                                    "correct": True,
                                    "feedback": "Correct: function makes progress concrete.",
                                },
                                {
                                    "text": "It lets you diagnose the cause of the pain",
                                    "correct": False,
                                    "feedback": "Diagnosis is not the purpose, and not "
                                    "within scope.",
                                },
                                {
                                    "text": "It replaces the need for a pain rating",
                                    "correct": False,
                                    "feedback": "The two are used together, not instead of "
                                    "each other.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>Which is the best example of a function question?</p>",
                            "points": "1",
                            "explanation": "<p>A function question asks what the pain stops "
                            "the client doing or makes harder.</p>",
                            "options": [
                                {
                                    "text": "What does this pain stop you doing, or make harder?",
                                    "correct": True,
                                    "feedback": "Correct: it links pain to daily activities.",
                                },
                                {
                                    "text": "Is the pain sharp or dull?",
                                    "correct": False,
                                    "feedback": "This asks about quality, not function.",
                                },
                                {
                                    "text": "When did the pain start?",
                                    "correct": False,
                                    "feedback": "This asks about onset, not function.",
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>A pain rating on its own gives a full picture of "
                            "how pain affects the client's daily life.</p>",
                            "points": "1",
                            "explanation": "<p>A number says little about daily life. Pair "
                            "it with a function question to set meaningful goals.</p>",
                            "correct": False,
                            "feedback_true": "A rating needs a function question alongside it.",
                            "feedback_false": "Correct: the rating is only part of the picture.",
                        },
                    ),
                ],
            },
        ),
    ],
}

TREATMENT_PLANNING_QUIZ = {
    "title": "Check your understanding: From findings to a treatment plan",
    "intro": (
        "<p>This quiz covers objective findings, adapting technique and pressure to what "
        "you learn at intake, setting functional goals, and writing a clear SOAP-style "
        "note.</p>"
    ),
    "pass_mark": 80,
    "max_attempts": None,
    "time_limit_minutes": None,
    "questions": [
        (
            "single_choice",
            {
                "prompt": "<p>When you palpate for tenderness, temperature, swelling and "
                "tissue texture, what practice makes your findings most useful?</p>",
                "points": "1",
                "explanation": "<p>Always compare sides, and record numbers or clear "
                "descriptions so that findings can be compared at later visits.</p>",
                "options": [
                    {
                        "text": "Compare both sides and record numbers or clear descriptions",
                        "correct": True,
                        "feedback": "Correct: comparison and clear records allow later "
                        "reassessment.",
                    },
                    {
                        "text": "Check only the painful side to save time",
                        "correct": False,
                        "feedback": "Without the other side you have no comparison.",
                    },
                    {
                        "text": "Rely on memory rather than notes",
                        "correct": False,
                        "feedback": "Unrecorded findings cannot be compared later.",
                    },
                    {
                        "text": "Name the condition the findings suggest",
                        "correct": False,
                        "feedback": "Naming a condition is diagnosis, which is outside scope.",
                    },
                ],
            },
        ),
        (
            "ordering",
            {
                "prompt": "<p>Put the sections of a SOAP-style note in the correct order.</p>",
                "points": "1",
                "explanation": "<p>SOAP stands for Subjective, Objective, Assessment and Plan.</p>",
                "items": [
                    "Subjective: what the client reports",
                    "Objective: what you observe and measure",
                    "Assessment: your clinical impression of the soft tissue findings",
                    "Plan: frequency, techniques, home care and what to reassess",
                ],
            },
        ),
        (
            "matching",
            {
                "prompt": "<p>Match each intake finding to a suitable treatment adaptation.</p>",
                "points": "2",
                "explanation": "<p>Recent strain with heat and swelling means no deep work "
                "on the area; an anticoagulant means light to moderate pressure without deep "
                "friction or sustained compression; reduced sensation means lighter pressure "
                "and visual cues; an anxious first-time client needs broad, slower strokes "
                "and more check-ins.</p>",
                "pairs": [
                    {
                        "prompt": "Recent strain with heat and swelling",
                        "match": "No deep work on the area; gentle work around it",
                    },
                    {
                        "prompt": "Takes an anticoagulant",
                        "match": "Light to moderate pressure; no deep friction or sustained "
                        "compression",
                    },
                    {
                        "prompt": "Reduced sensation in the feet from diabetes",
                        "match": "Lighter pressure, visual cues and a skin check",
                    },
                    {
                        "prompt": "First massage and feeling anxious",
                        "match": "Broad, slower strokes and more frequent check-ins",
                    },
                ],
                "distractors": [
                    "Deep friction directly over the area to speed healing",
                ],
            },
        ),
        (
            "multiple_response",
            {
                "prompt": "<p>Which of these entries belong in the <b>Objective</b> section "
                "of a SOAP note? Select all that apply.</p>",
                "points": "2",
                "explanation": "<p>Objective entries record what you observed or measured, "
                "such as range of motion and palpation findings. The client's own report "
                "belongs in Subjective, and scheduling belongs in Plan.</p>",
                "options": [
                    {
                        "text": "Right rotation about half of left, pulling at end range",
                        "correct": True,
                        "feedback": "Yes, this is a measured range of motion finding.",
                    },
                    {
                        "text": "Tender taut band in the right upper trapezius reproducing "
                        "the usual ache",
                        "correct": True,
                        "feedback": "Yes, this is a palpation finding.",
                    },
                    {
                        "text": "Shoulders lift when turning the head to the right",
                        "correct": True,
                        "feedback": "Yes, this is an observed compensation.",
                    },
                    {
                        "text": "Neck ache for three months, worse after long workdays",
                        "correct": False,
                        "feedback": "This is the client's report and belongs in Subjective.",
                    },
                    {
                        "text": "Weekly sessions for four weeks",
                        "correct": False,
                        "feedback": "Scheduling belongs in the Plan.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "prompt": "<p>The Assessment section of a SOAP note is where the massage "
                "therapist records the client's medical diagnosis.</p>",
                "points": "1",
                "explanation": "<p>The Assessment records your clinical impression of the "
                "soft tissue findings and how the client responded. It is not a medical "
                "diagnosis.</p>",
                "correct": False,
                "feedback_true": "Massage therapists do not record a medical diagnosis as "
                "their assessment.",
                "feedback_false": "Correct: the Assessment describes soft tissue findings "
                "and response, not a diagnosis.",
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>Which treatment goal is written in the most useful way?</p>",
                "points": "1",
                "explanation": "<p>Useful goals are functional and specific: they name an "
                "activity, a measurable level and a time frame.</p>",
                "options": [
                    {
                        "text": "Drive for 45 minutes and check blind spots with neck pain "
                        "no higher than 2 out of 10 within six weeks",
                        "correct": True,
                        "feedback": "Correct: it is functional, measurable and time-bound.",
                    },
                    {
                        "text": "Less tension in the neck",
                        "correct": False,
                        "feedback": "This is vague and cannot be measured.",
                    },
                    {
                        "text": "Relax the upper trapezius",
                        "correct": False,
                        "feedback": "This describes a tissue aim, not a client activity.",
                    },
                    {
                        "text": "Feel better soon",
                        "correct": False,
                        "feedback": "This has no measure or time frame.",
                    },
                ],
            },
        ),
        (
            "short_answer",
            {
                "prompt": "<p>What term describes the first measurements of pain, range or "
                "function against which later findings are compared?</p>",
                "points": "1",
                "explanation": "<p>These are baseline measures. Without a baseline you "
                "cannot tell whether treatment is helping.</p>",
                "accepted": [
                    "baseline",
                    "baselines",
                    "a baseline",
                    "baseline measures",
                    "baseline measurements",
                    "baseline measure",
                    "baseline measurement",
                ],
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>Which list best describes what a treatment plan should state?</p>",
                "points": "1",
                "explanation": "<p>A plan states the goals, the approach, how often and for "
                "how long you expect to see the client, and how progress will be "
                "measured.</p>",
                "options": [
                    {
                        "text": "Goals, approach, frequency and duration, and how progress "
                        "will be measured",
                        "correct": True,
                        "feedback": "Correct: these are the parts of a complete plan.",
                    },
                    {
                        "text": "The diagnosis, prescribed medication and expected recovery date",
                        "correct": False,
                        "feedback": "Diagnosis and medication are outside a massage "
                        "therapist's scope.",
                    },
                    {
                        "text": "Only the techniques you intend to use",
                        "correct": False,
                        "feedback": "Techniques alone leave out goals, frequency and measures.",
                    },
                ],
            },
        ),
        (
            "case_scenario",
            {
                "title": "An anxious first-time client with osteoporosis",
                "vignette": "<p>Helen, 69, is having her first massage and says she feels "
                "nervous. She has osteoporosis and takes an anticoagulant after a blood clot "
                "last year. She wants help with stiffness across her upper back so she can "
                "garden for an hour without stopping.</p>",
                "questions": [
                    (
                        "multiple_response",
                        {
                            "prompt": "<p>Which adaptations fit Helen's intake findings? "
                            "Select all that apply.</p>",
                            "points": "2",
                            "explanation": "<p>Osteoporosis calls for moderate pressure at "
                            "most over ribs and spine with careful positioning; the "
                            "anticoagulant rules out deep friction and sustained "
                            "compression; her anxiety calls for broad, slower strokes and "
                            "more check-ins.</p>",
                            "options": [
                                {
                                    "text": "Moderate pressure at most over the ribs and "
                                    "spine, with careful positioning",
                                    "correct": True,
                                    "feedback": "Yes, this addresses her osteoporosis.",
                                },
                                {
                                    "text": "No deep friction or sustained compression",
                                    "correct": True,
                                    "feedback": "Yes, this addresses her bruising risk.",
                                },
                                {
                                    "text": "Broad, slower strokes and more frequent check-ins",
                                    "correct": True,
                                    "feedback": "Yes, this helps an anxious first-time client.",
                                },
                                {
                                    "text": "Deep forearm strokes along the spine to free "
                                    "the stiffness quickly",
                                    "correct": False,
                                    "feedback": "Deep pressure over the spine is unsuitable "
                                    "with osteoporosis and an anticoagulant.",
                                },
                                {
                                    "text": "Fewer check-ins so she can relax without interruption",
                                    "correct": False,
                                    "feedback": "An anxious client benefits from more "
                                    "check-ins, not fewer.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>Helen does not want any work on her neck. How "
                            "should the plan handle this?</p>",
                            "points": "1",
                            "explanation": "<p>The plan is agreed with the client, who may "
                            "accept, modify or decline any part of it.</p>",
                            "options": [
                                {
                                    "text": "Agree to leave the neck out and record her choice",
                                    "correct": True,
                                    "feedback": "Correct: the client can decline any part "
                                    "of the plan.",
                                },
                                {
                                    "text": "Explain that the neck must be included for "
                                    "the plan to work",
                                    "correct": False,
                                    "feedback": "Pressuring a client undermines consent.",
                                },
                                {
                                    "text": "Include brief neck work anyway once she is relaxed",
                                    "correct": False,
                                    "feedback": "Treating an area the client declined is "
                                    "treatment without consent.",
                                },
                            ],
                        },
                    ),
                ],
            },
        ),
        (
            "question_pool",
            {
                "title": "Writing notes that stay within scope",
                "draw": 2,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>Which Assessment entry stays within a massage "
                            "therapist's scope?</p>",
                            "points": "1",
                            "explanation": "<p>Describe what you observed, such as reduced "
                            "range with localized tenderness, rather than naming a "
                            "condition you cannot confirm.</p>",
                            "options": [
                                {
                                    "text": "Reduced left rotation with tenderness in the "
                                    "left levator scapulae",
                                    "correct": True,
                                    "feedback": "Correct: this describes findings without "
                                    "diagnosing.",
                                },
                                {
                                    "text": "Cervical disc herniation",
                                    "correct": False,
                                    "feedback": "This is a medical diagnosis.",
                                },
                                {
                                    "text": "Whiplash injury",
                                    "correct": False,
                                    "feedback": "Naming the condition is a diagnosis you "
                                    "cannot confirm.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>Which Objective entry could another therapist "
                            "most easily repeat and compare?</p>",
                            "points": "1",
                            "explanation": "<p>Numbers or clear, specific descriptions make "
                            "findings repeatable at later visits.</p>",
                            "options": [
                                {
                                    "text": "Right rotation about half of left, pulling at "
                                    "end range",
                                    "correct": True,
                                    "feedback": "Correct: it is specific and comparable.",
                                },
                                {
                                    "text": "Neck seems tight",
                                    "correct": False,
                                    "feedback": "This is too vague to compare later.",
                                },
                                {
                                    "text": "Client is stressed",
                                    "correct": False,
                                    "feedback": "This is an impression, not a measured finding.",
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>A good treatment note lets another therapist "
                            "repeat your baseline measures and see why you chose your "
                            "techniques and pressure.</p>",
                            "points": "1",
                            "explanation": "<p>Clear notes record repeatable measures, the "
                            "reasons for your choices and what you plan next.</p>",
                            "correct": True,
                            "feedback_true": "Correct: that is the test of a useful note.",
                            "feedback_false": "Notes should be clear enough for another "
                            "therapist to follow.",
                        },
                    ),
                ],
            },
        ),
    ],
}

CONSENT_QUIZ = {
    "title": "Check your understanding: Communication and consent",
    "intro": (
        "<p>This quiz covers informed and ongoing consent, checking in during treatment, "
        "neutral language that invites feedback, and support for clients who need help to "
        "give meaningful consent.</p>"
    ),
    "pass_mark": 80,
    "max_attempts": None,
    "time_limit_minutes": None,
    "questions": [
        (
            "multiple_response",
            {
                "prompt": "<p>Before treatment, what should you explain to obtain informed "
                "consent? Select all that apply.</p>",
                "points": "2",
                "explanation": "<p>Explain the areas and why, the techniques and how they "
                "feel, risks such as soreness or bruising, reasonable alternatives including "
                "not treating an area, and the right to stop at any time.</p>",
                "options": [
                    {
                        "text": "Which areas you plan to treat and why",
                        "correct": True,
                        "feedback": "Yes, the client needs to know what you propose.",
                    },
                    {
                        "text": "Risks such as temporary soreness or bruising",
                        "correct": True,
                        "feedback": "Yes, risks are part of informed consent.",
                    },
                    {
                        "text": "Reasonable alternatives, including not treating an area",
                        "correct": True,
                        "feedback": "Yes, alternatives must be offered.",
                    },
                    {
                        "text": "That they can change their mind or stop at any time",
                        "correct": True,
                        "feedback": "Yes, consent can be withdrawn at any point.",
                    },
                    {
                        "text": "That signing the form means the full session must be completed",
                        "correct": False,
                        "feedback": "A signature never removes the right to stop.",
                    },
                    {
                        "text": "The medical condition you believe is causing their pain",
                        "correct": False,
                        "feedback": "Naming a condition is diagnosis and outside scope.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "prompt": "<p>A signed consent form at the start of the session covers any "
                "area or technique you decide to use later.</p>",
                "points": "1",
                "explanation": "<p>Consent covers only what was discussed. Ask again before "
                "adding an area or moving to a noticeably deeper technique.</p>",
                "correct": False,
                "feedback_true": "Consent is limited to what was discussed and must be "
                "renewed when treatment changes.",
                "feedback_false": "Correct: consent is ongoing, not a one-time signature.",
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>Partway through the session, a client says, <i>Please stop "
                "there.</i> What do you do?</p>",
                "points": "1",
                "explanation": "<p>Stop at once without debate, check they are all right, "
                "ask whether they want to continue elsewhere or end the session, respect "
                "the answer and record it neutrally.</p>",
                "options": [
                    {
                        "text": "Stop at once, check they are all right and ask how they "
                        "would like to continue",
                        "correct": True,
                        "feedback": "Correct: stopping immediately respects withdrawn consent.",
                    },
                    {
                        "text": "Finish the stroke, then explain why the area needs work",
                        "correct": False,
                        "feedback": "Continuing or persuading ignores the client's request.",
                    },
                    {
                        "text": "Lighten the pressure and carry on",
                        "correct": False,
                        "feedback": "The client asked you to stop, not to lighten.",
                    },
                    {
                        "text": "End the session immediately without asking anything",
                        "correct": False,
                        "feedback": "Check on the client and offer the choice to continue "
                        "elsewhere.",
                    },
                ],
            },
        ),
        (
            "matching",
            {
                "prompt": "<p>Match each phrase to a better alternative that invites honest "
                "feedback.</p>",
                "points": "2",
                "explanation": "<p>Ask for a rating instead of a yes or no, offer to ease "
                "off instead of asking the client to endure, describe findings neutrally, "
                "and explain and ask before working a sensitive area.</p>",
                "pairs": [
                    {
                        "prompt": "Is this okay?",
                        "match": "How would you rate that pressure from 0 to 10?",
                    },
                    {
                        "prompt": "Just breathe through it.",
                        "match": "Would you like me to ease off a little?",
                    },
                    {
                        "prompt": "This area is really knotted.",
                        "match": "This area feels firmer than the other side.",
                    },
                    {
                        "prompt": "I'm going to work your glutes now.",
                        "match": "The hip muscles may be contributing. May I work there, "
                        "over the drape?",
                    },
                ],
                "distractors": [
                    "The more it hurts, the better it works.",
                ],
            },
        ),
        (
            "ordering",
            {
                "prompt": "<p>Put the steps for checking in during a session in the correct "
                "order.</p>",
                "points": "2",
                "explanation": "<p>Agree on the feedback method first, ask before changes, "
                "ask for ratings as pressure increases, watch for nonverbal signs between "
                "check-ins, and review the session near the end.</p>",
                "items": [
                    "Agree on how the client will give feedback, such as a 0 to 10 rating",
                    "Tell the client before moving to a new area and wait for a clear yes",
                    "Ask for a rating when you increase pressure or begin specific work",
                    "Watch for nonverbal signs of discomfort between check-ins",
                    "Near the end, ask how the session felt and what to change next time",
                ],
            },
        ),
        (
            "short_answer",
            {
                "prompt": "<p>What term describes consent that is confirmed again as "
                "treatment changes, rather than given once at the start?</p>",
                "points": "1",
                "explanation": "<p>This is ongoing consent: you ask again before adding an "
                "area or changing to a noticeably deeper technique.</p>",
                "accepted": [
                    "ongoing consent",
                    "ongoing",
                    "continuing consent",
                    "continuous consent",
                ],
            },
        ),
        (
            "numeric",
            {
                "prompt": "<p>During a check-in, a client's pressure rating above what "
                "number on the 0 to 10 scale means you should lighten the pressure?</p>",
                "points": "1",
                "explanation": "<p>Ratings above 6, or a pause before answering, mean "
                "lighten the pressure.</p>",
                "answer": "6",
                "tolerance": "0",
                "unit": "",
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>A new client has limited English, and her adult son offers to "
                "translate the intake and consent discussion. What is the better "
                "option?</p>",
                "points": "1",
                "explanation": "<p>A client with limited English may need an interpreter "
                "rather than a family member, so that consent is informed and freely "
                "given.</p>",
                "options": [
                    {
                        "text": "Arrange an interpreter rather than relying on a family member",
                        "correct": True,
                        "feedback": "Correct: an interpreter supports accurate and private "
                        "communication.",
                    },
                    {
                        "text": "Let the son translate, since he knows her best",
                        "correct": False,
                        "feedback": "A family member may filter information or limit what "
                        "she feels free to say.",
                    },
                    {
                        "text": "Skip the explanation and use gestures during treatment",
                        "correct": False,
                        "feedback": "Gestures cannot convey risks and alternatives.",
                    },
                ],
            },
        ),
        (
            "case_scenario",
            {
                "title": "A client with a history of trauma",
                "vignette": "<p>Alicia, 38, books a massage for upper back and hip tension. "
                "At intake she asks to keep her shorts on, to lie where she can see the "
                "door, and for you not to work on her abdomen. She does not say why. Later, "
                "when you ask whether you may work her gluteal muscles over the drape, she "
                "pauses and says, <i>I guess so.</i></p>",
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>How should you respond to Alicia's requests at "
                            "intake?</p>",
                            "points": "1",
                            "explanation": "<p>Clients with a history of trauma may prefer "
                            "to stay partly clothed, keep the door in view or avoid certain "
                            "areas. They do not owe you an explanation.</p>",
                            "options": [
                                {
                                    "text": "Accommodate them without asking her to explain",
                                    "correct": True,
                                    "feedback": "Correct: her preferences are reason enough.",
                                },
                                {
                                    "text": "Ask her to explain her reasons so you can decide",
                                    "correct": False,
                                    "feedback": "Clients do not owe an explanation for "
                                    "these choices.",
                                },
                                {
                                    "text": "Explain that shorts make effective hip work "
                                    "impossible",
                                    "correct": False,
                                    "feedback": "This pressures the client and works "
                                    "against consent.",
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>Alicia's hesitant <i>I guess so</i> counts as "
                            "consent to gluteal work.</p>",
                            "points": "1",
                            "explanation": "<p>Hesitation or a vague answer is not "
                            "agreement. Ask again or leave the area.</p>",
                            "correct": False,
                            "feedback_true": "A hesitant or vague answer is not a clear yes.",
                            "feedback_false": "Correct: ask again or leave the area.",
                        },
                    ),
                    (
                        "multiple_response",
                        {
                            "prompt": "<p>Which nonverbal signs might show that Alicia is "
                            "uncomfortable? Select all that apply.</p>",
                            "points": "2",
                            "explanation": "<p>Breath holding, fidgeting, clenched hands "
                            "and silence can all signal discomfort. Slower, deeper breathing "
                            "and softening tissue suggest the work is accepted.</p>",
                            "options": [
                                {
                                    "text": "Holding her breath",
                                    "correct": True,
                                    "feedback": "Yes, breath holding can signal discomfort.",
                                },
                                {
                                    "text": "Clenched hands",
                                    "correct": True,
                                    "feedback": "Yes, clenching is a common sign of tension.",
                                },
                                {
                                    "text": "Fidgeting",
                                    "correct": True,
                                    "feedback": "Yes, restlessness may signal discomfort.",
                                },
                                {
                                    "text": "Slow, deepening breathing",
                                    "correct": False,
                                    "feedback": "This usually suggests she is relaxing.",
                                },
                                {
                                    "text": "Tissue softening under your hands",
                                    "correct": False,
                                    "feedback": "Softening tissue suggests the pressure is "
                                    "accepted.",
                                },
                            ],
                        },
                    ),
                ],
            },
        ),
        (
            "question_pool",
            {
                "title": "Consent in special situations",
                "draw": 2,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>A 15-year-old athlete books a massage for a "
                            "sore back. Whose consent do you need?</p>",
                            "points": "1",
                            "explanation": "<p>Minors need a parent or guardian's consent "
                            "as your jurisdiction requires.</p>",
                            "options": [
                                {
                                    "text": "A parent or guardian's, as the jurisdiction requires",
                                    "correct": True,
                                    "feedback": "Correct: follow the rules where you practice.",
                                },
                                {
                                    "text": "Only the athlete's, since it is their body",
                                    "correct": False,
                                    "feedback": "Minors generally need a parent or "
                                    "guardian's consent.",
                                },
                                {
                                    "text": "The coach's, since they arranged the session",
                                    "correct": False,
                                    "feedback": "A coach cannot give consent in place of a "
                                    "parent or guardian.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>A client with moderate dementia arrives with a "
                            "family member who holds decision-making authority. How should "
                            "consent be handled?</p>",
                            "points": "1",
                            "explanation": "<p>A substitute decision maker may give "
                            "consent, while the client is still involved as far as "
                            "possible.</p>",
                            "options": [
                                {
                                    "text": "Obtain consent from the substitute decision "
                                    "maker while involving the client as far as possible",
                                    "correct": True,
                                    "feedback": "Correct: the client stays part of the decision.",
                                },
                                {
                                    "text": "Speak only to the family member and ignore the "
                                    "client's reactions",
                                    "correct": False,
                                    "feedback": "The client should be involved as far as possible.",
                                },
                                {
                                    "text": "Proceed without consent because the client "
                                    "cannot understand",
                                    "correct": False,
                                    "feedback": "Consent is still needed, through a "
                                    "substitute decision maker.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>You believe the client's inner thigh muscles are "
                            "contributing to their hip pain. What should happen before you "
                            "work there?</p>",
                            "points": "1",
                            "explanation": "<p>Many regulators require specific, documented "
                            "consent for sensitive areas such as the chest, gluteal region "
                            "or inner thigh, with draping that protects privacy.</p>",
                            "options": [
                                {
                                    "text": "Explain why, get specific consent, record it "
                                    "and keep the client draped",
                                    "correct": True,
                                    "feedback": "Correct: sensitive areas need specific, "
                                    "documented consent.",
                                },
                                {
                                    "text": "Nothing extra, as the client consented to a "
                                    "hip treatment",
                                    "correct": False,
                                    "feedback": "General consent does not cover a sensitive area.",
                                },
                                {
                                    "text": "Work quickly so the client is not made "
                                    "uncomfortable by a discussion",
                                    "correct": False,
                                    "feedback": "Skipping the discussion removes the "
                                    "client's choice.",
                                },
                            ],
                        },
                    ),
                ],
            },
        ),
    ],
}

FINAL_EXAM = {
    "title": "Final exam: Client assessment and treatment planning",
    "intro": (
        "<p>This exam covers all four modules: the intake interview, turning findings into a "
        "treatment plan, communication and consent, and aftercare and reassessment. You "
        "have 30 minutes and three attempts; the pass mark is 80 percent.</p>"
    ),
    "pass_mark": 80,
    "max_attempts": 3,
    "time_limit_minutes": 30,
    "questions": [
        (
            "single_choice",
            {
                "prompt": "<p>In a pain history, which answer about <b>timing</b> is a red "
                "flag?</p>",
                "points": "1",
                "explanation": "<p>Constant pain at night that does not ease with rest is a "
                "red flag and calls for medical assessment.</p>",
                "options": [
                    {
                        "text": "Constant pain at night that does not ease with rest",
                        "correct": True,
                        "feedback": "Correct: unrelenting night pain needs medical assessment.",
                    },
                    {
                        "text": "Stiffness in the morning that eases after a few minutes",
                        "correct": False,
                        "feedback": "Stiffness that eases with movement is a common "
                        "mechanical pattern.",
                    },
                    {
                        "text": "An ache that comes on after long drives",
                        "correct": False,
                        "feedback": "Pain linked to a position or activity is usually mechanical.",
                    },
                    {
                        "text": "Tension that builds through a busy workday",
                        "correct": False,
                        "feedback": "This is a typical postural pattern.",
                    },
                ],
            },
        ),
        (
            "matching",
            {
                "prompt": "<p>Match each post-session response to the right advice.</p>",
                "points": "2",
                "explanation": "<p>A mild, dull ache is likely normal; soreness lasting "
                "more than two or three days is a reason to contact the therapist; calf pain "
                "or swelling in one leg needs medical care.</p>",
                "pairs": [
                    {
                        "prompt": "Mild, dull ache in the treated areas the next day",
                        "match": "Likely normal; no action needed",
                    },
                    {
                        "prompt": "Soreness still present four days later",
                        "match": "Contact the therapist",
                    },
                    {
                        "prompt": "Pain and swelling in one calf",
                        "match": "Seek medical care",
                    },
                ],
                "distractors": [
                    "Drink extra water to flush out toxins",
                ],
            },
        ),
        (
            "numeric",
            {
                "prompt": "<p>On a 0 to 10 pain scale, a change of about how many points is "
                "often treated as meaningful for the client?</p>",
                "points": "1",
                "explanation": "<p>A change of about two points, or roughly 30 percent, is "
                "often treated as meaningful.</p>",
                "answer": "2",
                "tolerance": "0",
                "unit": "points",
            },
        ),
        (
            "true_false",
            {
                "prompt": "<p>Clients should be told to drink extra water after massage to "
                "flush out toxins released from the muscles.</p>",
                "points": "1",
                "explanation": "<p>Drinking water as usual supports general well-being, but "
                "the claim that it flushes toxins released by massage has no good "
                "evidence.</p>",
                "correct": False,
                "feedback_true": "This claim is not supported by good evidence.",
                "feedback_false": "Correct: encourage normal hydration without the toxin claim.",
            },
        ),
        (
            "multiple_response",
            {
                "prompt": "<p>Which symptoms after a session should never be put down to "
                "normal soreness? Select all that apply.</p>",
                "points": "2",
                "explanation": "<p>Chest pain, sudden breathlessness, a swollen and painful "
                "calf, new weakness or numbness, and a sudden severe headache need medical "
                "care immediately. A mild ache and tiredness are normal responses.</p>",
                "options": [
                    {
                        "text": "Chest pain",
                        "correct": True,
                        "feedback": "Yes, this needs emergency services.",
                    },
                    {
                        "text": "Sudden shortness of breath",
                        "correct": True,
                        "feedback": "Yes, this needs emergency services.",
                    },
                    {
                        "text": "A swollen, painful calf",
                        "correct": True,
                        "feedback": "Yes, this may indicate a blood clot.",
                    },
                    {
                        "text": "A sudden, severe headache",
                        "correct": True,
                        "feedback": "Yes, this needs immediate medical care.",
                    },
                    {
                        "text": "A mild, dull ache in the treated areas",
                        "correct": False,
                        "feedback": "This is a common, normal response.",
                    },
                    {
                        "text": "Feeling tired and relaxed",
                        "correct": False,
                        "feedback": "This is a normal response after massage.",
                    },
                ],
            },
        ),
        (
            "ordering",
            {
                "prompt": "<p>Put the steps for closing a session in the correct order.</p>",
                "points": "2",
                "explanation": "<p>Recheck baseline measures, have the client stand slowly, "
                "explain aftercare and warning signs, then agree the next step and complete "
                "the note.</p>",
                "items": [
                    "Repeat one or two baseline measures, such as pain rating and range",
                    "Ask the client to stand slowly and pause before walking",
                    "Explain normal soreness, aftercare and when to seek help",
                    "Agree on the next visit or self-management and complete your note",
                ],
            },
        ),
        (
            "short_answer",
            {
                "prompt": "<p>What term describes the client's own strategies, such as "
                "exercise and activity changes, for maintaining progress between or after "
                "visits?</p>",
                "points": "1",
                "explanation": "<p>This is self-management. When goals are met, move the "
                "client toward self-management or a maintenance schedule they choose.</p>",
                "accepted": [
                    "self-management",
                    "self management",
                    "selfmanagement",
                    "self-care",
                    "self care",
                ],
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>After a reasonable trial of treatment, often four to six "
                "sessions, a client shows no meaningful change. What should you do?</p>",
                "points": "1",
                "explanation": "<p>If there is no meaningful change after a reasonable "
                "trial, revise the approach or refer the client to another "
                "practitioner.</p>",
                "options": [
                    {
                        "text": "Revise the approach or refer to another practitioner",
                        "correct": True,
                        "feedback": "Correct: reassessment should change what you do.",
                    },
                    {
                        "text": "Continue the same plan indefinitely",
                        "correct": False,
                        "feedback": "A plan that is not working should be changed.",
                    },
                    {
                        "text": "Increase pressure until the client notices a difference",
                        "correct": False,
                        "feedback": "More pressure is not a substitute for reassessing the plan.",
                    },
                    {
                        "text": "Discharge the client without advice",
                        "correct": False,
                        "feedback": "The client should be offered a revised plan or a referral.",
                    },
                ],
            },
        ),
        (
            "multiple_response",
            {
                "prompt": "<p>Which elements belong in a treatment plan? Select all that "
                "apply.</p>",
                "points": "2",
                "explanation": "<p>A plan states goals, the approach, frequency and "
                "duration, and how progress will be measured. A medical diagnosis is "
                "outside scope, and no plan can promise a cure.</p>",
                "options": [
                    {
                        "text": "Functional goals",
                        "correct": True,
                        "feedback": "Yes, goals give the plan direction.",
                    },
                    {
                        "text": "The approach and techniques",
                        "correct": True,
                        "feedback": "Yes, the plan states what you will do.",
                    },
                    {
                        "text": "How often and for how long you expect to see the client",
                        "correct": True,
                        "feedback": "Yes, frequency and duration are part of the plan.",
                    },
                    {
                        "text": "How progress will be measured",
                        "correct": True,
                        "feedback": "Yes, measures let you reassess.",
                    },
                    {
                        "text": "The medical diagnosis for the client's pain",
                        "correct": False,
                        "feedback": "Diagnosis is outside a massage therapist's scope.",
                    },
                    {
                        "text": "A guarantee that pain will be gone by a set date",
                        "correct": False,
                        "feedback": "Plans set goals; they do not promise outcomes.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>Halfway through a session agreed as back and shoulder work, "
                "you want to add deeper work on the gluteal muscles. What should you do?</p>",
                "points": "1",
                "explanation": "<p>Consent covers only what was discussed. Adding an area, "
                "especially a sensitive one, or changing to a noticeably deeper technique "
                "requires asking again.</p>",
                "options": [
                    {
                        "text": "Explain why and ask for consent before working there",
                        "correct": True,
                        "feedback": "Correct: new areas and deeper techniques need fresh consent.",
                    },
                    {
                        "text": "Go ahead, since the client is already relaxed",
                        "correct": False,
                        "feedback": "Relaxation is not consent.",
                    },
                    {
                        "text": "Go ahead, since the gluteals are close to the back",
                        "correct": False,
                        "feedback": "Consent covers only the areas discussed.",
                    },
                ],
            },
        ),
        (
            "case_scenario",
            {
                "title": "Reassessing a client after five sessions",
                "vignette": "<p>Mark, 47, a graphic designer, has right-sided neck pain and "
                "difficulty checking his blind spot while driving. He takes an antiplatelet "
                "medication after a heart stent. At his first visit he rated his pain 6 out "
                "of 10, with right rotation about half of left. After five weekly sessions "
                "his pain is 5 out of 10 and rotation is unchanged. Today he also mentions "
                "tingling in his right hand that started last week.</p>",
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>Which pressure approach fits Mark's medication?</p>",
                            "points": "1",
                            "explanation": "<p>Antiplatelet and anticoagulant drugs raise "
                            "bruising risk. Use light to moderate pressure without deep "
                            "friction or sustained compression.</p>",
                            "options": [
                                {
                                    "text": "Light to moderate pressure, without deep "
                                    "friction or sustained compression",
                                    "correct": True,
                                    "feedback": "Correct: this limits bruising risk.",
                                },
                                {
                                    "text": "Deep friction on short sections only",
                                    "correct": False,
                                    "feedback": "Deep friction should be avoided on this "
                                    "medication.",
                                },
                                {
                                    "text": "Any pressure he asks for, since he is stable",
                                    "correct": False,
                                    "feedback": "The medication raises bruising risk "
                                    "whatever he prefers.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>How should you interpret the change in his pain "
                            "rating from 6 to 5?</p>",
                            "points": "1",
                            "explanation": "<p>A change of about two points, or roughly 30 "
                            "percent, is often treated as meaningful. One point with no "
                            "change in rotation after five sessions is not a meaningful "
                            "improvement.</p>",
                            "options": [
                                {
                                    "text": "It falls short of a meaningful change, so the "
                                    "plan needs review",
                                    "correct": True,
                                    "feedback": "Correct: one point is below the usual threshold.",
                                },
                                {
                                    "text": "It is a meaningful improvement, so continue unchanged",
                                    "correct": False,
                                    "feedback": "A one-point change is usually not "
                                    "considered meaningful.",
                                },
                                {
                                    "text": "It proves massage cannot help him",
                                    "correct": False,
                                    "feedback": "It means the plan should be revised or "
                                    "he should be referred, not that nothing can help.",
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>Mark's new hand tingling is a reason to refer him "
                            "sooner rather than simply continuing the current plan.</p>",
                            "points": "1",
                            "explanation": "<p>Symptoms that worsen, spread or change in "
                            "character call for earlier referral. Tingling is also a change "
                            "that may involve a nerve.</p>",
                            "correct": True,
                            "feedback_true": "Correct: new or spreading symptoms call for "
                            "earlier referral.",
                            "feedback_false": "Changed or spreading symptoms should prompt "
                            "referral, not more of the same.",
                        },
                    ),
                ],
            },
        ),
        (
            "question_pool",
            {
                "title": "Safety decisions during a visit",
                "draw": 2,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>During a neck range of motion check, the client "
                            "becomes dizzy and notices blurred vision when looking up. What "
                            "do you do?</p>",
                            "points": "1",
                            "explanation": "<p>Stop the check. Dizziness, visual changes or "
                            "symptoms spreading into an arm call for referral rather than "
                            "treatment of the area.</p>",
                            "options": [
                                {
                                    "text": "Stop the check and refer rather than treat the area",
                                    "correct": True,
                                    "feedback": "Correct: these findings call for referral.",
                                },
                                {
                                    "text": "Finish the other movements, then treat the "
                                    "neck gently",
                                    "correct": False,
                                    "feedback": "The check should stop as soon as these "
                                    "symptoms appear.",
                                },
                                {
                                    "text": "Record it as normal stiffness",
                                    "correct": False,
                                    "feedback": "Dizziness and visual change are not "
                                    "signs of stiffness.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>At intake, a client with low back pain mentions "
                            "new numbness around the buttocks and difficulty controlling "
                            "the bladder. What do you advise?</p>",
                            "points": "1",
                            "explanation": "<p>New saddle-area numbness or bladder or bowel "
                            "changes with back pain call for emergency care.</p>",
                            "options": [
                                {
                                    "text": "Seek emergency care now",
                                    "correct": True,
                                    "feedback": "Correct: this needs emergency assessment.",
                                },
                                {
                                    "text": "See a physician within the next few weeks",
                                    "correct": False,
                                    "feedback": "This combination cannot wait.",
                                },
                                {
                                    "text": "Proceed with gentle treatment and monitor",
                                    "correct": False,
                                    "feedback": "Treatment should not go ahead.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>A client who takes blood pressure medication is "
                            "getting up after a long session lying down. What should you "
                            "do?</p>",
                            "points": "1",
                            "explanation": "<p>Blood pressure medication can cause "
                            "dizziness on sitting up. Ask the client to rise slowly and "
                            "pause before walking, and watch for light-headedness.</p>",
                            "options": [
                                {
                                    "text": "Ask them to sit up and stand slowly, pausing "
                                    "before walking",
                                    "correct": True,
                                    "feedback": "Correct: this reduces the risk of a fall.",
                                },
                                {
                                    "text": "Ask them to get up quickly to restore circulation",
                                    "correct": False,
                                    "feedback": "Rising quickly increases the risk of dizziness.",
                                },
                                {
                                    "text": "Leave the room so they can dress at their own "
                                    "pace without guidance",
                                    "correct": False,
                                    "feedback": "Give the advice before leaving so they "
                                    "rise safely.",
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>If a client asks you to stop, it is acceptable to "
                            "briefly explain why the area needs work before stopping.</p>",
                            "points": "1",
                            "explanation": "<p>Stop at once, without debate or persuasion, "
                            "then check the client is all right and respect their "
                            "choice.</p>",
                            "correct": False,
                            "feedback_true": "Stopping must come first and without persuasion.",
                            "feedback_false": "Correct: stop immediately when asked.",
                        },
                    ),
                ],
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>A client asks whether to use a heat pack on a sore back the "
                "evening after a session. Which advice fits?</p>",
                "points": "1",
                "explanation": "<p>A warm shower or heat pack can ease muscle ache, unless "
                "the area is newly injured or swollen.</p>",
                "options": [
                    {
                        "text": "Warmth can ease the ache, unless the area is newly injured "
                        "or swollen",
                        "correct": True,
                        "feedback": "Correct: heat suits ordinary aching, not fresh injury.",
                    },
                    {
                        "text": "Avoid heat for a week after any massage",
                        "correct": False,
                        "feedback": "Heat is often helpful for normal post-session ache.",
                    },
                    {
                        "text": "Use heat especially if the area is swollen",
                        "correct": False,
                        "feedback": "Heat is not advised for newly injured or swollen areas.",
                    },
                ],
            },
        ),
    ],
}

QUIZZES = {
    "intake-interview": INTAKE_INTERVIEW_QUIZ,
    "findings-to-treatment-plan": TREATMENT_PLANNING_QUIZ,
    "communication-and-consent": CONSENT_QUIZ,
    "final": FINAL_EXAM,
}
