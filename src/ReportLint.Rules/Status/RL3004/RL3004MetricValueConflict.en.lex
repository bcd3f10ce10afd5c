# RL3004's English words (with Lexicons/en.lex, loaded when English is).

# per-member-count: units of time. "5-year projections" or "30-day retention" says how far something reaches, not how
# many of a thing each member has ("3-replica deployments"): "4 years of historical data" is no member given fewer.
[per-member.extent]
year
years
month
months
week
weeks
day
days
hour
hours
minute
minutes
second
seconds
