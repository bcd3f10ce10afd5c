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

# RL4003: the letters of a date format in English (YYYY-MM-DD) are ISO 8601's, in common.lex: every language reads them.

# RL4003: the name of a template variable that stands for a date ($(date), ${DATE}, {{ today }}): the fix writes the
# report's date in its place.
[placeholder.date-variable]
date
today
now
current_date
report_date

# RL4003: the word a placeholder token opens with, joined to the next by '_' or '-': your_api_key, YOUR_TOKEN,
# https://your-service.onrender.com.
[placeholder.lead]
your

# RL4003: the last word of an upper-case token that names the value to fill in: VIDEO_ID in a URL, <API_KEY>.
[placeholder.field]
name
id
key
token
username
user
password
domain
host
url
secret
email

# RL4003: the whole text between brackets that is a field to fill in: [Contact Info], [Your Name], [Insert date].
[placeholder.bracket]
name
your name
full name
contact
contact info
contact information
contact details
phone
phone number
email
email address
date
insert date
insert name
company name
to be filled
to be completed
fill in

# Words of a file name that make the page a template, whose fields are filled in by design:
# PROJECT_CHARTER_TEMPLATE.md, template-election-process.md.
[template.file-name]
template
templates
boilerplate
skeleton
