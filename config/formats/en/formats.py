# One date format wherever a certificate's dates appear: the PDF, the verification page, the
# transcript and emails ("November 27, 2026"). ISO dates stay in CSV exports.
DATE_FORMAT = "F j, Y"
DATETIME_FORMAT = "F j, Y, P"
