"""Demo quizzes for the course "Contraindications and Precautions in Massage Practice"."""

QUIZZES = {
    "local-general-and-absolute-contraindications": {
        "title": "Check your understanding: Local, general and absolute contraindications",
        "intro": (
            "<p>Ten questions on the four categories of contraindication, how a condition moves "
            "between them, and the screening sequence you run before every session.</p>"
        ),
        "pass_mark": 80,
        "max_attempts": None,
        "time_limit_minutes": None,
        "questions": [
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>A client taking a blood thinner has bruised easily in the past. Which "
                        "entry in your session plan states a concrete adaptation?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>An adaptation is only useful if you, or a colleague, could carry it "
                        "out exactly. Naming the technique, the pressure and the area does that; "
                        "general reminders to take care do not.</p>"
                    ),
                    "options": [
                        {
                            "text": "Light to moderate pressure only; no deep or sustained work "
                            "on either leg.",
                            "correct": True,
                            "feedback": "Correct: it states the pressure, what is left out "
                            "and where.",
                        },
                        {
                            "text": "Be careful with pressure today.",
                            "correct": False,
                            "feedback": "This is a reminder, not a plan; nobody could tell what "
                            "was actually changed.",
                        },
                        {
                            "text": "Session modified for client safety.",
                            "correct": False,
                            "feedback": "Modified how? The entry does not say what was changed "
                            "or avoided.",
                        },
                        {
                            "text": "Use clinical judgment with the legs.",
                            "correct": False,
                            "feedback": "Judgment is needed, but the plan should record the "
                            "decision it led to.",
                        },
                    ],
                },
            ),
            (
                "matching",
                {
                    "prompt": "<p>Match each category to the response it typically calls for.</p>",
                    "points": "2",
                    "explanation": (
                        "<p>A local contraindication removes one area from the session; a "
                        "precaution changes how you work; a general contraindication affects the "
                        "whole session, with the response scaled to severity; an absolute "
                        "contraindication means no massage today and a referral.</p>"
                    ),
                    "pairs": [
                        {
                            "prompt": "Local contraindication",
                            "match": "Leave out the affected area and a margin around it",
                        },
                        {
                            "prompt": "Relative contraindication (precaution)",
                            "match": "Go ahead with specific adaptations and closer monitoring",
                        },
                        {
                            "prompt": "General contraindication",
                            "match": "Modify the whole session, postpone it or seek clearance",
                        },
                        {
                            "prompt": "Absolute contraindication",
                            "match": "Do not treat; refer with urgency that fits the findings",
                        },
                    ],
                    "distractors": ["Treat as usual and recheck at the next visit"],
                },
            ),
            (
                "true_false",
                {
                    "prompt": (
                        "<p>Once you have placed a client's condition in a category, that "
                        "category stays the same at every later visit.</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>A category describes the condition on the day you see it. A sprain "
                        "that is a local contraindication in its first days can become a "
                        "precaution weeks later, and a well-controlled condition can flare. That "
                        "is why screening is repeated at every visit.</p>"
                    ),
                    "correct": False,
                    "feedback_true": (
                        "Not so: conditions improve or worsen, so the category is reviewed each "
                        "visit."
                    ),
                    "feedback_false": (
                        "Right: the category reflects today's condition and can change either way."
                    ),
                },
            ),
            (
                "ordering",
                {
                    "prompt": (
                        "<p>Put the steps of the pre-session screening sequence in the order the "
                        "course recommends.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>You gather information first, then check for red flags, then "
                        "categorize, then turn precautions into specific adaptations. Only then "
                        "can you explain the plan and get consent, and the record comes last "
                        "because it captures everything before it.</p>"
                    ),
                    "items": [
                        "Review the health history and ask what has changed since the last visit",
                        "Look and listen for warning signs that need medical attention first",
                        "Place each condition in a category for today and decide on clearance",
                        "Choose concrete adaptations for every precaution",
                        "Explain the decision and obtain the client's consent to the plan",
                        "Record findings, decision, reasoning and consent",
                    ],
                },
            ),
            (
                "multiple_response",
                {
                    "prompt": (
                        "<p>During intake, which of these reports are warning signs that call for "
                        "medical attention before any decision about massage? Select all that "
                        "apply.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>Chest pain, swelling in one leg only, new numbness or weakness, and "
                        "fever can each point to a problem that needs medical assessment. "
                        "Ordinary stiffness after activity or from desk work is the kind of "
                        "complaint massage usually addresses.</p>"
                    ),
                    "options": [
                        {
                            "text": "Chest pain that started this morning",
                            "correct": True,
                            "feedback": "Chest pain always comes before any massage decision.",
                        },
                        {
                            "text": "Swelling in one calf but not the other",
                            "correct": True,
                            "feedback": "One-sided leg swelling can signal a clot.",
                        },
                        {
                            "text": "New numbness and weakness in one hand",
                            "correct": True,
                            "feedback": "New neurological symptoms need medical assessment.",
                        },
                        {
                            "text": "A temperature of 101 F since yesterday",
                            "correct": True,
                            "feedback": "Fever suggests an active illness that rules out "
                            "massage today.",
                        },
                        {
                            "text": "General stiffness the day after gardening",
                            "correct": False,
                            "feedback": "Stiffness after unaccustomed activity is not a red flag.",
                        },
                        {
                            "text": "Tight shoulders after a week of long days at a desk",
                            "correct": False,
                            "feedback": "Postural tension is a common reason to book a massage.",
                        },
                    ],
                },
            ),
            (
                "case_scenario",
                {
                    "title": "Bruised thigh after the flu",
                    "vignette": (
                        "<p>Elena, 44, is a regular client booked for a 60-minute full-body "
                        "session. At intake she says she had the flu last week. Her fever went "
                        "three days ago, but she still tires quickly. She also points to a fresh, "
                        "tender bruise on the outside of her right thigh from walking into a desk "
                        "corner yesterday. She takes no medications and reports no other "
                        "changes.</p>"
                    ),
                    "questions": [
                        (
                            "single_choice",
                            {
                                "prompt": "<p>How should you classify the bruise today?</p>",
                                "points": "1",
                                "explanation": (
                                    "<p>A fresh bruise is confined to one spot, so it is a local "
                                    "contraindication: the bruise and a margin around it are left "
                                    "out, and the rest of the body can be treated.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Local contraindication",
                                        "correct": True,
                                        "feedback": "Right: avoid the bruise and a margin "
                                        "around it.",
                                    },
                                    {
                                        "text": "General contraindication",
                                        "correct": False,
                                        "feedback": "A bruise affects one area, not the whole "
                                        "person.",
                                    },
                                    {
                                        "text": "Absolute contraindication",
                                        "correct": False,
                                        "feedback": "A minor bruise does not rule out the whole "
                                        "session.",
                                    },
                                    {
                                        "text": "No contraindication; work it firmly to clear it",
                                        "correct": False,
                                        "feedback": "Pressure on a fresh bruise can add to the "
                                        "damage and the pain.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": "<p>Which session plan fits Elena best today?</p>",
                                "points": "2",
                                "explanation": (
                                    "<p>With no fever, lingering tiredness calls for a gentler, "
                                    "shorter session rather than cancellation, and the bruise is "
                                    "simply left out. Both changes belong in the record.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "A gentler, shorter session that leaves out the "
                                        "bruised area and a margin around it",
                                        "correct": True,
                                        "feedback": "Right: this addresses both the local and the "
                                        "general finding.",
                                    },
                                    {
                                        "text": "The usual 60-minute session at her usual "
                                        "pressure, avoiding only the bruise",
                                        "correct": False,
                                        "feedback": "This ignores her fatigue after the illness.",
                                    },
                                    {
                                        "text": "Cancel the appointment until the bruise has "
                                        "completely faded",
                                        "correct": False,
                                        "feedback": "A local problem does not prevent work "
                                        "elsewhere.",
                                    },
                                    {
                                        "text": "A vigorous, stimulating session to help her "
                                        "shake off the tiredness",
                                        "correct": False,
                                        "feedback": "Vigorous work suits a tired, recovering "
                                        "client poorly.",
                                    },
                                ],
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>If Elena had arrived with fever, chills and body aches, "
                                    "the whole session should have been postponed.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>An acute infection with fever is an absolute "
                                    "contraindication on that day: no massage, and a new "
                                    "appointment once she has recovered.</p>"
                                ),
                                "correct": True,
                                "feedback_true": (
                                    "Correct: fever with an active infection rules out massage "
                                    "that day."
                                ),
                                "feedback_false": (
                                    "An active infection with fever is an absolute "
                                    "contraindication for the day."
                                ),
                            },
                        ),
                    ],
                },
            ),
            (
                "short_answer",
                {
                    "prompt": (
                        "<p>Besides <i>relative contraindication</i>, what one-word term does the "
                        "course use for a situation in which treatment may go ahead only if it is "
                        "changed to keep the client safe?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>A <b>precaution</b> (relative contraindication) means massage is "
                        "possible once it is adapted, for example with lighter pressure, another "
                        "position or a shorter session.</p>"
                    ),
                    "accepted": ["precaution", "a precaution", "precautions"],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>A client describes a condition you have never met and cannot place "
                        "in a category with confidence. What should you do?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Until you have better information, assume the more serious "
                        "possibility. Postponing or checking with the client's provider rarely "
                        "causes harm; treating through a condition you do not understand can.</p>"
                    ),
                    "options": [
                        {
                            "text": "Treat it as the more serious possibility until you know more",
                            "correct": True,
                            "feedback": "Right: caution costs little when you are unsure.",
                        },
                        {
                            "text": "Treat as usual, since the client booked a full session",
                            "correct": False,
                            "feedback": "The booking does not change the risk you cannot assess.",
                        },
                        {
                            "text": "Treat it as the milder possibility so the client is not "
                            "turned away",
                            "correct": False,
                            "feedback": "Guessing in the client's favor puts their safety second.",
                        },
                        {
                            "text": "Press on the area to see whether it hurts before deciding",
                            "correct": False,
                            "feedback": "Probing an unknown condition is not a safe way to "
                            "categorize it.",
                        },
                    ],
                },
            ),
            (
                "question_pool",
                {
                    "title": "Category for the day",
                    "draw": 1,
                    "questions": [
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>A client arrives with one calf swollen and warm after a "
                                    "long flight. Which category fits today?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>One-sided calf swelling and warmth after long immobile "
                                    "travel may mean a clot, so no massage is given and the client "
                                    "is referred.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Absolute contraindication",
                                        "correct": True,
                                        "feedback": "Right: a possible clot rules out massage "
                                        "today.",
                                    },
                                    {
                                        "text": "Local contraindication",
                                        "correct": False,
                                        "feedback": "Avoiding the calf alone is not enough when a "
                                        "clot is possible.",
                                    },
                                    {
                                        "text": "Relative contraindication (precaution)",
                                        "correct": False,
                                        "feedback": "No adaptation makes massage safe here.",
                                    },
                                    {
                                        "text": "General contraindication",
                                        "correct": False,
                                        "feedback": "This needs more than a modified session; "
                                        "it needs referral.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>A client takes an anticoagulant and has no other health "
                                    "concerns. Which category fits today?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Massage can go ahead once it is adapted for bruising "
                                    "risk, which makes this a precaution.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Relative contraindication (precaution)",
                                        "correct": True,
                                        "feedback": "Right: treat with lighter pressure and no "
                                        "deep or tool-based work.",
                                    },
                                    {
                                        "text": "Absolute contraindication",
                                        "correct": False,
                                        "feedback": "A blood thinner alone does not rule out "
                                        "massage.",
                                    },
                                    {
                                        "text": "Local contraindication",
                                        "correct": False,
                                        "feedback": "The medicine affects the whole body, not "
                                        "one spot.",
                                    },
                                    {
                                        "text": "No contraindication or precaution",
                                        "correct": False,
                                        "feedback": "Bruising risk does call for adaptations.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>A client has a healing graze on the forearm and no other "
                                    "concerns. Which category fits today?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>The graze is confined to one area, so it is a local "
                                    "contraindication: avoid it and a margin around it and treat "
                                    "the rest of the body.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Local contraindication",
                                        "correct": True,
                                        "feedback": "Right: only that area is left out.",
                                    },
                                    {
                                        "text": "General contraindication",
                                        "correct": False,
                                        "feedback": "A graze does not affect the whole person.",
                                    },
                                    {
                                        "text": "Absolute contraindication",
                                        "correct": False,
                                        "feedback": "A small healing graze does not rule out the "
                                        "session.",
                                    },
                                    {
                                        "text": "Relative contraindication (precaution) for the "
                                        "whole session",
                                        "correct": False,
                                        "feedback": "Nothing about the rest of the session needs "
                                        "to change.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>You explain to a client that you will not use deep pressure on her "
                        "left leg today. She insists that deep work is the only thing that helps "
                        "her. What is the appropriate response?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Clients choose whether to accept a treatment, but they cannot require "
                        "one you judge unsafe. The limit stays in place; you can offer the adapted "
                        "session, a referral or a later appointment, and record the "
                        "conversation.</p>"
                    ),
                    "options": [
                        {
                            "text": "Keep the limit and offer the adapted session, a referral or "
                            "a later appointment",
                            "correct": True,
                            "feedback": "Right: the safety limit stands and the client still has "
                            "options.",
                        },
                        {
                            "text": "Give deep pressure once she signs a waiver",
                            "correct": False,
                            "feedback": "A signature does not make an unsafe technique safe.",
                        },
                        {
                            "text": "Split the difference and use firm pressure instead",
                            "correct": False,
                            "feedback": "The limit was set for safety, not as a starting point for "
                            "bargaining.",
                        },
                        {
                            "text": "End the appointment and decline to see her again",
                            "correct": False,
                            "feedback": "Disagreement is not a reason to abandon the client.",
                        },
                    ],
                },
            ),
        ],
    },
    "acute-inflammation-and-recent-injury": {
        "title": "Check your understanding: Acute inflammation and recent injury",
        "intro": (
            "<p>Ten questions on recognizing acute inflammation, adjusting your work to the stage "
            "of healing, spotting signs of infection and helping clients whose injured area is "
            "off-limits.</p>"
        ),
        "pass_mark": 80,
        "max_attempts": None,
        "time_limit_minutes": None,
        "questions": [
            (
                "multiple_response",
                {
                    "prompt": (
                        "<p>Which of these are classic signs of acute inflammation? Select all "
                        "that apply.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>The five classic signs are heat, redness, swelling, pain and reduced "
                        "function. Acutely inflamed tissue is warm rather than cool, and movement "
                        "is limited rather than increased.</p>"
                    ),
                    "options": [
                        {
                            "text": "Heat",
                            "correct": True,
                            "feedback": "Extra blood flow makes the area warm.",
                        },
                        {
                            "text": "Redness",
                            "correct": True,
                            "feedback": "Widened small vessels redden the skin.",
                        },
                        {
                            "text": "Swelling",
                            "correct": True,
                            "feedback": "Fluid and cells leak into the tissue.",
                        },
                        {
                            "text": "Reduced function",
                            "correct": True,
                            "feedback": "Pain and swelling limit use of the part.",
                        },
                        {
                            "text": "Increased range of motion",
                            "correct": False,
                            "feedback": "Inflammation usually restricts movement.",
                        },
                        {
                            "text": "Cool, pale skin over the area",
                            "correct": False,
                            "feedback": "Acutely inflamed tissue is warm and often red.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>Why is deep or vigorous work directly over acutely inflamed tissue "
                        "avoided?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>The area already holds excess blood and fluid, the early repair tissue "
                        "is fragile and the nerve endings are sensitized. Vigorous work adds to "
                        "each of these problems.</p>"
                    ),
                    "options": [
                        {
                            "text": "It adds blood flow and fluid to an already congested area, "
                            "stresses fragile repair tissue and increases pain",
                            "correct": True,
                            "feedback": "Right: each effect works against the healing under way.",
                        },
                        {
                            "text": "It pushes the inflammation into other parts of the body",
                            "correct": False,
                            "feedback": "The concern is local harm to the tissue, not spreading "
                            "inflammation elsewhere.",
                        },
                        {
                            "text": "Inflammation always means an infection that could pass to "
                            "the therapist",
                            "correct": False,
                            "feedback": "Most inflammation after a sprain or strain is not an "
                            "infection.",
                        },
                        {
                            "text": "It permanently stops the tissue from healing",
                            "correct": False,
                            "feedback": "It can set healing back and add pain, but this overstates "
                            "the risk.",
                        },
                    ],
                },
            ),
            (
                "matching",
                {
                    "prompt": "<p>Match each stage of healing to its general approach.</p>",
                    "points": "2",
                    "explanation": (
                        "<p>In the acute stage the site is left alone; in the subacute stage you "
                        "work gently near it and then on it within tolerance; in the remodeling "
                        "stage you progress within tolerance alongside any rehabilitation. Deep "
                        "friction over a fresh injury fits no stage.</p>"
                    ),
                    "pairs": [
                        {
                            "prompt": "Acute: heat, redness, swelling, pain at rest",
                            "match": "No direct work; treat compensating areas; support the limb",
                        },
                        {
                            "prompt": "Subacute: heat settling, pain mainly on movement",
                            "match": "Gentle work near the area, then on it, within tolerance",
                        },
                        {
                            "prompt": "Remodeling: no heat; stiffness and scar tissue",
                            "match": "Progress techniques within tolerance, in step with rehab",
                        },
                    ],
                    "distractors": ["Deep friction over the site to disperse the swelling"],
                },
            ),
            (
                "true_false",
                {
                    "prompt": (
                        "<p>The number of days since the injury, rather than the signs in the "
                        "tissue, should decide when you begin direct work on the area.</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>How long the acute phase lasts depends on the tissue, the severity of "
                        "the injury and the person's health. Heat, redness, swelling and pain at "
                        "rest tell you more than the date of the injury.</p>"
                    ),
                    "correct": False,
                    "feedback_true": (
                        "Healing times vary too much for the calendar to be a safe guide."
                    ),
                    "feedback_false": "Right: let the tissue's signs guide progression.",
                },
            ),
            (
                "case_scenario",
                {
                    "title": "Wrist injury after a bike fall",
                    "vignette": (
                        "<p>Dana, 41, an office manager, fell from her bicycle three days ago and "
                        "landed on her left hand. Her wrist was checked at urgent care and she "
                        "wears a removable splint. The wrist is swollen, warm and aches even at "
                        "rest. Since the fall she has been guarding the left arm, and her neck and "
                        "right shoulder now ache. She asks for a session to help with the neck "
                        "and shoulder. She has a small graze on the left forearm from the "
                        "fall.</p>"
                    ),
                    "questions": [
                        (
                            "single_choice",
                            {
                                "prompt": "<p>Which plan is most appropriate today?</p>",
                                "points": "2",
                                "explanation": (
                                    "<p>The wrist shows acute inflammation, so it is left "
                                    "untouched and supported. The areas overloaded by guarding "
                                    "and one-handed use are where she will benefit most.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Support the wrist on a pillow, leave it and the "
                                        "graze alone, and work the neck, shoulders and upper back",
                                        "correct": True,
                                        "feedback": "Right: the injury is protected and the "
                                        "compensating areas are treated.",
                                    },
                                    {
                                        "text": "Remove the splint and use friction around the "
                                        "wrist to reduce the swelling",
                                        "correct": False,
                                        "feedback": "Direct, heat-producing work on an acute "
                                        "injury can increase swelling and pain.",
                                    },
                                    {
                                        "text": "Postpone the whole session until the wrist has "
                                        "healed",
                                        "correct": False,
                                        "feedback": "A local problem does not prevent work on "
                                        "the rest of the body.",
                                    },
                                    {
                                        "text": "Apply a heat pack to the wrist while you work "
                                        "on her neck",
                                        "correct": False,
                                        "feedback": "Heat adds to the congestion in acutely "
                                        "inflamed tissue.",
                                    },
                                ],
                            },
                        ),
                        (
                            "multiple_response",
                            {
                                "prompt": (
                                    "<p>At a visit the following week, which findings around "
                                    "the graze or wrist would mean you stop and advise her to "
                                    "contact her provider, rather than adapt? Select all that "
                                    "apply.</p>"
                                ),
                                "points": "2",
                                "explanation": (
                                    "<p>Spreading redness, red streaks, pus, steadily rising pain "
                                    "or a hot area with fever may point to infection such as "
                                    "cellulitis and need medical attention. Settling swelling and "
                                    "pain mainly on movement are expected signs of healing.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Redness spreading outward from the graze",
                                        "correct": True,
                                        "feedback": "Spreading redness can signal infection.",
                                    },
                                    {
                                        "text": "Red streaks running up the forearm",
                                        "correct": True,
                                        "feedback": "Streaks from a wound need prompt medical "
                                        "attention.",
                                    },
                                    {
                                        "text": "Pain that has been getting steadily worse",
                                        "correct": True,
                                        "feedback": "Healing tissue should grow less painful, "
                                        "not more.",
                                    },
                                    {
                                        "text": "A hot wrist and a fever since last night",
                                        "correct": True,
                                        "feedback": "Heat with fever needs same-day medical "
                                        "advice.",
                                    },
                                    {
                                        "text": "Swelling going down, with pain mainly on movement",
                                        "correct": False,
                                        "feedback": "This is the expected move into the "
                                        "subacute stage.",
                                    },
                                ],
                            },
                        ),
                        (
                            "short_answer",
                            {
                                "prompt": (
                                    "<p>Dana's neck and shoulder ache because she has changed how "
                                    "she holds and uses her body to protect the wrist. What is "
                                    "this called?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p><b>Compensation</b> is the change in posture or movement "
                                    "that protects an injured part and loads other areas. Those "
                                    "overloaded areas are often the most useful to treat.</p>"
                                ),
                                "accepted": [
                                    "compensation",
                                    "compensations",
                                    "compensating",
                                    "compensatory pattern",
                                    "compensatory patterns",
                                    "guarding",
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>A client's lower leg is hot and red, the redness has spread since "
                        "yesterday, and he says he feels feverish. What should you do?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Spreading redness with fever may mean an infection such as cellulitis. "
                        "Massage is not given, and the client should contact a health care "
                        "provider the same day.</p>"
                    ),
                    "options": [
                        {
                            "text": "Do not treat; advise him to contact his health care provider "
                            "today",
                            "correct": True,
                            "feedback": "Right: possible infection with fever needs same-day "
                            "medical attention.",
                        },
                        {
                            "text": "Treat the rest of the body and avoid the leg",
                            "correct": False,
                            "feedback": "With fever and spreading redness this is not a local "
                            "issue.",
                        },
                        {
                            "text": "Use light strokes toward the heart to drain the swelling",
                            "correct": False,
                            "feedback": "Working on a possibly infected area is never appropriate.",
                        },
                        {
                            "text": "Suggest a warm compress and rebook for next week",
                            "correct": False,
                            "feedback": "Heat is unhelpful, and a week is too long to wait.",
                        },
                    ],
                },
            ),
            (
                "ordering",
                {
                    "prompt": (
                        "<p>A client's hamstring strain heals without complications over several "
                        "weeks. Put your approach to the injured area in the order you would "
                        "progress through it.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>Direct work waits until the acute signs settle. In the subacute stage "
                        "you begin near the injury before working on it, and in the remodeling "
                        "stage you progress in step with any rehabilitation program.</p>"
                    ),
                    "items": [
                        "Leave the strained area alone and treat the compensating regions",
                        "Use gentle techniques near, but not on, the strained area",
                        "Work gently on the strained area itself, within tolerance",
                        "Progress techniques within tolerance alongside the rehab program",
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>A client with rheumatoid arthritis is between flares and wants help "
                        "with stiffness. Which technique should you leave out?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Rheumatoid arthritis can make the joints of the upper neck unstable, "
                        "so strong neck stretches and end-range neck movements are avoided, along "
                        "with forceful joint mobilization. Gentle work around the joints is "
                        "suitable between flares.</p>"
                    ),
                    "options": [
                        {
                            "text": "Strong stretches taking the neck to the end of its range",
                            "correct": True,
                            "feedback": "Right: the upper neck may be unstable in this condition.",
                        },
                        {
                            "text": "Gentle work around the finger and wrist joints",
                            "correct": False,
                            "feedback": "Gentle work around the joints can ease stiffness "
                            "between flares.",
                        },
                        {
                            "text": "Slow gliding strokes on the back",
                            "correct": False,
                            "feedback": "Nothing in the condition rules out gentle back work.",
                        },
                        {
                            "text": "Supporting the knees with a bolster",
                            "correct": False,
                            "feedback": "Supportive positioning is helpful, not harmful.",
                        },
                    ],
                },
            ),
            (
                "question_pool",
                {
                    "title": "Inflammation: true or false",
                    "draw": 2,
                    "questions": [
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>A client with an acutely inflamed knee cannot receive "
                                    "any massage that day.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>The inflamed knee is a local contraindication. The rest "
                                    "of the body, especially areas that compensate for it, can "
                                    "still be treated.</p>"
                                ),
                                "correct": False,
                                "feedback_true": ("The knee is off-limits, but the client is not."),
                                "feedback_false": (
                                    "Right: work around the knee and on the compensating areas."
                                ),
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Brisk friction and a heat pack over a two-day-old sprain "
                                    "help speed up its healing.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Friction and heat both add warmth and blood flow to tissue "
                                    "that already has too much, so they are avoided over acute "
                                    "inflammation.</p>"
                                ),
                                "correct": False,
                                "feedback_true": (
                                    "Heat-producing techniques tend to increase acute swelling "
                                    "and pain."
                                ),
                                "feedback_false": (
                                    "Right: heat and friction are avoided over a fresh injury."
                                ),
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Clients who take corticosteroids long term may have "
                                    "thinner skin and a higher risk of infection, so you check "
                                    "their skin and keep hygiene meticulous.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Corticosteroids and other immune-suppressing medicines, "
                                    "common in inflammatory conditions, can thin the skin and "
                                    "lower resistance to infection.</p>"
                                ),
                                "correct": True,
                                "feedback_true": "Right: look at the skin and be scrupulous "
                                "about hygiene.",
                                "feedback_false": (
                                    "These medicines can thin skin and raise infection risk."
                                ),
                            },
                        ),
                    ],
                },
            ),
            (
                "multiple_response",
                {
                    "prompt": (
                        "<p>A client has an acutely sprained ankle. Which of these can you still "
                        "offer in the session? Select all that apply.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>Hands off the inflamed spot does not mean hands off the client. You "
                        "can treat areas overloaded by limping, use light strokes on the thigh "
                        "well away from the ankle, support the leg comfortably and aim for "
                        "general relaxation.</p>"
                    ),
                    "options": [
                        {
                            "text": "Work on the opposite hip and the lower back",
                            "correct": True,
                            "feedback": "These areas take extra load from the altered gait.",
                        },
                        {
                            "text": "Slow, light strokes on the thigh, well clear of the ankle",
                            "correct": True,
                            "feedback": "Gentle work on the part of the limb nearer the trunk "
                            "can soothe.",
                        },
                        {
                            "text": "Propping the ankle comfortably on a pillow",
                            "correct": True,
                            "feedback": "Supporting the injured part is part of the care.",
                        },
                        {
                            "text": "Relaxation work to ease general tension and guarding",
                            "correct": True,
                            "feedback": "Reducing protective tension is a valid goal.",
                        },
                        {
                            "text": "Deep work around the ankle bones to reduce swelling",
                            "correct": False,
                            "feedback": "The swollen ankle is a local contraindication to "
                            "direct work.",
                        },
                        {
                            "text": "A hot towel wrapped around the ankle",
                            "correct": False,
                            "feedback": "Heat is avoided over acute inflammation.",
                        },
                    ],
                },
            ),
        ],
    },
    "bleeding-risk-anticoagulants-and-dvt": {
        "title": "Check your understanding: Bleeding risk, anticoagulants and DVT",
        "intro": (
            "<p>Ten questions on adapting treatment for clients who bruise or bleed easily, on "
            "the medicines that affect clotting, and on recognizing and responding to a suspected "
            "deep vein thrombosis.</p>"
        ),
        "pass_mark": 80,
        "max_attempts": None,
        "time_limit_minutes": None,
        "questions": [
            (
                "matching",
                {
                    "prompt": "<p>Match each medicine or supplement to its group.</p>",
                    "points": "2",
                    "explanation": (
                        "<p>Apixaban is taken by mouth and enoxaparin by injection; both are "
                        "anticoagulants. Clopidogrel is an antiplatelet medicine. High-dose fish "
                        "oil usually has a smaller effect but still matters alongside other blood "
                        "thinners.</p>"
                    ),
                    "pairs": [
                        {"prompt": "Apixaban", "match": "Oral anticoagulant"},
                        {"prompt": "Enoxaparin", "match": "Injected anticoagulant"},
                        {"prompt": "Clopidogrel", "match": "Antiplatelet medicine"},
                        {
                            "prompt": "High-dose fish oil",
                            "match": "Supplement that may add to bleeding risk",
                        },
                    ],
                    "distractors": ["Opioid pain reliever"],
                },
            ),
            (
                "multiple_response",
                {
                    "prompt": (
                        "<p>A client takes warfarin and has no other concerns. Which techniques "
                        "should you leave out? Select all that apply.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>Deep friction, sustained compression, cupping and scraping tools "
                        "concentrate force and can bruise a client on an anticoagulant. Broad "
                        "gliding and gentle kneading at light to moderate pressure remain "
                        "suitable.</p>"
                    ),
                    "options": [
                        {
                            "text": "Deep friction",
                            "correct": True,
                            "feedback": "Friction concentrates force and raises bruising risk.",
                        },
                        {
                            "text": "Cupping",
                            "correct": True,
                            "feedback": "Suction can cause bruising and bleeding under the skin.",
                        },
                        {
                            "text": "Scraping tools",
                            "correct": True,
                            "feedback": "Tool-based work is left out for these clients.",
                        },
                        {
                            "text": "Sustained compression of tender points",
                            "correct": True,
                            "feedback": "Sustained deep pressure is avoided.",
                        },
                        {
                            "text": "Broad gliding strokes at light to moderate pressure",
                            "correct": False,
                            "feedback": "Broad, lighter contact is the recommended approach.",
                        },
                        {
                            "text": "Gentle kneading",
                            "correct": False,
                            "feedback": "Gentle kneading at suitable pressure is fine.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>A client on rivaroxaban asks whether she should skip her dose on the "
                        "morning of her appointment so you can use deeper pressure. What do you "
                        "say?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Advice about starting, stopping or changing medication is outside a "
                        "massage therapist's scope, and stopping an anticoagulant can be "
                        "dangerous. You adapt the massage to the medication, not the other way "
                        "round.</p>"
                    ),
                    "options": [
                        {
                            "text": "She should not change her medication for a massage; you "
                            "will adapt the session, and questions about doses go to her "
                            "prescriber",
                            "correct": True,
                            "feedback": "Right: this stays within scope and keeps her safe.",
                        },
                        {
                            "text": "Skipping a single dose is fine if she feels well",
                            "correct": False,
                            "feedback": "Advising on doses is outside scope and could put her at "
                            "risk.",
                        },
                        {
                            "text": "She should take half her usual dose that morning",
                            "correct": False,
                            "feedback": "Adjusting medication is never the therapist's call.",
                        },
                        {
                            "text": "It is her choice, so you will follow whatever she decides "
                            "about the dose",
                            "correct": False,
                            "feedback": "This quietly endorses stopping a medicine; refer "
                            "dosing questions to the prescriber.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "prompt": (
                        "<p>Gently squeezing a swollen calf to see whether it hurts helps you "
                        "decide whether a client has a deep vein thrombosis.</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>No hands-on test a massage therapist could perform confirms or rules "
                        "out a clot; that needs medical assessment, usually an ultrasound scan. "
                        "Pressing, squeezing or stretching a leg with a possible clot is "
                        "avoided.</p>"
                    ),
                    "correct": False,
                    "feedback_true": (
                        "Manual testing cannot settle the question and may be risky; refer instead."
                    ),
                    "feedback_false": "Right: recognize the pattern and refer; do not test.",
                },
            ),
            (
                "case_scenario",
                {
                    "title": "Calf pain after a cast",
                    "vignette": (
                        "<p>Tom, 52, had a cast removed from his right lower leg eight days ago, "
                        "six weeks after an ankle fracture. He smokes, and his father had a blood "
                        "clot in his leg in his sixties. Tom enjoys weekend hiking and wants to "
                        "get back to it. Today he reports that his right calf has felt tight and "
                        "tender for two days. You notice that the right calf looks fuller and "
                        "redder than the left.</p>"
                    ),
                    "questions": [
                        (
                            "multiple_response",
                            {
                                "prompt": (
                                    "<p>Which details in Tom's history are risk factors for "
                                    "deep vein thrombosis? Select all that apply.</p>"
                                ),
                                "points": "2",
                                "explanation": (
                                    "<p>Weeks of immobilization in a cast, smoking and a family "
                                    "history of clots all raise the risk of a clot. Regular "
                                    "activity such as hiking does not.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Six weeks with the leg in a cast",
                                        "correct": True,
                                        "feedback": "Immobilization is a major risk factor.",
                                    },
                                    {
                                        "text": "Smoking",
                                        "correct": True,
                                        "feedback": "Smoking raises clot risk.",
                                    },
                                    {
                                        "text": "His father's history of a leg clot",
                                        "correct": True,
                                        "feedback": "A family history of clots counts.",
                                    },
                                    {
                                        "text": "His enjoyment of weekend hiking",
                                        "correct": False,
                                        "feedback": "Being active is not a risk factor.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": "<p>What is the right decision today?</p>",
                                "points": "2",
                                "explanation": (
                                    "<p>One-sided calf tightness, fullness and redness with "
                                    "several risk factors fits the pattern of a possible clot. "
                                    "That is an absolute contraindication: no massage at all, "
                                    "same-day medical assessment and a careful note.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "No massage at all today; advise same-day medical "
                                        "assessment and document what you found and said",
                                        "correct": True,
                                        "feedback": "Right: suspected DVT rules out every kind "
                                        "of session.",
                                    },
                                    {
                                        "text": "Massage his back and shoulders only, avoiding "
                                        "both legs",
                                        "correct": False,
                                        "feedback": "A modified session elsewhere is still not "
                                        "appropriate with a suspected clot.",
                                    },
                                    {
                                        "text": "Light strokes toward the heart on the right calf "
                                        "to improve circulation",
                                        "correct": False,
                                        "feedback": "Working on a leg with a possible clot is "
                                        "exactly what must be avoided.",
                                    },
                                    {
                                        "text": "Treat as usual and suggest he mention the calf "
                                        "at his next routine check-up",
                                        "correct": False,
                                        "feedback": "A possible clot needs assessment today, not "
                                        "at a routine visit.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>While you are explaining your concern, Tom suddenly "
                                    "becomes short of breath and says his chest hurts when he "
                                    "breathes in. What do you do?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Sudden breathlessness and chest pain that worsens on "
                                    "breathing in may mean part of a clot has reached the lungs. "
                                    "Call 911 at once and stay with him.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Call 911 immediately and stay with him",
                                        "correct": True,
                                        "feedback": "Right: these are signs of a possible clot "
                                        "in the lungs.",
                                    },
                                    {
                                        "text": "Drive him to his family doctor's office",
                                        "correct": False,
                                        "feedback": "This is an emergency that needs paramedics, "
                                        "not an office visit.",
                                    },
                                    {
                                        "text": "Have him lie down and rest for twenty minutes, "
                                        "then reassess",
                                        "correct": False,
                                        "feedback": "Waiting wastes time in a possible emergency.",
                                    },
                                    {
                                        "text": "Advise him to go to urgent care if it has not "
                                        "eased by evening",
                                        "correct": False,
                                        "feedback": "These symptoms call for emergency services "
                                        "now.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "ordering",
                {
                    "prompt": (
                        "<p>A client's presentation makes you suspect a deep vein thrombosis. Put "
                        "your response in order.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>First make sure no treatment happens, then explain plainly, then help "
                        "the client get seen today. The record captures the advice and the "
                        "response, and before any later session you confirm the outcome and get "
                        "clearance if a clot was found.</p>"
                    ),
                    "items": [
                        "Stop, or do not start, treatment and let the client rest comfortably",
                        "Explain in plain words what you noticed and why it needs checking today",
                        "Help the client decide where to be seen today",
                        "Document what you saw and heard, your advice and the client's response",
                        "Before the next session, confirm the outcome and obtain any clearance",
                    ],
                },
            ),
            (
                "short_answer",
                {
                    "prompt": (
                        "<p>What is the name for the dangerous complication in which part of a "
                        "deep vein clot breaks away and lodges in the lungs?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>A <b>pulmonary embolism</b> can be fatal, which is why a suspected DVT "
                        "is an absolute contraindication and breathing or chest symptoms mean "
                        "calling 911.</p>"
                    ),
                    "accepted": [
                        "pulmonary embolism",
                        "a pulmonary embolism",
                        "pulmonary embolus",
                        "pulmonary emboli",
                        "PE",
                    ],
                },
            ),
            (
                "question_pool",
                {
                    "title": "Adapting to blood thinners",
                    "draw": 2,
                    "questions": [
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>A client injects enoxaparin into her abdomen each day "
                                    "after surgery. Besides keeping pressure light to moderate, "
                                    "what else should you do?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>With injected anticoagulants, the injection sites, often "
                                    "on the abdomen or thighs, are avoided as well.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Avoid the injection sites",
                                        "correct": True,
                                        "feedback": "Right: injection sites bruise easily.",
                                    },
                                    {
                                        "text": "Focus deep work on the abdomen to disperse the "
                                        "medicine",
                                        "correct": False,
                                        "feedback": "Deep work over injection sites invites "
                                        "bruising.",
                                    },
                                    {
                                        "text": "Use cupping, since suction is gentler than "
                                        "pressure",
                                        "correct": False,
                                        "feedback": "Cupping is left out for clients on blood "
                                        "thinners.",
                                    },
                                    {
                                        "text": "Nothing else; injected medicines do not affect "
                                        "bruising",
                                        "correct": False,
                                        "feedback": "Enoxaparin is an anticoagulant and raises "
                                        "bruising risk.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>A client takes low-dose aspirin every day on her "
                                    "doctor's advice. Which adaptation fits?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Antiplatelet medicines such as low-dose aspirin make "
                                    "bruising more likely, so deep work and tools are avoided "
                                    "and you ask about recent bruising.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Avoid deep work and tools, and ask about any "
                                        "recent bruising",
                                        "correct": True,
                                        "feedback": "Right: this matches the bruising risk.",
                                    },
                                    {
                                        "text": "No change, since aspirin is an ordinary pain "
                                        "reliever",
                                        "correct": False,
                                        "feedback": "Daily low-dose aspirin affects platelets "
                                        "and bruising.",
                                    },
                                    {
                                        "text": "Refuse treatment until she stops the aspirin",
                                        "correct": False,
                                        "feedback": "The medicine calls for adaptation, not "
                                        "refusal, and stopping it is not your call.",
                                    },
                                    {
                                        "text": "Use a scraping tool so pressure stays even",
                                        "correct": False,
                                        "feedback": "Tools are among the techniques to leave out.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>A client on apixaban reports bruises on her thighs the "
                                    "day after a session in which you used what you thought was "
                                    "light pressure. What should you do next time?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>If bruising follows pressure you believed was light, "
                                    "reduce it further and record the change. Stopping the "
                                    "medicine is never your recommendation.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Reduce the pressure further and note it in the "
                                        "record",
                                        "correct": True,
                                        "feedback": "Right: her response tells you the pressure "
                                        "was still too much.",
                                    },
                                    {
                                        "text": "Keep the same pressure, since bruising is "
                                        "expected on apixaban",
                                        "correct": False,
                                        "feedback": "Bruising after treatment means the plan "
                                        "needs changing.",
                                    },
                                    {
                                        "text": "Suggest she take a break from apixaban before "
                                        "sessions",
                                        "correct": False,
                                        "feedback": "Medication advice is outside scope and "
                                        "potentially dangerous.",
                                    },
                                    {
                                        "text": "Switch to percussion, which spreads the force",
                                        "correct": False,
                                        "feedback": "Percussion is among the techniques to avoid.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>Why should you ask a client <i>why</i> they take a blood thinner, not "
                        "just which one?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>The underlying reason, such as atrial fibrillation, a mechanical heart "
                        "valve, a previous clot or recent surgery, may call for adaptations of its "
                        "own in addition to those for bleeding risk.</p>"
                    ),
                    "options": [
                        {
                            "text": "The condition behind the prescription may need adaptations "
                            "of its own",
                            "correct": True,
                            "feedback": "Right: a recent operation or heart condition changes "
                            "the plan too.",
                        },
                        {
                            "text": "So you can judge whether the medicine is really needed",
                            "correct": False,
                            "feedback": "Judging the need for a medicine is outside scope.",
                        },
                        {
                            "text": "So you can write the diagnosis in the assessment section",
                            "correct": False,
                            "feedback": "You record what the client reports; you do not diagnose.",
                        },
                        {
                            "text": "Because the reason decides whether you can use deep pressure",
                            "correct": False,
                            "feedback": "Whatever the reason, deep pressure is avoided on a blood "
                            "thinner.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>In everyday practice, what is the most common source of increased "
                        "bleeding risk among your clients?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Inherited disorders, low platelet counts and liver disease all raise "
                        "bleeding risk, but the cause you will meet most often is medication, "
                        "which is why every intake asks about medicines and supplements.</p>"
                    ),
                    "options": [
                        {
                            "text": "Medication",
                            "correct": True,
                            "feedback": "Right: blood thinners are common, so always ask.",
                        },
                        {
                            "text": "Hemophilia",
                            "correct": False,
                            "feedback": "Hemophilia is serious but comparatively rare.",
                        },
                        {
                            "text": "Liver disease",
                            "correct": False,
                            "feedback": "It can raise bleeding risk, but less often than "
                            "medication.",
                        },
                        {
                            "text": "Regular vigorous exercise",
                            "correct": False,
                            "feedback": "Exercise is not listed as a cause of bleeding risk.",
                        },
                    ],
                },
            ),
        ],
    },
    "recent-surgery-and-medical-clearance": {
        "title": "Check your understanding: Recent surgery and medical clearance",
        "intro": (
            "<p>Ten questions on planning safe sessions after surgery, working within movement "
            "precautions, and asking a client's provider for clearance that is specific enough "
            "to use.</p>"
        ),
        "pass_mark": 80,
        "max_attempts": None,
        "time_limit_minutes": None,
        "questions": [
            (
                "multiple_response",
                {
                    "prompt": (
                        "<p>Which of these are reasons recent surgery changes your session plan? "
                        "Select all that apply.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>Fresh incisions, raised clot risk for weeks, pain medicines that dull "
                        "feedback and cause dizziness, and drains, ports or hardware all shape the "
                        "plan. The idea that massage spreads cancer is not supported, and "
                        "post-operative swelling is expected rather than a sign of infection in "
                        "itself.</p>"
                    ),
                    "options": [
                        {
                            "text": "Incisions must be left alone until fully closed",
                            "correct": True,
                            "feedback": "Fresh incisions are a local contraindication.",
                        },
                        {
                            "text": "Clot risk stays raised for weeks, especially after leg, "
                            "abdominal or pelvic surgery",
                            "correct": True,
                            "feedback": "This is why you screen for DVT signs after surgery.",
                        },
                        {
                            "text": "Opioid pain relief can blunt feedback about pressure and "
                            "cause dizziness",
                            "correct": True,
                            "feedback": "Pressure and position changes need extra care.",
                        },
                        {
                            "text": "Drains, ports and internal hardware affect positioning and "
                            "pressure",
                            "correct": True,
                            "feedback": "Devices change where you can place pressure.",
                        },
                        {
                            "text": "Massage could spread cancer cells removed during surgery",
                            "correct": False,
                            "feedback": "Current evidence does not support this old belief.",
                        },
                        {
                            "text": "Any swelling after surgery means the wound is infected",
                            "correct": False,
                            "feedback": "Some post-operative swelling is expected; watch for "
                            "other signs.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>Which movement precautions are clients commonly given after some hip "
                        "replacements?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>After some hip replacements, clients are told not to bend the hip past "
                        "a right angle, not to cross their legs and not to turn the leg inward. "
                        "Positioning and any leg work must respect these limits.</p>"
                    ),
                    "options": [
                        {
                            "text": "No bending the hip past a right angle, no crossing the legs "
                            "and no turning the leg inward",
                            "correct": True,
                            "feedback": "Right: position the client within these limits.",
                        },
                        {
                            "text": "No lying on the back for three months",
                            "correct": False,
                            "feedback": "Lying on the back is not among the usual precautions.",
                        },
                        {
                            "text": "No moving the ankle or toes on the operated side",
                            "correct": False,
                            "feedback": "Ankle movement is usually encouraged, not forbidden.",
                        },
                        {
                            "text": "No walking until the surgeon's six-week review",
                            "correct": False,
                            "feedback": "Most clients are walking, often with an aid, well "
                            "before then.",
                        },
                    ],
                },
            ),
            (
                "case_scenario",
                {
                    "title": "Back ache after hernia repair",
                    "vignette": (
                        "<p>Rafael, 49, had a keyhole abdominal hernia repair eight days ago. The "
                        "small incisions are closed with adhesive strips. He injects enoxaparin "
                        "into his thighs each evening and takes an opioid pain reliever at night. "
                        "He cannot lie face down comfortably and has been sleeping in a recliner, "
                        "and his back aches. His discharge sheet allows gentle massage away from "
                        "the abdomen.</p>"
                    ),
                    "questions": [
                        (
                            "multiple_response",
                            {
                                "prompt": (
                                    "<p>Which adaptations fit Rafael's session? Select all that "
                                    "apply.</p>"
                                ),
                                "points": "2",
                                "explanation": (
                                    "<p>Side-lying or semi-reclined positions avoid pressure on "
                                    "the abdomen; the anticoagulant calls for light pressure and "
                                    "avoiding injection sites; the incisions are left alone; and "
                                    "opioids make slow position changes sensible. Deep friction "
                                    "and early scar work are both inappropriate.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Side-lying or semi-reclined instead of face down",
                                        "correct": True,
                                        "feedback": "This keeps pressure off the abdomen.",
                                    },
                                    {
                                        "text": "Light pressure and no work over the injection "
                                        "sites on his thighs",
                                        "correct": True,
                                        "feedback": "Enoxaparin raises bruising risk.",
                                    },
                                    {
                                        "text": "Leave the incisions and surrounding abdomen alone",
                                        "correct": True,
                                        "feedback": "Fresh incisions are a local contraindication.",
                                    },
                                    {
                                        "text": "Slow, assisted position changes",
                                        "correct": True,
                                        "feedback": "His pain medicine can cause dizziness.",
                                    },
                                    {
                                        "text": "Deep friction to the lower back to release "
                                        "guarding",
                                        "correct": False,
                                        "feedback": "Deep friction is unsuitable on an "
                                        "anticoagulant.",
                                    },
                                    {
                                        "text": "Gentle scar work on the incisions to prevent "
                                        "adhesions",
                                        "correct": False,
                                        "feedback": "Scar work waits until healing is complete "
                                        "and the surgeon agrees.",
                                    },
                                ],
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Once Rafael's surgeon has cleared him for massage, you no "
                                    "longer need to screen him at each visit.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Clearance does not transfer responsibility. You still "
                                    "screen at every visit, look at the operated area and decide "
                                    "how to treat.</p>"
                                ),
                                "correct": False,
                                "feedback_true": (
                                    "Clearance informs your decisions; it does not replace "
                                    "screening."
                                ),
                                "feedback_false": (
                                    "Right: you remain responsible for each session's decisions."
                                ),
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>At his next visit Rafael mentions new pain and swelling "
                                    "in his left calf. What do you do?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>After surgery, new calf pain or swelling is a reason to "
                                    "stop and refer the same day, not to adapt. A suspected clot "
                                    "is an absolute contraindication.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "No massage; advise same-day medical assessment "
                                        "and document it",
                                        "correct": True,
                                        "feedback": "Right: new calf symptoms after surgery need "
                                        "checking today.",
                                    },
                                    {
                                        "text": "Treat his back as planned and avoid the left leg",
                                        "correct": False,
                                        "feedback": "A possible clot rules out the whole session.",
                                    },
                                    {
                                        "text": "Massage the calf gently to ease the swelling",
                                        "correct": False,
                                        "feedback": "Working on a leg with a possible clot is "
                                        "dangerous.",
                                    },
                                    {
                                        "text": "Suggest he mention it at his surgical follow-up "
                                        "next month",
                                        "correct": False,
                                        "feedback": "This cannot wait a month.",
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
                        "<p>Removing or irradiating lymph nodes raises the lifelong risk of which "
                        "condition in the region those nodes drained?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p><b>Lymphedema</b> is the lasting risk after lymph node removal or "
                        "radiation. Swelling in that region is referred to a therapist trained in "
                        "lymphedema care.</p>"
                    ),
                    "accepted": ["lymphedema", "lymphoedema", "lymph edema", "lymphatic edema"],
                },
            ),
            (
                "matching",
                {
                    "prompt": (
                        "<p>Once clearance has been given, match each situation to a typical "
                        "adaptation.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>Each adaptation follows from the specific risk: fragile bone, "
                        "unreliable sensation, strain on the circulation, symptoms that flare with "
                        "stimulation, and the effects of cancer treatment.</p>"
                    ),
                    "pairs": [
                        {
                            "prompt": "Osteoporosis",
                            "match": "No heavy pressure over ribs or spine; no forceful stretching",
                        },
                        {
                            "prompt": "Diabetes with neuropathy in the feet",
                            "match": "Light pressure on feet and legs; inspect skin; sugar at hand",
                        },
                        {
                            "prompt": "Heart condition with difficulty lying flat",
                            "match": "Semi-reclined or side-lying; slow position changes",
                        },
                        {
                            "prompt": "Recent concussion",
                            "match": "Short, quiet session; no vigorous neck work",
                        },
                        {
                            "prompt": "Cancer in active treatment",
                            "match": "Light pressure; avoid treatment fields, ports and lines",
                        },
                    ],
                    "distractors": ["Deep pressure to boost circulation"],
                },
            ),
            (
                "ordering",
                {
                    "prompt": "<p>Put the steps for requesting medical clearance in order.</p>",
                    "points": "2",
                    "explanation": (
                        "<p>Consent comes first, because you need permission to contact the "
                        "provider. The request then sets out your proposal and the findings, you "
                        "stay cautious while you wait, and the reply is filed and followed.</p>"
                    ),
                    "items": [
                        "Explain why you want clearance and get written consent to make contact",
                        "Write a specific request: who you are, what you propose, what you need",
                        "Describe what the client reported and you observed, without labels",
                        "Until the reply arrives, postpone or treat only clearly safe areas",
                        "File the reply, add its limits to the treatment plan and follow them",
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>Which question in a clearance request is most likely to get a useful "
                        "answer?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Concrete questions about positions, areas and pressure get answers you "
                        'can act on. A general "Is massage OK?" often returns a yes or no with '
                        "no limits attached.</p>"
                    ),
                    "options": [
                        {
                            "text": "Are there positions, areas or pressure levels I should avoid?",
                            "correct": True,
                            "feedback": "Right: a specific question gets a usable answer.",
                        },
                        {
                            "text": "Is massage OK for this patient?",
                            "correct": False,
                            "feedback": "Too general; the answer will not tell you what to change.",
                        },
                        {
                            "text": "Can you confirm my diagnosis of the client's condition?",
                            "correct": False,
                            "feedback": "Massage therapists do not diagnose.",
                        },
                        {
                            "text": "Will you take responsibility if something goes wrong?",
                            "correct": False,
                            "feedback": "Clearance does not shift responsibility for your session.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "prompt": (
                        "<p>Because massage is known to spread cancer, clients in active cancer "
                        "treatment should not be massaged.</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Current evidence does not support the belief that massage spreads "
                        "cancer. The real concerns are low blood counts, fragile skin, ports and "
                        "lines, fatigue and clot risk, which call for clearance and "
                        "adaptation.</p>"
                    ),
                    "correct": False,
                    "feedback_true": (
                        "This is an outdated belief; the concerns are the specific effects of "
                        "treatment."
                    ),
                    "feedback_false": (
                        "Right: with clearance and adaptations, these clients can be massaged."
                    ),
                },
            ),
            (
                "question_pool",
                {
                    "title": "After surgery: true or false",
                    "draw": 2,
                    "questions": [
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Scar work on an incision can begin as soon as the "
                                    "stitches are out, even if healing is not complete.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Scar work waits until the incision has fully healed and "
                                    "the surgeon agrees.</p>"
                                ),
                                "correct": False,
                                "feedback_true": (
                                    "Stitch removal is not the same as complete healing."
                                ),
                                "feedback_false": (
                                    "Right: wait for full healing and the surgeon's agreement."
                                ),
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Arm swelling after lymph node removal should be referred "
                                    "to a therapist trained in lymphedema care rather than "
                                    "treated with general massage.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Lymphedema needs specialized care; general massage is "
                                    "not the right tool for it.</p>"
                                ),
                                "correct": True,
                                "feedback_true": "Right: refer to a trained lymphedema therapist.",
                                "feedback_false": (
                                    "This swelling calls for specialized lymphedema care."
                                ),
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>A client taking opioids after surgery may not give "
                                    "reliable feedback about pressure.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Opioids can dull sensation and cause drowsiness, so keep "
                                    "pressure conservative rather than relying on the client to "
                                    "tell you it is too much.</p>"
                                ),
                                "correct": True,
                                "feedback_true": "Right: keep pressure conservative.",
                                "feedback_false": (
                                    "Pain medicines can blunt the client's feedback."
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
                        "<p>Six weeks after spinal surgery, a client cannot remember what "
                        "movement limits her surgeon gave her. What should you do?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>If the client is unsure of the precautions, leave the area out until "
                        "you have clarification from the surgeon or physical therapist. Spinal "
                        "surgery often limits bending and twisting.</p>"
                    ),
                    "options": [
                        {
                            "text": "Leave the operated area out until the limits are clarified",
                            "correct": True,
                            "feedback": "Right: work only where you are confident it is safe.",
                        },
                        {
                            "text": "Assume six weeks is long enough and treat normally",
                            "correct": False,
                            "feedback": "Healing times and limits vary; do not guess.",
                        },
                        {
                            "text": "Test her range by gently twisting her trunk",
                            "correct": False,
                            "feedback": "Twisting may be exactly what she was told to avoid.",
                        },
                        {
                            "text": "Cancel all future sessions until her next surgical review",
                            "correct": False,
                            "feedback": "Safe areas can still be treated while you wait.",
                        },
                    ],
                },
            ),
        ],
    },
    "final": {
        "title": "Final exam: Contraindications and precautions",
        "intro": (
            "<p>This exam covers all five modules: the categories of contraindication, acute "
            "inflammation, bleeding risk and suspected DVT, recent surgery and clearance, and "
            "adapting, referring and documenting. You have 30 minutes and three attempts, and "
            "you need 80% to pass.</p>"
        ),
        "pass_mark": 80,
        "max_attempts": 3,
        "time_limit_minutes": 30,
        "questions": [
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>Which of these situations is an absolute contraindication on the day "
                        "it is found?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>An acute infection with fever rules out massage that day. A healing "
                        "graze is local, an anticoagulant alone is a precaution, and tiredness "
                        "after illness without fever calls for a modified session.</p>"
                    ),
                    "options": [
                        {
                            "text": "An acute infection with a fever",
                            "correct": True,
                            "feedback": "Right: no massage until the client has recovered.",
                        },
                        {
                            "text": "A healing graze on the shin",
                            "correct": False,
                            "feedback": "This is a local contraindication.",
                        },
                        {
                            "text": "A stable daily anticoagulant with no other concerns",
                            "correct": False,
                            "feedback": "This is a precaution that calls for adaptations.",
                        },
                        {
                            "text": "Tiredness after a cold, with no fever",
                            "correct": False,
                            "feedback": "A gentler, shorter session is usually enough.",
                        },
                    ],
                },
            ),
            (
                "matching",
                {
                    "prompt": "<p>Match each finding to the urgency of referral it calls for.</p>",
                    "points": "2",
                    "explanation": (
                        "<p>Signs of stroke call for 911; a suspected clot needs assessment the "
                        "same day; night pain that does not ease with a change of position needs "
                        "a prompt appointment; and needs outside your training, such as ongoing "
                        "emotional distress, are a routine referral.</p>"
                    ),
                    "pairs": [
                        {
                            "prompt": "Face drooping and slurred speech",
                            "match": "Emergency: stop, call 911, stay with the client",
                        },
                        {
                            "prompt": "One calf swollen and warm after a long drive",
                            "match": "Same day: do not treat; advise assessment today",
                        },
                        {
                            "prompt": "Night pain that does not ease with a change of position",
                            "match": "Prompt: advise a medical appointment soon",
                        },
                        {
                            "prompt": "Ongoing emotional distress",
                            "match": "Routine: suggest a suitable professional",
                        },
                    ],
                    "distractors": ["None: treat as planned and recheck next visit"],
                },
            ),
            (
                "case_scenario",
                {
                    "title": "Long-standing back pain with new symptoms",
                    "vignette": (
                        "<p>Ruth, 58, has seen you monthly for years for low back pain. Today she "
                        "says that since last night she has had numbness in the area that would "
                        "touch a bicycle seat, and this morning she had difficulty controlling "
                        'her bladder. She says the back pain itself feels "about the same as '
                        'usual" and asks for her regular session.</p>'
                    ),
                    "questions": [
                        (
                            "single_choice",
                            {
                                "prompt": "<p>What is the appropriate action?</p>",
                                "points": "2",
                                "explanation": (
                                    "<p>Back pain with new saddle numbness or bladder problems "
                                    "can mean compression of the nerves at the base of the spine, "
                                    "a surgical emergency. Do not treat; call 911 or make sure "
                                    "she goes straight to an emergency department, and record "
                                    "the time and what was said.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Do not treat; arrange emergency assessment now "
                                        "and record the time and advice",
                                        "correct": True,
                                        "feedback": "Right: this combination is an emergency.",
                                    },
                                    {
                                        "text": "Give a gentle session and suggest she book a "
                                        "doctor's appointment this week",
                                        "correct": False,
                                        "feedback": "This is an emergency, not a prompt referral.",
                                    },
                                    {
                                        "text": "Treat as usual, since the back pain is unchanged",
                                        "correct": False,
                                        "feedback": "The new symptoms matter more than the "
                                        "familiar pain.",
                                    },
                                    {
                                        "text": "Avoid the lower back and treat her shoulders "
                                        "and neck",
                                        "correct": False,
                                        "feedback": "No adaptation addresses a possible emergency.",
                                    },
                                ],
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Because Ruth has had back pain for years, new symptoms "
                                    "that come with it can be treated as part of her usual "
                                    "pattern.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>A long history does not make new symptoms routine. New "
                                    "numbness, weakness or bladder and bowel changes need to be "
                                    "assessed on their own merits.</p>"
                                ),
                                "correct": False,
                                "feedback_true": (
                                    "New symptoms always need fresh consideration, whatever "
                                    "the history."
                                ),
                                "feedback_false": (
                                    "Right: a familiar complaint can hide a new problem."
                                ),
                            },
                        ),
                    ],
                },
            ),
            (
                "multiple_response",
                {
                    "prompt": (
                        "<p>Which of these belong in your record of a decision not to treat? "
                        "Select all that apply.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>The record shows what the client reported, what you observed, your "
                        "decision and reasoning, the referral and advice, and the client's "
                        "response. It describes rather than diagnoses, and it names specific "
                        'changes instead of a vague "modified".</p>'
                    ),
                    "options": [
                        {
                            "text": "What the client reported, in their words where useful",
                            "correct": True,
                            "feedback": "The client's own report is a core part of the note.",
                        },
                        {
                            "text": "What you observed, described rather than labeled",
                            "correct": True,
                            "feedback": 'Descriptions such as "warm to touch" belong here.',
                        },
                        {
                            "text": "Your reasoning in a sentence or two",
                            "correct": True,
                            "feedback": "Reasoning shows why the decision was made.",
                        },
                        {
                            "text": "The client's response, including any refusal of advice",
                            "correct": True,
                            "feedback": "A refusal is recorded just like an agreement.",
                        },
                        {
                            "text": "The name of the condition you suspect, as a diagnosis",
                            "correct": False,
                            "feedback": "Naming a diagnosis is outside scope; describe instead.",
                        },
                        {
                            "text": 'Just the word "modified", to keep the note brief',
                            "correct": False,
                            "feedback": "A reader cannot tell what was changed from this.",
                        },
                    ],
                },
            ),
            (
                "ordering",
                {
                    "prompt": (
                        "<p>Put the parts of a note recording a contraindication decision in the "
                        "order the course recommends.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>The note moves from what you learned (report, then observation) to "
                        "what you decided and why, then to the action taken, the client's "
                        "response, and finally follow-up, date and signature.</p>"
                    ),
                    "items": [
                        "What the client reported",
                        "What you observed, described rather than labeled",
                        "Your decision and the reasoning behind it",
                        "The adaptations, or the referral with its urgency and advice",
                        "The client's response and consent, including any refusal",
                        "Follow-up and conditions for resuming, then date and signature",
                    ],
                },
            ),
            (
                "question_pool",
                {
                    "title": "Choosing adaptations",
                    "draw": 2,
                    "questions": [
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>A client cannot lie face down three weeks after chest "
                                    "surgery. Which position suits the session?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Side-lying lets you reach the back without pressure on "
                                    "the chest.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Side-lying, well supported",
                                        "correct": True,
                                        "feedback": "Right: it protects the chest.",
                                    },
                                    {
                                        "text": "Face down with a thick pillow under the chest",
                                        "correct": False,
                                        "feedback": "This still loads the surgical area.",
                                    },
                                    {
                                        "text": "Face down for a shorter time only",
                                        "correct": False,
                                        "feedback": "Shortening the time does not remove the "
                                        "pressure.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>A client has reflux and becomes short of breath lying "
                                    "flat. Which position suits the session?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>A semi-reclined position helps clients with breathing "
                                    "difficulty or reflux.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Semi-reclined",
                                        "correct": True,
                                        "feedback": "Right: raising the upper body eases both "
                                        "problems.",
                                    },
                                    {
                                        "text": "Flat on the back with no support",
                                        "correct": False,
                                        "feedback": "Lying flat is what worsens her symptoms.",
                                    },
                                    {
                                        "text": "Face down with the head lowered",
                                        "correct": False,
                                        "feedback": "This is likely to worsen reflux.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>A client has osteoporosis. Which pressure adaptation "
                                    "fits?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Fragile bone calls for light to moderate pressure and no "
                                    "heavy pressure over the ribs and spine.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Light to moderate; no heavy pressure over ribs "
                                        "and spine",
                                        "correct": True,
                                        "feedback": "Right: bones may fracture under force.",
                                    },
                                    {
                                        "text": "Deep pressure to stimulate bone growth",
                                        "correct": False,
                                        "feedback": "Heavy pressure risks fracture.",
                                    },
                                    {
                                        "text": "Usual pressure, with forceful stretches added",
                                        "correct": False,
                                        "feedback": "Forceful stretching is avoided too.",
                                    },
                                ],
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>A client in an uncomplicated later pregnancy books a "
                                    "session. Which adaptation fits?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Supported side-lying suits later pregnancy, with lighter "
                                    "work on the legs and no deep pressure on the inner thigh or "
                                    "calf.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Side-lying, well supported, with light work on "
                                        "the legs",
                                        "correct": True,
                                        "feedback": "Right: comfortable and safe for the legs.",
                                    },
                                    {
                                        "text": "Long periods flat on the back",
                                        "correct": False,
                                        "feedback": "Lying flat for long periods is avoided.",
                                    },
                                    {
                                        "text": "Deep pressure on the calves to relieve cramps",
                                        "correct": False,
                                        "feedback": "Deep pressure on the calf is left out.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "case_scenario",
                {
                    "title": "Gout flare on a blood thinner",
                    "vignette": (
                        "<p>Margaret, 66, a retired teacher, takes rivaroxaban for atrial "
                        "fibrillation. Her right big toe joint has been hot, red, swollen and "
                        "very painful since yesterday, which she says is a gout flare like ones "
                        "she has had before. She feels a little tired but has no fever. She asks "
                        'for a foot massage because her feet "always feel better after".</p>'
                    ),
                    "questions": [
                        (
                            "single_choice",
                            {
                                "prompt": "<p>Which plan fits today's session?</p>",
                                "points": "2",
                                "explanation": (
                                    "<p>The inflamed toe is off-limits to direct work, and the "
                                    "anticoagulant calls for light to moderate, broad pressure "
                                    "without deep, sustained or heat-producing techniques. Her "
                                    "tiredness points to a shorter, lighter session.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Leave the toe and foot alone; shorter session "
                                        "with light to moderate broad pressure elsewhere",
                                        "correct": True,
                                        "feedback": "Right: this respects both the flare and the "
                                        "blood thinner.",
                                    },
                                    {
                                        "text": "Give the foot massage she asked for, using "
                                        "light pressure over the toe",
                                        "correct": False,
                                        "feedback": "The flaring joint is a local "
                                        "contraindication to direct work.",
                                    },
                                    {
                                        "text": "Apply warm towels to the foot and work the calf "
                                        "deeply",
                                        "correct": False,
                                        "feedback": "Heat suits neither the flare nor the "
                                        "anticoagulant.",
                                    },
                                    {
                                        "text": "Cancel; a blood thinner rules out massage",
                                        "correct": False,
                                        "feedback": "A blood thinner is a precaution, not an "
                                        "absolute contraindication.",
                                    },
                                ],
                            },
                        ),
                        (
                            "short_answer",
                            {
                                "prompt": (
                                    "<p>Using the course's categories, what kind of "
                                    "contraindication is Margaret's flaring toe joint today?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>During a flare the affected joint is a <b>local "
                                    "contraindication</b>: it is avoided while the rest of the "
                                    "body can be treated.</p>"
                                ),
                                "accepted": [
                                    "local contraindication",
                                    "a local contraindication",
                                    "local",
                                    "local contra-indication",
                                ],
                            },
                        ),
                        (
                            "true_false",
                            {
                                "prompt": (
                                    "<p>Suggesting that Margaret pause her rivaroxaban for a day "
                                    "so you could use deeper pressure would be outside your "
                                    "scope.</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>Medication advice is outside a massage therapist's scope, "
                                    "and stopping an anticoagulant, especially with atrial "
                                    "fibrillation, can be dangerous.</p>"
                                ),
                                "correct": True,
                                "feedback_true": (
                                    "Right: never suggest stopping or changing a medicine."
                                ),
                                "feedback_false": (
                                    "Medication decisions belong to the prescriber, not the "
                                    "therapist."
                                ),
                            },
                        ),
                    ],
                },
            ),
            (
                "case_scenario",
                {
                    "title": "Four weeks after a hip replacement",
                    "vignette": (
                        "<p>Walter, 72, had his left hip replaced four weeks ago and walks with a "
                        "cane. He has no calf pain or new swelling, and his incision is closed "
                        'and dry. He says his surgeon gave him "some rules about how to move the '
                        'hip" but he cannot remember the details. He wants help with his aching '
                        "right hip and lower back.</p>"
                    ),
                    "questions": [
                        (
                            "numeric",
                            {
                                "prompt": (
                                    "<p>After some hip replacements, clients are told not to "
                                    "bend the operated hip past a right angle. In degrees, what "
                                    "is that limit on hip flexion when you position him, for "
                                    "example with a bolster under the knees?</p>"
                                ),
                                "points": "1",
                                "explanation": (
                                    "<p>A right angle is <b>90 degrees</b>. Bolsters and "
                                    "positioning must not bend the operated hip beyond it.</p>"
                                ),
                                "answer": "90",
                                "tolerance": "0",
                                "unit": "degrees",
                            },
                        ),
                        (
                            "single_choice",
                            {
                                "prompt": (
                                    "<p>Since Walter is unsure of his precautions, how do you "
                                    "handle the operated hip today?</p>"
                                ),
                                "points": "2",
                                "explanation": (
                                    "<p>When a client is unsure of the movement limits, leave "
                                    "the area out until you have clarification, and treat the "
                                    "areas you are confident are safe.</p>"
                                ),
                                "options": [
                                    {
                                        "text": "Leave the left hip out, keep positioning "
                                        "neutral and seek clarification of his precautions",
                                        "correct": True,
                                        "feedback": "Right: treat what is clearly safe while "
                                        "you find out.",
                                    },
                                    {
                                        "text": "Stretch the left hip gently to see how far it "
                                        "comfortably goes",
                                        "correct": False,
                                        "feedback": "This could break the very rules he has "
                                        "forgotten.",
                                    },
                                    {
                                        "text": "Treat the left hip normally, since four weeks "
                                        "is long enough",
                                        "correct": False,
                                        "feedback": "Precautions often last longer; do not assume.",
                                    },
                                    {
                                        "text": "Cancel until he brings written instructions",
                                        "correct": False,
                                        "feedback": "His right hip and back can still be treated "
                                        "safely.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": ("<p>Which statement about deep vein thrombosis is accurate?</p>"),
                    "points": "1",
                    "explanation": (
                        "<p>Some clots produce few signs, and no hands-on test rules a clot in or "
                        "out; medical assessment, usually with an ultrasound scan, is needed. "
                        "That is why risk factors matter as much as symptoms.</p>"
                    ),
                    "options": [
                        {
                            "text": "Ruling a clot in or out takes medical assessment, usually an "
                            "ultrasound scan",
                            "correct": True,
                            "feedback": "Right: your role is to recognize and refer.",
                        },
                        {
                            "text": "A clot always causes obvious swelling, so no swelling means "
                            "no clot",
                            "correct": False,
                            "feedback": "Some clots cause few or no signs.",
                        },
                        {
                            "text": "A calf that is not tender when squeezed cannot contain a clot",
                            "correct": False,
                            "feedback": "Manual tests do not rule out a clot and are avoided.",
                        },
                        {
                            "text": "Massaging the other leg is safe while a clot is suspected",
                            "correct": False,
                            "feedback": "Suspected DVT rules out the whole session.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "prompt": (
                        "<p>A client may decline your referral, but cannot require you to give "
                        "a treatment you judge unsafe.</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Respecting a client's choices includes accepting that they may "
                        "decline advice; it does not oblige you to give unsafe treatment. Record "
                        "the advice and their decision.</p>"
                    ),
                    "correct": True,
                    "feedback_true": "Right: record your advice and their decision.",
                    "feedback_false": (
                        "Clients can refuse advice, but they cannot insist on unsafe treatment."
                    ),
                },
            ),
            (
                "multiple_response",
                {
                    "prompt": (
                        "<p>A client has a healing cut on her shin. Which findings would suggest "
                        "an infection that needs medical attention rather than an adapted "
                        "session? Select all that apply.</p>"
                    ),
                    "points": "2",
                    "explanation": (
                        "<p>Spreading redness, red streaks, pus, and heat with fever can point to "
                        "infection such as cellulitis. A fading bruise and mild stiffness without "
                        "heat are not warning signs.</p>"
                    ),
                    "options": [
                        {
                            "text": "Redness that has spread since yesterday",
                            "correct": True,
                            "feedback": "Spreading redness is a warning sign.",
                        },
                        {
                            "text": "Pus coming from the cut",
                            "correct": True,
                            "feedback": "Pus suggests infection.",
                        },
                        {
                            "text": "A hot area around the cut and a fever",
                            "correct": True,
                            "feedback": "Heat with fever needs same-day advice.",
                        },
                        {
                            "text": "A bruise nearby that is turning yellow and fading",
                            "correct": False,
                            "feedback": "A fading bruise is healing normally.",
                        },
                        {
                            "text": "Mild stiffness in the ankle with no heat",
                            "correct": False,
                            "feedback": "Stiffness without heat is not a sign of infection.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "prompt": (
                        "<p>Which client most clearly needs medical clearance before a first "
                        "session?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>Clearance is sought when you cannot judge safety yourself, for "
                        "example because a condition is unstable, poorly controlled or recent. "
                        "Well-controlled blood pressure is a minor precaution, and a bruise or "
                        "post-exercise soreness needs no clearance.</p>"
                    ),
                    "options": [
                        {
                            "text": "A client with poorly controlled blood pressure who feels "
                            "dizzy on a new heart medicine",
                            "correct": True,
                            "feedback": "Right: the condition is unstable and its limits unknown.",
                        },
                        {
                            "text": "A client whose blood pressure has been well controlled on "
                            "the same medicine for years",
                            "correct": False,
                            "feedback": "This is a minor precaution you can manage.",
                        },
                        {
                            "text": "A client with a fresh bruise on the shin",
                            "correct": False,
                            "feedback": "A bruise is a local contraindication; avoid the area.",
                        },
                        {
                            "text": "A client with sore legs the day after a long hike",
                            "correct": False,
                            "feedback": "Ordinary post-exercise soreness needs no clearance.",
                        },
                    ],
                },
            ),
            (
                "short_answer",
                {
                    "prompt": (
                        "<p>What category describes a condition that affects the whole person, "
                        "and so the whole session, calling for modification, postponement or "
                        "clearance depending on severity?</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>A <b>general contraindication</b> affects the whole session rather "
                        "than one area; how you respond depends on how severe it is.</p>"
                    ),
                    "accepted": [
                        "general contraindication",
                        "a general contraindication",
                        "general",
                        "general contraindications",
                        "general contra-indication",
                    ],
                },
            ),
            (
                "true_false",
                {
                    "prompt": (
                        "<p>If you decide not to massage a client at all, there is nothing to "
                        "record for that visit.</p>"
                    ),
                    "points": "1",
                    "explanation": (
                        "<p>A decision not to treat, to adapt or to refer belongs in the record "
                        "as much as a full treatment does, and it is written the same day.</p>"
                    ),
                    "correct": False,
                    "feedback_true": (
                        "A decision not to treat is exactly the kind of decision to document."
                    ),
                    "feedback_false": (
                        "Right: record the findings, the decision and the advice given."
                    ),
                },
            ),
        ],
    },
}
