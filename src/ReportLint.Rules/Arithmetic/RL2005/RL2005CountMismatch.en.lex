# RL2005's English words (with Lexicons/en.lex, loaded when English is).

# The words that may follow a count alone in a heading's brackets and leave it bare: "## FILES MODIFIED (8 total)".
[count.bracket-total]
total
in total
overall

# The words that may follow a whole fraction in a heading's brackets and say its parts are done: "### Authentication
# (✅ 6/6 Complete)" counts the items under it as "(6/6 endpoints)" would.
[count.whole-state]
complete
completed
done
passed
passing
