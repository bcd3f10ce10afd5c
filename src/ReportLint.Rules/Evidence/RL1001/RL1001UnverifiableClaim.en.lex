# RL1001's English words (with Lexicons/en.lex, loaded when English is).

# Rates of the tests a report counts: "**Overall Pass Rate:** 100%" after "171/171 passed", "✅ Success Rate: 100%"
# under "✅ Total Tests: 25". The count of tests in the same list, table or block backs the rate.
[claim.metric.of-tests]
pass rate
success rate
test pass rate
test success rate
tests passing

# States said whole only by a figure: "100% functional", "Status: 100% operational". Not after "fully" or "all": "fully
# functional" describes a thing, it measures nothing (issue 49: labelled in three reports of three repositories).
[claim.metric.high-figure]
functional
operational

# What a dependency scanner counts (common.lex, evidence.scanner): "0 vulnerabilities" restates the scan the report
# shows ("| npm audit | 0 vulnerabilities | ✅ PASS |"), as "All tests pass" restates "171/171 passed".
[claim.scanned]
vulnerabilities
vulnerability
critical vulnerabilities
security vulnerabilities
known vulnerabilities
cves
cve

# RL1001: a measured result guaranteed ("Performance targets guaranteed", "60 FPS guaranteed"): the words that
# guarantee, and what a report guarantees as a result besides a figure or a performance metric (perf.metric).
[claim.guarantee]
guaranteed
guarantees
guaranteeing

# A form of the verb whose subject comes before it ("51 migration tests guarantee robustness"): what it guarantees
# comes after it ("guaranteeing 99% success"), a figure before it is its subject.
[claim.guarantee.active]
guarantees
guaranteeing

[claim.guarantee.object]
targets
target
results
success
reliability

# A time that sets a behaviour, not one measured: "Debouncing (300ms)", "Request timeout: 30s", "Cache TTL: 5 min". Not
# "delay", which also names a measure ("First Input Delay: 50ms").
[perf.setting]
debounce
debounced
debouncing
throttle
throttled
throttling
timeout
timeouts
time-out
ttl
interval
polling
poll interval
backoff
cooldown
expiry
expiration
retry after

# The severities a claim's noun takes after it ("Vulnerabilities critical: 0" is rare; English puts them before the
# noun, where the claim's own phrase holds them): part of the claim, quoted whole by the message (issue 49: a message
# that drops them makes the claim absolute).
[claim.severity]
critical
high
major
blocking
severe

# What joins two severities: "critical or high".
[claim.severity.joint]
or
and

# What stands between a claim of compliance and its standard: "100% compliance with GDPR".
[claim.standard.joint]
with
to
