namespace ReportLint.Model;

/// <summary>What a value stands for: only actuals are claims; the others are compared with them or set aside.</summary>
public enum FactRole
{
    /// <summary>A result the report states as measured or done.</summary>
    Actual,
    /// <summary>A target or threshold the result is measured against ("target: &gt; 90", a Target column).</summary>
    Target,
    /// <summary>A goal or aim ("Objectif : viser 100 %", "the aim is…").</summary>
    Goal,
    /// <summary>The value before a change ("61% → 80%", "previously 12").</summary>
    Before,
    /// <summary>The value after a change.</summary>
    After,
    /// <summary>A projection ("Une fois déployé : 100 %", "will reach 99.9%").</summary>
    Projected,
    /// <summary>An estimate ("estimated 3 days").</summary>
    Estimate,
    /// <summary>An example ("e.g. 404", "par exemple 10 ms").</summary>
    Example,
}

/// <summary>How a statement holds what it says: a negated, modal, interrogative or quoted statement claims nothing.</summary>
[Flags]
public enum FactStance
{
    /// <summary>Asserted.</summary>
    None = 0,
    /// <summary>Negated ("no system can be 100% safe", "pas encore certifié").</summary>
    Negated = 1,
    /// <summary>Modal: possible, wanted or planned ("can", "should", "est visée").</summary>
    Modal = 2,
    /// <summary>A question.</summary>
    Question = 4,
    /// <summary>Quoted: between quotation marks, or a testimonial.</summary>
    Quoted = 8,
}
