using ReportLint.Checks;
using ReportLint.Claims;
using ReportLint.Model;
using ReportLint.Text;

namespace ReportLint.Rules.Status;

// RL3003: a verdict of readiness for deployment ("READY FOR DEPLOYMENT", "Prêt pour la mise en production") says the
// deployment comes next. The step that deploys ("- [ ] Deploy to production") and the steps after it in its list
// ("- [ ] Monitor API usage", "- [ ] Collect user feedback") are what the verdict announces, not work it claims done;
// so is a next step that sets up what the work is deployed to ("## Next Steps" › "1. **Run database migration:**",
// "- Configure HTTPS"). Pending work before the deployment ("- [ ] Run migrations") and a next step that tests or
// verifies the work ("1. **Test Immediately**") still contradict it.
public sealed partial class RL3003CompleteWithPendingItems
{
    private static IReadOnlyList<NotDoneEvidence> BeforeDeployment(ReportModel model, DoneClaim claim, IReadOnlyList<NotDoneEvidence> items)
    {
        if (items.Count == 0 || !ReadyForDeployment(model, claim))
        {
            return items;
        }

        List<NotDoneEvidence>? kept = null;
        for (int i = 0; i < items.Count; i++)
        {
            if (AtOrAfterDeployment(model, items[i]) || SetsUpTheDeployment(model, items[i]))
            {
                if (kept is null)
                {
                    kept = new List<NotDoneEvidence>(items.Count);
                    for (int j = 0; j < i; j++)
                    {
                        kept.Add(items[j]);
                    }
                }

                continue;
            }

            kept?.Add(items[i]);
        }

        return kept ?? items;
    }

    // "READY FOR DEPLOYMENT", "Ready for immediate deployment", "prête pour la production": a word of readiness, then
    // within two words one of production or deployment, in the claim's words.
    private static bool ReadyForDeployment(ReportModel model, DoneClaim claim)
    {
        if (model.StatementAt(claim.Span) is not { } statement)
        {
            return false;
        }

        foreach (PhraseHit ready in statement.Find(StatusRuleSections.VerdictReady))
        {
            if (!claim.Span.Contains(ready.Span))
            {
                continue;
            }

            foreach (PhraseHit stage in statement.Find(StatusRuleSections.VerdictProduction))
            {
                if (stage.Span.Start >= ready.Span.End && stage.Span.End <= claim.Span.End &&
                    Evidence.ClaimSpans.Adjacent(statement, ready.Span.End, stage.Span.Start, 3))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // How far back along its list an item looks for the deploying step: a list of thousands of open items costs no
    // more per item than one of ten.
    private const int StageReach = 64;

    // A next step that sets up what the work is deployed to: "1. **Run database migration:**", "- Configure Stripe with
    // the pricing plans", "Configurer les variables d'environnement" (its first words, after its marks).
    private static bool SetsUpTheDeployment(ReportModel model, NotDoneEvidence item) =>
        item.Kind == NotDoneKind.ToVerify && model.StatementAt(item.Span) is { } step && step.OpensWith(StatusRuleSections.ActionSetUp, AfterLeadingMarks(step));

    // Where a step's words start, after the marks that open it ("✅ ", "[ ] ").
    private static int AfterLeadingMarks(ModelStatement step)
    {
        int from = step.Span.Start;
        foreach (StatusMark mark in step.Marks)
        {
            if (mark.Span.Start - step.Span.Start <= 4)
            {
                from = Math.Max(from, mark.Span.End);
            }
        }

        return from;
    }

    // A pending list item that deploys ("[ ] Deploy to production", "[ ] Mise en production"), or that follows one in
    // its list.
    private static bool AtOrAfterDeployment(ReportModel model, NotDoneEvidence item)
    {
        if (item.Kind != NotDoneKind.Pending || model.StatementAt(item.Span) is not { Kind: StatementKind.ListItem } statement)
        {
            return false;
        }

        object container = statement.Container;
        ModelStatement[] all = model.StatementArray;
        for (int i = statement.Index, seen = 0; i >= 0 && seen < StageReach && ReferenceEquals(all[i].Container, container); i--, seen++)
        {
            ModelStatement step = all[i];
            if (step.OpensWith(StatusRuleSections.ActionDeploy, AfterLeadingMarks(step)))
            {
                return true;
            }
        }

        return false;
    }
}
