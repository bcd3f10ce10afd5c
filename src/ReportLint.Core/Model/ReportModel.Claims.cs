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
    public bool MayHold(ModelStatement statement, params string[] sections)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return Triggers.Of(Document).MayHold(statement.Span, sections);
    }
}
