"""Demo course: professional standards, ethics and documentation."""

COURSE = {
    "slug": "professional-standards-ethics-and-documentation",
    "title": "Professional Standards, Ethics and Documentation",
    "topic": "professional-standards",
    "summary": (
        "Know where your scope of practice ends, how licensing boards, colleges and certification "
        "bodies set standards, how to keep boundaries and obtain informed consent, and how to "
        "write SOAP notes, treatment plans and CE records that stand up to review."
    ),
    "description": (
        "<p>Professional standards are what make a skilled pair of hands a trusted health "
        "professional. This course explains your <b>scope of practice</b>, the bodies that "
        "license, register and certify massage therapists, and the ethical principles and "
        "boundaries that protect clients and therapists alike.</p><p>It then turns to the "
        "paperwork that proves good practice: informed consent, SOAP notes, treatment plans with "
        "measurable goals and scheduled reassessment, secure record keeping, and a CE file ready "
        "for renewal or audit. Check with your certifying body or regulator whether this course "
        "counts toward an ethics requirement.</p>"
    ),
    "level": "introductory",
    "course_type": "home_study",
    "ce_hours": "2.00",
    "approved_title": (
        "Professional Standards, Ethics and Clinical Documentation for Massage Therapists"
    ),
    "approval_number": "HS-2026-0172",
    "objectives": [
        (
            "Distinguish activities within a massage therapist's scope of practice from diagnosis "
            "and other acts outside it."
        ),
        (
            "Describe the roles of licensing boards, regulatory colleges, certification boards and "
            "associations, and their renewal requirements."
        ),
        "Apply core ethical principles and boundary standards to common situations in practice.",
        (
            "Obtain and document informed consent, including specific consent for sensitive areas "
            "and changes to the plan."
        ),
        (
            "Write a complete SOAP note and a treatment plan with measurable goals and scheduled "
            "reassessment."
        ),
        (
            "Maintain client records and CE records that meet retention, privacy and audit "
            "expectations."
        ),
    ],
    "prerequisites": [],
    "modules": [
        {
            "slug": "scope-of-practice-and-professional-bodies",
            "title": "Scope of Practice and the Bodies That Set Standards",
            "intro": (
                "Your scope of practice is set by law and by the bodies that license, register or "
                "certify you. This module explains what that scope usually includes, what it "
                "leaves out, and who writes the rules you practice under."
            ),
            "estimated_minutes": 25,
            "required": True,
            "body": [
                ("heading", {"text": "What scope of practice means", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Scope of practice is the range of activities a profession is legally "
                        "permitted to perform. In the United States it is defined by each state's "
                        "massage practice act and the rules of its board; in regulated Canadian "
                        "provinces, by provincial legislation and the regulatory college. The "
                        "details differ between jurisdictions, so a technique or a piece of advice "
                        "that is allowed in one place may not be allowed in another.</p><p>Your "
                        "personal scope is narrower still. Even within the legal scope, you should "
                        "only offer techniques you have been trained in and can perform "
                        "competently.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Massage therapy supports a client's health care; it does not replace "
                        "it. Activities usually <b>within</b> scope include:</p><ul><li>assessing "
                        "soft tissue and joint movement in order to plan treatment</li><li>manual "
                        "soft tissue techniques</li><li>self-care advice consistent with your "
                        "training, such as stretches or simple exercises</li><li>referral to other "
                        "health professionals</li></ul><p>Activities usually <b>outside</b> scope "
                        "include diagnosing disease, prescribing or adjusting medication, "
                        "high-velocity joint manipulation, psychological counseling and "
                        "prescribing diets or supplements.</p>"
                    ),
                ),
                ("heading", {"text": "Assessment is not diagnosis", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>You assess to decide how to treat; you do not name diseases. Compare "
                        '"tenderness and increased tone in the right upper trapezius; rotation to '
                        'the right limited by discomfort" with "you have a pinched nerve". The '
                        "first describes findings and guides your treatment. The second is a "
                        "diagnosis you are not qualified or permitted to make.</p><p>When a client "
                        "already has a diagnosis from a physician or other provider, record it as "
                        'reported: "Client reports physician diagnosed plantar fasciitis in '
                        'March." That keeps the source of the diagnosis clear.</p>'
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "clinical_note",
                        "title": "Answering the diagnosis question",
                        "body": (
                            '<p>Client: "Do you think it\'s a herniated disc?"</p><p>A response '
                            "that stays within scope: \"I can't diagnose that, but it's worth "
                            "finding out. What I can tell you is that the muscles along the right "
                            "side of your lower back are very tight and tender. Your doctor can "
                            "look into what is causing the pain, and with your permission I can "
                            "send a short note about what I've found.\"</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Who sets the standards", "level": "h2"}),
                (
                    "table",
                    {
                        "caption": "Types of professional bodies",
                        "table": {
                            "data": [
                                ["Type of body", "What it does", "Example"],
                                [
                                    "State licensing board (United States)",
                                    (
                                        "Issues licenses, writes practice rules, investigates "
                                        "complaints and sets CE requirements for renewal"
                                    ),
                                    "Florida Board of Massage Therapy",
                                ],
                                [
                                    "Regulatory college (Canada)",
                                    (
                                        "Registers therapists in regulated provinces, sets "
                                        "standards of practice, runs quality assurance and "
                                        "discipline"
                                    ),
                                    "College of Massage Therapists of Ontario (CMTO)",
                                ],
                                [
                                    "Licensing examination body",
                                    (
                                        "Develops the entry-level licensing exam used by most "
                                        "state boards"
                                    ),
                                    "Federation of State Massage Therapy Boards (MBLEx)",
                                ],
                                [
                                    "Certification board",
                                    (
                                        "Awards a voluntary credential beyond entry level, with "
                                        "its own renewal requirements"
                                    ),
                                    "NCBTMB Board Certification",
                                ],
                                [
                                    "Professional association",
                                    (
                                        "Represents members and offers a code of ethics, education "
                                        "and insurance; in unregulated provinces its membership "
                                        "standards carry weight"
                                    ),
                                    "Natural Health Practitioners of Canada",
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
                    (
                        "<p>Each body sets its own renewal rules. NCBTMB Board Certification "
                        "requires 24 CE hours every two years, including 3 hours of ethics. "
                        "Natural Health Practitioners of Canada asks members for 20 credits every "
                        "two years, covering ethics, first aid and CPR, and professional "
                        "development. Ontario and British Columbia no longer pre-approve "
                        "continuing education courses; instead, therapists keep a learning plan "
                        "and evidence of the activities they complete. State boards each set their "
                        "own hours and often require specific topics. Requirements change, so "
                        "check the current rules of every body you belong to at the start of each "
                        "cycle.</p>"
                    ),
                ),
                (
                    "key_terms",
                    {
                        "title": "Key terms",
                        "terms": [
                            {
                                "term": "Scope of practice",
                                "definition": (
                                    "The activities a profession is legally permitted to perform "
                                    "in a given jurisdiction."
                                ),
                            },
                            {
                                "term": "Practice act",
                                "definition": (
                                    "The state law that defines massage therapy, who may practice "
                                    "it and the board that regulates it."
                                ),
                            },
                            {
                                "term": "Licensure",
                                "definition": (
                                    "Legal permission to practice, granted by a government body; "
                                    "practicing without it where it is required is unlawful."
                                ),
                            },
                            {
                                "term": "Certification",
                                "definition": (
                                    "A credential awarded by a non-governmental body to show a "
                                    "level of knowledge or skill; usually voluntary."
                                ),
                            },
                            {
                                "term": "Standards of practice",
                                "definition": (
                                    "The minimum expectations a regulator or professional body "
                                    "sets for how members practice."
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Reflection", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>Find the current practice act or standards of practice that apply to "
                        "you. Describe your scope in one sentence of your own, then list two "
                        "client requests you have received that you would now refer to another "
                        "professional.</p>"
                    ),
                ),
            ],
        },
        {
            "slug": "ethics-boundaries-and-informed-consent",
            "title": "Ethics, Boundaries and Informed Consent",
            "intro": (
                "Clients trust you with their bodies, their health information and often their "
                "worries. This module turns that trust into concrete practice: ethical principles, "
                "clear boundaries and consent that is informed, voluntary and ongoing."
            ),
            "estimated_minutes": 25,
            "required": True,
            "body": [
                ("heading", {"text": "Principles behind the codes", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Codes of ethics vary in wording, but most rest on a few shared "
                        "principles:</p><ul><li><b>Respect for autonomy:</b> clients make their "
                        "own decisions about their care.</li><li><b>Beneficence:</b> act in the "
                        "client's interest.</li><li><b>Non-maleficence:</b> avoid causing "
                        "harm.</li><li><b>Justice:</b> treat clients fairly and without "
                        "discrimination.</li><li><b>Integrity:</b> be honest, keep confidences and "
                        "keep your word.</li></ul>"
                    ),
                ),
                ("heading", {"text": "The power differential and boundaries", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In a treatment room the therapist holds more power than the client. "
                        "The client is partly undressed, lying down, often in pain, and relying on "
                        "your expertise. For that reason the therapist is always responsible for "
                        "maintaining boundaries, whatever the client says or does. Boundaries take "
                        "several forms: physical (draping and touching only agreed areas), "
                        "emotional (listening without becoming a counselor or sharing your own "
                        "problems), social (dual relationships), financial (gifts, loans, product "
                        "sales) and digital (social media and messaging).</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "precaution",
                        "title": "Sexual boundaries",
                        "body": (
                            "<p>Sexual contact, sexual remarks or any sexualized behavior toward a "
                            "client is prohibited everywhere and can lead to loss of license and "
                            "criminal charges. A client's apparent consent does not make it "
                            "acceptable, and some regulators, including Ontario's, continue to "
                            "treat a person as a client for a set period after care ends. If a "
                            "client behaves sexually, stop the session, state calmly that it is "
                            "over, and document what happened.</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Boundary situations and professional responses",
                        "table": {
                            "data": [
                                ["Situation", "Risk", "A professional response"],
                                [
                                    "A client offers an expensive gift",
                                    "Sense of obligation; blurred relationship",
                                    "Decline politely; follow your code on small tokens; note it",
                                ],
                                [
                                    "A friend asks for regular treatment",
                                    "Dual relationship may compromise honesty and records",
                                    (
                                        "Treat only if you can keep full professional standards; "
                                        "otherwise refer"
                                    ),
                                ],
                                [
                                    "A client sends a personal social media request",
                                    "Personal and professional roles mix",
                                    "Keep contact to business channels",
                                ],
                                [
                                    "A client discloses serious personal distress",
                                    "Drifting into a counseling role",
                                    "Listen with empathy; suggest an appropriate professional",
                                ],
                            ],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                            "table_caption": "",
                        },
                    },
                ),
                ("heading", {"text": "Informed consent", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Consent is valid only when it is <b>informed</b> (the client "
                        "understands what is proposed), <b>voluntary</b> (free of pressure) and "
                        "given by someone with the <b>capacity</b> to decide. It is a process, not "
                        "a signature. Consent is confirmed again whenever the plan changes: a new "
                        "area, a new technique, or a marked change in pressure.</p><p>Sensitive "
                        "areas, such as the chest wall, breast tissue, upper inner thigh and "
                        "gluteal region, need specific consent, and some jurisdictions require it "
                        "in writing. For minors, follow your jurisdiction's rules on consent from "
                        "a parent or guardian and on whether they must be present.</p>"
                    ),
                ),
                (
                    "technique_steps",
                    {
                        "title": "Obtaining informed consent before treatment",
                        "purpose": "A conversation that gives the client what they need to decide.",
                        "steps": [
                            {
                                "instruction": (
                                    "Explain your findings in plain language and what you propose "
                                    "to do."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "Describe the areas you will treat, how draping works and what "
                                    "clothing the client may keep on."
                                ),
                                "cue": (
                                    "Clients may stay fully clothed if they prefer; adapt your "
                                    "techniques."
                                ),
                            },
                            {
                                "instruction": (
                                    "Outline the expected benefits, common effects such as "
                                    "temporary soreness, and any specific risks."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "Mention alternatives, including no treatment or seeing "
                                    "another provider."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": "Invite questions and check understanding.",
                                "cue": (
                                    "Ask the client to tell you in their own words what will "
                                    "happen."
                                ),
                            },
                            {
                                "instruction": (
                                    "Make clear that they can change their mind, adjust the "
                                    "pressure or stop at any time."
                                ),
                                "cue": (
                                    "\"You're in charge of what happens on the table. If you want "
                                    'me to stop, just say so."'
                                ),
                            },
                            {
                                "instruction": (
                                    "Record the consent, including specific consent for sensitive "
                                    "areas, in the client file."
                                ),
                                "cue": "",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "clinical_note",
                        "title": "When consent is withdrawn",
                        "body": (
                            "<p>If a client says stop, or shows clear distress, stop at once and "
                            "check in. Do not try to persuade them to continue. Resume only if "
                            "they clearly ask you to, and note what happened in the record.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Reflection", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>Recall a moment when a client's request or behavior made you unsure "
                        "where the line was. Which principle applied, what would a clear "
                        "professional response have been, and how would you record it? Talking "
                        "such cases through with a trusted colleague, without identifying the "
                        "client, is good practice.</p>"
                    ),
                ),
            ],
        },
        {
            "slug": "soap-notes-treatment-planning-and-reassessment",
            "title": "SOAP Notes, Treatment Planning and Reassessment",
            "intro": (
                "Good records let you, a colleague or a reviewer see what you found, what you did, "
                "how the client responded and what comes next. This module covers the SOAP format, "
                "goal-based treatment plans and regular reassessment."
            ),
            "estimated_minutes": 25,
            "required": True,
            "body": [
                ("heading", {"text": "Why documentation matters", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Clinical records support continuity of care, communication with other "
                        "providers (with the client's consent), insurance claims and your own "
                        "legal protection. Regulators expect a record of every treatment. A useful "
                        "rule: if it was not documented, a reviewer will assume it was not "
                        "done.</p>"
                    ),
                ),
                ("heading", {"text": "The SOAP structure", "level": "h2"}),
                (
                    "table",
                    {
                        "caption": "What goes in each section of a SOAP note",
                        "table": {
                            "data": [
                                ["Section", "Contents", "Example entry"],
                                [
                                    "S: Subjective",
                                    (
                                        "What the client reports: symptoms, location, intensity, "
                                        "what makes it better or worse, effects on daily life, "
                                        "health changes"
                                    ),
                                    (
                                        "R-sided neck stiffness, 6/10 on waking, 3/10 by midday; "
                                        "worse after long computer sessions. No new medications."
                                    ),
                                ],
                                [
                                    "O: Objective",
                                    "What you observe and measure, and the treatment given",
                                    (
                                        "Active rotation to R reduced compared with L, pulling at "
                                        "end of range. Increased tone and tenderness R upper "
                                        "trapezius and levator scapulae. 45 min: kneading and "
                                        "myofascial release to neck and upper back."
                                    ),
                                ],
                                [
                                    "A: Assessment",
                                    (
                                        "The client's response to treatment and your findings, "
                                        "within scope"
                                    ),
                                    (
                                        "Rotation to R closer to L after treatment; stiffness "
                                        "2/10. Tolerated moderate pressure; no adverse effects."
                                    ),
                                ],
                                [
                                    "P: Plan",
                                    "Home care, next visit, referrals and when to reassess",
                                    (
                                        "Upper trapezius stretch twice daily as shown. Rebook in 1 "
                                        "week. Formal reassessment at visit 4."
                                    ),
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
                    (
                        "<p>Some clinics record treatment details under a separate heading rather "
                        "than in the objective section. Follow your clinic's or regulator's format "
                        "and use it consistently. In a massage record, the <i>assessment</i> "
                        "section describes findings and response to treatment; it is never a "
                        "diagnosis.</p>"
                    ),
                ),
                (
                    "technique_steps",
                    {
                        "title": "Writing a SOAP note",
                        "purpose": "A complete, defensible note for every session.",
                        "steps": [
                            {
                                "instruction": (
                                    "Write the note during or straight after the session."
                                ),
                                "cue": (
                                    "Notes written days later are less accurate and less credible."
                                ),
                            },
                            {
                                "instruction": (
                                    "Start with the date, the client's identifying details and the "
                                    "session length."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "Record the client's report using pain ratings and examples "
                                    "from daily life."
                                ),
                                "cue": (
                                    '"Cannot turn head to check blind spot when driving" says more '
                                    'than "neck sore".'
                                ),
                            },
                            {
                                "instruction": (
                                    "Record observations with measurable findings, then the "
                                    "techniques, areas, pressure and positions used."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "Describe the client's response and any change since the start "
                                    "of the session."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "Set out the plan: self-care, next appointment, any referral "
                                    "and the reassessment date."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "Sign the note, and correct errors without erasing them."
                                ),
                                "cue": (
                                    "On paper, draw a single line through the error, then initial "
                                    "and date it. Electronically, use the amendment function so "
                                    "the original stays visible."
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Treatment plans with measurable goals", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>A treatment plan records the client's goals, your findings, the "
                        "techniques you propose, the frequency and number of sessions, self-care, "
                        "the measures you will use to judge progress, and the date of "
                        "reassessment. Goals should be specific, measurable and tied to daily "
                        'function, for example: "Work at the computer for two hours with neck pain '
                        'no higher than 2/10 within six weeks." The client agrees to the plan, and '
                        "that agreement is part of their informed consent.</p>"
                    ),
                ),
                ("heading", {"text": "Reassessment", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>Reassess at planned intervals, such as every few sessions, and "
                        "whenever the client's condition changes. Repeat the same measures you "
                        "recorded at the start so the comparison is fair. Three outcomes are "
                        "possible:</p><ul><li><b>Improving:</b> continue, progress the plan, or "
                        "begin reducing frequency.</li><li><b>No change:</b> revise the plan, or "
                        "consider whether another approach or provider would help "
                        "more.</li><li><b>Worse, or new symptoms:</b> stop and consider "
                        "referral.</li></ul><p>Continuing treatment indefinitely without "
                        "measurable benefit is not in the client's interest.</p>"
                    ),
                ),
                (
                    "key_terms",
                    {
                        "title": "Key terms",
                        "terms": [
                            {
                                "term": "Baseline",
                                "definition": (
                                    "The measurements taken at the start of care, used for later "
                                    "comparison."
                                ),
                            },
                            {
                                "term": "Outcome measure",
                                "definition": (
                                    "A repeatable way to track change, such as a pain rating, a "
                                    "range of motion or a functional task."
                                ),
                            },
                            {
                                "term": "Functional goal",
                                "definition": (
                                    "A goal stated as something the client wants to be able to do "
                                    "in daily life."
                                ),
                            },
                            {
                                "term": "Amendment",
                                "definition": (
                                    "A dated correction or addition to a record that leaves the "
                                    "original entry readable."
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Practical summary", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>Write every note the same day, keep the four SOAP sections distinct, "
                        "describe rather than diagnose, and tie the plan to goals the client cares "
                        "about. Then measure again: reassessment is what turns a series of "
                        "sessions into a treatment plan.</p>"
                    ),
                ),
            ],
        },
        {
            "slug": "record-keeping-privacy-and-ce-records",
            "title": "Record Keeping, Privacy and Your CE Record",
            "intro": (
                "Client records and your own continuing education records may both be checked "
                "years after the fact. This module covers retention, privacy and security, and how "
                "to build a CE file that is ready for renewal or audit."
            ),
            "estimated_minutes": 25,
            "required": True,
            "body": [
                (
                    "heading",
                    {"text": "Client records: what to keep and for how long", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>A client record includes the intake form and health history updates, "
                        "consent, treatment plans, SOAP notes, clearance letters, correspondence "
                        "and financial records. Retention periods are set by each jurisdiction and "
                        "differ widely. Many require records to be kept for a number of years "
                        "after the last visit, and longer for minors, often counted from the age "
                        "of majority. Check your board's or college's rules and your insurer's "
                        "guidance, and where they differ, keep records for the longest period.</p>"
                    ),
                ),
                ("heading", {"text": "Privacy and security", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Client information is shared only with the client's consent or when "
                        "the law requires it, for example under a court order or a mandatory "
                        "reporting duty. In the United States, the federal HIPAA rules apply to "
                        "covered entities, such as providers who bill insurers electronically; "
                        "many independent therapists are not covered, but state law and "
                        "professional ethics still demand confidentiality. In Canada, federal or "
                        "provincial privacy laws apply, and some provinces have health-specific "
                        "legislation. Clients generally have the right to see and obtain a copy of "
                        "their own record.</p><ul><li>Store paper records in a locked cabinet and "
                        "electronic records on encrypted, password-protected "
                        "devices.</li><li>Limit access to the people who need it.</li><li>Dispose "
                        "of records securely, for example by cross-cut shredding or secure "
                        "deletion.</li><li>Know what you will do if records are lost or accessed "
                        "without permission.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "precaution",
                        "title": "Texting, email and online groups",
                        "body": (
                            "<p>An appointment reminder is one thing; clinical details are "
                            "another. Avoid sending health information by ordinary text or email "
                            "unless the client agrees and you have a secure method. Never discuss "
                            "an identifiable client online, even in a professional group seeking "
                            "advice.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Keeping your CE record renewal-ready", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Meeting renewal requirements is your responsibility, not the "
                        "provider's. Approved providers keep completion records too "
                        "(NCBTMB-approved providers keep them for six years), but providers can "
                        "close and websites change. Keep your own copy of every certificate, and "
                        "check it before you file it.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Checking a CE certificate",
                        "table": {
                            "data": [
                                ["Item", "What to check"],
                                ["Your name", "Matches your license or registration exactly"],
                                [
                                    "License number",
                                    "Included where your board requires it, as Florida does",
                                ],
                                ["Course title", "Shown exactly as approved, not shortened"],
                                [
                                    "Course type",
                                    (
                                        "Live, home study or webinar; a recorded webinar counts as "
                                        "home study"
                                    ),
                                ],
                                ["Date of completion", "Falls within your current renewal cycle"],
                                ["CE hours", "Exactly the approved number, labeled as CE hours"],
                                [
                                    "Provider details",
                                    "Name, approval number, address or email, and signature",
                                ],
                            ],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                            "table_caption": "",
                        },
                    },
                ),
                (
                    "technique_steps",
                    {
                        "title": "Building a CE file for renewal or audit",
                        "purpose": (
                            "A simple routine that keeps you ready for renewal at any point in the "
                            "cycle."
                        ),
                        "steps": [
                            {
                                "instruction": (
                                    "At the start of each cycle, note the cycle dates and every "
                                    "requirement: total hours, ethics hours and any required "
                                    "topics."
                                ),
                                "cue": (
                                    "If you hold more than one credential, list each body's rules "
                                    "separately; one course may count toward both."
                                ),
                            },
                            {
                                "instruction": (
                                    "Write a short learning plan: where you want to grow and which "
                                    "activities will get you there."
                                ),
                                "cue": (
                                    "Regulators that do not pre-approve courses want to see why "
                                    "you chose an activity, not just that you completed it."
                                ),
                            },
                            {
                                "instruction": (
                                    "Save each certificate promptly under a consistent file name: "
                                    "date, provider, title, hours."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "Keep a running log of date, title, provider, course type, "
                                    "hours and category, such as ethics."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "After each activity, add a sentence or two on how it changed "
                                    "your practice."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "Several months before renewal, compare the log with the "
                                    "requirements and close any gaps."
                                ),
                                "cue": (
                                    "Home-study certificates are issued only after you pass the "
                                    "course test, so allow time."
                                ),
                            },
                            {
                                "instruction": (
                                    "Keep the file after renewal for at least as long as your "
                                    "board or certifying body may audit it."
                                ),
                                "cue": "",
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Reflection", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>Open your current CE file, or start one today. Could you produce every "
                        "certificate for this cycle within ten minutes if an auditor asked? If "
                        "not, begin with the log and the learning plan; the certificates are "
                        "easier to gather once you know what you are looking for.</p>"
                    ),
                ),
            ],
        },
    ],
}
