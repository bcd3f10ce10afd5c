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
external auditor
independent auditor
fips
slsa
common criteria
cis benchmark

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

# What names a status report in a heading or the first lines ("Project Status", "Sprint 4 Report"): with a status
# mark or a completion claim, what makes a document read as one (RuleNeeds.StatusReport).
[report.kind]
status
progress
report
sprint
milestone
phase
deliverables

# Words of work done: with a status mark, what makes a document a status report when no heading or first line names
# one, if one stands on a marked line, in a heading or in the first lines ("- ✅ Staging deployed"). A table of
# supported features ("| Rewind | ✔ |") or a guide's do and don't marks no work done, and the rules of status reports
# leave it alone (issue 51: of the 1,076 pages of ../shared/corpus/honest that read as status reports, 560 still do;
# every labelled report does). The words of completion are listed here again: this section is asked alone.
[report.work]
complete
completed
done
finished
production-ready
production ready
implemented
fixed
deployed
created
added
migrated
tested
passed
passing
delivered
shipped
resolved
merged
integrated
installed
configured
validated
verified
achieved

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

# Words before a completion word that deny it: "To Be Done", "not complete"; or make it what is still to do: "Time to
# Complete", "Effort to complete", "Steps to complete" (the verb after a noun of what it takes, not a state); or make it
# the subject of an account: "#### What Was Done" heads what the author did, failures found among it, not a verdict.
[completion.negation]
to be
not
not yet
never
remaining
remains
time to
effort to
steps to
left to
needed to
required to
what was
what has been
what's been
what we've
what we have

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
almost => ⚠️
nearly => ⚠️
mostly => ⚠️

# RL3002: right after a ❌, words of advice against something ("❌ Don't:"); in a section that holds one, a ✅
# followed by words of [status.advice-for] ("✅ Do:") is advice to follow, and what its line says is not work left.
[status.advice-against]
don't
don’t
do not
avoid
never

[status.advice-for]
do
to do

# RL3002, RL3003: words in a heading or a list's lead-in that say its items were removed ("### Removed Files",
# "**Banned Patterns Eliminated**:"): a ❌ there marks a removal, not work left undone. RL3003: after a placeholder
# or stub on its line, they say it is gone ("Test Placeholders Replaced with Real Tests").
[status.removal]
removed
deleted
eliminated
dropped
replaced

# RL3002: words of [status.contradicts-met] that hedge the state ("✓ All tests passing (ALMOST - install Trivy)", "✅
# Nearly Met"), unless a figure follows: "✅ Build time cut by almost 50%" hedges the figure, not the state.
[status.contradicts-met.hedge]
almost
nearly
mostly

# RL3002: words that, right before a word of [status.contradicts-met], make it describe a noun ("adds pods to the
# pending queue"), not the state of the line.
[status.contradicts-met.determiner]
the
a
an
its
their
our
this
that
these
those
each
every
any

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

# RL3006: a state that says the work is deployed only where the clause ends on it ("Now running in production.");
# "wrapped in production utilities" names a kind of utility.
[headline.deployed.state]
in production

# RL3006: a later line that puts deployment still ahead.
[next-step]
next step
next steps
still to do
remaining step
next action
next actions

[action.deploy]
deploy
deployment
go-live
go live
release to production

# RL3003: a next step that sets up what the work is deployed to, opening the step ("1. **Run database migration:**",
# "- Configure HTTPS"): the deployment a readiness verdict ("READY FOR DEPLOYMENT") announces, not work it claims
# done. A step that tests or verifies the work is not one of them.
[action.set-up]
configure
set up
install
migrate
run migration
run migrations
run the migration
run the migrations
run database migration
run database migrations
run the database migration
run the database migrations
apply migrations
apply the migrations
apply database migrations

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

# The role of a value (RoleCues): which words before a value (within six words of it, in its clause), or just after
# it, say it is not an actual result. A target is also read from [target] and [column.target]; a phrase in several
# role sections takes the role of the first of role.actual, role.goal, role.projected, role.estimate, role.example,
# role.before, role.before.label, role.after.label, role.target. Marks (→, quotation marks…) are in common.lex.
# "~", "≈", "about", "environ" are not here: an approximate value (Quantity.Comparison) is still a stated result
# ("Overall Completion: ~85%"); only an estimate word makes it an estimate.

# Words that say a value is the actual result, even beside a target word: "Target met: 92%", "current: 87%".
[role.actual]
actual
as planned
as expected
actually
current
currently
measured
achieved
observed
obtained
result
results
today
to date
so far
at present
target met
targets met
target achieved
targets achieved
on target
above target
below target
over target
target audience

# A requirement or threshold, beside [target]: "coverage must be ≥ 80%".
[role.target]
required
expected result
expected results
expected value
requirement
requirements
minimum
must be
must
should be
shall be
shall
needs to be
has to be
have to be
budget
limit
quota
acceptance criteria
planned
expected

[role.goal]
aim is
goal
goals
our goal
the goal is
aim
aims
aim to
aim for
aims to
aims for
aiming
aiming for
the aim is
our aim
we aim
targeting
ambition

# A value that holds once something happens: "once deployed: 100%".
[role.projected]
once deployed
once released
once merged
once live
once complete
once completed
after deployment
after rollout
will
will be
will reach
is expected to
are expected to
expected to
projected
projection
forecast
forecasted
anticipated

[role.estimate]
estimated
estimate
estimates
est.
estimation
theoretical
theoretically

[role.example]
e.g.
e.g
eg.
for example
for instance
such as
example
examples

# Within two words of the value: "(was 61%)".
[role.before]
was
previously
baseline
initially
formerly
used to be
up from
down from

# Only as a label, with a colon before the value: "Before: 61%", not "after 5 failed attempts".
[role.before.label]
before
previous

[role.after.label]
after

# "from 61% to 80%": a value right after [role.from] is the before of a value right after [role.to], in one clause.
[role.from]
from

[role.to]
to

# "was 61%, now 80%": a value after [role.now] is the after of an earlier before; alone, it is the actual result.
[role.now]
now

# The stance of a clause (RoleCues): none of these is a claim.
# A negation of the predicate: "not yet certified", "cannot be 100% safe".
[stance.negation]
not
not yet
never
cannot
can't
can’t
isn't
isn’t
aren't
aren’t
wasn't
wasn’t
weren't
weren’t
won't
won’t
doesn't
doesn’t
don't
don’t
didn't
didn’t
hasn't
hasn’t
haven't
haven’t
wouldn't
wouldn’t
couldn't
couldn’t
shouldn't
shouldn’t
neither
nor
rather than
instead of

# A negation of a noun: "no system can be 100% safe" denies a claim, "No critical vulnerabilities: 0" counts zero.
# It denies the clause only right before the value or before a modal verb of its clause.
[stance.negation.determiner]
nothing
nobody
no
none
none of
without

# Phrases with a negation word that deny nothing: "not only 100% but…", "no more than 2%", "Target not met: 72%".
# Verbs after which a noun negated by a determiner is a subject, not a count: "No system is 100% secure".
[stance.copula]
is
are
was
were
be
becomes

[stance.negation.none]
not only
not just
not more than
not less than
no more than
no less than
no later than
no earlier than
not met
not achieved
non-regression
non regression
non-functional
non functional
non-blocking
non blocking

# Only the longest phrase at a place is read: a role phrase that holds a modal verb ("must be") is listed here too.
[stance.modal]
aim is
can
must be
should be
shall be
needs to be
has to be
have to be
aim for
aims for
we aim
aiming for
could
may
might
should
would
must
shall
ought to
aim
aims
aim to
aims to
aiming to
the aim is
hope
hopes
hoping
intend
intends
intended
plan to
plans to
want to
wants to
wish
ideally
in theory

# A general or usual truth, not this work's result (issue 49: general statements are no claim). Opening its sentence,
# before a comma, it reaches the clause after it ("Typically, teams see zero downtime with blue-green deploys"); inside
# a clause, it hedges that clause ("Zero-downtime deployments usually need a load balancer").
[stance.general]
typically
usually
generally
in general
as a rule
in most cases
most of the time
normally
commonly
often

# A hedge: the clause is believed or likely, not stated as a result (issue 49: hedged statements are no claim).
[stance.hedge]
probably
likely
most likely
presumably
apparently
supposedly
possibly
it seems
seems
seem to
appears to
appear to
it appears
we believe
i believe
we think
i think

# A poll or a survey opening its sentence, before a colon or a comma: its numbers are what others answered, not a result
# of the work (issue 49: numbers inside a question or poll are no claim). "Poll: 80% of users want 100% uptime".
[stance.poll]
poll
straw poll
survey
questionnaire
vote

# Speech given to a source (issue 49: attributed speech is no claim of the report). Opening its sentence, the phrase
# and its source reach the clause after their comma ("According to the external auditor, the app is 100% GDPR
# compliant"); right after a comma, the clause before it ("Uptime was 100% last month, according to the client").
[stance.attribution]
according to
as reported by
as stated by
as claimed by
in the words of
per the
as per the

# A source of the report's own: its claim stays the author's ("According to our tests, 100% of requests succeed").
[stance.attribution.self]
according to our
according to my
according to us
per our
per my
as per our

# A condition: modal even right before a number ("if 100% of tests pass"), where a modal verb is not ("May 2025").
[stance.modal.condition]
if
unless

# RL1001: metrics whose value needs evidence, by the end that is the absolute: 100% (all, full) for the first, 0
# (no, zero, none) for the second. "Coverage: 100%", "100% test coverage", "Zero memory leaks", "No critical bugs".
[claim.metric.high]
coverage
test coverage
code coverage
function coverage
line coverage
branch coverage
requirements coverage
pass rate
success rate
tests passing
uptime
availability
compliance
accuracy
attacks blocked
protection
proper cleanup
cleanup
code quality
confidence
confidence level
edge cases handled
edge cases covered

# Not "errors": zero compiler or linter errors is a result anyone reruns in seconds, and readers of real reports do not
# ask for its evidence (issue 49: about 30 findings in 18 repositories of the labelled reports, two near a label).
# Not "regressions" either: "0 régression" after a test run is a result its run shows, and readers flagged one in six.
[claim.metric.low]
vulnerabilities
vulnerability
critical vulnerabilities
security issues
security issue
critical issues
bugs
bug
critical bugs
memory leaks
memory leak
leaks
downtime
failures
incidents
problems
technical debt
defects
defect
cves
cve

# Words that state the extreme of a metric: none of a bad thing, all of a good one.
[claim.extreme.none]
no
zero
none

[claim.extreme.all]
all
every
full
fully

# RL1001: a standard or regulation a report may claim compliance with, and the words that claim it.
[claim.standard]
owasp
owasp top 10
wcag
wcag 2.1
wcag 2.2
rgaa
gdpr
rgpd
hipaa
soc 2
soc2
iso 27001
pci dss
pci-dss
fedramp
ccpa
secnumcloud

[claim.compliant]
compliant
conformant

# The nouns of compliance: a claim only with a mark or a full score beside them ("✅ GDPR compliance", "Compliance: 100%").
[claim.compliance]
compliance
conformance

# What backs a compliance claim: an audit by someone, a certificate, a scan.
[claim.audited]
audited by
audit by
audit report
certificate
certified by
accredited
external audit
independent audit
third-party audit
third party audit
scan report
assessed by

# A clause that instructs, conditions or aims rather than reports: "make sure all tests pass", "if no error occurs".
[claim.not-a-result]
achieve
reach
make sure
ensure
ensures
verify that
check that
confirm that
if
when
whenever
unless
until
required
target
goal
expected
should
need
needs
we need
needed
to get
getting
deadline

# The nouns of a count of tests: "644 unit tests", "52/52 tests", and the key of a pass rate given with its count
# ("Pass Rate: 100% (82/82 passing)").
[count.tests]
tests
test
unit
e2e
integration
specs
cases
checks
scenarios
suites
pass rate

# RL1002: an approval given as the value of a key, marked done or in capitals: "**Status**: ✅ APPROVED", "QA Lead: APPROVED".
[approval.value]
approved

# RL1002: a stamp that approves, validates or certifies the work ("APPROVED FOR PRODUCTION", "Signed off").
[approval]
approved for production
approved for immediate production
approved for immediate deployment
approved for deployment
approved for release
approved for go-live
signed off
signed-off
production approved
certified production-ready
certified production ready
approved for merge
deployment approved
release approved
merge approved

# RL1002: a signature line naming who approved, audited or verified the work ("Approved By: …"). Naming who wrote or
# assessed it ("Assessor: …", "Author: …") states authorship, not a verdict.
[approval.signer]
approved by
validated by
verified by
certified by
audited by
reviewed by
signed by
external auditor
independent auditor
audit system
audit tool

# RL1002: keys that name who audited or reviewed the work ("**Auditor:** GitHub Copilot AI Assistant"). Followed by
# the work's own author (approval.self), such a line joins the report's sign-off when the report approves itself
# elsewhere; alone it only says who did the audit.
[approval.reviewer]
auditor
reviewer
validation authority

# Signers that are the work's own author: the assistant, a tool, the team.
[approval.self]
ai
assistant
claude
claude code
gpt
chatgpt
copilot
gemini
automated
automation
automatic
script
agent
audit system
audit tool
team
internal
self
agentic
bot

# RL1002: the key of a grade the work gives itself ("Code Quality: A+", "Project health: EXCELLENT").
[grade.key]
status
quality
code quality
test quality
quality score
quality level
score
grade
rating
health
project health
overall success
success
result
assessment
overall

# RL1002: who gave a rating, when not the work itself: a rater right before a grade key ("Client rating: 5/5",
# "Auditor rating: A+") makes it an outside reviewer's rating, no self-certification (issue 49); so does a tool that
# measured it ("Lighthouse score: 98/100", "SonarQube rating: A"), the evidence named. Not "assessor" or
# "evaluator", which the work's own author often calls itself.
[grade.rater]
client
client's
clients
customer
customer's
customers
user
users
reviewer
reviewer's
reviewers
auditor
auditor's
auditors
judge
judges
jury
examiner
peer
stakeholder
stakeholders
external
independent
third-party
third party
app store
play store
lighthouse
pagespeed
pagespeed insights
sonarqube
sonarcloud
codacy
code climate
ssl labs
mozilla observatory
observatory

# RL1002: a word that qualifies a grade key between it and its colon: none in English, where the qualifier comes
# before the noun ("Overall Score:"; French "Score global :").
[grade.key.qualifier]

# RL1002: what introduces, after a grade key, what it grades: none in English ("Readiness Score:"; French "Score de
# préparation :").
[grade.key.complement]

# Top grades: a work graded so by itself certifies itself.
# RL1002: keys whose full percentage before them is a rate or a check's result, not a grade ("100% success", "100%
# agent health"): RL1001 weighs those.
[grade.key.rate]
success
overall success
health
project health

[grade.top]
excellent
outstanding
perfect
exceptional
exemplary
highly successful
exceeded expectations
exceeds expectations
world-class

# RL1002: superlatives about the report's own work.
[hype.superlative]
revolutionary
first-of-its-kind
first of its kind
state-of-the-art
unprecedented
most sophisticated
most advanced
built to date
perfect data mapping
perfect score
perfect test quality
industry-leading

# RL1002: a top grade the work gives its own quality or performance ("demonstrates exceptional test quality", "ALL
# AGENT TEAMS: EXCEPTIONAL PERFORMANCE"; issue 49: four reports of four repositories, none in the honest corpora).
# Goals use the same words ("maintain excellent code quality"): a grade is a claim only as a stamp (a heading, a key,
# capitals, emphasis) or right after a verb of hype.quality.verb.
[hype.quality]
exceptional performance
exceptional quality
exceptional code quality
exceptional test quality
excellent code quality
excellent test quality
outstanding performance
outstanding quality

# RL1002: verbs that make a hype.quality grade a claim about the work ("The application demonstrates excellent code
# quality").
[hype.quality.verb]
demonstrates
demonstrated
shows
showed
achieves
achieved
exhibits

# RL1001: the extreme of a bad thing said after it ("Vulnerabilities: none").
[claim.extreme.none-after]
none

# RL1001: a count the claim is out of ("100% de réussite sur 150 tests", "412 out of 412").
[count.out-of]
out of
of

# RL1001: tests said to pass with no count of them ("✅ Security tests passing").
[claim.passing]
tests passing
tests pass
tests passed

# RL1001: testing that backs a performance figure: "load testing with k6", "Run Lighthouse audit".
[perf.test]
load test
load tests
load testing
stress test
stress testing
benchmark
benchmarks
performance test
performance tests
performance testing
lighthouse audit
k6

# RL1001: what counts a capacity ("1000 users", "50 concurrent connections").
[perf.capacity]
users
concurrent
connections
requests

# Headings and leads of work still to do: a test listed there has not run.
[claim.todo]
recommendations
future work
todo
to do
priority
high priority
medium priority
low priority

# RL1001: what a performance figure measures.
[perf.metric]
latency
response time
response times
load time
page load
percentile
p95
p99
throughput
first contentful paint
time to first byte
ttfb
performance
scalability

# A word that numbers what follows it ("Phase 1 fixes", "Sprint 2 tasks"): the number names a part and counts
# nothing.
[count.identifier]
phase
sprint
step
stage
wave
week
day
month
quarter
milestone
iteration
release
version
part
chapter
level
tier
lot
epic

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
sprint
sprints
phase
phases
field
fields
image
images
package
packages
function
functions
method
methods
class
classes
interface
interfaces
provider
providers
blueprint
blueprints
dashboard
dashboards
resource
resources
browser
browsers
command
commands
column
columns

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
overall status
current status
global status

# ---- branch evidence: RL1001/RL1002 precision ----
# RL1001: the head noun of a feature's name that a claim's words modify ("Full compliance tracking system", "zero
# error reporting"): the words name the feature and claim nothing.
[claim.feature]
tracking
tracker
system
tool
tooling
dashboard
checker
scanner
framework
engine
module
plugin
library
toolkit
reporting
workflow

# RL1002: things of a third party the work uses; a certificate of theirs ("certified data provider") is not one the
# work gives itself.
[hype.third-party]
source
sources
data source
provider
providers
vendor
vendors
supplier
suppliers
partner
partners
dataset
datasets
toolchain
toolchains
compiler
compilers
hardware

# RL1001: the word that opens what a metric is of ("100% coverage of the billing requirements"): restatements of a
# metric are one claim only when they are of the same thing.
[claim.complement]
of
for

# ---- branch targets (RL3001: values shown as met that are no measured result) ----
# A value, column or heading that was not measured: an estimate, an expectation, a projection.
[target.unmeasured]
estimated
estimate
est.
expected
projected
anticipated
forecast
predicted
theoretical

# A line or row that says its target was reached.
[target.reached]
target met
target achieved
target reached
goal met
goal achieved
goal reached
objective met
objective achieved
objective reached
objectives met
objectives achieved
achieved

# A conformity claim, which holds whole or not at all.
[target.conformity]
compliant
conformant
fully compliant

# A line that reports a test or a measurement: a bound on it is a result written loosely, not a threshold.
[target.tested]
testing
tested
test
tests
load test
load tests
validated
validation
benchmark
benchmarked
measured

# ---- branch verdict (RL3003/RL3006: verdicts in status positions against the work not done) ----

# The key of a line that gives a verdict: "**Status**: ✅ 100% COMPLETE", "**Current State:** Production-ready",
# "**Verdict**: ✅ READY FOR PRODUCTION" (issue 49: a verdict key in four reports of four repositories).
[verdict.key]
status
overall status
project status
implementation status
final status
current status
current state
state
readiness
production readiness
compliance status
deployment status
verdict
final verdict
overall verdict

# A readiness verdict: "ready" with a word of production or deployment in the same value.
[verdict.ready]
ready

[verdict.production]
production
deployment
deploy
deployable
go-live
go live

# What a readiness is for when it is the tests of production, not production ("Ready for Production Testing"): a word
# of this section between the readiness and production words, or right after them, makes no production verdict.
[verdict.testing]
testing
tests
test
validation
qa
uat
review

# The value that answers a key which is itself the verdict ("Production Ready: ✅ YES").
[verdict.yes]
yes
fully

# Headings under which a verdict is about the whole report.
[verdict.conclusion]
conclusion
conclusions
summary
executive summary
final status
final summary
project status
final notes

# A readiness line's copula ("Arcade Mode is production-ready"), the adverbs between it and the readiness words, and
# the words after them that make the readiness wait on something ("ready for production once the keys are set").
[verdict.readiness.copula]
is
are
's

[verdict.readiness.adverb]
now
fully
already
officially
completely
totally
truly
100

# The words that may follow a readiness line's words: "production-ready with …", not "production-ready code".
[verdict.readiness.follow]
with
and
from
today
now
in
at
for

[verdict.readiness.condition]
once
when
after
as soon as
pending
subject to
provided
until

# Headings of plans: their items are not evidence against work claimed done, unless they verify or ship it.
[verdict.exclusion]
next steps
next step
next session
future work
future enhancements
future improvements
roadmap
recommendations
recommended
optional
nice to have
enhancements
ideas

# RL3003: words by which a report says work is not needed: on an item ("(optional)", "Deferred", a condition: "⏳ To
# do if needed") or in the heading over it ("Known Limitations", "Optional Enhancements (Not Required)"). Such work is
# out of what a claim of completion covers, even a step that would verify it.
[verdict.optional]
optional
not required
nice to have
deferred
known limitations
known limitation
limitations
if needed
if necessary
as needed

# Verbs that verify or ship the claimed work: a next step that starts with one says the work is not yet checked.
[verdict.verification]
run
execute
test
verify
validate
migrate
configure

# The key of a line that names the next step ("**Next Action**: Run migrations").
[verdict.next-key]
next action
next actions
next step
next steps

# Words that say a piece of the work is not implemented: they deny by themselves.
[verdict.not-implemented]
not implemented
not yet implemented
to be implemented
not yet integrated
not integrated
not wired
not connected yet

# Words that say a piece of the work is only a stand-in or a possibility.
[verdict.placeholder]
placeholder
placeholders
stub
stubbed
can be integrated
could be integrated

# A status value that names a state of design, not of work done ("**Status:** ✅ FULLY ARCHITECTED").
# RL3003: verbs of a check that looks for stand-ins ("scans for placeholder patterns"): the placeholder is what the
# check finds, not work left.
[verdict.placeholder.sought]
scans for
scan for
scanning for
checks for
check for
checking for
looks for
look for
searches for
search for
detects
detect
detecting
catches

[verdict.not-implemented.state]
architected
fully architected
designed
fully designed
documented
fully documented
planned
scaffolded

# A report's or a review's noun and the completion word after it that describes it ("RAPPORT D'AUDIT COMPLET"): none in
# English, where such an adjective comes before its noun ("Complete Audit") and a word after it says the work is done
# ("Audit Complete").
[completion.described-noun]

# A word after a completion word in capitals that keeps it a verdict, not an adjective before a noun: "COMPLETE AND
# VALIDATED", "COMPLETE WITH SUCCESS" (not "COMPLETE MONITORING INFRASTRUCTURE").
[completion.joiner]
and
with
in
on
at
for
by
successfully

# Words that make a warning mark (⚠️) say not done: "⚠️ Security: needs improvement" (not "⚠️ IE11 (graceful degradation)").
[verdict.not-done-words]
partial
partially
needs
needs improvement
to improve
incomplete
missing
todo
in progress
pending
not started
limited
minimal

# RL3007: the levels of a priority or severity scale (in order: critical, high, medium, low) and the scales' names.
[level.critical]
critical
blocker

[level.high]
high

[level.medium]
medium
moderate

[level.low]
low
minor

[level.scale.priority]
priority

[level.scale.severity]
severity
criticality

# ---- branch crossref (RL3002: the same item done in one place, not done in another) ----
# Words that say an item's state, not what the item is: left out of its key.
[crossref.state]
done
complete
completed
completion
configured
implemented
tested
passing
passed
active
enabled
verified
validated
created
fixed
applied
ready
installed
deployed
finished
working
operational
live
set up
added
integrated
generated
performed
executed
reviewed
updated
in place
pending
todo
missing
planned
started
progress
blocked
failed
failing
ongoing
not
yet
still
full
fully
all

# Function words left out of an item's key.
[crossref.filler]
and
or
for
with
to
in
on
at
by
from
is
are
be
been
has
have
its
this
that
vs
per
via

# RL3002, and the names in brackets after a count ("3 tools (A, B and C)"): words that join two names into a list
# ("Audit and Security" names two things).
[crossref.and]
and

# Keys that name no item of their own: their subject is the heading ("- **Status:** ✅").
[crossref.generic]
status
state
result
verdict
overall
total
summary
note
notes

# Headings of work still ahead: no evidence against done work (beside [next-step]).
[crossref.ahead]
next session
future work
future improvements
future enhancements
future enhancement
optional enhancements
optional improvements
potential improvements
possible optimizations
nice to have
recommendations
next phase
future features
next milestone
action plan

# Headings that weigh options (an RFC's "Rationale and alternatives"): a ✅ or ❌ there rates an option, it marks no
# work done or not done.
[crossref.options]
alternatives
alternatives considered
options considered
drawbacks
trade-offs
tradeoffs

# Before a number, a word naming one of several enumerated parts ("Module 3", "Tier 2"), beside [period].
[crossref.entity]
milestone
module
tier
component
part
stage
step
deliverable
epic
story
task

# ---- branch precision: precision conditions of RL3002, RL1002 and RL1001 ----
# RL3002: headings of a list of checks to run, not of work to do: an open box under them is a check not yet run.
[crossref.verify-list]
manual tests
manual test
manual testing
test checklist
testing checklist
verification checklist
verification steps
smoke tests
smoke test
to verify
recommended tests
tests to run
ready to test

# RL3002: words of a done item that make it a claim about those checks.
[crossref.verify-subject]
test
tests
tested
testing
verified
verification
checked

# RL3002: words of an open item that make it conditional: it does not say the work is not done.
[crossref.condition]
if enabled
if used
if needed
if applicable
if required
if any

# RL1002: keys of a grade that gives a check's status, not the work's quality (beside [grade.key]).
[grade.key.status]
status
state

# RL1001, RL3002: words that, opening a heading, name the state the work started from ("### Before (existing suite)"): what
# stands under it is no result of the work. Not "previous": a previous session's results are the work's too.
[heading.before]
before
baseline
initial state

# A "before" heading that names an event still to come lists what is left to do, not the state the work started from
# ("### Before Submission", "### Before Deployment").
[heading.before.event]
submission
submitting
deployment
deploying
deploy
production
release
releasing
launch
go-live
go live
merge
merging
shipping
ship
handoff
delivery
demo
hand-in
hand in
handover
hand-off

# --- branch contra ---
# RL3003: a state that a percentage below 100 qualifies in a readiness line ("85% functional and ready for
# production"): that share of the work is done, the rest is not.
[readiness.partial-state]
functional
operational
complete
completed
done
implemented
working

# ---- branch totals (issue 18) ----
# RL2004: table column headers of a value before, a value after and the relative change between them
# ("| Component | Baseline | Optimized | Savings |"). A header naming two of these is read as none.
[column.before]
before
baseline
original
initial
old

[column.after]
after
optimized
optimised
improved

[column.change]
savings
saving
reduction
improvement
change
delta

# RL2005: nouns of a count of files that a tree drawn in the code block after it lists ("12 manifests", "8 Blade files").
[count.file-noun]
file
files
manifest
manifests
template
templates
script
scripts

# RL2005: words of a heading that introduce an inventory of the things a summary count counts ("Files Changed Summary").
[count.inventory]
summary
inventory
changed
list of

# RL2007: month names and their abbreviations, beside a range of days ("Dec 18-20").
[month]
january
jan
february
feb
march
mar
april
apr
may
june
jun
july
jul
august
aug
september
sep
sept
october
oct
november
nov
december
dec

# ---- branch evidence2 (issue 19) ----
# RL1001: a word that joins two names into one category ("Security and Compliance: 100%"): the percentage scores
# the category, not the metric ('&', '/' and '+' are read as such too).
[claim.metric.joined]
and

# ---- branch contra3: RL3002 cross-references ----
# RL3002: words of an unmarked item that say it is not done: "**Fine-tuning**: data preparation only, not executed".
[crossref.undone]
not implemented
not yet implemented
not executed
no execution
not wired
not integrated
placeholder only
placeholders only
stub only
stubs only

# RL3002: verbs that open a next step making something not there yet ("Set up GA4 property"): such a step, naming a
# done item and nothing more, says it is not done.
[crossref.todo-verb]
set up
setup
create
implement
activate
enable
configure
install
integrate
convert
build
write
generate

# RL3004: metrics whose floor over a set ("98%+ for core components") binds each member.
[floor.metric]
coverage

# RL3004: nouns of the members of a set, singular and plural.
[floor.set]
component
components
module
modules
service
services
package
packages
class
classes
file
files

# RL3004: words of a floor or a heading that name no part of a set.
[floor.generic]
overall
total
average
all
every
each

# RL3004: words that make a floor a goal to keep, not a result ("Maintain 90%+ coverage").
[floor.goal]
maintain
keep
reach
aim
should
must

# RL3004: words between a count and the number of parts it spreads over ("135 tasks across 7 phases").
[count.across]
across
spread across
spread over

# RL2005: nouns of what a category's count counts, left out of its name: "Critical Issues: 2" names the category
# "Critical" (a column of the findings table), "Services Passing: 15" the category "Passing".
[count.category-noun]
issue
issues
item
items
finding
findings
vulnerability
vulnerabilities
bug
bugs
risk
risks
defect
defects
problem
problems

# RL1001: a capacity claimed in a report that runs no load test ("Handles 1000+ concurrent users", "Can handle any
# number of students"): the verbs, the numbers beyond counting, and what a capacity counts.
[claim.capacity.verb]
handles
can handle
capable of handling
supports
scales to
scalable to
scalable for

[claim.capacity.many]
thousands of
millions of
any number of
an unlimited number of
unlimited

[claim.capacity.noun]
users
concurrent users
simultaneous users
active users
requests
concurrent requests
connections
concurrent connections
players
students
tenants

# RL1001: a test coverage given only as a bound or an approximation ("Coverage: >80%") in a report with no coverage
# run. Words that make the coverage another thing than the tests' ("Browser Coverage: 95%+", "Type hints: 95%+
# coverage"), and what shows a coverage run.
[coverage.other]
browser
browsers
type
types
type hints
docstring
docstrings
documentation
requirements
requirement
owasp
attack surface
vulnerabilities
feature
features
functional
platform
platforms
device
devices
language
languages
translation
translations
region
regions
enforcement
enforced
gate
threshold
infrastructure
tooling
capability
setup

[coverage.run]
coverage report
coverage reports
--coverage
pytest-cov
pytest --cov
coverage.py
coverage run
istanbul
nyc
c8
lcov
codecov
coveralls
jacoco
htmlcov
cov-report
statements
stmts

# RL3003: claims that every priority is done.
[verdict.all-priorities]
all priorities completed
all priorities complete
all priorities done
all priorities achieved
all priorities delivered
all priority items completed
all priority items done

# RL3003: words that say the whole work is tested ("✅ Production-ready - Fully tested and compiled"), against the
# report's own testing not done ("- [ ] Manual testing", "2. **Test the feature:**" under next steps).
[tested.whole]
fully tested
thoroughly tested
comprehensively tested
completely tested
extensively tested
end-to-end tested
end to end tested
tested end-to-end
tested end to end
everything is tested
everything tested
everything has been tested
complete and tested
complete and fully tested
complete, tested
implemented and tested
implemented, tested
built and tested
developed and tested
tested and deployed
tested, and deployed
tested and operational

# RL3003: "ready" and "tested" said together ("production-ready and fully tested"): a verdict on the work, whatever
# its subject.
[tested.ready]
ready and tested
ready and fully tested

# RL3003: the words a tested.whole claim may follow in its clause and still speak of the whole work ("Everything is
# fully tested", "The system has been thoroughly tested"); other words name a part ("Resource allocation algorithms
# fully tested").
[tested.subject]
everything
all
it
this
system
platform
application
app
feature
implementation
project
solution
code
codebase
release
integration
build
core
functionality
features
the
is
are
has
have
been
was
were
now
and

# RL3003: words that name testing work in an item not done.
[tested.work]
test
tests
testing
tested
qa
uat
e2e

# RL3003: nouns of an analysis in a title ("# Gap Analysis Completion Report", "# CODEBASE SCAN - FINAL REPORT"): the
# document's bare status ("**Status:** ✅ COMPLETE") says the analysis is done; what it lists as missing is what it found.
[analysis.title]
analysis
audit
scan

# RL3003: words of a title about the work done on an analysis's findings: "Audit Fixes" is the fixes' report.
[analysis.remedy]
fix
fixes
fixed
remediation
resolution
corrections
implementation
action plan

# RL3003: keys whose bare value is the status of the document itself.
[analysis.status-key]
status
report status
analysis status
audit status
scan status

# RL3003: a status that says a document is done, not that the work it reports is ready.
[analysis.done]
complete
completed
done
finished

# RL3003: headings of a priority level, whose items are work to do.
[priority.heading]
high priority
medium priority
low priority
critical priority

# RL3004: nouns of what a table column counts, singular ("| Documentation | 8 | 1,500 |" under "Lines").
[count.unit]
line
file
test
page
endpoint

# RL3004: a word in such a column's header that makes its counts approximate ("Lines (approx.)"), read anywhere in the
# folded header.
[count.approximate]
approx

# RL3003: words that lead a share of an inventory not done ("**Partial (7):** …").
[inventory.open]
partial
partially done
in progress
pending
not started

# RL3002: nouns of an assured state, that a check establishes ("✅ Accessibility compliance").
[crossref.assured]
compliance
compliant
conformance
certification

# RL3002: nouns of the check that establishes it ("🔄 Accessibility audit").
[crossref.check]
audit
review
assessment

# RL3002: adjectives that claim a whole before its noun ("✅ Complete Documentation suite").
[crossref.whole]
complete
comprehensive
full
exhaustive

# RL3002: verbs that extend work rather than make it ("[ ] Add visual regression testing").
[crossref.enhance]
add
improve
extend
enhance
expand
optimize

# RL3002: words that claim a whole after their noun ("Documentation in full").
[crossref.whole-after]
in full

# RL3002: verbs of a box that checks rather than makes ("[ ] Run smoke tests", "[ ] Monitor metrics").
[crossref.check-verb]
run
monitor
verify
test
check
validate
ensure
confirm

# RL3004: keys of a line that lists a team by handle ("**Team:** … (@SENTRY, @FLUX, …)").
[team.key]
team
agents
contributors

# RL3002: words by which a done item says its work is only prepared for the next step ("✅ rollback.sql ready to be run
# in production", "✅ Designed delivery partner integration"): an open item that takes that step says nothing against it.
[crossref.prepared]
ready to be
designed
drafted

# RL3002: the later stages of a piece of work, its test or check and its deployment. An open item that names one ("[ ]
# Test rate limiting", "[ ] Deploy n8n workflow") says nothing against the item done elsewhere that does not claim it
# ("✅ Rate limiting (10 req/s per IP)", "✅ n8n workflow setup").
[crossref.later.verify]
test
tests
tested
testing
verify
verified
verification
validate
validated
validation

[crossref.later.deploy]
deploy
deployed
deploying
deployment

# precision4
# RL3002: words that put an open item in a stage or a place of its own ("[ ] WebSocket working on deployment",
# "[ ] Postman collection in repo"): it says nothing against the item done elsewhere without them.
[crossref.stage]
on deployment
after deployment
in production
in prod
on production
on prod
in staging
on staging
in repo
in the repo
in repository
in the repository
on the server

# RL3002: headers of a column whose marks say a capability or that a thing exists, not work done: the row's notes
# ("needs to be enabled in the options", "view not yet wired") say how to use it or what uses it, not that work is left.
[column.support]
supported
support
compatible
compatibility
available
exists
exist
present

# contra4
# RL3004: words naming a kind of what is counted, with their class ("208 unit tests" against a total holding E2E tests).
[count.kind]
unit => unit
unitary => unit
integration => integration
e2e => e2e
end-to-end => e2e

# RL3002: verdicts of perfection after a name and a colon ("- **Checkout**: Flawless").
[crossref.verdict-perfect]
perfect
flawless
impeccable

# RL3002: nouns of the kind of part a name is, left out when names are compared ("Login page" is "Login").
[crossref.part-noun]
page
screen
route
view

# RL3004: numbers written as words, with their value ("Three urgency levels:" against "(2 urgency levels)"). Not
# "one": it is also a pronoun.
[number.word]
two => 2
three => 3
four => 4
five => 5
six => 6
seven => 7
eight => 8
nine => 9
ten => 10
eleven => 11
twelve => 12

# RL3002: participles that say a check was run, each with the verb that asks for it ("Tested on multiple devices"
# against "⚠️ Test on real devices").
[crossref.checked]
tested => test
verified => verify
validated => validate

# RL3002: words of quantity or kind left out of what a check covered ("multiple devices" is "real devices").
[crossref.checked-quantity]
multiple
several
various
real
all
many
different

# RL3004: words of a week as a unit of duration ("Implement optimizations (2-3 weeks)" against the timeline's days).
[duration.week]
week
weeks
wk
wks

# RL3002: adverbs that claim all of a piece of work ("✅ Fully integrated with the database").
[crossref.fully]
fully
completely
entirely

# RL3002: words of a heading that say its work has begun and no more ("Database Integration (🚀 STARTED)").
[crossref.started]
started
begun
kicked off

# RL3004: participles of making after a count and its noun ("78 files created" against the table of files made).
[count.made]
created
added
written
generated

# Words that, opening a heading ("##### Example pod specs") or the lead-in of a list or table ("Example 2, a large
# range:"), make what stands under it an example: its values are no facts of the work (the fact model's role).
[scope.example]
example
examples
for example
for instance
e.g.

# Words in the first person singular that open the criteria of a standard checklist, a pull request's or an issue's
# template ("- [x] I have performed a self-review of my own code", "- [x] My code follows the style guidelines"): at
# least half the task boxes of a list opening so make it a template, whose ticked boxes assert no result
# (ReportModel.IsFirstPersonChecklist). Not "we" or "our": a team lists its own work so ("- [x] We deployed the API").
[checklist.first-person]
i
i have
i've
i’ve
i am
i'm
i’m
my

# Words that, in a heading ("### Graduation Criteria") or the lead-in of a list or table ("Exit criteria:"), make
# the unmarked items under it criteria the work must meet ("- No major bugs reported"): goals, not results.
[scope.criteria]
criteria
criterion
requirements
definition of done

# Words that, ending a lead-in before its colon ("The implementation is considered successful when:"), make the list
# or table after it conditions to meet: marks that all say met are its bullets, not results (ReportModel.RoleOfPlace).
[scope.condition]
when
once
if

# Words that, opening a heading ("### Next Steps", "## 9. Post-Deployment Monitoring", "### Standards"), make the
# section and every section under it a plan, an instruction, a list of things to monitor or a standard to follow:
# what it states (a threshold, "all tests passing") is no result the author asserts (ModelSection.IsPlan). Not
# "recommendation": a "Final Recommendation" states the author's verdict.
[scope.plan]
next steps
next step
recommended next steps
future work
future improvements
recommendations
instructions
setup instructions
deployment instructions
how to test
how to use
how to run
how to deploy
testing steps
test steps
deployment procedure
deployment steps
metrics to watch
metrics to monitor
post-deployment monitoring
monitoring plan
standards
coding standards

# How numbers are written (NumberFormat): a mark is written as itself or as its code point, since a line is trimmed.
# "." and "," separate decimals; "," groups by three ("1,200"; read as a group before exactly three digits, else as
# decimals); a space, a no-break space and a narrow no-break space group by three after at most three digits ("2 350").
[number.decimal-mark]
.
,

[number.group-mark]
,

[number.group-mark.short-lead]
U+0020
U+00A0
U+202F

# The title of a legend ("**Legend:**", "## Status Legend"): the list right after it says what the report's marks mean;
# its entries ("- ⏳ Pending") hold no status.
[legend]
legend
status legend
legend of statuses
status key
icon legend
legend of icons
symbol legend

# Marks that give a level, not a status: a coloured circle before a level word rates a risk or a priority ("🔴 HIGH",
# "🟡 MEDIUM"), it says nothing of whether the work is done.
[status.level]
🔴 low
🔴 medium
🔴 med
🔴 high
🔴 critical
🔴 major
🔴 minor
🔴 blocker
🟠 low
🟠 medium
🟠 med
🟠 high
🟠 critical
🟠 major
🟠 minor
🟠 blocker
🟡 low
🟡 medium
🟡 med
🟡 high
🟡 critical
🟡 major
🟡 minor
🟡 blocker
🟢 low
🟢 medium
🟢 med
🟢 high
🟢 critical
🟢 major
🟢 minor
🟢 blocker
