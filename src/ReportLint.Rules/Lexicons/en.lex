# English words ReportLint understands. One phrase per line under its [section].
# Phrases are folded when loaded: case and accents do not matter.
language = en

# A table row or line that states a total.
[total]
total
totals
grand total
overall total
sum

[subtotal]
subtotal
sub-total

# Words that introduce a target: "(target: > 90)".
[target]
target
goal
objective
threshold
sla

# Table column headers.
[column.target]
target
goal
objective
expected
required
threshold
sla

[column.result]
result
results
actual
achieved
measured
value
current
observed
obtained

[column.status]
status
state
result status

[status.met]
done
complete
completed
met
achieved
passed
validated
verified
succeeded
successful

[status.failed]
failed
failing
missed
not met
not achieved
broken

[status.pending]
pending
in progress
not started
not executed
not run
planned
blocked
waiting
to do

[status.partial]
partial
partially
needs
configured only

# Metrics where lower is better: a bare target is a maximum.
[direction.lower]
latency
response time
error rate
errors
error
downtime
failures
bugs
vulnerabilities
incidents
p50
p90
p95
p99
duration
memory
cost
mttr

# Metrics where higher is better: a bare target is a minimum.
[direction.higher]
coverage
throughput
uptime
availability
pass rate
success rate
score
tests passed

[unit.h]
h
hr
hrs
hour
hours

[unit.min]
min
mins
minute
minutes

[unit.s]
sec
secs
second
seconds

[unit.ms]
millisecond
milliseconds

[unit.d]
d
day
days

[unit.lines]
lines
loc

# Words in a bracketed e-mail address that make it a placeholder: [your-email@domain.com].
[placeholder.email]
your
example
domain
company
yourcompany
email
user
name
mail

# Markers of unfinished text, matched in capitals outside code: TODO, TBD.
[placeholder.marker]
todo
tbd
