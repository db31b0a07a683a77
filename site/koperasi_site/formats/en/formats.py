# English: day before month ("17 September 2020"), like the Indonesian pages
# it translates, never the ambiguous 09/17/2020. Numbers keep Django's
# English separators: 1,234,567.89.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
MONTH_DAY_FORMAT = "j F"
