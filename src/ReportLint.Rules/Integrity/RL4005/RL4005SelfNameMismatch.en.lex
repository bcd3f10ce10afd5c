# RL4005's English words (with Lexicons/en.lex, loaded when English is): how a report points at itself in a list of
# files, in brackets after a file's name: "`PHASE4_SUMMARY.md` (this file)".
[self.reference]
this file
this document
this page
this report
this summary
this doc
you are here
you are reading it
