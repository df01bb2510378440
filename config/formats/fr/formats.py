# Same rule as en: one date format for certificates, verification, transcripts and emails.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y H:i"
