using ReportLint.Analysis;
using ReportLint.Claims;
using ReportLint.Collections;
using ReportLint.Lexicons;
using ReportLint.Text;

namespace ReportLint.Model;

/// <summary>
/// Text for messages: what a reader sees (mojibake repaired, emphasis markers dropped, white space collapsed). It has
/// no offsets and no indexer: nothing can be parsed from it and mapped back into the document. Every offset a rule
/// reports comes from the model (a <see cref="TextSpan"/> of the source).
/// </summary>
public sealed class DisplayText : IEquatable<DisplayText>
{
    private readonly string _text;

    internal DisplayText(string text) => _text = text;

    /// <summary>No text.</summary>
    public static DisplayText Empty { get; } = new(string.Empty);

    /// <summary>Whether there is no text to show.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>The text, cut after <paramref name="max"/> characters with an ellipsis.</summary>
    public DisplayText Truncate(int max) => _text.Length > max ? new DisplayText(_text[..max] + "…") : this;

    /// <inheritdoc />
    public override string ToString() => _text;

    /// <inheritdoc />
    public bool Equals(DisplayText? other) => other is not null && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DisplayText);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

    // The text of a span of the source as a reader means it.
    internal static DisplayText Of(Analysis.ReportDocument document, TextSpan span) => new(Readable.Text(document, span));
}

/// <summary>
/// The prose of a piece of the source: the source characters with code spans, HTML, autolinks and the targets of
/// links and images blanked (replaced by spaces). It has the source's length, so its offsets are source offsets: a
/// <see cref="TextSpan"/> found in it is a span of the document. A view over characters the statement or heading
/// already holds: reading it allocates nothing (the <c>default</c> view is empty).
/// </summary>
public readonly struct ProseView
{
    private readonly ProseChars _chars;

    internal ProseView(TextSpan span, ProseChars chars)
    {
        if (chars.Length != span.Length)
        {
            throw new ArgumentException($"{chars.Length} characters for a span of {span.Length}", nameof(chars));
        }

        Span = span;
        _chars = chars;
    }

    /// <summary>The span of the source it covers.</summary>
    public TextSpan Span { get; }

    // The characters, index 0 at Span.Start.
    internal ReadOnlySpan<char> Chars => _chars.Chars;

    /// <summary>The prose characters of <paramref name="span"/>, a span of the source within <see cref="Span"/>.</summary>
    public ReadOnlySpan<char> this[TextSpan span]
    {
        get
        {
            if (!Span.Contains(span))
            {
                throw new ArgumentOutOfRangeException(nameof(span), span, $"outside the prose view {Span}");
            }

            return Chars.Slice(span.Start - Span.Start, span.Length);
        }
    }

    /// <inheritdoc />
    public override string ToString() => _chars.ToString();
}

/// <summary>A phrase of a lexicon section found in a folded view, located in the source.</summary>
/// <param name="Section">The lexicon section.</param>
/// <param name="Phrase">The phrase as the lexicon holds it (folded).</param>
/// <param name="Span">Where the phrase stands in the source.</param>
/// <param name="IsQuoted">Whether it stands between quotation marks ("…", “…”, « … »): quoted words mention, they do not claim.</param>
public readonly record struct PhraseHit(LexiconSection Section, string Phrase, TextSpan Span, bool IsQuoted);

/// <summary>
/// The folded view of a piece of prose: lower case, accents and emphasis dropped, mojibake read through. Its own
/// positions are never given out: every phrase it finds comes back as a <see cref="PhraseHit"/> located in the source.
/// A view over the fold its statement or heading already holds: reading it allocates nothing.
/// </summary>
public readonly struct FoldedView
{
    [ThreadStatic]
    private static List<PhraseMatch>? t_matches;

    private readonly FoldedText _folded;
    private readonly Lexicon _lexicon;
    private readonly ProseView _prose;
    private readonly Triggers? _triggers;

    // With the document's triggers, a section none of whose phrases occurs in the document is not matched at all.
    internal FoldedView(FoldedText folded, ProseView prose, Lexicon lexicon, Triggers? triggers = null)
    {
        _folded = folded;
        _prose = prose;
        _lexicon = lexicon;
        _triggers = triggers;
    }

    /// <summary>The folded text, for comparing names and keys (not for offsets: it is shorter than the source).</summary>
    public string Text => _folded.IsDefault ? string.Empty : _folded.Text;

    /// <summary>The folded characters, in place (what <see cref="Text"/> makes a string of).</summary>
    internal ReadOnlySpan<char> Chars => _folded.Chars;

    /// <summary>The span of the source it folds.</summary>
    public TextSpan Span => _prose.Span;

    internal FoldedText Folded => _folded;

    /// <summary>Whether it holds a phrase of the lexicon section <paramref name="section"/>.</summary>
    public bool Contains(LexiconSection section) =>
        !_folded.IsDefault && (_triggers is null || _triggers.MayOccur(section)) && PhraseMatcher.ContainsAny(_folded.Chars, _lexicon, section);

    /// <summary>Every phrase of <paramref name="section"/> it holds, in order, located in the source (walked with no enumerator allocated).</summary>
    public Items<PhraseHit> Find(LexiconSection section)
    {
        if (_folded.IsDefault || (_triggers is not null && !_triggers.MayOccur(section)))
        {
            return default;
        }

        // One list per thread, emptied at each call: the hits are copied out before it is reused.
        List<PhraseMatch> matches = t_matches ??= [];
        matches.Clear();
        PhraseMatcher.FindAll(_folded.Chars, _lexicon, section, matches);
        if (matches.Count == 0)
        {
            return default;
        }

        var hits = new PhraseHit[matches.Count];
        for (int i = 0; i < hits.Length; i++)
        {
            PhraseMatch m = matches[i];
            TextSpan at = _folded.ToOriginal(m.Start, m.End);
            hits[i] = new PhraseHit(m.Section, m.Phrase, at, IsQuoted(at));
        }

        return hits;
    }

    // Whether a span of the source stands between quotation marks of this prose.
    internal bool IsQuoted(TextSpan span) =>
        _prose.Span.Contains(span) && Quotation.IsQuoted(_prose.Chars, span.Start - _prose.Span.Start, span.End - _prose.Span.Start);

    /// <inheritdoc />
    public override string ToString() => Text;
}
