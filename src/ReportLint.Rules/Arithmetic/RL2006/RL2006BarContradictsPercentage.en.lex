# RL2006's English words (with Lexicons/en.lex, loaded when English is).

# A percentage after a bar that these words follow measures a change, not the share the bar draws: "After: 0 LOC
# ░░░░░░░░░░ 100% Eliminated", "After: 18 LOC ██ 87% Reduction".
[bar.change]
reduction
reduced
eliminated
removed
faster
slower
smaller
fewer
less
saved
saving
savings
improvement
improved
increase
decrease
growth
