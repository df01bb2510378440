"""Demo course: myofascial, trigger point and deep tissue techniques for neck and back pain."""

MYOFASCIAL_RELEASE = {
    "slug": "myofascial-release",
    "title": "Myofascial Release: Working with Fascia",
    "intro": (
        "Learn what myofascial release is designed to do, how to assess tissue glide before "
        "you treat, and how to apply slow, sustained, low-load techniques safely to the "
        "neck and back."
    ),
    "estimated_minutes": 25,
    "required": True,
    "body": [
        ("heading", {"text": "What myofascial work aims to do", "level": "h2"}),
        (
            "paragraph",
            "<p>Fascia is the connective tissue that wraps, separates and links muscles, "
            "nerves, vessels and organs. Healthy layers slide over one another as we move. "
            "After injury, long periods of stillness or repetitive postures, clients often "
            "describe areas that feel stuck, thick or pulled, and palpation may show skin and "
            "superficial tissue that lifts and glides less freely than on the other side.</p>"
            "<p><b>Myofascial release (MFR)</b> uses slow, sustained pressure and gentle "
            "stretch, usually with little or no lubricant, so that the hands can hold the "
            "tissue rather than slide over it. The therapist engages the first point of "
            "resistance, waits, and follows the tissue as it gives.</p>",
        ),
        (
            "paragraph",
            "<p>Be careful how you explain the effect. Research does not show that hand "
            "pressure permanently stretches or remodels dense fascia in a single session. The "
            "softening you feel is more likely a combination of changes in muscle tone, "
            "nervous system responses to slow, predictable touch, and fluid shifts in loose "
            "connective tissue. Tell clients that the technique can reduce stiffness and "
            "make movement feel easier, not that it will <i>break up</i> or <i>unstick</i> "
            "their fascia.</p>",
        ),
        (
            "key_terms",
            {
                "title": "Key terms",
                "terms": [
                    {
                        "term": "Fascia",
                        "definition": "Connective tissue that surrounds and connects muscles "
                        "and other structures, from the layer under the skin to the sheaths "
                        "around individual muscles.",
                    },
                    {
                        "term": "Tissue barrier",
                        "definition": "The first point at which you feel resistance as you "
                        "take up slack in the tissue. MFR works at this barrier, not beyond it.",
                    },
                    {
                        "term": "Release",
                        "definition": "The gradual softening or lengthening you feel under "
                        "sustained pressure, which lets you follow the tissue to a new barrier.",
                    },
                    {
                        "term": "Tissue glide",
                        "definition": "How freely skin and superficial layers move over the "
                        "structures beneath them.",
                    },
                ],
            },
        ),
        ("heading", {"text": "Assess before you release", "level": "h2"}),
        (
            "paragraph",
            "<p>Start with what the client told you during intake, then look and feel. "
            "Observe posture and how the client moves when turning the head or bending "
            "forward. With flat, relaxed hands, slide the skin in several directions over the "
            "upper back and compare left with right. Note areas where glide is reduced, where "
            "the skin is warmer or cooler, or where gentle lifting is tender. Record what "
            "you found in plain terms; these are findings that guide treatment, not a "
            "diagnosis.</p>",
        ),
        (
            "technique_steps",
            {
                "title": "Cross-hand release for the thoracolumbar region",
                "purpose": "Reduce stiffness and improve comfort in the middle and lower back "
                "using a sustained, low-load stretch.",
                "steps": [
                    {
                        "instruction": "With the client prone and well supported, cross your "
                        "forearms and place your palms a hand-width apart on either side of "
                        "the restricted area, without lubricant.",
                        "cue": "Skin should be dry enough that your hands hold it without sliding.",
                    },
                    {
                        "instruction": "Sink gently into the tissue until you reach the first "
                        "resistance, then let your hands drift apart only until the slack is "
                        "taken up.",
                        "cue": "The client should feel a mild stretch, never pinching or pain.",
                    },
                    {
                        "instruction": "Hold this light tension for 90 seconds or longer, "
                        "breathing slowly and keeping your shoulders relaxed.",
                        "cue": "Feel for softening, warmth or a slow lengthening under your palms.",
                    },
                    {
                        "instruction": "As the tissue gives, follow it to the next barrier "
                        "without forcing; change direction if the tissue leads you elsewhere.",
                        "cue": "If nothing changes after about three minutes, move on rather "
                        "than pushing harder.",
                    },
                    {
                        "instruction": "Release slowly, then recheck glide and ask the client "
                        "to compare how the area feels.",
                        "cue": "Note any change in comfort or movement for your records.",
                    },
                ],
            },
        ),
        ("heading", {"text": "Skin rolling and direct approaches", "level": "h3"}),
        (
            "paragraph",
            "<p>Skin rolling lifts a fold of skin and superficial tissue between the thumbs "
            "and fingers and walks it slowly across an area. It doubles as assessment, since "
            "restricted areas feel thicker and are often more tender, and as treatment. Work "
            "in small sections, keep the fold shallow and check comfort often; tenderness "
            "should ease, not build, with repetition.</p>",
        ),
        (
            "table",
            {
                "caption": "Two broad myofascial approaches compared",
                "table": {
                    "data": [
                        ["Approach", "How it is applied", "When it may suit"],
                        [
                            "Indirect (sustained)",
                            "Light load at the first barrier, held for 90 seconds or more "
                            "while the tissue softens",
                            "Sensitive or anxious clients, early sessions, irritable areas",
                        ],
                        [
                            "Direct (slow stroking)",
                            "Knuckles or forearm sink to the barrier and travel very slowly "
                            "along the tissue",
                            "Chronic, well-tolerated stiffness in larger areas such as the back",
                        ],
                        [
                            "Skin rolling",
                            "Lift and roll a shallow fold of skin across the area",
                            "Assessing and treating reduced glide over the back and neck",
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
                "kind": "contraindication",
                "title": "Recent surgery, open wounds and skin infection",
                "body": "<p>Do not apply myofascial techniques over or next to a recent "
                "incision, an open wound, a burn that is still healing or an area of skin "
                "infection. After surgery, obtain clearance from the client's surgical team "
                "before working near the site, and avoid direct scar work until the wound is "
                "fully closed and the surgeon agrees.</p>",
            },
        ),
        (
            "callout",
            {
                "kind": "precaution",
                "title": "Fragile skin",
                "body": "<p>Older adults, clients on long-term corticosteroids and clients "
                "with some connective tissue disorders may have thin skin that tears or "
                "bruises easily. Reduce the load, avoid skin rolling and watch the skin "
                "closely.</p>",
            },
        ),
        (
            "paragraph",
            "<p><b>Putting it into practice:</b> choose one client this week whose back "
            "feels stiff on palpation. Record glide and comfort before and after a single "
            "cross-hand release, and note what the client reports the next day. Small, "
            "documented observations like these build your clinical judgment faster than any "
            "routine.</p>",
        ),
    ],
}

TRIGGER_POINTS = {
    "slug": "trigger-point-therapy",
    "title": "Trigger Point Therapy for the Neck and Upper Back",
    "intro": (
        "Recognize the features of myofascial trigger points, apply sustained compression "
        "within the client's tolerance, and know when referred symptoms point to something "
        "other than muscle."
    ),
    "estimated_minutes": 25,
    "required": True,
    "body": [
        ("heading", {"text": "Recognizing trigger points", "level": "h2"}),
        (
            "paragraph",
            "<p>A myofascial trigger point is usually described as a small, hyperirritable "
            "spot within a palpable <b>taut band</b> of skeletal muscle. Pressing it is "
            "tender, and it may reproduce pain in a distant area the client recognizes. An "
            "<b>active</b> trigger point is linked to the client's current complaint; a "
            "<b>latent</b> one is tender on pressure but does not produce the familiar "
            "symptoms. Snapping across the band sometimes brings a brief local twitch.</p>",
        ),
        (
            "paragraph",
            "<p>Hold this model lightly. Researchers still debate how trigger points form, "
            "and studies show that two examiners often disagree about where they are. Treat "
            "the model as a practical map for finding sensitive, symptom-producing tissue, "
            "and let the client's reports and their response to treatment guide you more than "
            "the map does.</p>",
        ),
        (
            "image",
            {
                "image": "trigger-point-regions",
                "alt_text": "Schematic back view of the neck and upper back with red dots on "
                "the suboccipitals, upper trapezius, levator scapulae, rhomboids, splenius, "
                "infraspinatus and thoracic paraspinals, each labeled with its referral area.",
                "caption": "Common trigger point areas and their typical referral zones. "
                "Individual patterns vary.",
            },
        ),
        (
            "table",
            {
                "caption": "Common neck and upper back trigger point areas",
                "table": {
                    "data": [
                        ["Muscle", "Where to look", "Typical referral", "Common contributors"],
                        [
                            "Upper trapezius",
                            "Top of the shoulder, pincer grip",
                            "Side of the neck, behind the ear, temple",
                            "Desk work, carrying bags, raised shoulders under stress",
                        ],
                        [
                            "Levator scapulae",
                            "Angle where the neck meets the shoulder",
                            "Neck angle and inner edge of the shoulder blade",
                            "Phone held at the ear, sleeping with the head turned",
                        ],
                        [
                            "Suboccipitals",
                            "Just below the base of the skull",
                            "Deep head pain toward the eye",
                            "Forward head posture, prolonged screen use",
                        ],
                        [
                            "Infraspinatus",
                            "Middle of the shoulder blade",
                            "Front and side of the shoulder",
                            "Reaching, overhead sport, side sleeping",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "",
                },
            },
        ),
        ("heading", {"text": "Sustained compression", "level": "h2"}),
        (
            "technique_steps",
            {
                "title": "Sustained compression of an upper trapezius trigger point",
                "purpose": "Reduce local tenderness and referred pain so the muscle can be "
                "lengthened comfortably.",
                "steps": [
                    {
                        "instruction": "Warm the area first with a few minutes of broad "
                        "strokes and kneading.",
                        "cue": "Tissue should feel softer and the client settled before you "
                        "become specific.",
                    },
                    {
                        "instruction": "With the client supine or prone, take the upper "
                        "trapezius in a pincer grip and roll it gently to find the taut band "
                        "and its most tender spot.",
                        "cue": "Ask whether pressure reproduces a familiar ache or headache "
                        "pattern.",
                    },
                    {
                        "instruction": "Increase pressure gradually until the client rates "
                        "the sensation at about 4 to 6 out of 10.",
                        "cue": "The client keeps breathing easily and the muscle does not "
                        "tighten against you.",
                    },
                    {
                        "instruction": "Hold steady pressure for 30 to 90 seconds while the "
                        "tenderness eases.",
                        "cue": "When the rating drops, you may follow the softening with a "
                        "little more pressure.",
                    },
                    {
                        "instruction": "Release slowly, then stroke along the muscle and "
                        "take it through a gentle, pain-free lengthening.",
                        "cue": "Ask the client to compare tenderness and neck movement with "
                        "before.",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "clinical_note",
                "title": "Not every referred symptom is a trigger point",
                "body": "<p>Numbness, pins and needles, weakness, or pain spreading below "
                "the elbow can come from an irritated nerve root or other conditions. Do "
                "not assume the cause is muscular. Note the symptoms, avoid pressure that "
                "provokes them, and suggest the client see their physician.</p>",
            },
        ),
        ("heading", {"text": "Working safely in the neck", "level": "h3"}),
        (
            "paragraph",
            "<p>The front and side of the neck contain structures that should never receive "
            "sustained pressure. Work the sternocleidomastoid with a gentle pincer grip that "
            "lifts the muscle away from deeper tissue, rather than pressing down beside the "
            "windpipe, where the carotid artery and jugular vein run. Above the collarbone, "
            "between the trapezius and the sternocleidomastoid, the nerves of the brachial "
            "plexus lie close to the surface; use broad, light contact there.</p>",
        ),
        (
            "callout",
            {
                "kind": "contraindication",
                "title": "Stop treatment and get help",
                "body": "<p>Stop immediately if the client develops dizziness, double "
                "vision, slurred speech, difficulty swallowing, sudden numbness of the face "
                "or limbs, loss of balance, or a sudden, severe headache unlike any before. "
                "These may signal a problem with blood flow to the brain. Call emergency "
                "services if symptoms are severe or do not settle quickly; otherwise refer "
                "the client for urgent medical assessment.</p>",
            },
        ),
        (
            "key_terms",
            {
                "title": "Key terms",
                "terms": [
                    {
                        "term": "Taut band",
                        "definition": "A cord-like strip of firmer fibers within a muscle "
                        "that you can feel by palpating across its direction.",
                    },
                    {
                        "term": "Referred pain",
                        "definition": "Pain felt in an area away from the tissue being pressed.",
                    },
                    {
                        "term": "Sustained compression",
                        "definition": "Steady pressure held on a tender point until the "
                        "tenderness eases; also called ischemic compression.",
                    },
                ],
            },
        ),
        (
            "paragraph",
            "<p><b>Reflection:</b> think of a client who reports tension headaches. Which "
            "muscles in the table would you check first, how would you confirm that pressure "
            "reproduces their familiar pattern, and what would make you stop and refer "
            "instead of treating?</p>",
        ),
    ],
}

DEEP_TISSUE = {
    "slug": "deep-tissue-and-pressure",
    "title": "Deep Tissue Work and Grading Pressure to Tolerance",
    "intro": (
        "Reach deeper layers with slow, well-angled strokes instead of force, read the signs "
        "that pressure is too much, and adapt for clients with bleeding risks or other "
        "precautions."
    ),
    "estimated_minutes": 25,
    "required": True,
    "body": [
        ("heading", {"text": "Deep does not mean hard", "level": "h2"}),
        (
            "paragraph",
            "<p>Deep tissue massage aims to influence deeper muscle layers and the "
            "connective tissue around them. It relies on slow, specific strokes applied after "
            "the superficial layers have been warmed. Depth comes from body position, a broad "
            "contact surface such as the forearm, the angle of the stroke and, above all, "
            "time. Tissue that is given time to soften lets you in; tissue that is forced "
            "tightens to protect itself.</p>"
            "<p>When a client guards, the muscle you want to reach contracts, the session "
            "becomes less effective, and the risk of bruising and lingering soreness goes "
            "up. Pain is not a sign of a better treatment.</p>",
        ),
        (
            "image",
            {
                "image": "pressure-scale",
                "alt_text": "A 0 to 10 pressure scale in colors from green to red, divided "
                "into a comfortable zone from 0 to 3, a working zone from 4 to 6 and a "
                "too-much zone from 7 to 10, with advice to check in often.",
                "caption": "Use the same 0 to 10 intensity scale every session so that "
                "ratings mean the same thing to you and the client.",
            },
        ),
        (
            "paragraph",
            "<p>Agree on a scale before you start: 0 is no pressure at all and 10 is "
            "unbearable. Most therapeutic work sits between 4 and 6, where the client feels "
            "strong pressure but can breathe slowly and let go. Ask for a rating when you "
            "change technique or move to a new area, and accept the number you are given. "
            "A dull, spreading ache that eases as you hold is usually acceptable; sharp, "
            "burning or electric sensations are not.</p>",
        ),
        (
            "table",
            {
                "caption": "Reading the client's response to pressure",
                "table": {
                    "data": [
                        ["What you notice", "What it may mean", "What to do"],
                        [
                            "Breath holding, clenched jaw or fists",
                            "Pressure is above tolerance",
                            "Ease off and slow down; invite a slow breath out",
                        ],
                        [
                            "Muscle tightens under your hand",
                            "Protective guarding",
                            "Reduce pressure, broaden contact, return later",
                        ],
                        [
                            "Client goes quiet or answers briefly",
                            "Possible discomfort they are not voicing",
                            "Ask directly and remind them they can stop you",
                        ],
                        [
                            "Tissue softens and breathing deepens",
                            "Pressure is being accepted",
                            "Maintain, or follow the tissue a little deeper",
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
                "title": "Slow forearm stroke along the thoracic paraspinal muscles",
                "purpose": "Address chronic upper and middle back tension with broad, "
                "controlled depth.",
                "steps": [
                    {
                        "instruction": "Warm the back with several minutes of effleurage and "
                        "kneading, checking pressure as you go.",
                        "cue": "Skin warmth and softer tissue tell you the area is ready.",
                    },
                    {
                        "instruction": "Stand in a lunge beside the table and place the flat "
                        "of your forearm next to the spine, never on the spinous processes.",
                        "cue": "Your own shoulders and wrist stay relaxed; body weight "
                        "provides the pressure.",
                    },
                    {
                        "instruction": "Lean in slowly until you feel the tissue resist, then "
                        "pause for a few seconds.",
                        "cue": "Ask for a rating; aim for 4 to 6 out of 10.",
                    },
                    {
                        "instruction": "Glide very slowly along the muscle, a few "
                        "centimeters per second, easing off wherever the tissue resists or the "
                        "client tenses.",
                        "cue": "If you feel the muscle grab, lighten and wait rather than "
                        "push through.",
                    },
                    {
                        "instruction": "Stop the stroke above the lowest ribs and lighten over "
                        "the area just below them, where the kidneys are less protected.",
                        "cue": "Finish with broad, lighter strokes and ask how the area feels.",
                    },
                ],
            },
        ),
        ("heading", {"text": "When to reduce or avoid depth", "level": "h2"}),
        (
            "callout",
            {
                "kind": "contraindication",
                "title": "Suspected deep vein thrombosis",
                "body": "<p>One-sided calf or thigh swelling, warmth, redness or aching, "
                "especially after surgery, a long journey, a period of bed rest or during "
                "pregnancy, may indicate a blood clot. Do not massage the limb at all and "
                "refer the client for same-day medical assessment. Sudden shortness of "
                "breath or chest pain calls for emergency services.</p>",
            },
        ),
        (
            "callout",
            {
                "kind": "precaution",
                "title": "Anticoagulants, bleeding disorders and easy bruising",
                "body": "<p>Clients taking anticoagulant or antiplatelet medication, those "
                "with a bleeding disorder and those with a low platelet count during cancer "
                "treatment bruise easily. Use light to moderate pressure, avoid deep "
                "stroking, friction and sustained compression, and ask at the next visit "
                "whether any bruising appeared. Seek medical guidance when you are unsure.</p>",
            },
        ),
        (
            "paragraph",
            "<p>Other situations also call for lighter, more cautious work:</p>"
            "<ul><li><b>Osteoporosis:</b> avoid heavy pressure over the ribs and spine and "
            "take care when positioning.</li><li><b>Reduced sensation</b>, for example from "
            "diabetic neuropathy: the client may not feel excessive pressure, so rely on "
            "visual cues and stay moderate.</li><li><b>Acute injury or inflammation:</b> "
            "avoid deep work on a hot, swollen or recently injured area; work around it "
            "gently instead.</li><li><b>Pain medication taken before the session:</b> "
            "feedback may be dulled, so keep pressure moderate.</li></ul>",
        ),
        (
            "key_terms",
            {
                "title": "Key terms",
                "terms": [
                    {
                        "term": "Tolerance",
                        "definition": "The intensity of pressure a client can accept while "
                        "staying relaxed; it changes from day to day and area to area.",
                    },
                    {
                        "term": "Guarding",
                        "definition": "Protective muscle tightening in response to pressure "
                        "or pain.",
                    },
                    {
                        "term": "Endangerment site",
                        "definition": "An area where nerves, vessels or organs lie close to the "
                        "surface and need light, careful contact.",
                    },
                ],
            },
        ),
        (
            "paragraph",
            "<p><b>Practical summary:</b> warm the tissue, go in slowly, ask for a number, "
            "and let the tissue set the pace. Adjust for medications and health conditions "
            "before you start, not after a bruise appears, and record the pressure and the "
            "client's response so the next session starts from what you learned.</p>",
        ),
    ],
}

STRETCH_AND_EXERCISE = {
    "slug": "massage-with-stretching-and-exercise",
    "title": "Further Practice: Pairing Massage with Stretching and Exercise",
    "intro": (
        "Extend the benefit of hands-on work with assisted stretching and a short, "
        "well-chosen home program, while staying within your scope and the client's wider "
        "care plan."
    ),
    "estimated_minutes": 25,
    "required": False,
    "body": [
        ("heading", {"text": "Why combine hands-on work with movement", "level": "h2"}),
        (
            "paragraph",
            "<p>The relief that follows massage is real but often short-lived. Clinical "
            "guidance for persistent neck and back pain consistently recommends staying "
            "active and exercising, with manual therapy as a complement. Following a release "
            "or trigger point session with stretching and movement lets the client use the "
            "easier range while it is available, and a simple home program gives them a way "
            "to influence their own symptoms between visits.</p>",
        ),
        (
            "paragraph",
            "<p>Check what your regulator allows. In many jurisdictions, remedial exercise "
            "and stretching advice are within a massage therapist's scope, while elsewhere "
            "the limits are narrower. If the client is already working with a "
            "physiotherapist, physician or chiropractor, ask what they have been given and "
            "support that plan rather than adding a competing one.</p>",
        ),
        (
            "table",
            {
                "caption": "Stretching and movement options after massage",
                "table": {
                    "data": [
                        ["Method", "How it is done", "Typical dose"],
                        [
                            "Static stretch",
                            "Move to a comfortable stretch and hold without bouncing",
                            "20 to 30 seconds, 2 to 4 repetitions",
                        ],
                        [
                            "Contract-relax",
                            "Light contraction against your hand, relax, then move into the "
                            "new range",
                            "5 to 6 second contraction, 2 to 3 rounds",
                        ],
                        [
                            "Active range of motion",
                            "Client moves slowly through the available range",
                            "8 to 10 controlled repetitions",
                        ],
                        [
                            "Strength and control",
                            "Low-load exercises such as chin tucks and shoulder blade setting",
                            "8 to 12 repetitions, once or twice daily",
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
                "title": "Contract-relax stretch for the upper trapezius",
                "purpose": "Gain comfortable neck side-bending range after soft tissue work.",
                "steps": [
                    {
                        "instruction": "With the client supine, stabilize the shoulder with "
                        "one hand and cradle the head with the other.",
                        "cue": "The client's head should feel supported and relaxed.",
                    },
                    {
                        "instruction": "Side-bend the neck away from the side you are "
                        "stretching until the client feels a mild stretch.",
                        "cue": "Stop at the first stretch; there should be no pain or arm "
                        "symptoms.",
                    },
                    {
                        "instruction": "Ask the client to press their head gently back "
                        "toward your hand using about a fifth of their strength, and hold for "
                        "5 to 6 seconds while you match the force.",
                        "cue": "Watch for breath holding; the effort should stay light.",
                    },
                    {
                        "instruction": "Ask them to relax and breathe out, then take up the "
                        "new slack slowly.",
                        "cue": "Move only as far as the new, comfortable stretch.",
                    },
                    {
                        "instruction": "Repeat two or three times, then return the head to "
                        "neutral and compare range with the other side.",
                        "cue": "Record the change in range and comfort.",
                    },
                ],
            },
        ),
        ("heading", {"text": "Simple home exercises for the neck and upper back", "level": "h2"}),
        (
            "paragraph",
            "<p>Choose two or three exercises at most, matched to what you found:</p>"
            "<ul><li><b>Chin tuck:</b> glide the head straight back without tipping it, hold "
            "5 seconds, 8 to 10 times.</li><li><b>Shoulder blade setting:</b> draw the "
            "shoulder blades gently back and down, hold 5 seconds, 10 times.</li><li><b>Upper "
            "trapezius stretch:</b> sit tall and tilt the ear toward the opposite shoulder, "
            "hold 20 to 30 seconds.</li><li><b>Thoracic extension:</b> sitting in a chair "
            "with a firm back, arch gently over the backrest, 8 to 10 times.</li></ul>"
            "<p>Exercises should feel comfortable or mildly effortful, and any discomfort "
            "should settle within minutes of stopping.</p>",
        ),
        (
            "callout",
            {
                "kind": "precaution",
                "title": "When to stop or modify",
                "body": "<p>Stop any stretch that produces numbness, tingling or pain "
                "traveling into the arm, dizziness, or a sharp pain. Avoid stretching "
                "recently injured tissue, be gentle with clients who are very flexible, and "
                "for clients with osteoporosis avoid loaded forward bending and end-range "
                "twisting of the spine.</p>",
            },
        ),
        ("heading", {"text": "Making the home program stick", "level": "h3"}),
        (
            "paragraph",
            "<p>Demonstrate each exercise, then watch the client do it and correct form. "
            "Ask them to explain it back to you, link it to something they already do each "
            "day, such as a coffee break, and give a short written or illustrated reminder. "
            "At the next visit, ask how it went before adding anything new.</p>",
        ),
        (
            "callout",
            {
                "kind": "clinical_note",
                "title": "Document what you gave",
                "body": "<p>Record each exercise, the dose, how the client performed it and "
                "any advice to modify it. This protects the client and you, and lets "
                "another practitioner see exactly what was recommended.</p>",
            },
        ),
        (
            "paragraph",
            "<p><b>Reflection:</b> for your next client with desk-related neck tension, pick "
            "one assisted stretch to finish the session and one home exercise to take away. "
            "At the following visit, compare their range and pain ratings with your notes and "
            "decide whether to progress, change or drop the exercise.</p>",
        ),
    ],
}

COURSE = {
    "slug": "myofascial-trigger-point-techniques",
    "title": "Myofascial and Trigger Point Techniques for Neck and Back Pain",
    "topic": "techniques",
    "summary": (
        "Apply myofascial release, trigger point therapy and deep tissue work to neck and back "
        "pain, grade pressure to the client's tissue response and tolerance, recognize when to "
        "refer, and extend results with stretching and simple home exercise."
    ),
    "description": (
        "<p>This home-study course focuses on three techniques that massage therapists use "
        "every day for neck and back complaints: <b>myofascial release</b>, <b>trigger point "
        "therapy</b> and <b>deep tissue work</b>. Each module explains what the technique is "
        "designed to do, walks through it step by step, and sets out the precautions and "
        "contraindications that apply.</p>"
        "<p>Throughout, the emphasis is on working with the client's tissue response "
        "rather than against it: grading pressure with a shared scale, reading signs of "
        "guarding, and pairing hands-on work with stretching and home exercise that fit "
        "your scope of practice.</p>"
    ),
    "level": "intermediate",
    "course_type": "home_study",
    "ce_hours": "2.00",
    "approved_title": (
        "Myofascial Release, Trigger Point Therapy and Deep Tissue Techniques for Neck and "
        "Back Pain"
    ),
    "approval_number": "HS-2026-0142",
    "objectives": [
        "Describe the aims and the likely mechanisms of myofascial release in plain, "
        "accurate terms a client can understand.",
        "Locate common trigger point areas of the neck and upper back and apply sustained "
        "compression within a 4 to 6 out of 10 tolerance range.",
        "Grade deep tissue pressure using a 0 to 10 scale and adjust it in response to signs "
        "of guarding.",
        "Identify contraindications and precautions for deep work, including suspected DVT, "
        "anticoagulant use and recent surgery.",
        "Select an assisted stretch and a short home exercise program that fit the client's "
        "findings and your scope of practice.",
    ],
    "prerequisites": [],
    "modules": [MYOFASCIAL_RELEASE, TRIGGER_POINTS, DEEP_TISSUE, STRETCH_AND_EXERCISE],
}
