using ReportLint.Model;

namespace ReportLint.Tests.Model;

public class SectionItemTests
{
    [Fact]
    public void The_items_under_a_section_leave_its_heading_out()
    {
        ReportModel model = ReportModelTests.ModelOf("# R\n\n## Ops ✅ 90% COMPLETE\n\n- [x] Backups\n- [ ] Runbooks\n\n## Next\n\n- [ ] Other\n");
        ModelSection ops = model.Sections.Single(s => s.Title.ToString().StartsWith("Ops", StringComparison.Ordinal));

        Assert.Equal(["Backups", "Runbooks"], model.ItemsUnder(ops).Select(i => i.Title.ToString()));
    }
}
