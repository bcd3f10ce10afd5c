# RL3002's English words (with Lexicons/en.lex, loaded when English is).

# A word right after a done mark that says a problem was fixed ("| Session Persistence Not Implemented | ✅ FIXED |",
# "✅ Resolved: export not working"): the line names the problem the mark says is gone, not work left undone.
[status.fixed]
fixed
resolved
solved

# Words that, right before a word of [status.contradicts-met], make it name the things the line's work is about
# ("✅ Cancel buttons visible for pending requests", "✅ badge for pending reconciliation"), not the line's state.
[status.contradicts-met.preposition]
for
of
about
