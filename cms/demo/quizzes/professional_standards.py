"""Demo quizzes for the course "Professional Standards, Ethics and Documentation"."""

QUIZZES = {
    "scope-of-practice-and-professional-bodies": {
        "title": "Check your understanding: Scope of practice and professional bodies",
        "intro": (
            "<p>Ten questions on what lies inside and outside a massage therapist's scope, how "
            "assessment differs from diagnosis, and which bodies license, register and certify "
            "you.</p>"
        ),
        "pass_mark": 70,
        "max_attempts": None,
        "time_limit_minutes": None,
        "questions": [
            (
                "multiple_response",
                {
                    "prompt": (
                        "<p>Which of these activities usually fall within a massage therapist's "
                        "scope of practice? Select all that apply.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>Assessing soft tissue and movement to plan treatment, manual soft "
                        "tissue techniques, self-care advice within your training and referral "
                        "are usually in scope. Diagnosing disease, changing medication and "
                        "high-velocity joint manipulation are not.</p>"
                    ),
                    "options": [
                        {
                            "text": "Assessing soft tissue and joint movement to plan treatment",
                            "correct": True,
                            "feedback": "Assessment that guides treatment is part of the job.",
                        },
                        {
                            "text": "Showing a client a simple stretch you were trained to teach",
                            "correct": True,
                            "feedback": "Self-care advice consistent with your training is in "
                            "scope.",
                        },
                        {
                            "text": "Referring a client to another health professional",
                            "correct": True,
                            "feedback": "Referral is an expected part of practice.",
                        },
                        {
                            "text": "Telling a client which disease is causing their pain",
                            "correct": False,
                            "feedback": "Diagnosing disease is outside scope.",
                        },
                        {
                            "text": "Advising a client to lower the dose of a prescribed medicine",
                            "correct": False,
                            "feedback": "Prescribing or adjusting medication is outside scope.",
                        },
                        {
                            "text": "High-velocity thrust manipulation of the spine",
                            "correct": False,
                            "feedback": "High-velocity joint manipulation is outside scope.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": "<p>Which note stays within a massage therapist's scope?</p>",
                    "points": "1",
                    "explanation": (
                        "<p>Describing tissue findings and movement guides treatment without "
                        "naming a disease. The other notes state diagnoses a massage therapist "
                        "is neither qualified nor permitted to make.</p>"
                    ),
                    "options": [
                        {
                            "text": "Tender, increased tone in L levator scapulae; rotation to L "
                            "limited by discomfort.",
                            "correct": True,
                            "feedback": "Right: it describes findings without diagnosing.",
                        },
                        {
                            "text": "Client has a pinched nerve in the neck.",
                            "correct": False,
                            "feedback": "This names a diagnosis.",
                        },
                        {
                            "text": "Findings consistent with a herniated cervical disc.",
                            "correct": False,
                            "feedback": "Hedged wording is still a diagnosis.",
                        },
                        {
                            "text": "Probable whiplash injury from last month's car accident.",
                            "correct": False,
                            "feedback": "Naming the injury is a diagnosis; describe what you "
                            "found instead.",
                        },
                    ],
                },
            ),
            (
                "matching",
                {
                    "prompt": "<p>Match each type of professional body to what it does.</p>",
                    "points": "2",
                    "explanation": (
                        "<p>Boards and colleges regulate practice in their jurisdictions; the "
                        "FSMTB develops the MBLEx; certification boards award voluntary "
                        "credentials beyond entry level; associations represent members and "
                        "offer ethics codes, education and insurance.</p>"
                    ),
                    "pairs": [
                        {
                            "prompt": "State licensing board",
                            "match": "Issues licenses, investigates complaints, sets renewal CE",
                        },
                        {
                            "prompt": "Regulatory college in a Canadian province",
                            "match": "Registers therapists, sets standards, runs quality assurance",
                        },
                        {
                            "prompt": "Federation of State Massage Therapy Boards",
                            "match": "Develops the entry-level licensing exam (MBLEx)",
                        },
                        {
                            "prompt": "NCBTMB",
                            "match": "Awards a voluntary credential beyond entry level",
                        },
                        {
                            "prompt": "Professional association",
                            "match": "Represents members; offers ethics code, education, insurance",
                        },
                    ],
                    "distractors": ["Writes prescriptions for clients referred to massage"],
                },
            ),
            (
                "numeric",
                {
                    "prompt": (
                        "<p>How many CE hours does NCBTMB Board Certification require in each "
                        "two-year renewal cycle?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>NCBTMB Board Certification requires <b>24 CE hours</b> every two "
                        "years, including 3 hours of ethics. Other bodies set their own totals, "
                        "so check each one you belong to.</p>"
                    ),
                    "answer": "24",
                    "tolerance": "0",
                    "unit": "CE hours",
                },
            ),
            (
                "true_false",
                {
                    "prompt": (
                        "<p>If your practice act permits a technique, you may offer it to clients "
                        "even if you have never been trained in it.</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Your personal scope is narrower than the legal scope: you offer only "
                        "techniques you have been trained in and can perform competently.</p>"
                    ),
                    "correct": False,
                    "feedback_true": (
                        "Legal permission is not enough; you also need training and competence."
                    ),
                    "feedback_false": (
                        "Right: personal scope is limited by your training and competence."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        '<p>A client asks, "Do you think my shoulder pain is a torn rotator '
                        'cuff?" Which response stays within scope?</p>'
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>You decline to diagnose, share what you did find, point the client to "
                        "someone who can investigate, and offer, with permission, to pass on your "
                        "findings.</p>"
                    ),
                    "options": [
                        {
                            "text": "\"I can't diagnose that, but the muscles around your "
                            "shoulder are tight and tender. Your doctor can check the cause, and "
                            'I can send a note if you like."',
                            "correct": True,
                            "feedback": "Right: honest, helpful and within scope.",
                        },
                        {
                            "text": '"It sounds like a small tear; it should settle with a few '
                            'massages."',
                            "correct": False,
                            "feedback": "This is a diagnosis and a prognosis you cannot give.",
                        },
                        {
                            "text": '"No, it\'s definitely just muscle tension."',
                            "correct": False,
                            "feedback": "Ruling a condition out is also a diagnosis.",
                        },
                        {
                            "text": '"I\'m not allowed to talk about your pain at all."',
                            "correct": False,
                            "feedback": "You can share your findings; you just do not diagnose.",
                        },
                    ],
                },
            ),
            (
                "short_answer",
                {
                    "prompt": (
                        "<p>What is the name of the state law that defines massage therapy, who "
                        "may practice it and which board regulates it?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>The <b>practice act</b>, together with the board's rules, sets the "
                        "legal scope of practice in each state.</p>"
                    ),
                    "accepted": [
                        "practice act",
                        "the practice act",
                        "massage practice act",
                        "massage therapy act",
                    ],
                },
            ),
            (
                "question_pool",
                {
                    "title": "Licensure, certification and associations",
                    "draw": 2,
                    "questions": [
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Certification is usually a voluntary credential awarded "
                                    "by a non-governmental body.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Certification shows a level of knowledge or skill and is "
                                    "usually voluntary; licensure is legal permission granted by "
                                    "government.</p>"
                                ),
                                "correct": True,
                                "feedback_true": "Right: certification is not a license.",
                                "feedback_false": (
                                    "Certification comes from a non-governmental body and is "
                                    "usually voluntary."
                                ),
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Holding a voluntary certification allows you to practice "
                                    "in a state that requires a license, even without one.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Where licensure is required, practicing without a license "
                                    "is unlawful. Certification does not replace it.</p>"
                                ),
                                "correct": False,
                                "feedback_true": (
                                    "Only the license gives legal permission to practice."
                                ),
                                "feedback_false": (
                                    "Right: certification does not substitute for a required "
                                    "license."
                                ),
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>A professional association's code of ethics replaces the "
                                    "state practice act for the association's members.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>An association's code adds to, but never overrides, the "
                                    "law and board rules of the jurisdiction where you "
                                    "practice.</p>"
                                ),
                                "correct": False,
                                "feedback_true": "The law still applies to every practitioner.",
                                "feedback_false": (
                                    "Right: members follow both the law and their code."
                                ),
                            },
                        ),
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>A new client tells you her podiatrist diagnosed plantar fasciitis "
                        "last spring. How should you record this?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Recording the diagnosis as reported, with its source and date, keeps "
                        "it clear that the diagnosis came from another provider and not from "
                        "you.</p>"
                    ),
                    "options": [
                        {
                            "text": "Client reports podiatrist diagnosed plantar fasciitis, "
                            "spring of last year.",
                            "correct": True,
                            "feedback": "Right: the source of the diagnosis is clear.",
                        },
                        {
                            "text": "Plantar fasciitis.",
                            "correct": False,
                            "feedback": "This reads as if you made the diagnosis.",
                        },
                        {
                            "text": "Assessment confirms plantar fasciitis.",
                            "correct": False,
                            "feedback": "Confirming a diagnosis is outside scope.",
                        },
                        {
                            "text": "Leave it out, since you cannot diagnose.",
                            "correct": False,
                            "feedback": "A reported diagnosis is useful history and should be "
                            "recorded.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>How do Ontario and British Columbia handle continuing education for "
                        "massage therapists?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>These regulators no longer pre-approve CE courses. Therapists keep a "
                        "learning plan and evidence of the activities they complete.</p>"
                    ),
                    "options": [
                        {
                            "text": "They do not pre-approve courses; therapists keep a learning "
                            "plan and evidence of their activities",
                            "correct": True,
                            "feedback": "Right: the record and the plan carry the weight.",
                        },
                        {
                            "text": "They accept only courses pre-approved by NCBTMB",
                            "correct": False,
                            "feedback": "NCBTMB approval is a US certification matter.",
                        },
                        {
                            "text": "They require exactly 24 CE hours every two years",
                            "correct": False,
                            "feedback": "That is the NCBTMB Board Certification rule.",
                        },
                        {
                            "text": "They have no continuing education expectations",
                            "correct": False,
                            "feedback": "Therapists must still plan and document their learning.",
                        },
                    ],
                },
            ),
        ],
    },
    "ethics-boundaries-and-informed-consent": {
        "title": "Check your understanding: Ethics, boundaries and informed consent",
        "intro": (
            "<p>Ten questions on the principles behind codes of ethics, the power differential, "
            "common boundary situations, and how to obtain and maintain informed consent.</p>"
        ),
        "pass_mark": 70,
        "max_attempts": None,
        "time_limit_minutes": None,
        "questions": [
            (
                "matching",
                {
                    "prompt": "<p>Match each ethical principle to its meaning in practice.</p>",
                    "points": "2",
                    "explanation": (
                        "<p>Autonomy is the client's right to decide; beneficence is acting in "
                        "their interest; non-maleficence is avoiding harm; justice is fair "
                        "treatment; integrity is honesty, confidentiality and keeping your "
                        "word.</p>"
                    ),
                    "pairs": [
                        {
                            "prompt": "Respect for autonomy",
                            "match": "Clients make their own decisions about their care",
                        },
                        {"prompt": "Beneficence", "match": "Act in the client's interest"},
                        {"prompt": "Non-maleficence", "match": "Avoid causing harm"},
                        {
                            "prompt": "Justice",
                            "match": "Treat clients fairly and without discrimination",
                        },
                        {
                            "prompt": "Integrity",
                            "match": "Be honest, keep confidences and keep your word",
                        },
                    ],
                    "distractors": ["Put the therapist's schedule first"],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>A client repeatedly makes flirtatious remarks during sessions. Who is "
                        "responsible for maintaining the professional boundary?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Because of the power differential, the therapist is always "
                        "responsible for maintaining boundaries, whatever the client says or "
                        "does.</p>"
                    ),
                    "options": [
                        {
                            "text": "The therapist, whatever the client says or does",
                            "correct": True,
                            "feedback": "Right: the responsibility never shifts to the client.",
                        },
                        {
                            "text": "The client, since they started the behavior",
                            "correct": False,
                            "feedback": "The client's behavior does not transfer the "
                            "responsibility.",
                        },
                        {
                            "text": "Both equally, as adults",
                            "correct": False,
                            "feedback": "The power differential puts the duty on the therapist.",
                        },
                        {
                            "text": "The clinic manager, if there is one",
                            "correct": False,
                            "feedback": "The treating therapist holds this responsibility.",
                        },
                    ],
                },
            ),
            (
                "multiple_response",
                {
                    "prompt": (
                        "<p>Which conditions must be met for a client's consent to be valid? "
                        "Select all that apply.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>Valid consent is informed, voluntary and given by someone with the "
                        "capacity to decide. It is an ongoing process, not a one-off "
                        "signature.</p>"
                    ),
                    "options": [
                        {
                            "text": "The client understands what is proposed",
                            "correct": True,
                            "feedback": "Consent must be informed.",
                        },
                        {
                            "text": "The client agrees free of pressure",
                            "correct": True,
                            "feedback": "Consent must be voluntary.",
                        },
                        {
                            "text": "The client has the capacity to decide",
                            "correct": True,
                            "feedback": "Capacity is the third condition.",
                        },
                        {
                            "text": "The client has signed the intake form",
                            "correct": False,
                            "feedback": "A signature alone does not show understanding or choice.",
                        },
                        {
                            "text": "Consent was given once, at the first visit",
                            "correct": False,
                            "feedback": "Consent is confirmed again whenever the plan changes.",
                        },
                    ],
                },
            ),
            (
                "ordering",
                {
                    "prompt": (
                        "<p>Put these parts of the informed consent conversation in the order "
                        "the course recommends.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>The client first needs your findings and proposal, then the practical "
                        "details, benefits and risks, and alternatives. Questions and a check of "
                        "understanding come next, and the consent is recorded at the end.</p>"
                    ),
                    "items": [
                        "Explain your findings and what you propose, in plain language",
                        "Describe the areas to be treated, the draping and what clothing stays on",
                        "Outline expected benefits, common effects and any specific risks",
                        "Mention alternatives, including no treatment or another provider",
                        "Invite questions and check the client's understanding",
                        "Record the consent, including any specific consent for sensitive areas",
                    ],
                },
            ),
            (
                "case_scenario",
                {
                    "title": "A grateful regular client",
                    "vignette": (
                        "<p>Marcus, 39, has had eight sessions with you for low back pain and is "
                        "much improved. At the end of today's visit he offers you two concert "
                        "tickets worth about $300 as thanks. That evening you receive a friend "
                        "request from him on your personal social media account, with a message "
                        "suggesting you go to the concert together.</p>"
                    ),
                    "questions": [
                        (
                            "single_choice",
                            {
                                "prompt": "<p>How should you respond to the tickets?</p>",
                                "points": "1",
                                "explanation": (
                                    "<p>An expensive gift can create a sense of obligation and "
                                    "blur the relationship. Decline politely, follow your code "
                                    "on small tokens, and note it in the record.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Decline politely and note the offer in his file",
                                        "correct": True,
                                        "feedback": "Right: this keeps the relationship "
                                        "professional.",
                                    },
                                    {
                                        "text": "Accept, since refusing might offend him",
                                        "correct": False,
                                        "feedback": "An expensive gift creates obligation, "
                                        "whatever his intent.",
                                    },
                                    {
                                        "text": "Accept and give him a free session in return",
                                        "correct": False,
                                        "feedback": "This deepens the financial entanglement.",
                                    },
                                    {
                                        "text": "Accept quietly without recording it",
                                        "correct": False,
                                        "feedback": "Hiding it makes the boundary problem worse.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>What is the professional response to the friend "
                                    "request?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Personal social media mixes personal and professional "
                                    "roles. Keep contact with clients to business channels.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Do not accept it; keep contact to business "
                                        "channels",
                                        "correct": True,
                                        "feedback": "Right: this keeps roles separate.",
                                    },
                                    {
                                        "text": "Accept it but never comment on his posts",
                                        "correct": False,
                                        "feedback": "The personal connection exists even if "
                                        "you stay silent.",
                                    },
                                    {
                                        "text": "Accept it once his treatment plan is finished",
                                        "correct": False,
                                        "feedback": "He may return as a client; keep contact "
                                        "professional.",
                                    },
                                ],
                            },
                        ),
                        (
                            "short_answer",
                            {
                                "prompt": (
                                    "<p>If you became Marcus's friend as well as his therapist, "
                                    "what kind of relationship would that create?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>A <b>dual relationship</b> mixes a personal role with "
                                    "the professional one and can compromise honesty, judgment "
                                    "and record keeping.</p>"
                                ),
                                "accepted": [
                                    "dual relationship",
                                    "a dual relationship",
                                    "dual relationships",
                                    "dual role",
                                    "dual-role relationship",
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "true_false",
                {
                    "prompt": (
                        "<p>If a client appears to consent, sexual contact with that client is "
                        "acceptable.</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Sexual contact or sexualized behavior toward a client is prohibited "
                        "everywhere, regardless of apparent consent, and can lead to loss of "
                        "license and criminal charges.</p>"
                    ),
                    "correct": False,
                    "feedback_true": (
                        "Apparent consent never makes sexual contact with a client acceptable."
                    ),
                    "feedback_false": "Right: it is prohibited in every circumstance.",
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        '<p>Halfway through a session a client says, "Can you stop, please?" '
                        "What do you do?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Consent can be withdrawn at any time. Stop at once and check in, do "
                        "not try to persuade the client to continue, resume only if they clearly "
                        "ask, and record what happened.</p>"
                    ),
                    "options": [
                        {
                            "text": "Stop at once, check in, and resume only if they clearly ask",
                            "correct": True,
                            "feedback": "Right: their word ends the treatment.",
                        },
                        {
                            "text": "Finish the current stroke sequence, then stop",
                            "correct": False,
                            "feedback": "Stopping means stopping immediately.",
                        },
                        {
                            "text": "Explain the benefits of continuing and ask them to try a "
                            "little longer",
                            "correct": False,
                            "feedback": "Persuading a client to continue undermines their consent.",
                        },
                        {
                            "text": "Switch to lighter pressure without asking",
                            "correct": False,
                            "feedback": "The client asked you to stop, not to change pressure.",
                        },
                    ],
                },
            ),
            (
                "multiple_response",
                {
                    "prompt": (
                        "<p>Which areas need specific consent before you treat them? Select all "
                        "that apply.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>The chest wall, breast tissue, upper inner thigh and gluteal region "
                        "are sensitive areas that need specific consent, in writing where your "
                        "jurisdiction requires it.</p>"
                    ),
                    "options": [
                        {
                            "text": "Chest wall",
                            "correct": True,
                            "feedback": "A sensitive area that needs specific consent.",
                        },
                        {
                            "text": "Upper inner thigh",
                            "correct": True,
                            "feedback": "A sensitive area that needs specific consent.",
                        },
                        {
                            "text": "Gluteal region",
                            "correct": True,
                            "feedback": "A sensitive area that needs specific consent.",
                        },
                        {
                            "text": "Forearm",
                            "correct": False,
                            "feedback": "Covered by general consent to the treatment plan.",
                        },
                        {
                            "text": "Calf",
                            "correct": False,
                            "feedback": "Covered by general consent to the treatment plan.",
                        },
                    ],
                },
            ),
            (
                "question_pool",
                {
                    "title": "Boundary situations",
                    "draw": 1,
                    "questions": [
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>During a session a client begins talking about serious "
                                    "distress in her marriage. What is the professional "
                                    "response?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Listening with empathy is appropriate; counseling is not. "
                                    "Suggest a professional who can help.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Listen with empathy and suggest an appropriate "
                                        "professional",
                                        "correct": True,
                                        "feedback": "Right: supportive without becoming a "
                                        "counselor.",
                                    },
                                    {
                                        "text": "Offer detailed advice on how to handle her "
                                        "marriage",
                                        "correct": False,
                                        "feedback": "Counseling is outside scope.",
                                    },
                                    {
                                        "text": "Share your own relationship problems so she "
                                        "feels less alone",
                                        "correct": False,
                                        "feedback": "This crosses an emotional boundary.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>A close friend asks to book regular treatment with you. "
                                    "What is the professional approach?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>A dual relationship can compromise honesty and records. "
                                    "Treat only if you can keep full professional standards; "
                                    "otherwise refer.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Treat only if you can keep full professional "
                                        "standards; otherwise refer",
                                        "correct": True,
                                        "feedback": "Right: the standard does not relax for "
                                        "friends.",
                                    },
                                    {
                                        "text": "Treat informally with no notes, as a favor",
                                        "correct": False,
                                        "feedback": "Every treatment needs a record.",
                                    },
                                    {
                                        "text": "Always refuse, since treating friends is "
                                        "forbidden everywhere",
                                        "correct": False,
                                        "feedback": "It is not always forbidden, but it needs "
                                        "care.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>A client makes a sexual remark and moves to touch you "
                                    "during a session. What should you do?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Stop the session, state calmly that it is over, and "
                                    "document what happened.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Stop, calmly state that the session is over, and "
                                        "document it",
                                        "correct": True,
                                        "feedback": "Right: clear, calm and recorded.",
                                    },
                                    {
                                        "text": "Ignore it and finish the session quickly",
                                        "correct": False,
                                        "feedback": "Ignoring it leaves the boundary breached.",
                                    },
                                    {
                                        "text": "Give a warning and carry on with the session",
                                        "correct": False,
                                        "feedback": "The session should end.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "true_false",
                {
                    "prompt": (
                        "<p>Once a client has signed a consent form at the first visit, you do "
                        "not need to ask again before adding abdominal work later in the "
                        "plan.</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Consent is confirmed again whenever the plan changes: a new area, a "
                        "new technique or a marked change in pressure.</p>"
                    ),
                    "correct": False,
                    "feedback_true": "A new area means a new conversation about consent.",
                    "feedback_false": "Right: changes to the plan need fresh consent.",
                },
            ),
        ],
    },
    "soap-notes-treatment-planning-and-reassessment": {
        "title": "Check your understanding: SOAP notes, treatment planning and reassessment",
        "intro": (
            "<p>Ten questions on writing SOAP notes, setting measurable goals in a treatment plan, "
            "and reassessing progress so the plan stays in the client's interest.</p>"
        ),
        "pass_mark": 70,
        "max_attempts": None,
        "time_limit_minutes": None,
        "questions": [
            (
                "matching",
                {
                    "prompt": "<p>Match each note entry to the SOAP section it belongs in.</p>",
                    "points": "2",
                    "explanation": (
                        "<p>What the client reports is subjective; what you observe, measure and "
                        "do is objective; the client's response is assessment; and home care, "
                        "rebooking and reassessment belong in the plan.</p>"
                    ),
                    "pairs": [
                        {
                            "prompt": "Low back ache 5/10 after sitting for an hour",
                            "match": "S: Subjective",
                        },
                        {
                            "prompt": "Increased tone L lumbar erectors; 45 min kneading",
                            "match": "O: Objective",
                        },
                        {
                            "prompt": "Ache 2/10 after treatment; tolerated moderate pressure",
                            "match": "A: Assessment",
                        },
                        {
                            "prompt": "Walk 10 min at lunch daily; rebook in 1 week",
                            "match": "P: Plan",
                        },
                    ],
                    "distractors": ["D: Diagnosis"],
                },
            ),
            (
                "ordering",
                {
                    "prompt": "<p>Put the steps for writing a SOAP note in order.</p>",
                    "points": "2",
                    "explanation": (
                        "<p>The note opens with identifying details, follows the session from the "
                        "client's report through your findings and treatment to their response, "
                        "sets out the plan, and ends with your signature.</p>"
                    ),
                    "items": [
                        "Enter the date, the client's identifying details and session length",
                        "Record the client's report, with pain ratings and daily-life examples",
                        "Record measurable findings and the techniques, areas and pressure used",
                        "Describe the client's response and any change during the session",
                        "Set out self-care, next appointment, referrals and reassessment date",
                        "Sign the note",
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>In a massage therapist's SOAP note, what belongs in the "
                        "<i>assessment</i> section?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>In a massage record, assessment describes findings and the client's "
                        "response to treatment, within scope. It is never a diagnosis.</p>"
                    ),
                    "options": [
                        {
                            "text": "The client's response to treatment and your findings, "
                            "within scope",
                            "correct": True,
                            "feedback": "Right: response and findings, not a diagnosis.",
                        },
                        {
                            "text": "Your diagnosis of the client's condition",
                            "correct": False,
                            "feedback": "Massage therapists do not diagnose.",
                        },
                        {
                            "text": "The client's own description of symptoms",
                            "correct": False,
                            "feedback": "That belongs in the subjective section.",
                        },
                        {
                            "text": "The date of the next appointment",
                            "correct": False,
                            "feedback": "That belongs in the plan.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": "<p>Which treatment goal is specific, measurable and functional?</p>",
                    "points": "1",
                    "explanation": (
                        "<p>A good goal names a daily activity the client cares about, a "
                        "measurable limit and a time frame, so progress can be judged at "
                        "reassessment.</p>"
                    ),
                    "options": [
                        {
                            "text": "Lift her toddler into the car seat with back pain no higher "
                            "than 3/10 within eight weeks",
                            "correct": True,
                            "feedback": "Right: activity, measure and time frame are all there.",
                        },
                        {
                            "text": "Feel better in her back",
                            "correct": False,
                            "feedback": "This cannot be measured.",
                        },
                        {
                            "text": "Reduce tension in the lumbar muscles",
                            "correct": False,
                            "feedback": "No measure, time frame or link to daily function.",
                        },
                        {
                            "text": "Attend weekly massage sessions",
                            "correct": False,
                            "feedback": "This is a frequency, not a goal.",
                        },
                    ],
                },
            ),
            (
                "numeric",
                {
                    "prompt": (
                        "<p>At the start of care a client rated his neck pain 7/10 when driving. "
                        "At reassessment he rates it 3/10. By how many points on the 0 to 10 "
                        "scale has his rating fallen?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>7 minus 3 is a <b>4-point</b> drop. Comparing the same measure taken "
                        "in the same situation is what makes the change meaningful.</p>"
                    ),
                    "answer": "4",
                    "tolerance": "0",
                    "unit": "points",
                },
            ),
            (
                "case_scenario",
                {
                    "title": "Reassessment at visit four",
                    "vignette": (
                        "<p>Aisha, 44, a bookkeeper, began a treatment plan for low back pain "
                        "four visits ago. At baseline she could sit at her desk for 30 minutes "
                        "before pain reached 6/10, and her goal is to sit for 90 minutes with pain "
                        "no higher than 3/10 within eight weeks. Her plan schedules formal "
                        "reassessment at visit four.</p>"
                    ),
                    "questions": [
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>To judge her progress fairly, you should repeat the same "
                                    "measures you recorded at baseline.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Only the same measures, sitting time and pain rating "
                                    "here, allow a fair comparison with the baseline.</p>"
                                ),
                                "correct": True,
                                "feedback_true": "Right: like must be compared with like.",
                                "feedback_false": (
                                    "Changing the measure makes the comparison unreliable."
                                ),
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>At reassessment she can still sit for only 30 minutes "
                                    "before pain reaches 6/10. What is the appropriate next "
                                    "step?</p>"
                                ),
                                "points": "2",
                                "explanation": (
                                    "<p>With no change, revise the plan or consider whether "
                                    "another approach or provider would help more. Continuing "
                                    "indefinitely without measurable benefit is not in her "
                                    "interest.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Revise the plan, or consider another approach "
                                        "or provider",
                                        "correct": True,
                                        "feedback": "Right: no change calls for a change of plan.",
                                    },
                                    {
                                        "text": "Continue the same plan indefinitely, since she "
                                        "enjoys the sessions",
                                        "correct": False,
                                        "feedback": "Enjoyment is not the same as measurable "
                                        "benefit.",
                                    },
                                    {
                                        "text": "Begin reducing session frequency",
                                        "correct": False,
                                        "feedback": "Tapering suits a client who is improving.",
                                    },
                                    {
                                        "text": "Tell her the pain must be caused by a disc "
                                        "problem",
                                        "correct": False,
                                        "feedback": "This is a diagnosis and outside scope.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>Instead, suppose she reports new numbness running down "
                                    "one leg since her last visit. What should you do?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>When a client is worse or has new symptoms, stop and "
                                    "consider referral rather than carrying on with the "
                                    "plan.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Stop and consider referral before continuing",
                                        "correct": True,
                                        "feedback": "Right: new symptoms change the picture.",
                                    },
                                    {
                                        "text": "Increase pressure on the lower back to release "
                                        "the nerve",
                                        "correct": False,
                                        "feedback": "This assumes a cause and risks harm.",
                                    },
                                    {
                                        "text": "Note it and continue the plan unchanged",
                                        "correct": False,
                                        "feedback": "New symptoms need more than a note.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "true_false",
                {
                    "prompt": (
                        "<p>To correct an error in a paper record, cover it with correction "
                        "fluid and write the right entry neatly over it.</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Errors are corrected without erasing them: draw a single line through "
                        "the error, then initial and date it. Electronic systems use an amendment "
                        "function that keeps the original visible.</p>"
                    ),
                    "correct": False,
                    "feedback_true": (
                        "The original entry must stay readable; use a single line, initials and "
                        "date."
                    ),
                    "feedback_false": "Right: never obscure the original entry.",
                },
            ),
            (
                "multiple_response",
                {
                    "prompt": (
                        "<p>Which of these belong in a treatment plan? Select all that apply.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>A plan records the client's goals, your findings, proposed "
                        "techniques, frequency and number of sessions, self-care, the measures of "
                        "progress and the reassessment date. It contains no diagnosis by the "
                        "therapist and no guaranteed outcome.</p>"
                    ),
                    "options": [
                        {
                            "text": "The client's goals",
                            "correct": True,
                            "feedback": "Goals are the core of the plan.",
                        },
                        {
                            "text": "Frequency and number of sessions",
                            "correct": True,
                            "feedback": "The plan sets out how often and how many.",
                        },
                        {
                            "text": "The measures you will use to judge progress",
                            "correct": True,
                            "feedback": "Outcome measures make reassessment possible.",
                        },
                        {
                            "text": "The date of reassessment",
                            "correct": True,
                            "feedback": "Reassessment is scheduled from the start.",
                        },
                        {
                            "text": "Your diagnosis of the client's condition",
                            "correct": False,
                            "feedback": "You record findings, not a diagnosis.",
                        },
                        {
                            "text": "A guarantee that the pain will be gone by the last session",
                            "correct": False,
                            "feedback": "Outcomes cannot be guaranteed.",
                        },
                    ],
                },
            ),
            (
                "short_answer",
                {
                    "prompt": (
                        "<p>What term describes the measurements taken at the start of care, "
                        "used for comparison at reassessment?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>The <b>baseline</b> is the starting point against which every later "
                        "measurement is compared.</p>"
                    ),
                    "accepted": [
                        "baseline",
                        "baselines",
                        "a baseline",
                        "the baseline",
                        "baseline measures",
                        "baseline measurements",
                        "baseline measurement",
                    ],
                },
            ),
            (
                "question_pool",
                {
                    "title": "Documentation principles",
                    "draw": 2,
                    "questions": [
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>If a treatment was not documented, a reviewer will "
                                    "assume it was not done.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Regulators expect a record of every treatment, and the "
                                    "record is the evidence of what happened.</p>"
                                ),
                                "correct": True,
                                "feedback_true": "Right: the record is the evidence.",
                                "feedback_false": (
                                    "Without a record, there is no evidence the treatment took "
                                    "place."
                                ),
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>A note written several days after a session is as "
                                    "accurate and credible as one written the same day.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Notes written days later are less accurate and less "
                                    "credible. Write them during or straight after the "
                                    "session.</p>"
                                ),
                                "correct": False,
                                "feedback_true": "Memory fades, and late notes carry less weight.",
                                "feedback_false": "Right: write the note the same day.",
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Continuing a treatment plan indefinitely without "
                                    "measurable benefit serves the client's interest as long as "
                                    "they keep booking.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>When reassessment shows no benefit, the plan is revised "
                                    "or the client is referred. Open-ended treatment without "
                                    "progress is not in their interest.</p>"
                                ),
                                "correct": False,
                                "feedback_true": (
                                    "Rebooking is not evidence of benefit; reassess and revise."
                                ),
                                "feedback_false": (
                                    "Right: reassessment should lead to a revised plan."
                                ),
                            },
                        ),
                    ],
                },
            ),
        ],
    },
    "final": {
        "title": "Final exam: Professional standards, ethics and documentation",
        "intro": (
            "<p>This exam covers all four modules: scope of practice and professional bodies, "
            "ethics and consent, SOAP notes and treatment planning, and record keeping, privacy "
            "and CE records. You have 30 minutes and three attempts, and you need 80% to "
            "pass.</p>"
        ),
        "pass_mark": 80,
        "max_attempts": 3,
        "time_limit_minutes": 30,
        "questions": [
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>Which of these activities is outside a massage therapist's scope of "
                        "practice?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Prescribing diets or supplements is outside scope, along with "
                        "diagnosis, medication advice, high-velocity manipulation and "
                        "psychological counseling. The other options are usual parts of "
                        "practice.</p>"
                    ),
                    "options": [
                        {
                            "text": "Recommending a specific supplement regimen for a client's "
                            "joint pain",
                            "correct": True,
                            "feedback": "Right: prescribing supplements is outside scope.",
                        },
                        {
                            "text": "Assessing the range of motion of a client's shoulder",
                            "correct": False,
                            "feedback": "Assessment to plan treatment is within scope.",
                        },
                        {
                            "text": "Teaching a stretch you were trained to teach",
                            "correct": False,
                            "feedback": "Self-care advice within your training is in scope.",
                        },
                        {
                            "text": "Referring a client to a physical therapist",
                            "correct": False,
                            "feedback": "Referral is within scope.",
                        },
                    ],
                },
            ),
            (
                "numeric",
                {
                    "prompt": (
                        "<p>Of the CE hours required for each NCBTMB Board Certification renewal "
                        "cycle, how many must be in ethics?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>NCBTMB requires 24 CE hours every two years, of which <b>3 hours</b> "
                        "must be ethics.</p>"
                    ),
                    "answer": "3",
                    "tolerance": "0",
                    "unit": "hours",
                },
            ),
            (
                "matching",
                {
                    "prompt": (
                        "<p>Match each item on a CE certificate to what you should check before "
                        "filing it.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>Boards look for an exact name, the approved title, a completion date "
                        "inside the cycle, the exact approved hours, and the correct course type. "
                        "Hours are never rounded.</p>"
                    ),
                    "pairs": [
                        {
                            "prompt": "Your name",
                            "match": "Matches your license or registration exactly",
                        },
                        {
                            "prompt": "Course title",
                            "match": "Shown exactly as approved, not shortened",
                        },
                        {
                            "prompt": "Date of completion",
                            "match": "Falls within your current renewal cycle",
                        },
                        {
                            "prompt": "CE hours",
                            "match": "Exactly the approved number, labeled as CE hours",
                        },
                        {
                            "prompt": "Course type for a recorded webinar",
                            "match": "Listed as home study",
                        },
                    ],
                    "distractors": ["Rounded up to the nearest whole hour"],
                },
            ),
            (
                "case_scenario",
                {
                    "title": "Privacy in a solo practice",
                    "vignette": (
                        "<p>Dana runs a one-room massage practice in the United States. She does "
                        "not bill insurers, keeps paper files and a laptop, and belongs to an "
                        "online group for massage therapists. A long-standing client asks for a "
                        "copy of her own record. The same week, Dana has a puzzling case she "
                        "would like advice on.</p>"
                    ),
                    "questions": [
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Because the federal HIPAA rules may not apply to Dana's "
                                    "practice, she has no duty to keep client information "
                                    "confidential.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Many independent therapists are not HIPAA covered "
                                    "entities, but state law and professional ethics still "
                                    "require confidentiality.</p>"
                                ),
                                "correct": False,
                                "feedback_true": (
                                    "State law and ethics still require confidentiality."
                                ),
                                "feedback_false": (
                                    "Right: confidentiality does not depend on HIPAA alone."
                                ),
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": "<p>How should Dana respond to the client's request?</p>",
                                "points": "1",
                                "explanation": (
                                    "<p>Clients generally have the right to see and obtain a "
                                    "copy of their own record.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Provide a copy, since clients generally have "
                                        "the right to their own record",
                                        "correct": True,
                                        "feedback": "Right: the record is about the client.",
                                    },
                                    {
                                        "text": "Refuse, because clinical notes belong only to "
                                        "the therapist",
                                        "correct": False,
                                        "feedback": "Clients generally have a right of access.",
                                    },
                                    {
                                        "text": "Provide it only if a physician requests it on "
                                        "the client's behalf",
                                        "correct": False,
                                        "feedback": "The client can ask directly.",
                                    },
                                    {
                                        "text": "Email the full file by ordinary email without "
                                        "asking how she wants it",
                                        "correct": False,
                                        "feedback": "Clinical details need a secure method the "
                                        "client agrees to.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>What is the appropriate way for Dana to get advice on "
                                    "the puzzling case?</p>"
                                ),
                                "points": "2",
                                "explanation": (
                                    "<p>An identifiable client is never discussed online, even "
                                    "in a professional group. Talking the case through with a "
                                    "trusted colleague without identifying the client is good "
                                    "practice.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Discuss it with a trusted colleague without "
                                        "anything that identifies the client",
                                        "correct": True,
                                        "feedback": "Right: advice without a privacy breach.",
                                    },
                                    {
                                        "text": "Post the details in the online group, since it "
                                        "is closed to professionals",
                                        "correct": False,
                                        "feedback": "A professional group is still online and "
                                        "still a breach.",
                                    },
                                    {
                                        "text": "Post a photo of the intake form with only the "
                                        "surname covered",
                                        "correct": False,
                                        "feedback": "The client could still be identified.",
                                    },
                                    {
                                        "text": "Text the SOAP notes to a colleague for a quick "
                                        "opinion",
                                        "correct": False,
                                        "feedback": "Ordinary texts are not a secure way to "
                                        "share clinical details.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "multiple_response",
                {
                    "prompt": (
                        "<p>Which practices keep client records secure? Select all that apply.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>Locked storage, encrypted and password-protected devices, limited "
                        "access and secure disposal all protect records. Ordinary recycling and "
                        "routine texting of clinical details do not.</p>"
                    ),
                    "options": [
                        {
                            "text": "Paper files in a locked cabinet",
                            "correct": True,
                            "feedback": "Locked storage protects paper records.",
                        },
                        {
                            "text": "Encrypted, password-protected devices",
                            "correct": True,
                            "feedback": "This protects electronic records.",
                        },
                        {
                            "text": "Access limited to people who need it",
                            "correct": True,
                            "feedback": "Fewer people with access means less risk.",
                        },
                        {
                            "text": "Cross-cut shredding of records due for disposal",
                            "correct": True,
                            "feedback": "Secure disposal is part of record security.",
                        },
                        {
                            "text": "Old files placed in the ordinary recycling bin",
                            "correct": False,
                            "feedback": "Anyone could read records disposed of this way.",
                        },
                        {
                            "text": "Sending treatment details by ordinary text for convenience",
                            "correct": False,
                            "feedback": "Use a secure method the client has agreed to.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>Your regulator requires client records to be kept for a certain "
                        "number of years after the last visit, and your insurer recommends a "
                        "longer period. What should you do?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Where rules and guidance differ, keep records for the longest "
                        "applicable period.</p>"
                    ),
                    "options": [
                        {
                            "text": "Keep records for the longer of the two periods",
                            "correct": True,
                            "feedback": "Right: the longest period satisfies both.",
                        },
                        {
                            "text": "Follow only the regulator's period",
                            "correct": False,
                            "feedback": "Shredding early could leave you without records you need.",
                        },
                        {
                            "text": "Average the two periods",
                            "correct": False,
                            "feedback": "This could fall short of one of them.",
                        },
                        {
                            "text": "Keep records only until the client's treatment ends",
                            "correct": False,
                            "feedback": "Retention is usually counted from the last visit.",
                        },
                    ],
                },
            ),
            (
                "ordering",
                {
                    "prompt": (
                        "<p>Put these steps for keeping a renewal-ready CE file in the order "
                        "they happen during a cycle.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>Start the cycle by noting requirements and writing a learning plan, "
                        "save certificates as you go, check for gaps several months before "
                        "renewal, and keep the file afterward for as long as it could be "
                        "audited.</p>"
                    ),
                    "items": [
                        "Note the cycle dates and every requirement, including ethics hours",
                        "Write a short learning plan for the cycle",
                        "Save each certificate promptly as you complete activities",
                        "Several months before renewal, compare your log with the requirements",
                        "After renewal, keep the file for as long as it may be audited",
                    ],
                },
            ),
            (
                "question_pool",
                {
                    "title": "Ethics and consent",
                    "draw": 2,
                    "questions": [
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>The therapist is responsible for maintaining boundaries, "
                                    "whatever the client says or does.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>The power differential places responsibility for "
                                    "boundaries on the therapist at all times.</p>"
                                ),
                                "correct": True,
                                "feedback_true": "Right: it never shifts to the client.",
                                "feedback_false": (
                                    "The therapist holds this responsibility in every situation."
                                ),
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Informed consent is a one-time signature that covers "
                                    "all later changes to the treatment plan.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Consent is a process. It is confirmed again for a new "
                                    "area, a new technique or a marked change in pressure.</p>"
                                ),
                                "correct": False,
                                "feedback_true": "Changes to the plan need fresh consent.",
                                "feedback_false": "Right: consent is ongoing.",
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>A client who prefers to stay fully clothed can still be "
                                    "treated, with techniques adapted.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Clients decide what clothing stays on, and you adapt "
                                    "your techniques to suit.</p>"
                                ),
                                "correct": True,
                                "feedback_true": "Right: respect the choice and adapt.",
                                "feedback_false": (
                                    "Clients may stay clothed; the techniques change instead."
                                ),
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Some regulators continue to treat a person as a client "
                                    "for a set period after care ends when applying sexual "
                                    "boundary rules.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Some regulators, including Ontario's, extend the "
                                    "client relationship for a set period after care ends.</p>"
                                ),
                                "correct": True,
                                "feedback_true": "Right: ending care does not end the duty "
                                "at once.",
                                "feedback_false": (
                                    "Some regulators do extend client status after care ends."
                                ),
                            },
                        ),
                    ],
                },
            ),
            (
                "case_scenario",
                {
                    "title": "A stiff neck and a SOAP note",
                    "vignette": (
                        "<p>Priya, 36, a graphic designer, reports right-sided neck stiffness "
                        "rated 6/10 on waking and says she cannot turn her head to check her "
                        "blind spot when driving. You find reduced active rotation to the right "
                        "and increased tone in the right upper trapezius, and you give 45 minutes "
                        "of kneading and myofascial release. Afterward she rates the stiffness "
                        "3/10 and rotation is closer to the left side.</p>"
                    ),
                    "questions": [
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>Which entry belongs in the <i>objective</i> section?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>The objective section holds what you observed and "
                                    "measured and the treatment you gave.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Reduced active rotation to R; increased tone R "
                                        "upper trapezius; 45 min kneading and myofascial release",
                                        "correct": True,
                                        "feedback": "Right: observations and treatment given.",
                                    },
                                    {
                                        "text": "Stiffness 6/10 on waking; cannot check blind "
                                        "spot when driving",
                                        "correct": False,
                                        "feedback": "This is her report, so it is subjective.",
                                    },
                                    {
                                        "text": "Rebook in one week; reassess at visit four",
                                        "correct": False,
                                        "feedback": "This belongs in the plan.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>Which <i>assessment</i> entry stays within scope?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Assessment records the response to treatment and your "
                                    "findings. Naming a cause such as a disc problem is a "
                                    "diagnosis.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Stiffness 3/10 after treatment; R rotation "
                                        "closer to L; tolerated moderate pressure",
                                        "correct": True,
                                        "feedback": "Right: response and findings, no diagnosis.",
                                    },
                                    {
                                        "text": "Probable cervical disc degeneration",
                                        "correct": False,
                                        "feedback": "This is a diagnosis.",
                                    },
                                    {
                                        "text": "Client has a pinched nerve on the right",
                                        "correct": False,
                                        "feedback": "This is a diagnosis.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "short_answer",
                {
                    "prompt": (
                        "<p>What is the term for a dated correction or addition to a record that "
                        "leaves the original entry readable?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>An <b>amendment</b> corrects or adds to a record while keeping the "
                        "original visible, on paper or electronically.</p>"
                    ),
                    "accepted": ["amendment", "an amendment", "amendments", "record amendment"],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>Who is responsible for making sure a therapist meets the CE "
                        "requirements for renewal?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Meeting renewal requirements is the therapist's responsibility. "
                        "Providers keep records too, but they can close and websites change, so "
                        "keep your own copy of every certificate.</p>"
                    ),
                    "options": [
                        {
                            "text": "The therapist",
                            "correct": True,
                            "feedback": "Right: keep your own file and check it.",
                        },
                        {
                            "text": "The CE provider that issued the certificates",
                            "correct": False,
                            "feedback": "Providers keep records, but compliance is yours.",
                        },
                        {
                            "text": "The therapist's professional association",
                            "correct": False,
                            "feedback": "Associations do not track your renewal for you.",
                        },
                        {
                            "text": "The therapist's employer",
                            "correct": False,
                            "feedback": "The license or credential is yours, and so is the duty.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "prompt": (
                        "<p>A recorded webinar that you watch after the live event counts as a "
                        "live course on your CE record.</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>A recorded webinar counts as home study, and the certificate should "
                        "show that course type.</p>"
                    ),
                    "correct": False,
                    "feedback_true": "A recorded webinar is classed as home study.",
                    "feedback_false": "Right: it counts as home study.",
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>A client asks whether you think her headaches are migraines. Which "
                        "response fits your scope?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Explain that you cannot diagnose, share the soft tissue findings you "
                        "can describe, and suggest she see a provider who can investigate, "
                        "offering to send a note with her permission.</p>"
                    ),
                    "options": [
                        {
                            "text": "Explain you can't diagnose, describe your findings, and "
                            "suggest she see her doctor",
                            "correct": True,
                            "feedback": "Right: helpful and within scope.",
                        },
                        {
                            "text": "Tell her they sound like tension headaches, not migraines",
                            "correct": False,
                            "feedback": "Distinguishing headache types is a diagnosis.",
                        },
                        {
                            "text": "Suggest an over-the-counter medicine that works for you",
                            "correct": False,
                            "feedback": "Medication advice is outside scope.",
                        },
                        {
                            "text": "Say nothing and change the subject",
                            "correct": False,
                            "feedback": "You can still share findings and suggest a referral.",
                        },
                    ],
                },
            ),
            (
                "numeric",
                {
                    "prompt": (
                        "<p>For how many years do NCBTMB-approved providers keep course "
                        "completion records?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>NCBTMB-approved providers keep completion records for <b>6 "
                        "years</b>. Even so, keep your own copy of every certificate.</p>"
                    ),
                    "answer": "6",
                    "tolerance": "0",
                    "unit": "years",
                },
            ),
        ],
    },
}
