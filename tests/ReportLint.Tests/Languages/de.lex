# A small German lexicon, only for tests: adding a language touches only .lex files (issue 48).
language = de

[total]
gesamt
summe

[unit.h]
h
std

[report.kind]
bericht
sprint
status

[completion]
abgeschlossen
fertig

[completion.state]
abgeschlossen
fertig

[absolute.tests]
100 % bestanden => passed
alle tests bestanden

[absolute.other]
100 % testabdeckung
100 % abdeckung
null sicherheitslücken

# RL4003: a date's format in capitals where the date belongs ("Datum: TT.MM.JJJJ").
[date.format.year]
jjjj

[date.format.month]
mm

[date.format.day]
tt

# How German writes numbers: "." groups by three ("1.234"), "," is the decimal mark ("1.234,5"), and a space or a
# no-break space groups after at most three digits ("1 234,5").
[number.decimal-mark]
,

[number.group-mark]
.

[number.group-mark.short-lead]
U+0020
U+00A0
U+202F
