# RL3002's English words (with Lexicons/en.lex, loaded when English is).

# A word right after a done mark that says a problem was fixed ("| Session Persistence Not Implemented | ✅ FIXED |",
# "✅ Resolved: export not working"): the line names the problem the mark says is gone, not work left undone.
[status.fixed]
fixed
resolved
solved
