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

[column.unit]
unit
units

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

# Markers of unfinished text, matched in capitals outside code: TODO, TBD. Reported where one stands in place of a
# value (a label's value, a table cell, a list item) in a report that claims to be complete or final.
[placeholder.marker]
todo
tbd

# Words in a report's title that say it is final: then a TODO in place of a value is residue, not planning.
[report.final]
final
final report
finalized
finalised

# RL1001: absolute claims that a count of passing checks would back ("644/644 passed").
# "phrase => word" gives the fix's wording: "644 Unit Tests: 100% pass rate" becomes "644/644 passed".
[absolute.tests]
100% pass rate => passed
100% passing => passing
100% passed => passed
100% success rate => passed
100% success => passed
all tests pass
all tests passed
all tests passing
all checks passed
all thresholds met

# RL1001: absolute claims only a link, a file, a log or a command can back.
[absolute.other]
100% coverage
100% test coverage
100% code coverage
100% production-ready
100% production ready
100% compliance
100% compliant
100% uptime
100% availability
100% secure
0 vulnerabilities
0 vulnerability
zero vulnerabilities
no vulnerabilities
0 security issues
zero downtime
0 downtime
0 bugs
zero bugs
all attacks blocked
blocks all attacks
fully secure

# A verb before a claim that makes it a capability, not a result: "supports zero downtime deployments".
[absolute.capability]
supports
support
enables
enable
allows
allow
provides
provide
designed for
aims for
aim for
target
targets
goal

# RL1002: self-certification and hype, with no outside authority.
[hype]
signed & approved
signed and approved
enterprise-grade
enterprise grade
highest standards
world-class
world class
best-in-class
best in class
military-grade
bulletproof
certified
production certification
certification production-ready
self-certified

# A named outside authority makes a certification real.
[authority]
iso
iso 27001
soc 2
soc2
pci
pci dss
hipaa
fedramp
nist
third-party
third party
external audit
independent audit
auditor

# Labels of the date a report states: "**Date**: 2025-11-08".
[date.label]
date
report date
last updated
updated

# RL1002: "125% of objectives" (a share above 100% of the goals).
[hype.over-target]
of objectives
of goals
of targets
of the objectives
of the goals

# RL1002: a self-assessed score of criteria.
[hype.self-assessed]
100% of criteria
100% of the criteria

# A claim of completion: "90% COMPLETE", "100% production-ready", "Status: ✅ Done".
[completion]
complete
completed
completion
done
finished
production-ready
production ready

# Words that claim completion on their own, in a heading or status line ("✅ COMPLETE"); "completion" needs a figure.
[completion.state]
complete
completed
done
finished
production-ready
production ready

# Words before a completion word that deny it: "To Be Done", "not complete".
[completion.negation]
to be
not
not yet
never
remaining
remains

# A completion figure about the whole document: "Overall Completion: ~85%".
[completion.overall]
overall
global
total progress
overall progress

# Words on a line marked done that say it is not: "✅ … formal training pending". "word => mark" is the mark
# RL3002's fix puts instead of ✅.
[status.contradicts-met]
partial => ⚠️
partially => ⚠️
configured only => ⚠️
pending => ⏳
not executed => ⏳
not run => ⏳
not started => ⏳
not deployed => ⏳
not implemented => ⏳
not yet => ⏳
needs to be => ⏳
to be done => ⏳

# RL2004: words after a relative change that say it compares a result with its target.
[change]
better
faster
improvement
improved
above target
below target
over target
gain
reduction
lower
higher

# Metrics of the whole report, and the names that mean the same thing (RL3004, RL3005): these are compared
# across sections; other names only within one section.
[metric.security-score]
security score
security scoring
security rating

[metric.security-headers]
security headers

[metric.test-coverage]
coverage
test coverage
code coverage

[metric.availability]
availability
uptime

[metric.error-rate]
error rate
errors rate

[metric.throughput]
throughput

[metric.response-time]
response time
average response time

# Words dropped from metric names before matching.
[stopword]
the
of
a
an
our

# Headings that date what is under them: values of one metric under different periods are progress, not
# contradictions.
[period]
week
sprint
phase
day
month
quarter
milestone
iteration
release
before
after
baseline
v1
v2

# RL1003: a line that reports what was tested; quantities on it are what the tests ran.
[tested]
tested
test
tests
load test
load tests
performance test
performance tests
benchmark
benchmarked
stress test

# RL1003: words beside a quantity that make it a capacity claim ("up to 10k streams").
[capacity]
up to
supports
handles
capacity
concurrent
simultaneous
scalable to

# RL1003: nouns that count work, not capacity; never compared.
[capacity.ignore]
test
tests
file
files
line
lines
item
items
step
steps
point
points
module
modules
day
days
hour
hours
week
weeks
service
services
page
pages
scenario
scenarios

# RL2002: labels of test counts.
[count.passed]
passed
pass
passing
success
successful

[count.failed]
failed
fail
failing
failures
errors

[count.total]
total
total tests
tests run

# RL3006: a headline that says the work is deployed.
[headline.deployed]
deployed to production
deployment to production successful
successfully deployed
live in production
in production

# RL3006: a later line that puts deployment still ahead.
[next-step]
next step
next steps
still to do
remaining step

[action.deploy]
deploy
deployment
go-live
go live
release to production

# RL3006: a line that says nothing blocks, and headings of what is left.
[headline.nothing-blocking]
no blocking items
no blockers
nothing blocking
all critical items complete
all critical items completed
no critical issues

[remaining]
what remains
remaining
remains
left to do
still to do
blockers
open items

# The role of a value from the words before it in its clause (the fact model): the nearest cue wins. A result
# cue ("achieved") takes the value back from a target cue before it ("Target: 90%, achieved: 85%").
[role.actual]
achieved
actual
measured
result
current
observed
obtained

[role.target]
target
threshold
sla
expected
required

[role.goal]
goal
objective
aim
aim is
aiming
aims

[role.before]
before
previously
was
baseline
from

[role.after]
after
now at

[role.projected]
once deployed
will reach
will be
projected
forecast

[role.estimate]
estimated
estimate
est.

[role.example]
e.g.
for example
for instance
example
such as

# A clause that denies or only allows what it says claims nothing.
[stance.negation]
not
never
cannot
can't
no system
nothing
nobody
isn't
aren't
won't
doesn't
don't

[stance.modal]
can
could
may
might
should
would
aim
aim is
aims
plan to
planned
intend
hope

# Things a report counts ("4 tables", "(6 profiles)"): a count of one of them can be checked against the items
# listed with it (RL2005). Plural and singular.
[count.noun]
table
tables
file
files
api
apis
endpoint
endpoints
module
modules
agent
agents
test
tests
service
services
page
pages
model
models
component
components
route
routes
screen
screens
profile
profiles
benchmark
benchmarks
document
documents
improvement
improvements
feature
features
script
scripts
manifest
manifests
header
headers
task
tasks
step
steps
level
levels
template
templates
migration
migrations
fix
fixes
correction
corrections

# Words in brackets after a count that give some of the things, not all: "13 receivers (e.g. Slack, Email)".
[count.example]
e.g.
eg
such as
including
incl.
like
for example
for instance
among them
among others
etc
...
…

# A key whose count is of the open tasks above it: "**Remaining: 28 tasks**".
[count.open]
remaining
remaining tasks
tasks remaining
left
left to do
still to do
open tasks

# The label of a table row that gives an overall figure of the rows above: their sum or their mean (RL2001).
[overall]
overall
global
average
mean
overall score
global score
total score
score total
score global

# A table column that weighs its rows: a total over them is no plain sum or mean.
[column.weight]
weight
weighting
weighted

# The key of a line that states how far the work is ("Current Production Readiness: 85%"), checked against the
# list right above it (RL2003).
[progress.key]
readiness
production readiness
completion
completion rate
progress
overall progress
