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
