"""Demo course: client assessment, consent, aftercare and treatment planning."""

INTAKE_INTERVIEW = {
    "slug": "intake-interview",
    "title": "The Intake Interview",
    "intro": (
        "Gather a focused pain history, learn about past injuries, daily activities and "
        "health conditions, and recognize the answers that mean treatment should wait for "
        "medical assessment."
    ),
    "estimated_minutes": 25,
    "required": True,
    "body": [
        ("heading", {"text": "Why intake shapes every session", "level": "h2"}),
        (
            "paragraph",
            "<p>A good intake tells you whether massage is appropriate today, which areas "
            "need attention, which techniques and pressures are safe, and what the client "
            "hopes to gain. It also gives you a baseline for judging whether treatment is "
            "helping. Skipping or rushing it is one of the most common causes of "
            "avoidable problems, from bruising in a client taking a blood thinner to "
            "treating symptoms that needed a physician's attention.</p>",
        ),
        (
            "paragraph",
            "<p>Most clinics use a written health history form, but the form only starts "
            "the conversation. Review it with the client, fully clothed, in a private space "
            "before treatment. Ask open questions first (<i>Tell me about your neck</i>), "
            "then narrow down. Update the history at every visit: medications, injuries and "
            "health status change.</p>",
        ),
        ("heading", {"text": "Taking a pain history", "level": "h3"}),
        (
            "table",
            {
                "caption": "A structured pain history (OPQRST)",
                "table": {
                    "data": [
                        ["Element", "What to ask", "Why it matters"],
                        [
                            "Onset",
                            "When and how did it start? Was there an injury?",
                            "Sudden onset after trauma may need medical assessment first",
                        ],
                        [
                            "Provoking and easing",
                            "What makes it worse? What helps?",
                            "Mechanical patterns suggest positions and techniques to try",
                        ],
                        [
                            "Quality",
                            "How would you describe it: aching, sharp, burning, tingling?",
                            "Burning or tingling may involve a nerve",
                        ],
                        [
                            "Region and radiation",
                            "Where exactly is it? Does it spread anywhere?",
                            "Symptoms traveling into a limb need closer attention",
                        ],
                        [
                            "Severity",
                            "How would you rate it from 0 to 10, now and at its worst?",
                            "Gives a baseline to compare against later",
                        ],
                        [
                            "Timing",
                            "Is it constant or does it come and go? Worse at night or morning?",
                            "Constant night pain that does not ease with rest is a red flag",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "",
                },
            },
        ),
        (
            "image",
            {
                "image": "pain-scale",
                "alt_text": "A numeric pain rating scale of eleven colored boxes from 0, no "
                "pain, to 10, worst pain imaginable, grouped as mild 1 to 3, moderate 4 to 6 "
                "and severe 7 to 10.",
                "caption": "Ask the same rating question at every visit so that scores can "
                "be compared.",
            },
        ),
        (
            "paragraph",
            "<p>A pain rating on its own says little about daily life, so pair it with a "
            "function question: <i>What does this pain stop you doing, or make harder?</i> "
            "Answers such as <i>turning to check my blind spot</i> or <i>sitting through a "
            "workday</i> become practical goals you can track.</p>",
        ),
        ("heading", {"text": "Injuries, daily activities and health", "level": "h3"}),
        (
            "paragraph",
            "<p>Round out the history with:</p>"
            "<ul><li><b>Injuries and surgeries:</b> what, when, how they were treated, and "
            "whether any restrictions remain.</li><li><b>Daily activities:</b> work "
            "posture, screen time, lifting, sport, sleep position and caregiving "
            "duties.</li><li><b>Medical conditions:</b> heart and circulation problems, "
            "diabetes, osteoporosis, cancer, clotting disorders, skin conditions, pregnancy "
            "and implanted devices.</li><li><b>Medications and allergies</b>, including "
            "allergies to oils or lotions.</li><li><b>Goals:</b> what the client wants from "
            "treatment, in their own words.</li></ul>",
        ),
        (
            "callout",
            {
                "kind": "clinical_note",
                "title": "Medications worth asking about",
                "body": "<p>Anticoagulants and antiplatelet drugs raise the risk of "
                "bruising. Long-term corticosteroids can thin skin and weaken bone. Pain "
                "relievers or muscle relaxants taken before the session can dull feedback "
                "about pressure. Blood pressure medication can cause dizziness when the "
                "client sits up, and insulin injection sites should not be massaged soon "
                "after an injection.</p>",
            },
        ),
        (
            "callout",
            {
                "kind": "contraindication",
                "title": "Red flags: refer before treating",
                "body": "<p>Postpone treatment of the area and advise prompt medical "
                "assessment when back or neck pain comes with any of the following:</p>"
                "<ul><li>fever, unexplained weight loss or a history of cancer</li>"
                "<li>new numbness around the groin or buttocks, or changes in bladder or "
                "bowel control (seek emergency care)</li><li>progressive weakness, "
                "numbness or clumsiness in the arms or legs</li><li>severe, constant pain "
                "that is not eased by rest or changing position</li><li>pain that began "
                "after a significant fall or accident</li></ul>",
            },
        ),
        (
            "key_terms",
            {
                "title": "Key terms",
                "terms": [
                    {
                        "term": "Health history",
                        "definition": "The written and verbal record of a client's health, "
                        "medications, injuries and goals, updated at each visit.",
                    },
                    {
                        "term": "Red flag",
                        "definition": "A sign or symptom suggesting a condition that needs "
                        "medical assessment before or instead of massage.",
                    },
                    {
                        "term": "Referral",
                        "definition": "Advising a client to see another health professional, "
                        "and documenting that you did so and why.",
                    },
                ],
            },
        ),
        (
            "paragraph",
            "<p><b>Practical summary:</b> use the form to start, the conversation to "
            "clarify, and the pain history and function question to set a baseline. If a "
            "red flag appears, your job is to pause, refer and document, not to work out "
            "what the problem is.</p>",
        ),
    ],
}

TREATMENT_PLANNING = {
    "slug": "findings-to-treatment-plan",
    "title": "From Findings to a Treatment Plan",
    "intro": (
        "Add simple objective measures to the interview, turn what you learned into "
        "choices of technique and pressure, and record it all in a clear SOAP-style note."
    ),
    "estimated_minutes": 25,
    "required": True,
    "body": [
        ("heading", {"text": "Objective findings complete the picture", "level": "h2"}),
        (
            "paragraph",
            "<p>The interview tells you what the client experiences; observation and "
            "simple tests tell you what you can see and feel. Look at resting posture and "
            "how the client moves as they sit, stand and turn. Check active range of motion "
            "in the region of complaint, then palpate for tenderness, temperature, swelling "
            "and tissue texture, always comparing sides. Wherever possible, record numbers "
            "or clear descriptions so you can compare them later.</p>",
        ),
        (
            "technique_steps",
            {
                "title": "A brief active range of motion check for the neck",
                "purpose": "Record a simple, repeatable baseline before treatment and "
                "recheck it afterward.",
                "steps": [
                    {
                        "instruction": "Seat the client upright with both feet on the floor "
                        "and explain that they should move only as far as is comfortable.",
                        "cue": "The client should understand they can stop at any point.",
                    },
                    {
                        "instruction": "Ask them to look down, look up, tilt each ear toward "
                        "the shoulder, and turn the head to each side, slowly, one movement "
                        "at a time.",
                        "cue": "Watch for compensation, such as the shoulders lifting or the "
                        "trunk turning.",
                    },
                    {
                        "instruction": "For each direction, note the approximate range and "
                        "where any pain or stiffness is felt.",
                        "cue": "A simple estimate, such as half of normal range, is enough "
                        "if you are consistent.",
                    },
                    {
                        "instruction": "Stop the check if movement provokes dizziness, "
                        "visual changes or symptoms spreading into an arm.",
                        "cue": "These findings call for referral rather than treatment of "
                        "the area.",
                    },
                ],
            },
        ),
        (
            "image",
            {
                "image": "intake-flow",
                "alt_text": "Flow diagram of four boxes, Subjective, Objective, Assessment and "
                "Plan, with a branch to refer when a red flag appears and a loop from Plan "
                "back to Objective labeled treat, then reassess.",
                "caption": "The SOAP cycle links intake, treatment and reassessment at every "
                "visit.",
            },
        ),
        ("heading", {"text": "Choosing techniques and pressure", "level": "h2"}),
        (
            "table",
            {
                "caption": "How intake findings can shape treatment choices",
                "table": {
                    "data": [
                        ["Finding", "Possible adaptation"],
                        [
                            "Long-standing desk-related neck and shoulder tension",
                            "Myofascial and trigger point work as tolerated, plus movement advice",
                        ],
                        [
                            "Recent strain with heat and swelling",
                            "No deep work on the area; gentle work around it",
                        ],
                        [
                            "Takes an anticoagulant",
                            "Light to moderate pressure; no deep friction or sustained compression",
                        ],
                        [
                            "Osteoporosis",
                            "Moderate pressure at most over ribs and spine; careful positioning",
                        ],
                        [
                            "Reduced sensation in the feet from diabetes",
                            "Lighter pressure; rely on visual cues; check skin condition",
                        ],
                        [
                            "First massage and feeling anxious",
                            "Broad, slower strokes and more frequent check-ins",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "",
                },
            },
        ),
        (
            "paragraph",
            "<p>A treatment plan states the goals, the approach, how often and for how "
            "long you expect to see the client, and how you will measure progress. Make "
            "goals functional and specific: <i>sit through a two-hour meeting with neck "
            "pain no higher than 3 out of 10 within four weeks</i> is more useful than "
            "<i>less tension</i>. Agree on the plan with the client, who may accept, modify "
            "or decline any part of it.</p>",
        ),
        (
            "callout",
            {
                "kind": "clinical_note",
                "title": "Assessment is not diagnosis",
                "body": "<p>The assessment section of your note records your clinical "
                "impression of the soft tissue findings and how the client responded. It "
                "is not a medical diagnosis. Describe what you observed, such as <i>reduced "
                "right rotation with tenderness in the right upper trapezius</i>, rather than "
                "naming a condition you cannot confirm.</p>",
            },
        ),
        ("heading", {"text": "Writing it down", "level": "h3"}),
        (
            "paragraph",
            "<p>A brief example of a SOAP-style note:</p>"
            "<ul><li><b>S:</b> Right-sided neck ache for three months, worse after long "
            "workdays, 5/10 now. Difficulty shoulder checking while driving.</li><li><b>O:</b> "
            "Right rotation about half of left, pulling at end range. Tender taut band in "
            "right upper trapezius reproducing usual ache.</li><li><b>A:</b> Soft tissue "
            "tension consistent with reported postural load; responded well to pressure "
            "around 5/10.</li><li><b>P:</b> Weekly for four weeks; myofascial and trigger "
            "point work; chin tuck exercise; reassess rotation and pain rating each "
            "visit.</li></ul>",
        ),
        (
            "key_terms",
            {
                "title": "Key terms",
                "terms": [
                    {
                        "term": "SOAP note",
                        "definition": "A record organized as Subjective, Objective, "
                        "Assessment and Plan.",
                    },
                    {
                        "term": "Baseline",
                        "definition": "The first measurements of pain, range or function "
                        "against which later findings are compared.",
                    },
                    {
                        "term": "Functional goal",
                        "definition": "A treatment goal expressed as an activity the client "
                        "wants to do more easily.",
                    },
                ],
            },
        ),
        (
            "paragraph",
            "<p><b>Reflection:</b> look at your last three treatment notes. Could another "
            "therapist read them and repeat your baseline measures, understand why you chose "
            "your techniques and pressure, and see what you planned next? If not, what "
            "would you add?</p>",
        ),
    ],
}

CONSENT_COMMUNICATION = {
    "slug": "communication-and-consent",
    "title": "Communication and Consent During Treatment",
    "intro": (
        "Obtain informed consent before treatment, keep it current as the session "
        "unfolds, and use clear, neutral language that makes it easy for clients to tell "
        "you what they need."
    ),
    "estimated_minutes": 25,
    "required": True,
    "body": [
        ("heading", {"text": "Consent is a process, not a signature", "level": "h2"}),
        (
            "paragraph",
            "<p>Informed consent means the client understands what you propose and agrees "
            "to it freely. Before treatment, explain in plain language:</p>"
            "<ul><li>which areas you plan to treat and why</li><li>the techniques you intend "
            "to use and what they will feel like</li><li>any risks, such as temporary "
            "soreness or bruising</li><li>reasonable alternatives, including not treating "
            "an area</li><li>that they can change their mind or stop the session at any "
            "time</li></ul>",
        ),
        (
            "paragraph",
            "<p>Consent covers only what was discussed. If you want to add an area or "
            "change to a noticeably deeper technique, ask again. Many regulators require "
            "specific, documented consent before treating sensitive areas such as the "
            "chest, gluteal region or inner thigh, and all require draping that protects "
            "the client's privacy. Know the rules where you practice and record consent in "
            "the client file.</p>",
        ),
        (
            "technique_steps",
            {
                "title": "Checking in during a session",
                "purpose": "Keep consent current and pressure within tolerance without "
                "interrupting the client's relaxation more than necessary.",
                "steps": [
                    {
                        "instruction": "Before you start, agree on how the client will give "
                        "feedback, such as a pressure rating from 0 to 10.",
                        "cue": "The client can repeat the scale back to you.",
                    },
                    {
                        "instruction": "Tell the client before you move to a new area or "
                        "change technique, and wait for a clear yes.",
                        "cue": "Hesitation or a vague answer is not agreement; ask again or "
                        "leave the area.",
                    },
                    {
                        "instruction": "Ask for a rating when you increase pressure or begin "
                        "specific work.",
                        "cue": "Ratings above 6, or a pause before answering, mean lighten "
                        "the pressure.",
                    },
                    {
                        "instruction": "Watch for nonverbal signs between check-ins.",
                        "cue": "Breath holding, fidgeting, clenched hands or silence can "
                        "signal discomfort.",
                    },
                    {
                        "instruction": "Near the end, ask how the session felt overall and "
                        "what to change next time.",
                        "cue": "Record preferences so the next session starts from them.",
                    },
                ],
            },
        ),
        ("heading", {"text": "Language that invites honest feedback", "level": "h2"}),
        (
            "paragraph",
            "<p>Clients often hesitate to correct a professional, especially when they are "
            "lying down, partly undressed and unsure what is normal. Say early that feedback "
            "helps you do your job. Avoid leading questions, which invite the answer you "
            "seem to want, and avoid language that makes discomfort sound like a test of "
            "toughness.</p>",
        ),
        (
            "table",
            {
                "caption": "Rephrasing common check-in questions",
                "table": {
                    "data": [
                        ["Instead of", "Try"],
                        ["Is this okay?", "How would you rate that pressure from 0 to 10?"],
                        ["Just breathe through it.", "Would you like me to ease off a little?"],
                        [
                            "This area is really knotted.",
                            "This area feels firmer than the other side.",
                        ],
                        [
                            "I'm going to work your glutes now.",
                            "The hip muscles may be contributing. May I work there, over the "
                            "drape?",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "",
                },
            },
        ),
        (
            "callout",
            {
                "kind": "precaution",
                "title": "When a client withdraws consent",
                "body": "<p>If a client asks you to stop, stop at once, without debate or "
                "persuasion. Check that they are all right, ask whether they would like to "
                "continue elsewhere or end the session, and respect the answer. Record what "
                "happened in neutral terms.</p>",
            },
        ),
        ("heading", {"text": "Clients who may need extra support", "level": "h3"}),
        (
            "paragraph",
            "<p>Some clients need adjustments to give meaningful consent. People with a "
            "history of trauma may prefer to stay partly clothed, keep the door in view or "
            "avoid certain areas; they do not owe you an explanation. A client with limited "
            "English may need an interpreter rather than a family member. Minors need a "
            "parent or guardian's consent as your jurisdiction requires, and clients with "
            "cognitive impairment may need a substitute decision maker while still being "
            "involved as far as possible.</p>",
        ),
        (
            "key_terms",
            {
                "title": "Key terms",
                "terms": [
                    {
                        "term": "Informed consent",
                        "definition": "Voluntary agreement to treatment after the client "
                        "has understood its nature, purpose, risks and alternatives.",
                    },
                    {
                        "term": "Ongoing consent",
                        "definition": "Consent that is confirmed as treatment changes, "
                        "rather than given once at the start.",
                    },
                    {
                        "term": "Draping",
                        "definition": "Use of sheets or towels so that only the area being "
                        "treated is uncovered.",
                    },
                ],
            },
        ),
        (
            "paragraph",
            "<p><b>Practical summary:</b> explain before you touch, ask before you change, "
            "and stop the moment you are asked. Clear, neutral language and a shared "
            "pressure scale make it easy for clients to speak up, which in turn makes your "
            "treatment safer and more effective.</p>",
        ),
    ],
}

AFTERCARE_REASSESSMENT = {
    "slug": "aftercare-and-reassessment",
    "title": "Post-Session Soreness, Aftercare and Reassessment",
    "intro": (
        "Prepare clients for normal post-treatment soreness, give practical aftercare "
        "advice, recognize symptoms that need medical attention, and use reassessment to "
        "decide whether to continue, change course or refer."
    ),
    "estimated_minutes": 25,
    "required": True,
    "body": [
        ("heading", {"text": "What clients can expect after treatment", "level": "h2"}),
        (
            "paragraph",
            "<p>Mild aching or tenderness after therapeutic massage is common, especially "
            "after a first session or after deeper or more specific work. It usually feels "
            "like the soreness that follows unaccustomed exercise and settles within one to "
            "two days. Telling clients this in advance prevents alarm and helps them "
            "distinguish a normal response from one that needs attention.</p>",
        ),
        (
            "table",
            {
                "caption": "Sorting responses after a session",
                "table": {
                    "data": [
                        ["Likely normal", "Contact the therapist", "Seek medical care"],
                        [
                            "Mild, dull ache in treated areas",
                            "Soreness lasting more than two or three days",
                            "Calf pain or swelling in one leg",
                        ],
                        [
                            "Tiredness or feeling relaxed and slow",
                            "Small bruises in treated areas",
                            "Chest pain or sudden shortness of breath",
                        ],
                        [
                            "Tenderness to touch for a day or two",
                            "A flare of the usual symptoms",
                            "New numbness, weakness or a severe headache",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "",
                },
            },
        ),
        (
            "callout",
            {
                "kind": "precaution",
                "title": "Symptoms that should never be put down to soreness",
                "body": "<p>Make sure clients know that chest pain, sudden breathlessness, "
                "a swollen and painful calf, new weakness or numbness, or a sudden severe "
                "headache are not normal after massage. Tell them to seek medical care "
                "immediately, calling emergency services for chest pain or breathing "
                "difficulty.</p>",
            },
        ),
        ("heading", {"text": "Aftercare guidance", "level": "h2"}),
        (
            "paragraph",
            "<p>Keep advice simple, practical and honest:</p>"
            "<ul><li><b>Hydration:</b> drink water as usual through the day. It supports "
            "general well-being, but avoid claiming that it flushes toxins released by "
            "massage, a claim that has no good evidence.</li><li><b>Gentle movement:</b> "
            "an easy walk and slow range of motion help sore areas feel less stiff.</li>"
            "<li><b>Home exercises:</b> continue the stretches or exercises you "
            "agreed on, staying in the comfortable range.</li><li><b>Warmth:</b> a warm "
            "shower or heat pack can ease muscle ache, unless the area is newly injured or "
            "swollen.</li><li><b>Training:</b> after deep work, consider a lighter training "
            "day before returning to hard effort.</li></ul>",
        ),
        (
            "technique_steps",
            {
                "title": "Closing the session",
                "purpose": "End each visit with a recheck, clear advice and an agreed next step.",
                "steps": [
                    {
                        "instruction": "Repeat one or two baseline measures, such as the "
                        "pain rating and the range of motion you checked at the start.",
                        "cue": "Use the same question and position as before treatment.",
                    },
                    {
                        "instruction": "Ask the client to stand slowly and pause before walking.",
                        "cue": "Watch for light-headedness, especially after a long session "
                        "lying down.",
                    },
                    {
                        "instruction": "Explain normal soreness, the aftercare points, and "
                        "when to contact you or seek medical care.",
                        "cue": "Check understanding by asking what they will do this evening.",
                    },
                    {
                        "instruction": "Agree on the next visit or on self-management, and "
                        "complete your note while details are fresh.",
                        "cue": "Record the client's response, the advice given and any referral.",
                    },
                ],
            },
        ),
        ("heading", {"text": "Reassessment", "level": "h2"}),
        (
            "paragraph",
            "<p>Reassessment answers one question: is the plan working? Repeat a short "
            "version at the start of each visit, asking how the client responded since last "
            "time and rechecking a key measure. Every few visits, do a fuller review against "
            "the baseline and the client's goals. For pain ratings, a change of about two "
            "points, or roughly 30 percent, is often treated as meaningful for the client.</p>",
        ),
        (
            "paragraph",
            "<p>If there is no meaningful change after a reasonable trial, often four to six "
            "sessions, revise the approach or refer the client to another practitioner. "
            "Symptoms that worsen, spread or change in character call for referral sooner. "
            "When goals are met, move the client toward self-management or a maintenance "
            "schedule that they choose.</p>",
        ),
        (
            "key_terms",
            {
                "title": "Key terms",
                "terms": [
                    {
                        "term": "Post-treatment soreness",
                        "definition": "Mild, temporary aching after massage that usually "
                        "resolves within one to two days.",
                    },
                    {
                        "term": "Reassessment",
                        "definition": "Repeating baseline measures to judge progress and "
                        "update the treatment plan.",
                    },
                    {
                        "term": "Self-management",
                        "definition": "The client's own strategies, such as exercise and "
                        "activity changes, for maintaining progress between or after visits.",
                    },
                ],
            },
        ),
        (
            "paragraph",
            "<p><b>Reflection:</b> pick a current client and compare today's pain rating "
            "and range of motion with their first visit. Based on that comparison, would you "
            "continue the plan, change it, refer them or begin planning discharge? Write "
            "one sentence in their file explaining why.</p>",
        ),
    ],
}

COURSE = {
    "slug": "client-assessment-treatment-planning",
    "title": "Client Assessment and Treatment Planning",
    "topic": "client-assessment",
    "summary": (
        "Run a focused intake interview, turn your findings into safe choices of technique "
        "and pressure, keep consent current during treatment, and use aftercare advice and "
        "reassessment to guide each client's plan."
    ),
    "description": (
        "<p>Good treatment starts before you touch the client. This home-study course "
        "follows a client from the <b>intake interview</b> through <b>treatment "
        "planning</b>, <b>consent and communication</b> on the table, and <b>aftercare and "
        "reassessment</b> between visits.</p>"
        "<p>You will practice taking a structured pain history, recognizing red flags that "
        "call for referral, recording clear SOAP-style notes, and giving aftercare advice "
        "that is practical and honest, all within the massage therapist's scope of "
        "practice.</p>"
    ),
    "level": "introductory",
    "course_type": "home_study",
    "ce_hours": "2.00",
    "approved_title": "Client Assessment, Informed Consent and Treatment Planning in Massage "
    "Therapy",
    "approval_number": "HS-2026-0157",
    "objectives": [
        "Conduct an intake interview that covers pain history, injuries, daily activities, "
        "medications and medical conditions.",
        "Identify red flags in a client's history that require postponing treatment and "
        "referring to a physician.",
        "Select techniques and pressure that match intake findings, and record them in a "
        "SOAP-style note.",
        "Obtain and maintain informed consent using clear, neutral check-in language.",
        "Explain normal post-session soreness and give aftercare advice on hydration, gentle "
        "movement and warning signs.",
        "Use baseline measures to reassess progress and decide whether to continue, modify "
        "or refer.",
    ],
    "prerequisites": [],
    "modules": [
        INTAKE_INTERVIEW,
        TREATMENT_PLANNING,
        CONSENT_COMMUNICATION,
        AFTERCARE_REASSESSMENT,
    ],
}
