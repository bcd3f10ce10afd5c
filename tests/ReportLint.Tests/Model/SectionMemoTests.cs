using ReportLint.Model;

namespace ReportLint.Tests.Model;

/// <summary>
/// A rule's yes-or-no per section: each section has its place in the model's list, and a memo keeps one answer per
/// section of its own model, none for a section it was not given.
/// </summary>
public class SectionMemoTests
{
    private const string Report = "# Rapport de sprint 4\n\n## Fait\n\n- ✅ Connexion\n\n### Détails\n\n## Next steps\n\n- Export\n";

    [Fact]
    public void Each_section_knows_its_place_in_document_order()
    {
        ReportModel model = ReportModelTests.ModelOf(Report);

        Assert.Equal(["Rapport de sprint 4|0", "Fait|1", "Détails|2", "Next steps|3"],
            model.Sections.Select(s => $"{s.Title}|{s.Index}"));
    }

    [Fact]
    public void Keeps_one_answer_per_section_and_none_for_the_others()
    {
        ReportModel model = ReportModelTests.ModelOf(Report);
        var memo = new SectionMemo(model);

        Assert.False(memo.TryGet(model.Sections[1], out _));
        Assert.True(memo.Set(model.Sections[1], true));
        Assert.False(memo.Set(model.Sections[3], false));

        Assert.Equal(["-", "yes", "-", "no"],
            model.Sections.Select(s => memo.TryGet(s, out bool answer) ? (answer ? "yes" : "no") : "-"));
    }

    [Fact]
    public void Refuses_a_section_of_another_model()
    {
        var memo = new SectionMemo(ReportModelTests.ModelOf(Report));
        ModelSection other = ReportModelTests.ModelOf(Report).Sections[2];

        var error = Assert.Throws<ArgumentException>(() => memo.TryGet(other, out _));
        Assert.StartsWith("The section is not one of this memo's model.", error.Message);
    }
}
