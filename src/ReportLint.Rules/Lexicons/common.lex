# Language-neutral status marks. Each [section] lists one phrase per line; phrases are folded
# (lower case, accents and emoji variation selectors removed) when loaded. A phrase that starts with
# "[" is written with a backslash before it, so it is not read as a section header.
language = *

[status.met]
✅
✔
✓
☑
🟢
\[x]

[status.failed]
❌
✗
✘
🔴
⛔
🚫

[status.pending]
⏳
⌛
🔄
🚧
\[ ]

[status.partial]
⚠
🟡
🟠

[unit.%]
%

[unit.ms]
ms

[unit.s]
s

[unit.KB]
kb
kib
ko

[unit.MB]
mb
mib
mo

[unit.GB]
gb
gib
go

[unit.B]
b
bytes
octets

[unit.req/s]
req/s
rps
qps
requests/s
requêtes/s
req/sec

# Multipliers written right after a number, before its unit ("12k users", "1.5K req/s", "70k-90k"): the section's
# suffix is the factor. Read in either case, and only where no letter follows ("5kg" is not 5 000 g).
[number.multiplier.1000]
k

# The same, read only where it starts with a capital: "3M requests" is three million, "5m" five minutes.
[number.multiplier-capital.1000000]
m

# RL4003: a date's format in capitals standing where the date belongs ("**Date**: YYYY-MM-DD"), read part by part
# between '-', '/' or '.': one part of the year, two of the month and the day. A format is read from its year or its
# day (YYYY-MM-DD, DD/MM/YYYY), not from its month. These are ISO 8601's letters, written so in every language; a
# language adds its own in RL4003TemplateResidue.{language}.lex (JJ/MM/AAAA).
# A table cell with nothing in it (ModelCell.IsEmptyMark): no value, and no part of a column's sum.
[cell.empty]
-
—
–
n/a
na

# A table cell that says nothing was measured yet (ModelCell.IsPlaceholder, with the empty marks above).
[cell.unknown]
tbd

[date.format.year]
yyyy

[date.format.month]
mm

[date.format.day]
dd

# Marks read by RoleCues. A value right before an arrow is the before of the value right after it: "61% → 80%".
# Triage does not see ASCII marks that end in neither "]" nor "%" (->, ~, ?, "…): no rule triages on these sections.
[role.arrow]
→
->
⇒
⟶
➜
➔
⇨

# Quotation marks: a value between an opening and a closing mark is quoted, not claimed.
[stance.quote.open]
"
“
«
„

[stance.quote.close]
"
”
»

[stance.question]
?

# Where a clause ends: a cue before a value reaches it only within its clause. A parenthesis opens a clause inside
# the one around it. A mark between two letters or digits ("1,000", "2024–2025") ends nothing, and a hyphen is a
# dash only between spaces.
[clause.break]
,
;
|
—
–
-
•

# A label's colon: a value after a second label ("Before: 1 · After: 4 · Growth: +300%") is out of reach of a cue
# before the first.
[clause.label]
:

[clause.open]
(

[clause.close]
)

[sentence.end]
.
!
…

# ---- branch evidence2 (issue 19) ----
# RL1002: the languages of a shell block: its lines are commands, comments on them and their output.
[fence.shell]
bash
sh
shell
console
zsh
powershell
ps1
pwsh
cmd
terminal

# RL3002, and the names in brackets after a count ("3 tools (A, B & C)"): a sign that joins two names into a list
# ("Audit & Sécurité").
[crossref.and]
&

# RL1001: test runners. One shown with its passing result on its line ("cargo test  # ✅ PASS", "✅ npm run test:coverage
# # 113 tests passed") is the run of the report's tests: it backs "tests pass" as a full count of them does.
[evidence.test-runner]
cargo test
cargo nextest
npm test
npm run test
pnpm test
pnpm run test
yarn test
bun test
npx jest
npx vitest
pytest
python -m pytest
go test
dotnet test
flutter test
dart test
mvn test
gradle test
./gradlew test
phpunit
php artisan test
rspec
mix test
swift test
ctest
make test

# RL1001: dependency scanners. A zero of what they count ("0 vulnerabilities") restates the scan when the report shows
# one's result ("| npm audit | 0 vulnerabilities |", "- **Command**: `npm audit`" beside "- **Vulnerabilities**: 0").
# Names that are ordinary words alone ("safety", "bandit") only as the command that runs them.
[evidence.scanner]
npm audit
yarn audit
pnpm audit
bun audit
pip-audit
pip audit
cargo audit
cargo deny
safety check
safety scan
snyk
snyk test
trivy
grype
osv-scanner
govulncheck
bundle audit
bundler-audit
composer audit
dependency-check
audit-ci

# What a statement shows as evidence (EvidenceReader). The programs a command line opens with: "dotnet test",
# "npm run test:ci", "pytest -q" are commands run; a program named alone is a name.
[evidence.command]
dotnet
npm
npx
pnpm
yarn
bun
node
deno
pytest
python
python3
py
pip
tox
nox
uv
poetry
go
cargo
make
cmake
ctest
mvn
gradle
gradlew
ant
sbt
bazel
jest
vitest
mocha
karma
playwright
cypress
phpunit
composer
php
artisan
bundle
rake
rspec
ruby
rails
mix
dart
flutter
swift
xcodebuild
docker
docker-compose
podman
kubectl
helm
terraform
ansible-playbook
curl
wget
git
gh
bash
sh
pwsh
powershell
k6
ab
wrk
locust
artillery
jmeter
lighthouse
eslint
tsc
ruff
mypy
flake8
pylint
coverage
nyc
c8
trivy
snyk
semgrep
bandit
grype
sonar-scanner
reportlint

# The extensions of a file cited as evidence: "coverage/index.html", "TestResults.trx", "audit.log".
[evidence.file]
md
txt
log
json
xml
html
htm
csv
tsv
pdf
yml
yaml
toml
ini
trx
junit
sarif
lcov
info
out
cs
csproj
sln
ts
tsx
js
jsx
mjs
py
go
rs
java
kt
rb
php
swift
c
h
cpp
sh
ps1
sql
png
jpg
svg

# The languages of a block of plain output: a log, a run's text.
[fence.output]
text
txt
plaintext
plain
log
output
console
terminal

# RL1002 (and RL1001, which leaves them to it): regimes whose compliance only an outside auditor or authority certifies.
# A report that says its own work meets one ("SOC 2: ✅ COMPLIANT", "✓ ISO 27001 alignment", "Audit logging
# (FDA-compliant)") certifies it itself. Technical standards a tool can check (OWASP, WCAG) and GDPR are claims to back
# with evidence (RL1001), not certifications.
[certification.regime]
soc 2
soc2
soc 2 type i
soc 2 type ii
iso 27001
iso/iec 27001
iso 27017
iso 27018
iso 13485
hipaa
pci dss
pci-dss
fedramp
fda
hds
secnumcloud
