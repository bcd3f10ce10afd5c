using ReportLint.Lexicons;

namespace ReportLint.Model;

public sealed partial class ReportModel
{
    /// <summary>
    /// A word or name folded as lexicon phrases and metric keys are (lower case, accents dropped: "Configurés" gives
    /// "configures"), from a table for Latin letters: the same under invariant globalization, where
    /// <see cref="string.Normalize()"/> leaves accents in place.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextFolding.Fold(text);
    }
}
