using ReportLint.Claims;
using ReportLint.Rules;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

public class QuantityScannerTests
{
    private static readonly ReportLint.Lexicons.Lexicon Lexicon = BuiltInRules.LoadLexicon();

    [Theory]
    [InlineData("7.5h", 7.5, "h", "Exact")]
    [InlineData("2 heures", 2, "h", "Exact")]
    [InlineData("30 min", 30, "min", "Exact")]
    [InlineData("1,000", 1000, "", "Exact")]
    [InlineData("1 000", 1000, "", "Exact")]
    [InlineData("7,5 h", 7.5, "h", "Exact")]
    [InlineData("12.5k req/s", 12500, "req/s", "Exact")]
    [InlineData("10K+", 10000, "", "AtLeast")]
    [InlineData("~85%", 85, "%", "Approximately")]
    [InlineData("~50+", 50, "", "AtLeast")]
    [InlineData("~3,000+ lignes", 3000, "lines", "AtLeast")]
    [InlineData("~95%+", 95, "%", "AtLeast")]
    [InlineData("<8ms", 8, "ms", "LessThan")]
    [InlineData("> 1000 req/s", 1000, "req/s", "GreaterThan")]
    [InlineData("≥ 90", 90, "", "AtLeast")]
    [InlineData("34.14 req/s", 34.14, "req/s", "Exact")]
    [InlineData("99.9%", 99.9, "%", "Exact")]
    [InlineData("$1,200", 1200, "$", "Exact")]
    [InlineData("1 200 €", 1200, "€", "Exact")]
    public void Parses_numbers_as_reports_write_them(string text, double value, string unit, string comparison)
    {
        Assert.True(QuantityScanner.TryParseWhole(text, 0, Lexicon, out Quantity q), text);
        Assert.Equal((decimal)value, q.Value);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(comparison, q.Comparison.ToString());
    }

    // Issue 48: the multipliers are the lexicon's (number.multiplier.*), not letters written in the scanner.
    [Fact]
    public void Reads_the_multipliers_of_the_lexicon_only()
    {
        var none = ReportLint.Lexicons.Lexicon.Parse("language = xx\n[unit.h]\nh\n");
        var some = ReportLint.Lexicons.Lexicon.Parse("language = xx\n[number.multiplier.1000]\nk\n[number.multiplier-capital.1000000]\nm\n");
        Assert.False(QuantityScanner.TryParseWhole("12k", 0, none, out _));
        Assert.False(QuantityScanner.TryParseWhole("3M", 0, none, out _));
        Assert.True(QuantityScanner.TryParseWhole("12k", 0, some, out Quantity k));
        Assert.True(QuantityScanner.TryParseWhole("1.5K", 0, some, out Quantity bigK));
        Assert.True(QuantityScanner.TryParseWhole("3M", 0, some, out Quantity million));
        Assert.Equal((12_000m, 1_500m, 3_000_000m), (k.Value, bigK.Value, million.Value));
        // "5m" is five minutes or metres, not five million: a capital-only multiplier.
        Assert.False(QuantityScanner.TryParseWhole("3m", 0, some, out _));
    }

    [Theory]
    [InlineData("A+", 4.3)]
    [InlineData("A", 4.0)]
    [InlineData("B-", 2.7)]
    [InlineData("F", 0)]
    public void Parses_letter_grades_standing_alone(string text, double points)
    {
        Assert.True(QuantityScanner.TryParseWhole(text, 0, Lexicon, out Quantity q));
        Assert.Equal(((decimal)points, "grade"), (q.Value, q.Unit));
    }

    [Fact]
    public void Does_not_take_letters_in_text_for_grades()
    {
        var found = new List<Quantity>();
        QuantityScanner.Scan("A team of B players scored an A+ in plan B.", 0, Lexicon, found);
        Assert.Empty(found);
        Assert.False(QuantityScanner.TryParseWhole("E", 0, Lexicon, out _));
    }

    [Theory]
    [InlineData("Clusters: [prod-us-east-1]")]
    [InlineData("COVID-19 et KEP-5504, GPT-4")]
    [InlineData("région eu-west-3")]
    public void A_number_hyphenated_to_a_word_is_part_of_a_name(string text)
    {
        var found = new List<Quantity>();
        QuantityScanner.Scan(text, 0, Lexicon, found);
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("Delta: -1", -1)]
    [InlineData("écart : −2", -2)]
    public void A_sign_after_a_space_still_reads(string text, int first)
    {
        var found = new List<Quantity>();
        QuantityScanner.Scan(text, 0, Lexicon, found);
        Assert.Equal((decimal)first, found[0].Value);
    }

    [Fact]
    public void Parses_ratios()
    {
        Assert.True(QuantityScanner.TryParseWhole("95/100", 0, Lexicon, out Quantity q));
        Assert.Equal((95m, 100m), (q.Value, q.Denominator));
    }

    [Theory]
    [InlineData("v1.2.3")]
    [InlineData("1.2.3")]
    [InlineData("2025-11-08")]
    [InlineData("555-1234")]
    [InlineData("1-2-3 ms")]
    [InlineData("10:30")]
    [InlineData("x86_64")]
    [InlineData("RL2001")]
    [InlineData("3rd")]
    public void Does_not_take_versions_dates_ranges_or_identifiers_for_quantities(string text)
    {
        var found = new List<Quantity>();
        QuantityScanner.Scan(text, 0, Lexicon, found);
        Assert.Empty(found);
    }

    // The scanner reads a range's upper end; the model joins the number before the hyphen to it ("2-4 h" is 2 to 4 h).
    [Theory]
    [InlineData("2-4 h", 4, "h", 2)]
    [InlineData("(245-420ms)", 420, "ms", 5)]
    [InlineData("**95-98%**", 98, "%", 5)]
    public void Reads_the_upper_end_of_a_hyphenated_range(string text, double value, string unit, int start)
    {
        var found = new List<Quantity>();
        QuantityScanner.Scan(text, 0, Lexicon, found);
        Quantity q = Assert.Single(found);
        Assert.Equal(((decimal)value, unit, Comparison.Exact, start), (q.Value, q.Unit, q.Comparison, q.Span.Start));
    }

    [Fact]
    public void Scans_every_quantity_of_a_line_with_its_span()
    {
        const string line = "- **Débit** : 34.14 req/s (objectif : > 1000 req/s)";
        var found = new List<Quantity>();
        QuantityScanner.Scan(line, 10, Lexicon, found);
        Assert.Equal(["34.14 req/s", "> 1000 req/s"], found.Select(q => line[(q.Span.Start - 10)..(q.Span.End - 10)]));
    }

    [Fact]
    public void Folding_through_mojibake_keeps_the_space_before_a_repaired_character()
    {
        var sequences = new List<ReportLint.Text.MojibakeSequence>();
        const string text = "252 tests âœ… done";
        ReportLint.Text.Mojibake.Find(text, 0, sequences);
        var folded = ReportLint.Lexicons.TextFolding.FoldMapped(text, 0, sequences);
        Assert.Equal("252 tests ✅ done", folded.Text);
        Assert.Equal(new ReportLint.Text.TextSpan(10, 3), folded.ToOriginal(10, 11));
    }

    [Fact]
    public void Folding_that_lengthens_the_text_maps_each_character_back()
    {
        // Every "œ" becomes two characters, so the fold outgrows the buffer it was given and the map stays exact.
        string text = "Œuvre " + string.Concat(Enumerable.Repeat("cœur ", 100));
        var folded = ReportLint.Lexicons.TextFolding.FoldMapped(text, 40);
        Assert.Equal(ReportLint.Lexicons.TextFolding.Fold(text), folded.Text);
        Assert.Equal(folded.Text.Length, folded.Starts.Length);
        Assert.Equal(folded.Text.Length, folded.Ends.Length);
        Assert.Equal("oeuvre coeur", folded.Text[..12]);
        Assert.Equal(new ReportLint.Text.TextSpan(40, 1), folded.ToOriginal(0, 2));
        Assert.Equal(new ReportLint.Text.TextSpan(47, 2), folded.ToOriginal(8, 11));
        Assert.Equal(40 + text.Length, folded.StartOf(folded.Text.Length));
    }

    [Fact]
    public void Lexicon_phrases_may_start_with_a_bracket_when_escaped()
    {
        var lexicon = ReportLint.Lexicons.Lexicon.Parse("language = xx\n[status.met]\n\\[x]\n✅\n");
        Assert.Equal(["[x]", "✅"], lexicon.Phrases("status.met").Order(StringComparer.Ordinal));
        Assert.Contains("[ ]", Lexicon.Phrases("status.pending"));
    }

    [Theory]
    [InlineData("**Priorité** Critique", "priorite critique")]
    [InlineData("Cœur ÉTÉ İstanbul Ağ", "coeur ete istanbul ag")]
    [InlineData("Tâche terminée — ✅", "tache terminee — ✅")]
    public void Folding_drops_case_accents_and_markup(string text, string folded) =>
        Assert.Equal(folded, ReportLint.Lexicons.TextFolding.Fold(text));

    [Fact]
    public void A_quantity_keeps_its_denominator_and_comparison_as_given()
    {
        var ratio = new Quantity { Value = 17m, Denominator = 29m, Comparison = Comparison.AtLeast };
        Assert.Equal(29m, ratio.Denominator);
        Assert.Equal(Comparison.AtLeast, ratio.Comparison);
        // No denominator and a denominator of zero are different quantities.
        var zero = ratio with { Denominator = 0m };
        var none = ratio with { Denominator = null };
        Assert.Equal(0m, zero.Denominator);
        Assert.Null(none.Denominator);
        Assert.NotEqual(zero, none);
        Assert.Equal(none, new Quantity { Value = 17m, Comparison = Comparison.AtLeast });
        Assert.Equal(none.GetHashCode(), new Quantity { Value = 17m, Comparison = Comparison.AtLeast }.GetHashCode());
        foreach (Comparison comparison in Enum.GetValues<Comparison>())
        {
            Assert.Equal(comparison, (ratio with { Comparison = comparison }).Comparison);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => ratio with { Comparison = (Comparison)256 });
        // The scanner's ratios and bounds read back as written ("17/29", "≥ 90").
        var found = new List<Quantity>();
        QuantityScanner.Scan("17/29 passed, ≥ 90%", 0, Lexicon, found);
        Assert.Equal([(17m, (decimal?)29m, Comparison.Exact), (90m, null, Comparison.AtLeast)], found.Select(q => (q.Value, q.Denominator, q.Comparison)));
    }

    [Fact]
    public void A_quantity_keeps_long_number_spans_odd_decimals_units_and_the_scale_of_its_denominator()
    {
        // Kept in 16 and 8 bits when they fit, in an object of their own when not: read back the same either way.
        var small = new Quantity { Value = 1m, NumberSpan = new TextSpan(7, 3), Decimals = 2, Denominator = 1.50m };
        var large = small with { NumberSpan = new TextSpan(70_000, 70_000), Decimals = 300 };
        var negative = small with { Decimals = -1 };
        Assert.Equal((new TextSpan(7, 3), 2), (small.NumberSpan, small.Decimals));
        Assert.Equal((new TextSpan(70_000, 70_000), 300, (decimal?)1.50m), (large.NumberSpan, large.Decimals, large.Denominator));
        Assert.Equal(-1, negative.Decimals);
        Assert.Equal("1.50", small.Denominator!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(small, large with { NumberSpan = new TextSpan(7, 3), Decimals = 2 });
        Assert.Equal(small.GetHashCode(), (large with { NumberSpan = new TextSpan(7, 3), Decimals = 2 }).GetHashCode());
        Assert.NotEqual(small, large);
        // A denominator of another scale is the same number, as before.
        Assert.Equal(small, small with { Denominator = 1.5m });
        // The unit and the unit as written, set in either order, alone or together, read back and compare as given.
        var hours = new Quantity { Value = 2m, Unit = "h", UnitText = " hours" };
        var swapped = new Quantity { UnitText = " hours", Value = 2m, Unit = "h" };
        Assert.Equal(("h", " hours"), (hours.Unit, hours.UnitText));
        Assert.Equal(hours, swapped);
        Assert.Equal(hours.GetHashCode(), swapped.GetHashCode());
        Assert.Equal(("h", (string?)null), (new Quantity { Unit = "h" }.Unit, new Quantity { Unit = "h" }.UnitText));
        Assert.Equal(((string?)null, " h"), (new Quantity { UnitText = " h" }.Unit, new Quantity { UnitText = " h" }.UnitText));
        Assert.NotEqual(hours, hours with { UnitText = "h" });
        Assert.Equal((string.Empty, string.Empty), ((hours with { Unit = "", UnitText = "" }).Unit, (hours with { Unit = "", UnitText = "" }).UnitText));
    }
}
