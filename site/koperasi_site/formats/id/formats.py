# Indonesian: "17 September 2020" with the month written out, as in official
# letters (Django's own "j N Y" abbreviates it); times as "14.30". Numbers
# keep Django's Indonesian separators: 1.234.567,89.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H.i"
