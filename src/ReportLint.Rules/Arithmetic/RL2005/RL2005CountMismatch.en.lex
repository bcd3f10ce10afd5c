# RL2005's English words (with Lexicons/en.lex, loaded when English is).

# The words that may follow a count alone in a heading's brackets and leave it bare: "## FILES MODIFIED (8 total)".
[count.bracket-total]
total
in total
overall
