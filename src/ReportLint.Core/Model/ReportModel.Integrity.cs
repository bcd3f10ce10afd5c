using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Text;

namespace ReportLint.Model;

public sealed partial class ReportModel
{
    /// <summary>
    /// The mojibake of the document, in order: each mangled sequence (UTF-8 read through a single-byte code page), the
    /// text it repairs to, its code page, and whether a lost byte made the repair uncertain or impossible. Text quoted on
    /// purpose (in code, or explaining an encoding error) is left out.
    /// </summary>
    public IReadOnlyList<MojibakeSequence> Mojibake => DocumentMojibake.Of(Document).Sequences;
}
