# RL2001's English words (with Lexicons/en.lex, loaded when English is).

# A table column of the weights its rows are given ("| Category | Score | Weight |"): a score column's total is the
# mean of its rows weighted by them.
[column.weight.factor]
weight
weights
weighting

# A table column of each row's weighted contribution ("Weighted", "Points"): its total is their plain sum.
[column.weight.contribution]
weighted
points

# A total row's label that says its figure is weighted ("Weighted Score"): with no column of weights, its figure is no
# plain sum or mean of a column.
[label.weighted]
weighted

# A total row of a weighted table: its figure is the weighted mean of a score column.
[overall]
weighted score
weighted total
weighted average
weighted mean

# A lead-in or heading that breaks a total down ("### Test Breakdown", "**Breakdown by Sprint**:"): the list under it
# gives the parts of the total stated just above (RL2001).
[total.breakdown]
breakdown
break down
broken down
by category
per category
by sprint
by file
