using ReportLint.Claims;
using ReportLint.Text;

namespace ReportLint.Model;

public sealed partial class ReportModel
{
    /// <summary>
    /// The text of a span of the source for messages, as the reader sees it: accents and case kept, mojibake repaired,
    /// emphasis markers and code ticks dropped, white space collapsed.
    /// </summary>
    public DisplayText TextOf(TextSpan span) => DisplayText.Of(Document, span);

    /// <summary>
    /// Whether a phrase of any of <paramref name="sections"/> may stand in <paramref name="statement"/>: false only when
    /// none can, so a rule may skip the statement unread.
    /// </summary>
    public bool MayHold(ModelStatement statement, params ReadOnlySpan<ReportLint.Lexicons.LexiconSection> sections)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return statement.Source.MayHoldPhrase(Document, sections);
    }

    /// <summary>
    /// How the clause of <paramref name="statement"/> that holds <paramref name="span"/> (a phrase or a value) holds
    /// it: negated, modal, a question or quoted, as for a fact's <see cref="Fact.Stance"/>.
    /// </summary>
    public FactStance StanceAt(ModelStatement statement, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return StanceOf(statement, span);
    }

    /// <summary>
    /// What a value or phrase at <paramref name="span"/> of <paramref name="statement"/> stands for, from the cues of its
    /// clause and its table column, as for a fact's <see cref="Fact.Role"/>.
    /// </summary>
    public FactRole RoleAt(ModelStatement statement, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return RoleOfValue(statement, span);
    }
}
