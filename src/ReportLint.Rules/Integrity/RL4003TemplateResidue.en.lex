# RL4003's English words (with Lexicons/en.lex, loaded when English is): the marks of template residue.

# Words in a bracketed e-mail address that make it a placeholder: [your-email@domain.com].
[placeholder.email]
your
example
domain
company
yourcompany
email
user
name
mail

# Markers of unfinished text, matched in capitals outside code: TODO, TBD. Reported where one stands in place of a
# value (a label's value, a table cell, a list item) in a report that claims to be complete or final.
[placeholder.marker]
todo
tbd

# Words in a report's title that say it is final: then a TODO in place of a value is residue, not planning.
[report.final]
final
final report
finalized
finalised

# Labels of the date a report states: "**Date**: 2025-11-08".
[date.label]
date
report date
last updated
updated
