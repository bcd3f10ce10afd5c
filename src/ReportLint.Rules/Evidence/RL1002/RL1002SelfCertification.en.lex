# RL1002's English words (with Lexicons/en.lex, loaded when English is).

# RL1002: the words that, right beside a regime of certification.regime, say the work meets it ("SOC 2 compliant",
# "GDPR/HIPAA Compatible", "ISO 27001 alignment").
[certification.meets]
compliant
conformant
compatible
certified
aligned
alignment
