# RL2002's English words (with Lexicons/en.lex, loaded when English is): what a percentage measures when the fraction
# bracketed after these words is what it is the share of: "55% complete (7 of 17 services)", "37.5% overall progress
# (4/8 gates unlocked)". Words that may measure something else ("50% faster (2/4 benchmarks)") stay out.
[fraction.share]
complete
completed
done
finished
implemented
progress
overall progress
passing
passed
pass rate
success rate
