# RL3003's English words (with Lexicons/en.lex, loaded when English is).

# Words after a readiness phrase that, before a duration, make it a forecast: "Production ready in 5-7 weeks".
[verdict.readiness.forecast]
in
within

# The lengths of time such a forecast counts in, besides the units of time ("in 5-7 weeks").
[verdict.readiness.forecast-unit]
d
day
days
week
weeks
month
months
sprint
sprints

# The whole work, named at the start of a status line's value before its state: "Status: ✅ PROJECT 100% COMPLETE",
# "Status: ALL PHASES COMPLETE & PRODUCTION READY". A part ("Phase 1", "Backend") is not the whole.
[verdict.subject]
project
mission
implementation
all phases
all tasks
all features
all objectives
all goals
everything

# States that say done only after such a subject: "Status: MISSION ACCOMPLISHED".
[verdict.subject.state]
accomplished
