"""Home page and catalog text of the demo site."""

HOME = {
    "title": "Continuing education for massage therapists",
    "intro": (
        "<p>Evidence-informed home-study courses on technique, client assessment, "
        "contraindications and professional practice. Study at your own pace, test what you "
        "learned, and keep a clear record of your CE hours for renewal.</p>"
    ),
    "body": [
        ("heading", {"text": "How it works", "level": "h2"}),
        (
            "paragraph",
            "<ol><li><b>Create your account</b> and complete your CE profile with your legal "
            "name and licence details.</li><li><b>Enroll</b> in a course and work through its "
            "modules in order, or come back to them whenever you like.</li><li><b>Check your "
            "understanding</b> as you go and watch your progress on your dashboard.</li></ol>",
        ),
        ("heading", {"text": "Written for practice", "level": "h2"}),
        (
            "paragraph",
            "<p>Every module is built around decisions you make at the table: what to ask "
            "during intake, how much pressure the tissue will accept, when a condition means "
            "adapting treatment and when it means referring the client on.</p>",
        ),
    ],
}

CATALOG = {
    "title": "Courses",
    "intro": (
        "<p>Each course lists its approved CE hours, type and level. One CE hour is 50 minutes "
        "of instruction.</p>"
    ),
}

TOPICS = [
    ("techniques", "Techniques"),
    ("client-assessment", "Client assessment"),
    ("contraindications", "Contraindications and precautions"),
    ("professional-standards", "Professional standards"),
]
