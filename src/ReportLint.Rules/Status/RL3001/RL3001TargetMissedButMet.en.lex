# RL3001's English words (with Lexicons/en.lex, loaded when English is).

# threshold.clause-end: words that end no metric's name. Before a ticked bound they make it part of a clause, not the
# name of a metric given as its threshold: "✅ Responds in <100ms" says what the service does, "✅ Backend pytest job
# with ≥90% coverage enforcement" what the job enforces.
[threshold.clause-end]
in
within
under
with
at
to
of
for
by
from
