"""Demo course: contraindications and precautions in massage practice."""

COURSE = {
    "slug": "contraindications-and-precautions",
    "title": "Contraindications and Precautions in Massage Practice",
    "topic": "contraindications",
    "summary": (
        "Recognize conditions that call for caution, from acute inflammation and blood thinners to "
        "suspected deep vein thrombosis and recent surgery. Learn to adapt position, pressure, "
        "duration and area, to decide when to refer instead of treating, and to document each "
        "decision clearly."
    ),
    "description": (
        "<p>Most clients can be massaged safely, but every therapist meets situations in which the "
        "usual session would do harm. This course gives you a clear framework of <b>local, general "
        "and absolute contraindications</b> and applies it to the conditions you are most likely "
        "to meet: acute inflammation, bleeding risk and anticoagulants, suspected deep vein "
        "thrombosis, recent surgery and conditions that need medical clearance.</p><p>Short "
        "clinical vignettes walk through the reasoning step by step. You will practice choosing "
        "adaptations, deciding when referral must come first, and writing a record that shows what "
        "you found, what you decided and why. The course stays within scope throughout: you learn "
        "to recognize and respond, never to diagnose.</p>"
    ),
    "level": "intermediate",
    "course_type": "home_study",
    "ce_hours": "2.50",
    "approved_title": "Contraindications and Precautions in Massage Therapy Practice",
    "approval_number": "HS-2026-0171",
    "objectives": [
        (
            "Distinguish local, general and absolute contraindications and explain how one "
            "condition can move between categories."
        ),
        (
            "Identify signs of acute inflammation and infection and adapt treatment to the stage "
            "of tissue healing."
        ),
        (
            "Adjust pressure and technique for clients with bleeding disorders or taking "
            "anticoagulant or antiplatelet medicines."
        ),
        (
            "Recognize risk factors and warning signs of deep vein thrombosis and carry out a "
            "same-day referral."
        ),
        (
            "Plan safe sessions after recent surgery and write a specific request for medical "
            "clearance."
        ),
        (
            "Document a contraindication decision, including findings, reasoning, adaptations, "
            "referral and client consent."
        ),
    ],
    "prerequisites": [],
    "modules": [
        {
            "slug": "local-general-and-absolute-contraindications",
            "title": "Local, General and Absolute Contraindications",
            "intro": (
                "Before you decide how to treat, you decide whether to treat. This module sets out "
                "the vocabulary and the screening sequence that the rest of the course builds on."
            ),
            "estimated_minutes": 25,
            "required": True,
            "body": [
                ("heading", {"text": "Why a shared vocabulary matters", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>A <b>contraindication</b> is a condition or circumstance that makes a "
                        "treatment, or treatment of one part of the body, likely to cause harm. A "
                        "<b>precaution</b> is a situation in which treatment can go ahead, but "
                        "only if it is changed to keep the client safe. Textbooks and regulators "
                        "do not all use identical labels, yet they agree on the idea behind them: "
                        'the real question is rarely "Can I massage this person?" and almost '
                        'always "What, where, how firmly, for how long, and under what '
                        'conditions?"</p><p>Clear categories help you act consistently, explain '
                        "your reasoning to the client and record it so another practitioner could "
                        "follow it. A reasoned, written decision is also far easier to defend than "
                        "one made on instinct.</p>"
                    ),
                ),
                (
                    "key_terms",
                    {
                        "title": "Key terms",
                        "terms": [
                            {
                                "term": "Local contraindication",
                                "definition": (
                                    "A condition confined to one area. That area and a margin "
                                    "around it are avoided, while the rest of the body may be "
                                    "treated. Examples: an open wound, a fresh bruise, varicose "
                                    "veins."
                                ),
                            },
                            {
                                "term": "General contraindication",
                                "definition": (
                                    "A condition affecting the whole person, and so the whole "
                                    "session. Depending on severity it calls for a modified "
                                    "session, postponement or medical clearance."
                                ),
                            },
                            {
                                "term": "Absolute contraindication",
                                "definition": (
                                    "A situation in which no massage should be given for now, "
                                    "because the risk clearly outweighs any benefit. Examples: "
                                    "suspected deep vein thrombosis, an acute infection with fever."
                                ),
                            },
                            {
                                "term": "Relative contraindication (precaution)",
                                "definition": (
                                    "A condition in which massage can be safe once it is adapted, "
                                    "for example with lighter pressure, a different position, a "
                                    "shorter session or certain techniques left out."
                                ),
                            },
                            {
                                "term": "Medical clearance",
                                "definition": (
                                    "Confirmation from the client's treating provider that massage "
                                    "is appropriate, ideally with any limits to respect."
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "The same condition can change category", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>A category describes the client's condition today, not a permanent "
                        "label. A sprained ankle is a local contraindication on the first day and "
                        "a precaution a few weeks later. Blood pressure that is well controlled "
                        "with medication is a minor precaution; a client who reports a very high "
                        "reading with a severe headache needs medical care before any "
                        "massage.</p><p>Because conditions change, screening is not a one-time "
                        "event. Ask about changes at every visit and update the health history.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Matching the category to a response",
                        "table": {
                            "data": [
                                ["Category", "Typical response", "Example"],
                                [
                                    "Local contraindication",
                                    (
                                        "Avoid the area and a margin around it; treat elsewhere if "
                                        "nothing else prevents it"
                                    ),
                                    "A healing graze on the forearm",
                                ],
                                [
                                    "Relative contraindication (precaution)",
                                    "Proceed with specific adaptations and closer monitoring",
                                    "A client taking an anticoagulant who has no other concerns",
                                ],
                                [
                                    "General contraindication",
                                    (
                                        "Modify the whole session, postpone it, or obtain "
                                        "clearance, depending on severity"
                                    ),
                                    "Recovering from flu: no fever now, but still tired",
                                ],
                                [
                                    "Absolute contraindication",
                                    "Do not treat; refer, with urgency matched to the findings",
                                    "One calf swollen and warm after a long flight",
                                ],
                            ],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                            "table_caption": "",
                        },
                    },
                ),
                ("heading", {"text": "A decision sequence you can repeat", "level": "h2"}),
                (
                    "technique_steps",
                    {
                        "title": "Screening before every session",
                        "purpose": (
                            "A repeatable sequence for deciding whether, where and how to treat."
                        ),
                        "steps": [
                            {
                                "instruction": (
                                    "Review the health history and ask what has changed since the "
                                    "last visit: new diagnoses, medications, procedures, injuries "
                                    "or symptoms."
                                ),
                                "cue": (
                                    'Open questions work better: "What has changed with your '
                                    'health since I last saw you?" invites more than "Anything '
                                    'new?"'
                                ),
                            },
                            {
                                "instruction": (
                                    "Listen and look for warning signs that call for medical "
                                    "attention before anything else."
                                ),
                                "cue": (
                                    "Chest pain, sudden breathlessness, one-sided leg swelling, "
                                    "new numbness or weakness, fever."
                                ),
                            },
                            {
                                "instruction": (
                                    "Place each condition in a category for today, and decide "
                                    "whether it needs clearance from the client's provider."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "For every precaution, choose concrete adaptations: position, "
                                    "pressure, duration, techniques and areas to avoid."
                                ),
                                "cue": (
                                    '"No deep pressure on the left leg" is a plan. "Be careful" is '
                                    "not."
                                ),
                            },
                            {
                                "instruction": (
                                    "Explain the decision and any limits to the client, and obtain "
                                    "consent to the adapted plan."
                                ),
                                "cue": (
                                    "If the client disagrees with a safety limit, the limit "
                                    "stands; offer a referral or a later appointment."
                                ),
                            },
                            {
                                "instruction": (
                                    "Record the findings, the decision, your reasoning and the "
                                    "client's consent."
                                ),
                                "cue": "",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "precaution",
                        "title": "When you are unsure",
                        "body": (
                            "<p>If you cannot place a condition in a category with confidence, "
                            "treat it as the more serious possibility until you have better "
                            "information. Postponing rarely causes harm; treating through a "
                            "condition you did not understand sometimes does. It is always "
                            'acceptable to say, "I would like to check with your doctor before we '
                            'work on that area."</p>'
                        ),
                    },
                ),
                ("heading", {"text": "Vignette: deciding on the day", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>A regular client booked for a full-body session mentions that a cold "
                        'sore appeared on her upper lip two days ago and that she feels "a bit '
                        'run-down". She has no fever.</p><p><b>Reasoning.</b> A cold sore is '
                        "contagious and confined to one spot, so it is a local contraindication: "
                        "the face is left out of the session, you do not touch the area, and hand "
                        "hygiene and laundering follow your usual infection-control routine. "
                        "Feeling tired without a fever does not rule out massage, but it points "
                        "toward a gentler, somewhat shorter session. Had she described fever, "
                        "chills and body aches, the whole session would be postponed: on that day, "
                        "an absolute contraindication. The record shows what she reported and what "
                        "you changed.</p>"
                    ),
                ),
                ("heading", {"text": "Reflection", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>Think of three conditions you have seen on intake forms. For each, "
                        "name its category on that day, the response you chose, and the change "
                        "that would have moved it into another category. Rehearsing this reasoning "
                        "makes it automatic at the table.</p>"
                    ),
                ),
            ],
        },
        {
            "slug": "acute-inflammation-and-recent-injury",
            "title": "Acute Inflammation and Recent Injury",
            "intro": (
                "Inflamed tissue is already busy repairing itself. This module explains how to "
                "recognize acute inflammation, what to leave alone, and what you can still safely "
                "offer the client."
            ),
            "estimated_minutes": 25,
            "required": True,
            "body": [
                ("heading", {"text": "Recognizing acute inflammation", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Acute inflammation is the body's first response to injury or "
                        "irritation. Its signs are familiar: <b>heat, redness, swelling, pain</b> "
                        "and <b>reduced function</b>. In the days after a sprain, strain, bruise "
                        "or overuse flare, small blood vessels leak fluid and cells into the area, "
                        "nerve endings become more sensitive, and the first repair tissue laid "
                        "down is fragile.</p><p>The acute phase often lasts a few days, but it "
                        "varies with the tissue, the severity of the injury and the person's "
                        "health. Let the signs guide you rather than the calendar. Inflammation "
                        "also appears without a clear injury, for example in a flare of rheumatoid "
                        "arthritis, an attack of gout, bursitis or an irritated tendon.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Deep or vigorous work over acutely inflamed tissue can increase blood "
                        "flow and fluid in an area that already has too much, add mechanical "
                        "stress to tissue that cannot yet tolerate it, and heighten pain. "
                        "Techniques that generate heat, such as brisk friction, and heat "
                        "applications have a similar effect. The inflamed site is therefore a "
                        "local contraindication to direct work. That does not make the client "
                        "untreatable.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Adjusting to the stage of healing",
                        "table": {
                            "data": [
                                ["Stage", "What you may notice", "General approach"],
                                [
                                    "Acute (often the first few days)",
                                    "Heat, redness, swelling; pain at rest or with light touch",
                                    (
                                        "No direct work on the area; treat compensating regions; "
                                        "support the limb comfortably"
                                    ),
                                ],
                                [
                                    "Subacute (days to several weeks)",
                                    (
                                        "Heat and redness settling, swelling going down, pain "
                                        "mainly on movement"
                                    ),
                                    (
                                        "Gentle work near the area, then on it, within tolerance; "
                                        "no deep pressure or aggressive friction"
                                    ),
                                ],
                                [
                                    "Chronic or remodeling (beyond several weeks)",
                                    "No heat; stiffness, scar tissue, guarded movement",
                                    (
                                        "Progress techniques within tolerance, in step with any "
                                        "rehabilitation program"
                                    ),
                                ],
                            ],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                            "table_caption": "",
                        },
                    },
                ),
                ("heading", {"text": "What you can still offer", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Compensating areas.</b> A limp, a sling or a crutch overloads "
                        "the opposite hip, the lower back, the shoulders and the neck. These areas "
                        "often benefit most.</li><li><b>Light work away from the site.</b> Slow, "
                        "light strokes on the part of the limb closer to the trunk can be "
                        "soothing, provided you stay clear of the inflamed area "
                        "itself.</li><li><b>Comfortable positioning.</b> Support the injured part "
                        "with pillows or bolsters and avoid positions that load "
                        "it.</li><li><b>General relaxation.</b> Reducing overall tension and "
                        "protective guarding is a legitimate goal in its own "
                        "right.</li></ul><p>Encourage the client to follow the injury-care advice "
                        "of their physician or physical therapist.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "contraindication",
                        "title": "Inflammation with signs of infection",
                        "body": (
                            "<p>Spreading redness, red streaks running from a wound, pus, pain "
                            "that keeps increasing, or a hot area accompanied by fever or feeling "
                            "generally unwell may point to an infection such as cellulitis. Do not "
                            "treat. Advise the client to contact their health care provider "
                            "promptly, and the same day if they have a fever or the redness is "
                            "spreading.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Vignette: a sprained ankle at 48 hours", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>A recreational soccer player books a session two days after rolling "
                        "his right ankle. He limps, the outside of the ankle is swollen and "
                        'bruised, and he says it throbs at night. He wants you to "work it out" so '
                        "he can play on the weekend.</p><p><b>Reasoning.</b> Swelling, bruising "
                        "and pain at rest describe acute inflammation, so the ankle is a local "
                        "contraindication. Ask whether the ankle has been assessed. If it has not, "
                        "and he cannot take weight on it comfortably or the pain is over the bone "
                        "rather than the soft tissue, recommend medical assessment before he "
                        "returns to sport. For today, rest the ankle on a pillow, leave it "
                        "untouched, and work the opposite leg, both hips and the lower back, which "
                        "are absorbing his altered gait. Explain why the ankle is left alone, and "
                        "that the return-to-play decision belongs to him and his health care "
                        "provider. Record the findings, the areas treated and the advice given.</p>"
                    ),
                ),
                ("heading", {"text": "Inflammatory conditions that come and go", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Clients with rheumatoid arthritis, gout or recurring bursitis move "
                        "between flares and quieter periods. During a flare, the affected joints "
                        "are a local contraindication to direct work, and general fatigue often "
                        "calls for a shorter, lighter session. Between flares, gentle work around "
                        "the joints may ease stiffness and improve comfort. Forceful joint "
                        "mobilization is avoided. In rheumatoid arthritis the joints of the upper "
                        "neck can become unstable, so strong neck stretches and end-range neck "
                        "movements are left out. Many of these clients take corticosteroids or "
                        "medicines that suppress the immune system, which can thin the skin and "
                        "raise infection risk, so check the skin and keep your hygiene "
                        "meticulous.</p>"
                    ),
                ),
                (
                    "key_terms",
                    {
                        "title": "Key terms",
                        "terms": [
                            {
                                "term": "Acute inflammation",
                                "definition": (
                                    "The early protective response to injury or irritation, marked "
                                    "by heat, redness, swelling, pain and reduced function."
                                ),
                            },
                            {
                                "term": "Cellulitis",
                                "definition": (
                                    "A bacterial infection of the skin and the tissue beneath it, "
                                    "with spreading redness, warmth and tenderness; it needs "
                                    "medical treatment."
                                ),
                            },
                            {
                                "term": "Flare",
                                "definition": (
                                    "A period in which a long-term inflammatory condition becomes "
                                    "more active and symptoms worsen."
                                ),
                            },
                            {
                                "term": "Compensation",
                                "definition": (
                                    "Changes in posture or movement that protect an injured part "
                                    "and place extra load on other areas."
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Practical summary", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>Hot, red, swollen and painful means hands off that spot, not hands off "
                        "the client. Work around the area, favor gentle techniques over deep or "
                        "heat-producing ones, stay alert for signs of infection, and let the "
                        "tissue's signs, not the client's event date, tell you when to "
                        "progress.</p>"
                    ),
                ),
            ],
        },
        {
            "slug": "bleeding-risk-anticoagulants-and-dvt",
            "title": "Bleeding Risk, Anticoagulants and Suspected Deep Vein Thrombosis",
            "intro": (
                "Blood clotting depends on a balance. With too little clotting, clients bruise and "
                "bleed easily; with too much, a clot can form in a deep vein. This module covers "
                "both, including the situation in which you stop and refer the same day."
            ),
            "estimated_minutes": 25,
            "required": True,
            "body": [
                ("heading", {"text": "Clients who bleed or bruise easily", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Bleeding risk has several sources: inherited disorders such as "
                        "hemophilia and von Willebrand disease, a low platelet count (for example "
                        "during chemotherapy), liver disease and, most often in practice, "
                        "medication. Deep pressure, friction, percussion, cupping and tools can "
                        "bruise these clients and, in severe disorders, cause bleeding into "
                        "muscles or joints.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Medicines and supplements that affect bleeding",
                        "table": {
                            "data": [
                                [
                                    "Group",
                                    "Names a client may mention",
                                    "What it means for treatment",
                                ],
                                [
                                    "Oral anticoagulants",
                                    "Warfarin, apixaban, rivaroxaban, dabigatran, edoxaban",
                                    (
                                        "Higher bruising risk; light to moderate pressure; no "
                                        "deep, sustained or heat-producing techniques"
                                    ),
                                ],
                                [
                                    "Injected anticoagulants",
                                    "Heparin, enoxaparin",
                                    (
                                        "As above; also avoid the injection sites, often on the "
                                        "abdomen or thighs"
                                    ),
                                ],
                                [
                                    "Antiplatelet medicines",
                                    "Low-dose aspirin, clopidogrel, ticagrelor",
                                    (
                                        "Bruising more likely; avoid deep work and tools; ask "
                                        "about recent bruising"
                                    ),
                                ],
                                [
                                    "Other medicines and supplements",
                                    (
                                        "Regular anti-inflammatory pain relievers, high-dose fish "
                                        "oil, ginkgo"
                                    ),
                                    (
                                        "Usually a smaller effect, but worth asking about, "
                                        "especially alongside other blood thinners"
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
                        "<p>When a client takes a blood thinner, also ask <i>why</i>. The reason, "
                        "such as atrial fibrillation, a mechanical heart valve, a previous clot or "
                        "recent surgery, may need adaptations of its own. New, unexplained "
                        "bruising or bleeding is a reason for them to contact their prescriber. "
                        "Never suggest stopping or changing a medication: that is outside your "
                        "scope, and stopping an anticoagulant can be dangerous.</p><p>For these "
                        "clients, use broad contact, gliding and gentle kneading at light to "
                        "moderate pressure. Leave out deep tissue work, sustained compression of "
                        "tender points, deep friction, percussion, cupping and scraping tools. "
                        "Look at the skin before you start.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "precaution",
                        "title": "Check in after the first session",
                        "body": (
                            "<p>Ask clients on blood thinners to tell you about any bruising that "
                            "appears in the day or two after treatment. If bruising follows "
                            "pressure you believed was light, reduce it further next time and note "
                            "this in the record.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": "Deep vein thrombosis: recognize it, do not test for it",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Deep vein thrombosis (DVT) is a blood clot in a deep vein, most often "
                        "in the calf or thigh. The danger is that part of the clot breaks away and "
                        "lodges in the lungs, a pulmonary embolism, which can be fatal. Risk "
                        "factors include:</p><ul><li>recent surgery, especially of the hip, knee, "
                        "abdomen or pelvis</li><li>immobility: long journeys, bed rest, a cast or "
                        "a brace</li><li>a previous clot, or a family history of "
                        "clots</li><li>cancer and some cancer treatments</li><li>pregnancy and the "
                        "weeks after giving birth</li><li>estrogen-containing contraception or "
                        "hormone therapy</li><li>older age, obesity and smoking</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Typical signs, usually in one leg, are swelling, pain or tenderness "
                        "(often in the calf), warmth, red or darkened skin and more visible "
                        "surface veins. Some clots cause few or no signs, so risk factors matter "
                        'as much as symptoms. Do not press, squeeze or stretch the leg to "test" '
                        "it. No hands-on test you could perform rules a clot in or out; that takes "
                        "medical assessment, usually with an ultrasound scan.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "contraindication",
                        "title": "Suspected DVT is an absolute contraindication",
                        "body": (
                            "<p>If you suspect a DVT, do not massage: not the affected leg, and "
                            "not a modified session elsewhere. Advise same-day medical assessment. "
                            "If the client has sudden shortness of breath, chest pain that worsens "
                            "on breathing in, is coughing up blood, has a racing heartbeat or "
                            "faints, call emergency services (911 in the United States and Canada) "
                            "at once.</p>"
                        ),
                    },
                ),
                (
                    "technique_steps",
                    {
                        "title": "Responding to a suspected DVT",
                        "purpose": (
                            "What to do when a client's history or presentation suggests a clot."
                        ),
                        "steps": [
                            {
                                "instruction": (
                                    "Stop, or do not begin, treatment. Let the client rest "
                                    "comfortably."
                                ),
                                "cue": (
                                    "Stay calm and matter-of-fact; clarity helps more than alarm."
                                ),
                            },
                            {
                                "instruction": (
                                    "Explain in plain words what you noticed and why it needs "
                                    "medical attention today."
                                ),
                                "cue": (
                                    '"One calf is swollen and warm. That has several possible '
                                    "causes, and some need checking quickly, so I won't massage "
                                    'today. Please get seen by a doctor today."'
                                ),
                            },
                            {
                                "instruction": (
                                    "Help the client choose where to go: their own provider if "
                                    "they can be seen today, an urgent care clinic or an emergency "
                                    "department."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "Call emergency services instead if any signs of a clot in the "
                                    "lungs appear."
                                ),
                                "cue": (
                                    "Sudden breathlessness, chest pain, coughing blood, fainting."
                                ),
                            },
                            {
                                "instruction": (
                                    "Document what you observed, what the client reported, the "
                                    "advice you gave and the client's response, including a "
                                    "refusal."
                                ),
                                "cue": (
                                    'Describe rather than label: "left calf visibly larger than '
                                    'right, warm to touch", not "DVT".'
                                ),
                            },
                            {
                                "instruction": (
                                    "Before the next session, confirm the outcome and obtain "
                                    "clearance if a clot was found."
                                ),
                                "cue": "",
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Vignette: the long flight", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>A 58-year-old client returns from a fourteen-hour flight and asks for "
                        'help with "jet-lag legs". At intake she mentions that her left calf has '
                        "ached for two days and her sock left a deeper mark on that side. She "
                        "takes estrogen-containing hormone therapy.</p><p><b>Reasoning.</b> Long "
                        "immobile travel, hormone therapy and age are all risk factors, and a "
                        "one-sided ache with swelling fits the pattern that needs urgent checking. "
                        "You cannot tell whether this is a clot or a strained muscle, and you do "
                        "not need to. The decision: no massage today, advice to be assessed the "
                        "same day, and a careful note. If she mentions breathlessness or chest "
                        "pain, call 911.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><b>Practical summary.</b> For clients who bleed easily, lighten and "
                        "broaden your touch and leave out deep, sustained and tool-based work. For "
                        "a possible clot, stop, refer the same day and write it down. Neither "
                        "situation asks you to diagnose; both ask you to notice and act.</p>"
                    ),
                ),
            ],
        },
        {
            "slug": "recent-surgery-and-medical-clearance",
            "title": "Recent Surgery and Conditions That Need Medical Clearance",
            "intro": (
                "Surgery and many long-term conditions do not rule out massage, but they change "
                "what is safe. This module covers the post-surgical client and explains when, and "
                "how, to ask the treating provider for clearance."
            ),
            "estimated_minutes": 25,
            "required": True,
            "body": [
                ("heading", {"text": "Why recent surgery changes the plan", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Incisions.</b> Leave them alone until they are fully closed. "
                        "Scar work begins only once healing is complete and the surgeon "
                        "agrees.</li><li><b>Clot risk.</b> The risk of DVT stays raised for weeks "
                        "after surgery, particularly after lower-limb, abdominal or pelvic "
                        "operations, and many clients are prescribed an anticoagulant for this "
                        "reason.</li><li><b>Swelling and pain.</b> Post-operative swelling is "
                        "expected; pain medication, especially opioids, can cause drowsiness and "
                        "dizziness and blunt the client's feedback about "
                        "pressure.</li><li><b>Devices and lines.</b> Drains, implanted ports and "
                        "internal hardware all affect positioning and where you place "
                        "pressure.</li><li><b>Lymph node removal.</b> Removing or irradiating "
                        "lymph nodes raises the lifelong risk of lymphedema in the region they "
                        "drained.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Many operations come with movement precautions. After some hip "
                        "replacements, for example, clients are told not to bend the hip beyond a "
                        "right angle, cross their legs or turn the leg inward. Spinal surgery "
                        "often limits bending and twisting, and a repaired shoulder may need to "
                        "stay in a sling. Ask what the surgeon or physical therapist instructed "
                        "and position the client within those limits. If the client is unsure, "
                        "leave the area out until you have clarification.</p>"
                    ),
                ),
                ("heading", {"text": "Vignette: three days after knee arthroscopy", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>A client arrives three days after arthroscopic surgery on her right "
                        "knee. Small dressings cover the incisions, the knee is swollen and she "
                        "walks with one crutch. Her shoulders and back ache from the crutch, and "
                        "she asks for a full-body session. Her discharge instructions allow gentle "
                        "massage away from the knee.</p><p><b>Reasoning.</b> The incisions are "
                        "fresh, so the knee is a local contraindication. Lower-limb surgery and "
                        "reduced mobility raise clot risk, so you ask about calf pain, swelling "
                        "beyond the knee and blood thinners. She has no calf pain or new swelling "
                        "and takes a prescribed anticoagulant for two weeks. The plan: no work on "
                        "the operated leg; light pressure everywhere because of the anticoagulant; "
                        "side-lying or supine with the knee supported as she finds comfortable; "
                        "focus on the shoulders, neck and back; a shorter session; and slow "
                        "position changes because her pain medication can cause dizziness. The "
                        "right leg can be included once her surgeon agrees; you document the "
                        "screening and the plan.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "precaution",
                        "title": "Keep an eye on the operated limb",
                        "body": (
                            "<p>Even when the operated limb is off-limits, look at it at every "
                            "visit. New calf pain, swelling spreading below the knee, warmth or "
                            "redness, or an incision that is oozing or increasingly red are "
                            "reasons to stop and refer, not to adapt.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Conditions that call for medical clearance", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Seek clearance when you cannot judge safety from what you know: the "
                        "condition is unstable, poorly controlled or recent, or its provider has "
                        "set limits you have not seen. Clearance does not transfer responsibility. "
                        "You still screen at each visit and decide how to treat.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Common reasons to seek clearance",
                        "table": {
                            "data": [
                                ["Situation", "Why it matters", "Typical adaptations once cleared"],
                                [
                                    "Cancer in active treatment",
                                    (
                                        "Low blood counts, fragile skin after radiation, ports and "
                                        "lines, fatigue, clot risk"
                                    ),
                                    (
                                        "Light pressure; avoid tumor sites, treatment fields, "
                                        "ports and lines; shorter sessions"
                                    ),
                                ],
                                [
                                    "Heart conditions or poorly controlled blood pressure",
                                    (
                                        "Strain on the circulation, difficulty lying flat, "
                                        "medicines that cause dizziness"
                                    ),
                                    (
                                        "Semi-reclined or side-lying; shorter sessions; slow "
                                        "position changes"
                                    ),
                                ],
                                [
                                    "Diabetes with neuropathy or poor circulation",
                                    (
                                        "Reduced sensation makes pressure feedback unreliable; "
                                        "slow-healing skin; low blood sugar"
                                    ),
                                    (
                                        "Light pressure on feet and legs; inspect the skin; keep a "
                                        "sugar source at hand"
                                    ),
                                ],
                                [
                                    "Osteoporosis",
                                    "Bones may fracture under force",
                                    (
                                        "No heavy pressure over ribs or spine; no forceful "
                                        "stretching or joint mobilization"
                                    ),
                                ],
                                [
                                    "Pregnancy with complications",
                                    (
                                        "Conditions such as high blood pressure in pregnancy or "
                                        "bleeding"
                                    ),
                                    (
                                        "Follow the provider's limits; side-lying; no deep "
                                        "pressure on the legs"
                                    ),
                                ],
                                [
                                    "Recent concussion",
                                    "Symptoms can worsen with stimulation or neck work",
                                    (
                                        "Short, quiet sessions; no vigorous neck work; stop if "
                                        "symptoms increase"
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
                        "<p>The old belief that massage spreads cancer is not supported by current "
                        "evidence; the real concerns are those in the table, and therapists who "
                        "often see clients in treatment benefit from oncology massage training. "
                        "Swelling after lymph node removal should be referred to a therapist "
                        "trained in lymphedema care rather than treated with general massage.</p>"
                    ),
                ),
                (
                    "technique_steps",
                    {
                        "title": "Requesting medical clearance",
                        "purpose": (
                            "Getting useful information from the client's provider, with the "
                            "client's permission."
                        ),
                        "steps": [
                            {
                                "instruction": (
                                    "Explain to the client why you want clearance and obtain "
                                    "written consent to contact the provider or share your request."
                                ),
                                "cue": (
                                    "Many clients prefer to take the request to their own "
                                    "appointment. That works too."
                                ),
                            },
                            {
                                "instruction": (
                                    "Write a short, specific request: who you are, what you "
                                    "propose (type of massage, pressure, areas, frequency) and "
                                    "what you need to know."
                                ),
                                "cue": (
                                    'Ask concrete questions, such as "Are there positions, areas '
                                    'or pressure levels to avoid?", not "Is massage OK?"'
                                ),
                            },
                            {
                                "instruction": (
                                    "Describe what the client reported and what you observed, "
                                    "without diagnostic labels."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "Until the answer arrives, postpone, or treat only areas and "
                                    "methods you are confident are safe."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "File the reply in the client record, add any limits to the "
                                    "treatment plan, and follow them."
                                ),
                                "cue": (
                                    "An answer relayed verbally by the client is recorded as such, "
                                    "with the date."
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Reflection", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>Choose a situation from the table that you meet often. Write the three "
                        "questions you would put to the client's provider and the adaptations you "
                        "expect to make. A ready template makes clearance requests quicker and "
                        "more useful.</p>"
                    ),
                ),
            ],
        },
        {
            "slug": "adapting-referring-and-documenting",
            "title": "Adapting Treatment, Referring and Documenting Your Decision",
            "intro": (
                "Most precautions end in an adapted session rather than a cancelled one. This "
                "module brings together the main ways to adapt treatment, sets out when referral "
                "must come first, and shows how to document what you decided and why."
            ),
            "estimated_minutes": 25,
            "required": True,
            "body": [
                ("heading", {"text": "Four levers for adapting treatment", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Position.</b> Side-lying suits later pregnancy and clients who "
                        "cannot lie face down after chest or abdominal surgery. Semi-reclined "
                        "suits breathing difficulty, reflux, some heart conditions and dizziness. "
                        "Seated work suits clients who cannot get onto the table "
                        "safely.</li><li><b>Pressure.</b> Go lighter for bleeding risk, fragile "
                        "skin, osteoporosis, reduced sensation and medicines that dull the "
                        "client's feedback.</li><li><b>Duration.</b> Shorter sessions suit frail "
                        "or fatigued clients and the first session after clearance, when you are "
                        "still learning how the client responds.</li><li><b>Area avoided.</b> A "
                        "local contraindication is avoided together with a generous margin around "
                        "it, and the record says exactly which area.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>A fifth lever is <b>technique selection</b>. Deep friction, "
                        "percussion, cupping, tools, joint mobilization, sustained deep pressure "
                        "and heat can each be left out on its own while the rest of the session "
                        "goes ahead. Name the excluded technique in your notes rather than writing "
                        '"modified".</p>'
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Adaptations at a glance",
                        "table": {
                            "data": [
                                ["Finding", "Position", "Pressure", "Leave out"],
                                [
                                    "Anticoagulant medication",
                                    "Any comfortable position",
                                    "Light to moderate, broad contact",
                                    (
                                        "Deep or sustained pressure, friction, percussion, "
                                        "cupping, tools"
                                    ),
                                ],
                                [
                                    "Uncomplicated later pregnancy",
                                    "Side-lying, well supported",
                                    "Moderate; light on the legs",
                                    (
                                        "Deep pressure on the inner thigh and calf; long periods "
                                        "lying flat on the back"
                                    ),
                                ],
                                [
                                    "Osteoporosis",
                                    "Side-lying or supine",
                                    "Light to moderate",
                                    "Heavy pressure over ribs and spine; forceful stretches",
                                ],
                                [
                                    "Tired after an illness, no fever",
                                    "Any comfortable position",
                                    "Light; shorter session",
                                    "Vigorous or stimulating techniques",
                                ],
                            ],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                            "table_caption": "",
                        },
                    },
                ),
                ("heading", {"text": "When to refer instead of treating", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Refer when what you find suggests a condition that needs medical "
                        "assessment, when symptoms do not behave like a muscle or joint problem, "
                        "when a client is not improving as expected, or when the request lies "
                        'outside your training. A referral is not a diagnosis. You might say: "I '
                        "can't tell what is causing this, and it's important that someone who can "
                        'takes a look." Match the urgency to the findings.</p>'
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Matching urgency to findings",
                        "table": {
                            "data": [
                                ["Urgency", "Examples of findings", "Action"],
                                [
                                    "Emergency",
                                    (
                                        "Chest pain; sudden severe breathlessness; face drooping, "
                                        "arm weakness or slurred speech; sudden severe headache; "
                                        "back pain with new bladder or bowel problems or numbness "
                                        "in the saddle area"
                                    ),
                                    "Stop; call 911; stay with the client",
                                ],
                                [
                                    "Same day",
                                    (
                                        "Suspected DVT; spreading redness with fever; new, marked "
                                        "weakness in a limb"
                                    ),
                                    "Do not treat; advise assessment today",
                                ],
                                [
                                    "Prompt",
                                    (
                                        "Pain with unexplained weight loss; pain that wakes the "
                                        "client and does not ease with a change of position; a "
                                        "mole that has changed"
                                    ),
                                    "Advise a medical appointment soon; treat only if clearly safe",
                                ],
                                [
                                    "Routine",
                                    (
                                        "Needs outside your training, such as rehabilitation "
                                        "exercise or ongoing emotional distress"
                                    ),
                                    "Suggest a suitable professional",
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
                        "kind": "clinical_note",
                        "title": "Vignette: familiar back pain, new symptoms",
                        "body": (
                            "<p>A client with years of low back pain books his usual session. At "
                            "intake he mentions that since yesterday both legs feel weak, he has "
                            'numbness "where you sit on a bicycle seat", and he had trouble '
                            "passing urine this morning.</p><p><b>Reasoning.</b> This combination "
                            "can mean the nerves at the base of the spine are being compressed, "
                            "which is a surgical emergency. A long history of back pain does not "
                            "make new symptoms routine. Do not treat. Tell him plainly that these "
                            "symptoms need emergency assessment now, call 911 or make sure he goes "
                            "straight to an emergency department, and record the time and what was "
                            "said.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Documenting the decision", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>A decision not to treat, to adapt or to refer belongs in the record "
                        "just as much as a full treatment does. Write it even when no massage was "
                        "given and even when the client declines your advice. Use descriptive "
                        "language, keep to what you saw and heard, and write the note the same "
                        "day.</p>"
                    ),
                ),
                (
                    "technique_steps",
                    {
                        "title": "Recording a contraindication decision",
                        "purpose": "A note that shows what you found, what you decided and why.",
                        "steps": [
                            {
                                "instruction": (
                                    "Record what the client reported, in their own words where "
                                    "useful."
                                ),
                                "cue": (
                                    "Client reports L calf ache for 2 days after 14-hour flight; "
                                    "takes hormone therapy."
                                ),
                            },
                            {
                                "instruction": (
                                    "Record what you observed, described rather than labeled."
                                ),
                                "cue": "L calf visibly larger than R, warm to touch.",
                            },
                            {
                                "instruction": (
                                    "State the decision: treat as planned, treat with adaptations, "
                                    "postpone, or refer."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": "Give your reasoning in one or two sentences.",
                                "cue": (
                                    "One-sided swelling with travel and hormone risk factors; clot "
                                    "cannot be excluded."
                                ),
                            },
                            {
                                "instruction": (
                                    "List the adaptations, or the referral, its urgency and the "
                                    "advice given."
                                ),
                                "cue": "",
                            },
                            {
                                "instruction": (
                                    "Record the client's response and consent, including any "
                                    "refusal."
                                ),
                                "cue": "Client states she will attend urgent care today.",
                            },
                            {
                                "instruction": (
                                    "Note the follow-up and the conditions for resuming treatment, "
                                    "then date and sign."
                                ),
                                "cue": "",
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Clients may decline a referral; they cannot require a treatment you "
                        "judge unsafe. Record your advice and their decision. If you believe the "
                        "situation is an emergency, call 911: paramedics can assess the client and "
                        "their ability to decide.</p>"
                    ),
                ),
                ("heading", {"text": "Practical summary", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<p>Adapt with position, pressure, duration, area and technique; refer "
                        "with urgency matched to the findings; and write down what you found, what "
                        "you decided and why. A therapist who does these three things consistently "
                        "protects clients and practices safely.</p>"
                    ),
                ),
            ],
        },
    ],
}
