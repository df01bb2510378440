"""Demo quizzes for the myofascial, trigger point and deep tissue techniques course."""

MYOFASCIAL_RELEASE_QUIZ = {
    "title": "Check your understanding: Myofascial release",
    "intro": (
        "<p>This quiz covers the aims of myofascial release, how to assess tissue glide, the "
        "cross-hand release and skin rolling, and the safety limits for surgical sites and "
        "fragile skin.</p>"
    ),
    "pass_mark": 80,
    "max_attempts": None,
    "time_limit_minutes": None,
    "questions": [
        (
            "single_choice",
            {
                "prompt": "<p>Why is myofascial release usually performed with little or no "
                "lubricant?</p>",
                "points": "1",
                "explanation": "<p>Without lubricant the hands can grip the skin and "
                "superficial tissue and hold it at the barrier. With oil, the hands slide over "
                "the surface and the sustained stretch is lost.</p>",
                "options": [
                    {
                        "text": "So the hands can hold the tissue instead of sliding across it",
                        "correct": True,
                        "feedback": "Correct: a dry contact lets you engage and hold the "
                        "tissue at its first resistance.",
                    },
                    {
                        "text": "Because oils prevent fascia from releasing toxins",
                        "correct": False,
                        "feedback": "Fascia does not release toxins, and this is not the "
                        "reason for working dry.",
                    },
                    {
                        "text": "To allow faster strokes over a larger area",
                        "correct": False,
                        "feedback": "Myofascial release is slow and sustained, not fast.",
                    },
                    {
                        "text": "Because lubricant makes the client's skin too warm",
                        "correct": False,
                        "feedback": "Skin temperature is not the concern; grip on the tissue is.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "prompt": "<p>Research shows that a single session of hand pressure can "
                "permanently stretch or remodel dense fascia.</p>",
                "points": "1",
                "explanation": "<p>The evidence does not support permanent remodeling of "
                "dense fascia from one session. The softening you feel is better explained by "
                "changes in muscle tone, nervous system responses to slow touch and fluid "
                "shifts in loose connective tissue.</p>",
                "correct": False,
                "feedback_true": "Not supported: hand pressure has not been shown to "
                "permanently reshape dense fascia in one session.",
                "feedback_false": "Correct: the research does not show permanent change to "
                "dense fascia from a single session.",
            },
        ),
        (
            "multiple_response",
            {
                "prompt": "<p>Which explanations for the softening felt during myofascial "
                "release are consistent with current evidence? Select all that apply.</p>",
                "points": "2",
                "explanation": "<p>The likely contributors are changes in muscle tone, "
                "nervous system responses to slow, predictable touch, and fluid shifts in "
                "loose connective tissue. Claims about breaking adhesions or flushing toxins "
                "overstate what the technique does.</p>",
                "options": [
                    {
                        "text": "Changes in muscle tone",
                        "correct": True,
                        "feedback": "Yes, reduced muscle tone is a likely part of the effect.",
                    },
                    {
                        "text": "Nervous system responses to slow, predictable touch",
                        "correct": True,
                        "feedback": "Yes, slow and predictable contact influences how the "
                        "nervous system sets tension and sensitivity.",
                    },
                    {
                        "text": "Fluid shifts in loose connective tissue",
                        "correct": True,
                        "feedback": "Yes, fluid movement in loose layers may change how the "
                        "tissue feels.",
                    },
                    {
                        "text": "Adhesions between fascial layers being torn apart",
                        "correct": False,
                        "feedback": "There is no good evidence that hand pressure breaks or "
                        "unsticks fascia.",
                    },
                    {
                        "text": "Toxins being squeezed out of the fascia",
                        "correct": False,
                        "feedback": "This is a common myth with no supporting evidence.",
                    },
                ],
            },
        ),
        (
            "ordering",
            {
                "prompt": "<p>Put the steps of the cross-hand release for the thoracolumbar "
                "region in the correct order.</p>",
                "points": "2",
                "explanation": "<p>Place the crossed hands on dry skin, sink to the first "
                "resistance and take up slack, hold lightly for 90 seconds or more, follow "
                "the tissue as it gives, then release slowly and recheck.</p>",
                "items": [
                    "Cross your forearms and place your palms on either side of the "
                    "restricted area without lubricant",
                    "Sink gently to the first resistance and let the hands drift apart until "
                    "the slack is taken up",
                    "Hold the light tension for 90 seconds or longer while breathing slowly",
                    "Follow the tissue to the next barrier as it gives, without forcing",
                    "Release slowly, recheck glide and ask the client to compare the area",
                ],
            },
        ),
        (
            "numeric",
            {
                "prompt": "<p>In the cross-hand release, what is the minimum time, in "
                "seconds, that you hold the light tension before expecting the tissue to "
                "soften?</p>",
                "points": "1",
                "explanation": "<p>The module recommends holding for 90 seconds or longer. "
                "Sustained, low-load holds give the tissue and the nervous system time to "
                "respond.</p>",
                "answer": "90",
                "tolerance": "0",
                "unit": "seconds",
            },
        ),
        (
            "matching",
            {
                "prompt": "<p>Match each myofascial approach to the situation it is most "
                "likely to suit.</p>",
                "points": "2",
                "explanation": "<p>Indirect, sustained holds suit sensitive or irritable "
                "presentations; slow direct stroking suits chronic, well-tolerated stiffness "
                "over large areas; skin rolling assesses and treats reduced glide.</p>",
                "pairs": [
                    {
                        "prompt": "Indirect (sustained) release",
                        "match": "An anxious client in an early session with an irritable area",
                    },
                    {
                        "prompt": "Direct (slow stroking) release",
                        "match": "Chronic, well-tolerated stiffness across a large area of "
                        "the back",
                    },
                    {
                        "prompt": "Skin rolling",
                        "match": "Assessing and treating reduced glide over the back and neck",
                    },
                ],
                "distractors": [
                    "A recent incision that has not fully closed",
                ],
            },
        ),
        (
            "short_answer",
            {
                "prompt": "<p>What term describes the first point at which you feel "
                "resistance as you take up slack in the tissue, where myofascial release is "
                "applied?</p>",
                "points": "1",
                "explanation": "<p>This is the tissue barrier. Myofascial release works at "
                "the barrier and follows it as it moves, rather than pushing beyond it.</p>",
                "accepted": [
                    "tissue barrier",
                    "the tissue barrier",
                    "barrier",
                    "the barrier",
                    "first barrier",
                    "restriction barrier",
                ],
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>A client had spinal surgery five weeks ago and asks you to "
                "release the stiffness around the incision. What is the appropriate "
                "response?</p>",
                "points": "1",
                "explanation": "<p>Obtain clearance from the surgical team before working "
                "near a recent surgical site, and do not work directly on the scar until the "
                "wound has fully closed and the surgeon agrees.</p>",
                "options": [
                    {
                        "text": "Get clearance from the surgical team before working near "
                        "the site, and avoid direct scar work until the surgeon agrees",
                        "correct": True,
                        "feedback": "Correct: clearance comes first, and direct scar work "
                        "waits for a closed wound and the surgeon's agreement.",
                    },
                    {
                        "text": "Use skin rolling directly over the incision to prevent adhesions",
                        "correct": False,
                        "feedback": "Working over a recent incision without clearance is "
                        "contraindicated.",
                    },
                    {
                        "text": "Proceed if the skin over the incision looks dry",
                        "correct": False,
                        "feedback": "Appearance alone does not replace clearance from the "
                        "surgical team.",
                    },
                    {
                        "text": "Use indirect release over the incision because it is gentle",
                        "correct": False,
                        "feedback": "Even gentle myofascial work near a recent incision needs "
                        "surgical clearance first.",
                    },
                ],
            },
        ),
        (
            "case_scenario",
            {
                "title": "Stiff upper back in an older client",
                "vignette": "<p>Margaret, 74, has taken oral corticosteroids for a lung "
                "condition for several years. She reports a stiff, pulling feeling across her "
                "upper back after long hours of reading. On assessment, glide is reduced on "
                "the right, and you notice her forearms bruise easily. She asks, <i>Can you "
                "break up the stuck fascia in my back?</i></p>",
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>Which adaptation best fits Margaret's presentation?</p>",
                            "points": "1",
                            "explanation": "<p>Long-term corticosteroid use can thin the "
                            "skin. Reduce the load, avoid skin rolling and watch the skin "
                            "closely throughout.</p>",
                            "options": [
                                {
                                    "text": "Reduce the load, avoid skin rolling and watch "
                                    "her skin closely",
                                    "correct": True,
                                    "feedback": "Correct: these are the precautions for "
                                    "fragile skin.",
                                },
                                {
                                    "text": "Use skin rolling to assess the restricted area "
                                    "more precisely",
                                    "correct": False,
                                    "feedback": "Skin rolling lifts and rolls the skin, which "
                                    "can tear or bruise fragile skin.",
                                },
                                {
                                    "text": "Use direct slow stroking with the knuckles to "
                                    "reach the deeper layers",
                                    "correct": False,
                                    "feedback": "A heavier, direct load is not suited to "
                                    "thin, easily bruised skin.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>How should you answer her question about "
                            "breaking up her fascia?</p>",
                            "points": "1",
                            "explanation": "<p>Describe realistic effects: the technique "
                            "can reduce stiffness and make movement feel easier. Avoid "
                            "promising to break up or unstick fascia.</p>",
                            "options": [
                                {
                                    "text": "Explain that the work can ease stiffness and "
                                    "make moving feel easier",
                                    "correct": True,
                                    "feedback": "Correct: this is an accurate, honest "
                                    "description of the likely benefit.",
                                },
                                {
                                    "text": "Agree that a few sessions will break down the "
                                    "stuck layers",
                                    "correct": False,
                                    "feedback": "This claim is not supported by research.",
                                },
                                {
                                    "text": "Tell her the fascia will be permanently "
                                    "lengthened after today",
                                    "correct": False,
                                    "feedback": "Permanent lengthening from one session has "
                                    "not been shown.",
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>If the tissue has not changed after about three "
                            "minutes of a sustained hold, you should increase the pressure "
                            "until it releases.</p>",
                            "points": "1",
                            "explanation": "<p>When nothing changes after about three "
                            "minutes, move on rather than pushing harder, especially with "
                            "fragile skin.</p>",
                            "correct": False,
                            "feedback_true": "Pushing harder is not the answer; move on to "
                            "another area or approach.",
                            "feedback_false": "Correct: if the tissue does not respond, move "
                            "on instead of forcing it.",
                        },
                    ),
                ],
            },
        ),
        (
            "question_pool",
            {
                "title": "Assessing tissue glide",
                "draw": 2,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>How does the module suggest you check tissue "
                            "glide over the upper back?</p>",
                            "points": "1",
                            "explanation": "<p>With flat, relaxed hands, slide the skin in "
                            "several directions and compare the left side with the "
                            "right.</p>",
                            "options": [
                                {
                                    "text": "Slide the skin in several directions with flat, "
                                    "relaxed hands and compare both sides",
                                    "correct": True,
                                    "feedback": "Correct: side-to-side comparison shows "
                                    "where glide is reduced.",
                                },
                                {
                                    "text": "Press firmly with the thumbs until you find "
                                    "the most painful point",
                                    "correct": False,
                                    "feedback": "Glide is assessed with light, flat "
                                    "contact, not deep thumb pressure.",
                                },
                                {
                                    "text": "Apply oil and feel how easily your hands "
                                    "move over the skin",
                                    "correct": False,
                                    "feedback": "Oil masks how the skin moves over the "
                                    "layers beneath.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>During skin rolling, how do restricted areas "
                            "typically feel compared with surrounding tissue?</p>",
                            "points": "1",
                            "explanation": "<p>Restricted areas tend to feel thicker and are "
                            "often more tender, which is why skin rolling doubles as an "
                            "assessment.</p>",
                            "options": [
                                {
                                    "text": "Thicker and often more tender",
                                    "correct": True,
                                    "feedback": "Correct: thickness and tenderness mark "
                                    "areas of reduced glide.",
                                },
                                {
                                    "text": "Thinner and numb",
                                    "correct": False,
                                    "feedback": "Numbness is not a typical sign of reduced "
                                    "glide and would need further questions.",
                                },
                                {
                                    "text": "Exactly the same, so skin rolling is only a treatment",
                                    "correct": False,
                                    "feedback": "Skin rolling is both an assessment and a "
                                    "treatment.",
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>Areas of reduced glide found on palpation should "
                            "be recorded as findings that guide treatment, not as a "
                            "diagnosis.</p>",
                            "points": "1",
                            "explanation": "<p>Record what you observed and felt in plain "
                            "terms. These findings guide your treatment choices; naming a "
                            "condition is outside a massage therapist's scope.</p>",
                            "correct": True,
                            "feedback_true": "Correct: describe findings plainly rather than "
                            "labeling a condition.",
                            "feedback_false": "Palpation findings are recorded as "
                            "observations, not as a diagnosis.",
                        },
                    ),
                ],
            },
        ),
    ],
}

TRIGGER_POINT_QUIZ = {
    "title": "Check your understanding: Trigger point therapy",
    "intro": (
        "<p>This quiz covers how trigger points are described, common neck and upper back "
        "referral patterns, sustained compression, and the signs that mean you should stop "
        "or refer.</p>"
    ),
    "pass_mark": 80,
    "max_attempts": None,
    "time_limit_minutes": None,
    "questions": [
        (
            "single_choice",
            {
                "prompt": "<p>Which description best matches a myofascial trigger point?</p>",
                "points": "1",
                "explanation": "<p>A trigger point is usually described as a small, "
                "hyperirritable spot within a palpable taut band of skeletal muscle that is "
                "tender to pressure and may refer pain elsewhere.</p>",
                "options": [
                    {
                        "text": "A small, hyperirritable spot within a palpable taut band of "
                        "skeletal muscle",
                        "correct": True,
                        "feedback": "Correct: this is the usual working description.",
                    },
                    {
                        "text": "A knot of fascia that must be broken up with deep friction",
                        "correct": False,
                        "feedback": "Trigger points are described within muscle, and "
                        "breaking them up is not the aim.",
                    },
                    {
                        "text": "An inflamed joint that is painful to move",
                        "correct": False,
                        "feedback": "Joint inflammation is a different problem and not a "
                        "trigger point.",
                    },
                    {
                        "text": "Any spot on the body that is tender to firm pressure",
                        "correct": False,
                        "feedback": "Tenderness alone is not enough; the model involves a "
                        "taut band in muscle.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "prompt": "<p>A latent trigger point is one that reproduces the client's "
                "familiar, current symptoms when pressed.</p>",
                "points": "1",
                "explanation": "<p>An active trigger point is linked to the current "
                "complaint and reproduces familiar symptoms. A latent trigger point is "
                "tender to pressure but does not produce those familiar symptoms.</p>",
                "correct": False,
                "feedback_true": "That describes an active trigger point, not a latent one.",
                "feedback_false": "Correct: a latent trigger point is tender but does not "
                "reproduce the familiar complaint.",
            },
        ),
        (
            "matching",
            {
                "prompt": "<p>Match each muscle to its typical referral area.</p>",
                "points": "2",
                "explanation": "<p>Upper trapezius refers to the side of the neck, behind "
                "the ear and the temple; levator scapulae to the neck angle and inner edge "
                "of the shoulder blade; the suboccipitals to deep head pain toward the eye; "
                "infraspinatus to the front and side of the shoulder. Individual patterns "
                "vary.</p>",
                "pairs": [
                    {
                        "prompt": "Upper trapezius",
                        "match": "Side of the neck, behind the ear and the temple",
                    },
                    {
                        "prompt": "Levator scapulae",
                        "match": "Angle of the neck and inner edge of the shoulder blade",
                    },
                    {
                        "prompt": "Suboccipitals",
                        "match": "Deep head pain toward the eye",
                    },
                    {
                        "prompt": "Infraspinatus",
                        "match": "Front and side of the shoulder",
                    },
                ],
                "distractors": [
                    "Lower back and buttock",
                ],
            },
        ),
        (
            "ordering",
            {
                "prompt": "<p>Put the steps of sustained compression for an upper trapezius "
                "trigger point in the correct order.</p>",
                "points": "2",
                "explanation": "<p>Warm the area, locate the taut band and its most tender "
                "spot, build pressure to about 4 to 6 out of 10, hold while the tenderness "
                "eases, then release slowly and lengthen the muscle gently.</p>",
                "items": [
                    "Warm the area with broad strokes and kneading",
                    "Use a pincer grip to find the taut band and its most tender spot",
                    "Increase pressure gradually to a rating of about 4 to 6 out of 10",
                    "Hold steady pressure for 30 to 90 seconds while the tenderness eases",
                    "Release slowly, stroke along the muscle and lengthen it gently",
                ],
            },
        ),
        (
            "numeric",
            {
                "prompt": "<p>What is the longest hold, in seconds, recommended for a "
                "single sustained compression in this module?</p>",
                "points": "1",
                "explanation": "<p>Steady pressure is held for 30 to 90 seconds while the "
                "tenderness eases, then released slowly.</p>",
                "answer": "90",
                "tolerance": "0",
                "unit": "seconds",
            },
        ),
        (
            "multiple_response",
            {
                "prompt": "<p>While you work the upper trapezius, which client reports "
                "suggest the symptoms may not be muscular and call for caution and a "
                "suggestion to see a physician? Select all that apply.</p>",
                "points": "2",
                "explanation": "<p>Numbness, pins and needles, weakness, or pain spreading "
                "below the elbow can come from an irritated nerve root or another condition. "
                "A familiar ache at the temple and a local twitch fit the trigger point "
                "model.</p>",
                "options": [
                    {
                        "text": "Numbness in the fingers",
                        "correct": True,
                        "feedback": "Yes, numbness may point to nerve involvement.",
                    },
                    {
                        "text": "Pins and needles running into the hand",
                        "correct": True,
                        "feedback": "Yes, tingling into the hand suggests a possible nerve source.",
                    },
                    {
                        "text": "Pain spreading below the elbow",
                        "correct": True,
                        "feedback": "Yes, pain traveling below the elbow needs caution.",
                    },
                    {
                        "text": "A familiar ache at the temple when the band is pressed",
                        "correct": False,
                        "feedback": "This matches the typical upper trapezius referral pattern.",
                    },
                    {
                        "text": "A brief local twitch when you snap across the band",
                        "correct": False,
                        "feedback": "A local twitch response is a feature of the trigger "
                        "point model.",
                    },
                ],
            },
        ),
        (
            "short_answer",
            {
                "prompt": "<p>Sustained compression is also known by what other name?</p>",
                "points": "1",
                "explanation": "<p>Sustained compression is also called ischemic "
                "compression: steady pressure held on a tender point until the tenderness "
                "eases.</p>",
                "accepted": [
                    "ischemic compression",
                    "ischaemic compression",
                    "ischemic pressure",
                    "ischaemic pressure",
                ],
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>Given the ongoing debate about trigger points, how should you "
                "use the trigger point model in practice?</p>",
                "points": "1",
                "explanation": "<p>Examiners often disagree about trigger point locations "
                "and their origin is still debated. Use the model as a practical map, and "
                "let the client's reports and response to treatment guide you more.</p>",
                "options": [
                    {
                        "text": "As a practical map, guided more by the client's reports and "
                        "response to treatment",
                        "correct": True,
                        "feedback": "Correct: the client's feedback matters more than the map.",
                    },
                    {
                        "text": "As a precise anatomical chart that every client will match",
                        "correct": False,
                        "feedback": "Referral patterns vary, and examiners often disagree on "
                        "locations.",
                    },
                    {
                        "text": "Not at all, because the model has been disproved",
                        "correct": False,
                        "feedback": "The model is debated, not disproved, and it remains a "
                        "useful guide.",
                    },
                    {
                        "text": "As a way to diagnose the cause of the client's headaches",
                        "correct": False,
                        "feedback": "Diagnosis is outside a massage therapist's scope.",
                    },
                ],
            },
        ),
        (
            "case_scenario",
            {
                "title": "Headaches in a software developer",
                "vignette": "<p>Daniel, 34, works long hours at a laptop and reports "
                "headaches most afternoons, felt at the right temple and deep behind the "
                "right eye. He has forward head posture and no numbness or weakness. He "
                "takes no regular medication. His physician has seen him and found no "
                "reason to avoid massage.</p>",
                "questions": [
                    (
                        "multiple_response",
                        {
                            "prompt": "<p>Based on typical referral patterns, which muscles "
                            "would you check first? Select all that apply.</p>",
                            "points": "2",
                            "explanation": "<p>Upper trapezius commonly refers to the "
                            "temple, and the suboccipitals refer deep toward the eye. Both "
                            "are also linked to screen work and forward head posture.</p>",
                            "options": [
                                {
                                    "text": "Upper trapezius",
                                    "correct": True,
                                    "feedback": "Yes, its referral often reaches the temple.",
                                },
                                {
                                    "text": "Suboccipitals",
                                    "correct": True,
                                    "feedback": "Yes, they commonly refer deep toward the eye.",
                                },
                                {
                                    "text": "Infraspinatus",
                                    "correct": False,
                                    "feedback": "Infraspinatus usually refers to the front "
                                    "and side of the shoulder.",
                                },
                                {
                                    "text": "Levator scapulae",
                                    "correct": False,
                                    "feedback": "Levator scapulae usually refers to the neck "
                                    "angle and shoulder blade, not the head.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>How do you confirm that a tender spot is relevant "
                            "to Daniel's complaint?</p>",
                            "points": "1",
                            "explanation": "<p>Ask whether pressure reproduces his familiar "
                            "headache pattern. Reproduction of the recognized symptom is "
                            "what links an active trigger point to the complaint.</p>",
                            "options": [
                                {
                                    "text": "Ask whether the pressure reproduces his familiar "
                                    "headache pattern",
                                    "correct": True,
                                    "feedback": "Correct: recognized, reproduced symptoms "
                                    "point to an active trigger point.",
                                },
                                {
                                    "text": "Press until he rates the pain 9 out of 10",
                                    "correct": False,
                                    "feedback": "Pressure should stay around 4 to 6 out of 10.",
                                },
                                {
                                    "text": "Assume any tender spot in the neck is the cause",
                                    "correct": False,
                                    "feedback": "Tenderness alone may be a latent point "
                                    "unrelated to his headaches.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>While you work below the base of his skull, "
                            "Daniel says he suddenly has double vision and feels dizzy. "
                            "What do you do?</p>",
                            "points": "1",
                            "explanation": "<p>Dizziness and double vision may signal a "
                            "problem with blood flow to the brain. Stop at once; call "
                            "emergency services if symptoms are severe or do not settle "
                            "quickly, otherwise refer for urgent medical assessment.</p>",
                            "options": [
                                {
                                    "text": "Stop immediately and call emergency services if "
                                    "the symptoms are severe or do not settle quickly",
                                    "correct": True,
                                    "feedback": "Correct: these are stop signs that need "
                                    "urgent medical attention.",
                                },
                                {
                                    "text": "Lighten the pressure and continue on the same area",
                                    "correct": False,
                                    "feedback": "These symptoms call for stopping, not "
                                    "adjusting pressure.",
                                },
                                {
                                    "text": "Reassure him that this is referred pain from a "
                                    "trigger point",
                                    "correct": False,
                                    "feedback": "Visual change and dizziness are not "
                                    "typical trigger point referral.",
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
                "title": "Working safely in the neck",
                "draw": 2,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>How should you work the sternocleidomastoid?</p>",
                            "points": "1",
                            "explanation": "<p>Use a gentle pincer grip that lifts the "
                            "muscle away from deeper tissue. Pressing down beside the "
                            "windpipe risks the carotid artery and jugular vein.</p>",
                            "options": [
                                {
                                    "text": "With a gentle pincer grip that lifts it away "
                                    "from deeper structures",
                                    "correct": True,
                                    "feedback": "Correct: lifting avoids pressure on the "
                                    "vessels beneath.",
                                },
                                {
                                    "text": "With sustained thumb pressure beside the windpipe",
                                    "correct": False,
                                    "feedback": "The carotid artery and jugular vein run there.",
                                },
                                {
                                    "text": "With slow, deep forearm strokes along its length",
                                    "correct": False,
                                    "feedback": "Deep forearm pressure is not suitable for "
                                    "the front of the neck.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>Above the collarbone, between the trapezius and "
                            "the sternocleidomastoid, which contact is appropriate?</p>",
                            "points": "1",
                            "explanation": "<p>The nerves of the brachial plexus lie close "
                            "to the surface here, so use broad, light contact.</p>",
                            "options": [
                                {
                                    "text": "Broad, light contact, because nerves lie close "
                                    "to the surface",
                                    "correct": True,
                                    "feedback": "Correct: the brachial plexus is vulnerable here.",
                                },
                                {
                                    "text": "Sustained compression, because trigger points "
                                    "are common there",
                                    "correct": False,
                                    "feedback": "Sustained pressure here can irritate the nerves.",
                                },
                                {
                                    "text": "Firm pincer grip and deep rolling",
                                    "correct": False,
                                    "feedback": "Deep, specific pressure is not appropriate "
                                    "over superficial nerves.",
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>A sudden, severe headache unlike any the client "
                            "has had before is a reason to stop neck treatment "
                            "immediately.</p>",
                            "points": "1",
                            "explanation": "<p>A sudden, severe, unfamiliar headache may "
                            "signal a problem with blood flow to the brain. Stop, and get "
                            "emergency or urgent medical help depending on severity.</p>",
                            "correct": True,
                            "feedback_true": "Correct: this is one of the stop signs listed "
                            "in the module.",
                            "feedback_false": "This headache is a warning sign, not a "
                            "normal response to treatment.",
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>Sustained pressure at the front and side of the "
                            "neck is acceptable as long as the client rates it below 6 out "
                            "of 10.</p>",
                            "points": "1",
                            "explanation": "<p>The front and side of the neck contain "
                            "arteries, veins and nerves that should never receive sustained "
                            "pressure, whatever the client's rating.</p>",
                            "correct": False,
                            "feedback_true": "A comfortable rating does not make these "
                            "structures safe to compress.",
                            "feedback_false": "Correct: these areas should never receive "
                            "sustained pressure.",
                        },
                    ),
                ],
            },
        ),
    ],
}

DEEP_TISSUE_QUIZ = {
    "title": "Check your understanding: Deep tissue work and pressure",
    "intro": (
        "<p>This quiz covers how to reach deeper layers without force, how to grade "
        "pressure on a shared 0 to 10 scale, how to read guarding, and how to adapt for "
        "clients with clotting, bleeding or other risks.</p>"
    ),
    "pass_mark": 80,
    "max_attempts": None,
    "time_limit_minutes": None,
    "questions": [
        (
            "single_choice",
            {
                "prompt": "<p>According to the module, what above all allows you to reach "
                "deeper layers?</p>",
                "points": "1",
                "explanation": "<p>Depth comes from body position, a broad contact surface, "
                "the angle of the stroke and, above all, time. Tissue given time to soften "
                "lets you in; forced tissue guards.</p>",
                "options": [
                    {
                        "text": "Time, letting the tissue soften before you go deeper",
                        "correct": True,
                        "feedback": "Correct: time is the most important factor.",
                    },
                    {
                        "text": "Stronger thumb pressure from the start",
                        "correct": False,
                        "feedback": "Force provokes guarding and makes deeper layers harder "
                        "to reach.",
                    },
                    {
                        "text": "Faster strokes to generate heat",
                        "correct": False,
                        "feedback": "Deep work relies on slow, specific strokes.",
                    },
                    {
                        "text": "Using more lubricant",
                        "correct": False,
                        "feedback": "Lubricant does not create depth.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "prompt": "<p>If deep tissue work is painful, that shows the treatment is "
                "working better.</p>",
                "points": "1",
                "explanation": "<p>Pain triggers guarding, makes the session less effective "
                "and raises the risk of bruising and lingering soreness. Pain is not a sign "
                "of a better treatment.</p>",
                "correct": False,
                "feedback_true": "Pain tends to make the muscle contract and protect itself, "
                "which works against you.",
                "feedback_false": "Correct: pain is not a marker of effective treatment.",
            },
        ),
        (
            "matching",
            {
                "prompt": "<p>Match what you notice during deep work to the best response.</p>",
                "points": "2",
                "explanation": "<p>Breath holding means pressure is above tolerance; a "
                "tightening muscle is guarding; a quiet client may be uncomfortable; and "
                "softening tissue with deeper breathing means the pressure is accepted.</p>",
                "pairs": [
                    {
                        "prompt": "Breath holding and clenched fists",
                        "match": "Ease off, slow down and invite a slow breath out",
                    },
                    {
                        "prompt": "The muscle tightens under your hand",
                        "match": "Reduce pressure, broaden contact and come back later",
                    },
                    {
                        "prompt": "The client goes quiet and answers briefly",
                        "match": "Ask directly and remind them they can stop you",
                    },
                    {
                        "prompt": "Tissue softens and breathing deepens",
                        "match": "Maintain, or follow the tissue a little deeper",
                    },
                ],
                "distractors": [
                    "Push through steadily until the muscle lets go",
                ],
            },
        ),
        (
            "numeric",
            {
                "prompt": "<p>On the shared 0 to 10 pressure scale, what is the lowest "
                "rating in the <i>too much</i> zone?</p>",
                "points": "1",
                "explanation": "<p>The scale runs from a comfortable zone (0 to 3) through "
                "a working zone (4 to 6) to a too-much zone that starts at 7.</p>",
                "answer": "7",
                "tolerance": "0",
                "unit": "",
            },
        ),
        (
            "ordering",
            {
                "prompt": "<p>Put the steps of the slow forearm stroke along the thoracic "
                "paraspinal muscles in the correct order.</p>",
                "points": "2",
                "explanation": "<p>Warm the back first, position the forearm beside (never "
                "on) the spine, lean in and ask for a rating, glide slowly, and end above the "
                "lowest ribs before finishing with lighter strokes.</p>",
                "items": [
                    "Warm the back with effleurage and kneading",
                    "Stand in a lunge and place the flat of the forearm beside the spine",
                    "Lean in slowly until the tissue resists, pause and ask for a rating",
                    "Glide very slowly along the muscle, easing off where it resists",
                    "Stop above the lowest ribs and finish with broad, lighter strokes",
                ],
            },
        ),
        (
            "multiple_response",
            {
                "prompt": "<p>Which sensations reported by the client mean you should "
                "reduce or change the pressure? Select all that apply.</p>",
                "points": "2",
                "explanation": "<p>Sharp, burning or electric sensations are not acceptable. "
                "A dull, spreading ache that eases as you hold, or strong pressure the "
                "client can breathe through, is usually acceptable.</p>",
                "options": [
                    {
                        "text": "A sharp sensation",
                        "correct": True,
                        "feedback": "Yes, sharp pain means the pressure or angle needs to change.",
                    },
                    {
                        "text": "A burning sensation",
                        "correct": True,
                        "feedback": "Yes, burning is not an acceptable response.",
                    },
                    {
                        "text": "An electric, shooting sensation",
                        "correct": True,
                        "feedback": "Yes, electric sensations may involve a nerve.",
                    },
                    {
                        "text": "A dull, spreading ache that eases as you hold",
                        "correct": False,
                        "feedback": "This is usually an acceptable response to pressure.",
                    },
                    {
                        "text": "Strong pressure the client can breathe slowly through",
                        "correct": False,
                        "feedback": "This describes the working zone of about 4 to 6.",
                    },
                ],
            },
        ),
        (
            "short_answer",
            {
                "prompt": "<p>What is the term for protective muscle tightening in response "
                "to pressure or pain?</p>",
                "points": "1",
                "explanation": "<p>This is guarding. When a client guards, the muscle you "
                "want to reach contracts and the work becomes less effective.</p>",
                "accepted": [
                    "guarding",
                    "muscle guarding",
                    "protective guarding",
                ],
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>A client returns from a long-haul flight and mentions that one "
                "calf has been swollen, warm and aching for two days. What should you "
                "do?</p>",
                "points": "1",
                "explanation": "<p>One-sided calf swelling, warmth and aching after a long "
                "journey may indicate a blood clot. Do not massage the limb and refer for "
                "same-day medical assessment; sudden breathlessness or chest pain calls for "
                "emergency services.</p>",
                "options": [
                    {
                        "text": "Do not massage the leg and refer the client for same-day "
                        "medical assessment",
                        "correct": True,
                        "feedback": "Correct: a suspected clot needs prompt medical assessment.",
                    },
                    {
                        "text": "Use light effleurage on the calf to improve circulation",
                        "correct": False,
                        "feedback": "Any massage of a limb with a suspected clot is "
                        "contraindicated.",
                    },
                    {
                        "text": "Treat the rest of the leg but avoid the calf itself",
                        "correct": False,
                        "feedback": "The whole limb should be left alone until medically assessed.",
                    },
                    {
                        "text": "Suggest the client rest and book again next week",
                        "correct": False,
                        "feedback": "This could be a clot and needs same-day assessment, "
                        "not waiting.",
                    },
                ],
            },
        ),
        (
            "case_scenario",
            {
                "title": "A client on an anticoagulant who likes deep pressure",
                "vignette": "<p>Robert, 61, has atrial fibrillation and takes a daily "
                "anticoagulant. He has chronic tension between his shoulder blades from "
                "woodworking and tells you, <i>I always ask for the deepest pressure you "
                "have.</i> He has no recent injury and no other health changes.</p>",
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>Which plan best fits Robert's situation?</p>",
                            "points": "1",
                            "explanation": "<p>Clients on anticoagulants bruise easily. Use "
                            "light to moderate pressure, avoid deep stroking, friction and "
                            "sustained compression, and ask at the next visit about "
                            "bruising.</p>",
                            "options": [
                                {
                                    "text": "Light to moderate pressure, no deep stroking, "
                                    "friction or sustained compression, and a bruising "
                                    "check next visit",
                                    "correct": True,
                                    "feedback": "Correct: this matches the precautions for "
                                    "anticoagulant use.",
                                },
                                {
                                    "text": "Deep pressure as he prefers, since he is used to it",
                                    "correct": False,
                                    "feedback": "His preference does not remove the bleeding "
                                    "risk from his medication.",
                                },
                                {
                                    "text": "Deep friction only on small areas to limit bruising",
                                    "correct": False,
                                    "feedback": "Friction should be avoided altogether for "
                                    "clients on anticoagulants.",
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_response",
                        {
                            "prompt": "<p>Which techniques should you avoid with Robert? "
                            "Select all that apply.</p>",
                            "points": "2",
                            "explanation": "<p>Deep stroking, friction and sustained "
                            "compression all raise the risk of bruising. Broad effleurage "
                            "and gentle kneading at a moderate level remain suitable.</p>",
                            "options": [
                                {
                                    "text": "Deep stroking",
                                    "correct": True,
                                    "feedback": "Yes, deep strokes can bruise a client on "
                                    "an anticoagulant.",
                                },
                                {
                                    "text": "Friction",
                                    "correct": True,
                                    "feedback": "Yes, friction concentrates force on small areas.",
                                },
                                {
                                    "text": "Sustained compression",
                                    "correct": True,
                                    "feedback": "Yes, sustained compression should be avoided.",
                                },
                                {
                                    "text": "Broad effleurage",
                                    "correct": False,
                                    "feedback": "Broad, lighter strokes are appropriate.",
                                },
                                {
                                    "text": "Gentle kneading at moderate pressure",
                                    "correct": False,
                                    "feedback": "Moderate kneading stays within the "
                                    "recommended range.",
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>It is best to adjust for Robert's medication "
                            "once a bruise has appeared, rather than before you start.</p>",
                            "points": "1",
                            "explanation": "<p>Adjust for medications and health "
                            "conditions before you begin, not after a bruise appears.</p>",
                            "correct": False,
                            "feedback_true": "Waiting for a bruise means the harm has "
                            "already happened.",
                            "feedback_false": "Correct: plan for the medication from the "
                            "start of the session.",
                        },
                    ),
                ],
            },
        ),
        (
            "question_pool",
            {
                "title": "Other reasons to reduce depth",
                "draw": 2,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>A client has osteoporosis. Which adjustment fits?</p>",
                            "points": "1",
                            "explanation": "<p>With osteoporosis, avoid heavy pressure over "
                            "the ribs and spine and take care when positioning.</p>",
                            "options": [
                                {
                                    "text": "Avoid heavy pressure over the ribs and spine "
                                    "and position carefully",
                                    "correct": True,
                                    "feedback": "Correct: weakened bone needs lighter "
                                    "pressure in these areas.",
                                },
                                {
                                    "text": "Use normal deep pressure but shorten the session",
                                    "correct": False,
                                    "feedback": "Session length does not reduce the risk "
                                    "from heavy pressure.",
                                },
                                {
                                    "text": "Work only with the client seated",
                                    "correct": False,
                                    "feedback": "Careful positioning matters, but pressure "
                                    "over ribs and spine is the main concern.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>A client has reduced sensation from diabetic "
                            "neuropathy. What is the main concern with pressure?</p>",
                            "points": "1",
                            "explanation": "<p>The client may not feel excessive pressure, "
                            "so rely on visual cues and keep pressure moderate.</p>",
                            "options": [
                                {
                                    "text": "They may not feel excessive pressure, so stay "
                                    "moderate and watch for visual cues",
                                    "correct": True,
                                    "feedback": "Correct: their ratings may not reflect "
                                    "what the tissue is receiving.",
                                },
                                {
                                    "text": "They need deeper pressure to feel any effect",
                                    "correct": False,
                                    "feedback": "Reduced sensation raises the risk of "
                                    "overtreatment.",
                                },
                                {
                                    "text": "Their ratings can be relied on as usual",
                                    "correct": False,
                                    "feedback": "Their feedback may underestimate the pressure.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>A client took a strong pain reliever an hour "
                            "before the session. How should this affect your pressure?</p>",
                            "points": "1",
                            "explanation": "<p>Pain medication can dull feedback, so keep "
                            "pressure moderate even if the client reports comfort.</p>",
                            "options": [
                                {
                                    "text": "Keep pressure moderate because feedback may be dulled",
                                    "correct": True,
                                    "feedback": "Correct: the client may not notice when "
                                    "pressure is too much.",
                                },
                                {
                                    "text": "Use deeper pressure while the medication "
                                    "makes it comfortable",
                                    "correct": False,
                                    "feedback": "Masked discomfort can lead to bruising and "
                                    "soreness.",
                                },
                                {
                                    "text": "No change is needed",
                                    "correct": False,
                                    "feedback": "Dulled feedback is a reason to stay moderate.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>A client strained their lower back two days ago "
                            "and the area is hot and swollen. What should you do?</p>",
                            "points": "1",
                            "explanation": "<p>Avoid deep work on an acutely injured, hot or "
                            "swollen area, and work gently around it instead.</p>",
                            "options": [
                                {
                                    "text": "Avoid deep work on the area and work gently around it",
                                    "correct": True,
                                    "feedback": "Correct: acute inflammation is a reason to "
                                    "stay away from depth.",
                                },
                                {
                                    "text": "Use deep strokes to reduce the swelling",
                                    "correct": False,
                                    "feedback": "Deep work can aggravate an acute injury.",
                                },
                                {
                                    "text": "Apply sustained compression to the most swollen spot",
                                    "correct": False,
                                    "feedback": "Direct pressure on an inflamed area is not "
                                    "appropriate.",
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
    "title": "Final exam: Myofascial and trigger point techniques",
    "intro": (
        "<p>This exam covers all four modules: myofascial release, trigger point therapy, "
        "deep tissue work and pressure grading, and pairing massage with stretching and home "
        "exercise. You have 30 minutes and three attempts; the pass mark is 80 percent.</p>"
    ),
    "pass_mark": 80,
    "max_attempts": 3,
    "time_limit_minutes": 30,
    "questions": [
        (
            "single_choice",
            {
                "prompt": "<p>You are using skin rolling on a client's upper back. What "
                "should happen to tenderness as you repeat the technique?</p>",
                "points": "1",
                "explanation": "<p>Keep the fold shallow, work in small sections and check "
                "comfort often. Tenderness should ease with repetition; if it builds, change "
                "what you are doing.</p>",
                "options": [
                    {
                        "text": "It should gradually ease",
                        "correct": True,
                        "feedback": "Correct: easing tenderness shows the tissue is "
                        "tolerating the work.",
                    },
                    {
                        "text": "It should build, showing the restriction is releasing",
                        "correct": False,
                        "feedback": "Building tenderness is a sign to adjust, not progress.",
                    },
                    {
                        "text": "It should stay exactly the same",
                        "correct": False,
                        "feedback": "The expected response is for tenderness to ease.",
                    },
                ],
            },
        ),
        (
            "multiple_response",
            {
                "prompt": "<p>Over or next to which of these should you <b>not</b> apply "
                "myofascial techniques? Select all that apply.</p>",
                "points": "2",
                "explanation": "<p>Avoid recent incisions, open wounds, burns that are still "
                "healing and areas of skin infection. Chronic stiffness and reduced glide are "
                "what the technique is designed for.</p>",
                "options": [
                    {
                        "text": "A recent surgical incision",
                        "correct": True,
                        "feedback": "Yes, this needs surgical clearance first.",
                    },
                    {
                        "text": "An open wound",
                        "correct": True,
                        "feedback": "Yes, open wounds are a local contraindication.",
                    },
                    {
                        "text": "A burn that is still healing",
                        "correct": True,
                        "feedback": "Yes, healing burns must be avoided.",
                    },
                    {
                        "text": "An area of skin infection",
                        "correct": True,
                        "feedback": "Yes, infected skin is a local contraindication.",
                    },
                    {
                        "text": "Chronic stiffness with reduced glide",
                        "correct": False,
                        "feedback": "This is a typical reason to use myofascial release.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "prompt": "<p>An active trigger point is linked to the client's current "
                "complaint and reproduces symptoms the client recognizes.</p>",
                "points": "1",
                "explanation": "<p>Active trigger points relate to the present complaint and "
                "reproduce familiar symptoms; latent ones are tender but do not.</p>",
                "correct": True,
                "feedback_true": "Correct: that is what distinguishes an active trigger point.",
                "feedback_false": "This statement correctly describes an active trigger point.",
            },
        ),
        (
            "matching",
            {
                "prompt": "<p>Match each muscle to where you would look for its trigger "
                "points.</p>",
                "points": "2",
                "explanation": "<p>Upper trapezius sits on top of the shoulder and suits a "
                "pincer grip; levator scapulae is at the angle where the neck meets the "
                "shoulder; the suboccipitals lie just below the skull; infraspinatus covers "
                "the middle of the shoulder blade.</p>",
                "pairs": [
                    {
                        "prompt": "Upper trapezius",
                        "match": "Top of the shoulder, using a pincer grip",
                    },
                    {
                        "prompt": "Levator scapulae",
                        "match": "The angle where the neck meets the shoulder",
                    },
                    {
                        "prompt": "Suboccipitals",
                        "match": "Just below the base of the skull",
                    },
                    {
                        "prompt": "Infraspinatus",
                        "match": "The middle of the shoulder blade",
                    },
                ],
                "distractors": [
                    "Beside the windpipe, with firm thumb pressure",
                ],
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>During a slow forearm stroke along the thoracic paraspinal "
                "muscles, where should the stroke end, and why?</p>",
                "points": "1",
                "explanation": "<p>Stop above the lowest ribs and lighten over the area "
                "just below them, where the kidneys are less protected.</p>",
                "options": [
                    {
                        "text": "Above the lowest ribs, because the kidneys are less "
                        "protected just below them",
                        "correct": True,
                        "feedback": "Correct: lighten over this area.",
                    },
                    {
                        "text": "On the spinous processes, to reach the deepest layer",
                        "correct": False,
                        "feedback": "The forearm should never be placed on the spinous processes.",
                    },
                    {
                        "text": "At the sacrum, so the whole back is covered at the same depth",
                        "correct": False,
                        "feedback": "Depth should be reduced below the lowest ribs.",
                    },
                ],
            },
        ),
        (
            "numeric",
            {
                "prompt": "<p>For a static stretch after massage, how many seconds is a "
                "typical hold? Give a value within the range taught in the course.</p>",
                "points": "1",
                "explanation": "<p>A static stretch is typically held for 20 to 30 seconds, "
                "without bouncing, for 2 to 4 repetitions.</p>",
                "answer": "25",
                "tolerance": "5",
                "unit": "seconds",
            },
        ),
        (
            "ordering",
            {
                "prompt": "<p>Put the steps of a contract-relax stretch for the upper "
                "trapezius in the correct order.</p>",
                "points": "2",
                "explanation": "<p>Support the head and shoulder, side-bend to the first "
                "mild stretch, have the client press lightly for 5 to 6 seconds, relax and "
                "take up the new slack, then repeat and compare sides.</p>",
                "items": [
                    "With the client supine, stabilize the shoulder and cradle the head",
                    "Side-bend the neck away from the treated side to a mild stretch",
                    "Have the client press gently toward your hand for 5 to 6 seconds",
                    "Ask the client to relax and breathe out, then take up the new slack",
                    "Repeat two or three times, return to neutral and compare both sides",
                ],
            },
        ),
        (
            "multiple_response",
            {
                "prompt": "<p>Which client reports mean you should stop a stretch? Select "
                "all that apply.</p>",
                "points": "2",
                "explanation": "<p>Stop for numbness, tingling or pain traveling into the "
                "arm, dizziness, or a sharp pain. A mild stretch, or mild effort that "
                "settles within minutes, is expected.</p>",
                "options": [
                    {
                        "text": "Tingling traveling into the arm",
                        "correct": True,
                        "feedback": "Yes, arm symptoms are a reason to stop.",
                    },
                    {
                        "text": "Dizziness",
                        "correct": True,
                        "feedback": "Yes, dizziness is a reason to stop.",
                    },
                    {
                        "text": "A sharp pain",
                        "correct": True,
                        "feedback": "Yes, sharp pain means stop.",
                    },
                    {
                        "text": "A mild stretch at the side of the neck",
                        "correct": False,
                        "feedback": "A mild stretch is the intended sensation.",
                    },
                    {
                        "text": "Mild effort that settles within minutes of stopping",
                        "correct": False,
                        "feedback": "This is an expected response to exercise.",
                    },
                ],
            },
        ),
        (
            "short_answer",
            {
                "prompt": "<p>Name the home exercise in which the client glides the head "
                "straight back without tipping it, holds for 5 seconds and repeats 8 to 10 "
                "times.</p>",
                "points": "1",
                "explanation": "<p>This is the chin tuck, a low-load exercise for neck "
                "posture and control.</p>",
                "accepted": [
                    "chin tuck",
                    "chin tucks",
                    "chin-tuck",
                    "chin-tucks",
                    "chin retraction",
                    "cervical retraction",
                ],
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>A client tells you their physiotherapist has given them a "
                "neck exercise program. What should you do about home exercise?</p>",
                "points": "1",
                "explanation": "<p>Ask what the client has been given and support that plan "
                "rather than adding a competing one, within what your regulator allows.</p>",
                "options": [
                    {
                        "text": "Ask what they were given and support that plan",
                        "correct": True,
                        "feedback": "Correct: this keeps care consistent.",
                    },
                    {
                        "text": "Replace it with your own program",
                        "correct": False,
                        "feedback": "A competing program can confuse the client and "
                        "undermine their care.",
                    },
                    {
                        "text": "Add five more exercises to speed progress",
                        "correct": False,
                        "feedback": "More exercises reduce adherence and may conflict with "
                        "the existing plan.",
                    },
                ],
            },
        ),
        (
            "case_scenario",
            {
                "title": "Desk-related neck tension and headaches",
                "vignette": "<p>Priya, 45, is an office manager with right-sided neck and "
                "shoulder tension and headaches at the right temple most workdays. She has "
                "no arm symptoms, takes no regular medication, and reports pain of 5 out of "
                "10. You find a tender taut band in the right upper trapezius that "
                "reproduces her temple headache.</p>",
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>How should you apply sustained compression to "
                            "this trigger point?</p>",
                            "points": "1",
                            "explanation": "<p>After warming the area, build pressure to "
                            "about 4 to 6 out of 10 and hold for 30 to 90 seconds while the "
                            "tenderness eases.</p>",
                            "options": [
                                {
                                    "text": "Build to about 4 to 6 out of 10 and hold for "
                                    "30 to 90 seconds",
                                    "correct": True,
                                    "feedback": "Correct: this is the working range and "
                                    "hold time taught.",
                                },
                                {
                                    "text": "Build to 8 out of 10 and hold for five minutes",
                                    "correct": False,
                                    "feedback": "This is above tolerance and far longer "
                                    "than needed.",
                                },
                                {
                                    "text": "Press briefly at 2 out of 10 and move on",
                                    "correct": False,
                                    "feedback": "This is unlikely to change the tenderness.",
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>Following the trigger point work with a gentle "
                            "stretch helps Priya use the easier range while it is "
                            "available.</p>",
                            "points": "1",
                            "explanation": "<p>Relief after massage is often short-lived. "
                            "Stretching and movement afterward let the client make use of "
                            "the improved range.</p>",
                            "correct": True,
                            "feedback_true": "Correct: movement extends the benefit of the "
                            "hands-on work.",
                            "feedback_false": "Pairing hands-on work with movement is "
                            "recommended for this reason.",
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>Which home program is most appropriate for Priya?</p>",
                            "points": "1",
                            "explanation": "<p>Choose two or three exercises at most, "
                            "matched to the findings, and demonstrate and check each one so "
                            "the client can do it correctly.</p>",
                            "options": [
                                {
                                    "text": "Two or three exercises matched to her findings, "
                                    "demonstrated and checked",
                                    "correct": True,
                                    "feedback": "Correct: a short, targeted program is more "
                                    "likely to be followed.",
                                },
                                {
                                    "text": "A full-body routine of ten stretches printed "
                                    "from the internet",
                                    "correct": False,
                                    "feedback": "Too many, untargeted exercises reduce adherence.",
                                },
                                {
                                    "text": "No exercise, so the massage effect is not disturbed",
                                    "correct": False,
                                    "feedback": "Staying active is recommended for "
                                    "persistent neck pain.",
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
                "title": "When to hold back or refer",
                "draw": 2,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": "<p>A client reports one-sided calf swelling and "
                            "warmth a week after knee surgery. What is the right "
                            "action?</p>",
                            "points": "1",
                            "explanation": "<p>These signs may indicate a blood clot. Do "
                            "not massage the limb and refer for same-day medical "
                            "assessment.</p>",
                            "options": [
                                {
                                    "text": "Do not massage the limb; refer for same-day "
                                    "medical assessment",
                                    "correct": True,
                                    "feedback": "Correct: a suspected clot needs prompt "
                                    "medical care.",
                                },
                                {
                                    "text": "Massage lightly above the knee only",
                                    "correct": False,
                                    "feedback": "The whole limb should be left alone.",
                                },
                                {
                                    "text": "Elevate the leg and use gentle effleurage",
                                    "correct": False,
                                    "feedback": "Massage could dislodge a clot.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>A client with a low platelet count during cancer "
                            "treatment asks for back work. Which approach fits?</p>",
                            "points": "1",
                            "explanation": "<p>A low platelet count raises bleeding risk. "
                            "Use light to moderate pressure, avoid deep stroking, friction "
                            "and sustained compression, and seek medical guidance if "
                            "unsure.</p>",
                            "options": [
                                {
                                    "text": "Light to moderate pressure without deep "
                                    "stroking, friction or sustained compression",
                                    "correct": True,
                                    "feedback": "Correct: this reduces the risk of bruising.",
                                },
                                {
                                    "text": "Deep tissue work with extra warm-up time",
                                    "correct": False,
                                    "feedback": "A longer warm-up does not offset the "
                                    "bleeding risk.",
                                },
                                {
                                    "text": "Trigger point compression only, as it is localized",
                                    "correct": False,
                                    "feedback": "Sustained compression should be avoided.",
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "<p>While you work the upper trapezius, a client "
                            "reports pins and needles spreading below the elbow. What do "
                            "you do?</p>",
                            "points": "1",
                            "explanation": "<p>Symptoms below the elbow may come from an "
                            "irritated nerve root or another condition. Note them, avoid "
                            "pressure that provokes them and suggest the client see their "
                            "physician.</p>",
                            "options": [
                                {
                                    "text": "Note it, avoid pressure that provokes it and "
                                    "suggest seeing a physician",
                                    "correct": True,
                                    "feedback": "Correct: do not assume the cause is muscular.",
                                },
                                {
                                    "text": "Hold the point longer until the tingling fades",
                                    "correct": False,
                                    "feedback": "Provoking nerve symptoms is not the goal.",
                                },
                                {
                                    "text": "Reassure the client that it is normal trigger "
                                    "point referral",
                                    "correct": False,
                                    "feedback": "Tingling below the elbow may not be muscular.",
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": "<p>If a client develops slurred speech or loss of "
                            "balance during neck work, you should stop at once and get "
                            "medical help.</p>",
                            "points": "1",
                            "explanation": "<p>These may signal a problem with blood flow "
                            "to the brain. Stop immediately, and call emergency services if "
                            "symptoms are severe or do not settle quickly.</p>",
                            "correct": True,
                            "feedback_true": "Correct: these are stop-and-get-help signs.",
                            "feedback_false": "These symptoms always mean stopping treatment.",
                        },
                    ),
                ],
            },
        ),
        (
            "single_choice",
            {
                "prompt": "<p>Which stretching advice is appropriate for a client with "
                "osteoporosis?</p>",
                "points": "1",
                "explanation": "<p>For clients with osteoporosis, avoid loaded forward "
                "bending and end-range twisting of the spine.</p>",
                "options": [
                    {
                        "text": "Avoid loaded forward bending and end-range spinal twisting",
                        "correct": True,
                        "feedback": "Correct: these positions load fragile vertebrae.",
                    },
                    {
                        "text": "Use deep forward bends with a weight to build bone",
                        "correct": False,
                        "feedback": "Loaded forward bending is what should be avoided.",
                    },
                    {
                        "text": "Focus on end-range spinal rotation to restore mobility",
                        "correct": False,
                        "feedback": "End-range twisting should be avoided.",
                    },
                    {
                        "text": "Avoid all movement until bone density improves",
                        "correct": False,
                        "feedback": "Staying active is still recommended; only certain "
                        "positions are avoided.",
                    },
                ],
            },
        ),
    ],
}

QUIZZES = {
    "myofascial-release": MYOFASCIAL_RELEASE_QUIZ,
    "trigger-point-therapy": TRIGGER_POINT_QUIZ,
    "deep-tissue-and-pressure": DEEP_TISSUE_QUIZ,
    "final": FINAL_EXAM,
}
