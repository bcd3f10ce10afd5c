using ReportLint.Lexicons;

namespace ReportLint.Rules.Status;

/// <summary>
/// The lexicon sections only the status rules read, named once (the status rules' own files hold only their
/// analysis); the engine's sections are <see cref="LexiconSections"/>.
/// </summary>
internal static class StatusRuleSections
{
    /// <summary>RL3002: words on a line marked done that say it is not; "word =&gt; mark" is the fix's mark.</summary>
    public static readonly LexiconSection StatusContradictsMet = new("status.contradicts-met");

    /// <summary>RL3002: words that, right before a word of <see cref="StatusContradictsMet"/>, make it describe a noun ("the pending queue").</summary>
    public static readonly LexiconSection StatusContradictsMetDeterminer = new("status.contradicts-met.determiner");

    /// <summary>RL3002: words of <see cref="StatusContradictsMet"/> that hedge the state ("almost", "presque"), unless a figure follows.</summary>
    public static readonly LexiconSection StatusContradictsMetHedge = new("status.contradicts-met.hedge");

    /// <summary>RL3006: a headline that says the work is deployed.</summary>
    public static readonly LexiconSection HeadlineDeployed = new("headline.deployed");

    /// <summary>
    /// RL3006: a state that says the work is deployed only where the clause ends on it ("Now running in production.",
    /// not "wrapped in production utilities").
    /// </summary>
    public static readonly LexiconSection HeadlineDeployedState = new("headline.deployed.state");

    /// <summary>RL3006: a line that says nothing blocks.</summary>
    public static readonly LexiconSection HeadlineNothingBlocking = new("headline.nothing-blocking");

    /// <summary>RL3006: words of a later line that put a step still ahead ("next steps", "still to do").</summary>
    public static readonly LexiconSection NextStep = new("next-step");

    /// <summary>RL3006: deployment named on such a line ("deploy", "go-live").</summary>
    public static readonly LexiconSection ActionDeploy = new("action.deploy");

    /// <summary>
    /// RL3003: a next step that sets up what the work is deployed to ("Configure HTTPS", "Run database migration",
    /// "Configurer les variables d'environnement"): part of the deployment a readiness verdict announces.
    /// </summary>
    public static readonly LexiconSection ActionSetUp = new("action.set-up");

    /// <summary>RL3006: headings of what is left.</summary>
    public static readonly LexiconSection Remaining = new("remaining");

    /// <summary>RL3003: "ready" in a readiness verdict ("READY FOR DEPLOYMENT", "prêt au déploiement").</summary>
    public static readonly LexiconSection VerdictReady = new("verdict.ready");

    /// <summary>RL3003: words that say a piece of the work is not implemented.</summary>
    public static readonly LexiconSection VerdictNotImplemented = new("verdict.not-implemented");

    /// <summary>RL3003: words that say a piece of the work is a stand-in (placeholder, stub).</summary>
    public static readonly LexiconSection VerdictPlaceholder = new("verdict.placeholder");

    /// <summary>RL3003: a status value that names a state of design ("FULLY ARCHITECTED").</summary>
    public static readonly LexiconSection VerdictNotImplementedState = new("verdict.not-implemented.state");

    /// <summary>RL3003: "production" or "deployment" after "ready" in a readiness verdict.</summary>
    public static readonly LexiconSection VerdictProduction = new("verdict.production");

    /// <summary>RL3002, RL3003: words of advice against something, right after a ❌ ("❌ Don't", "❌ JAMAIS").</summary>
    public static readonly LexiconSection AdviceAgainst = new("status.advice-against");

    /// <summary>RL3002, RL3003: words that say things were removed ("Removed", "Supprimés"), in a heading or a lead-in.</summary>
    public static readonly LexiconSection Removal = new("status.removal");

    /// <summary>RL3003: a state a percentage below 100 qualifies in a readiness line ("85% functional").</summary>
    public static readonly LexiconSection ReadinessPartialState = new("readiness.partial-state");

    /// <summary>RL3003: verbs of a next step that verifies or ships the work.</summary>
    public static readonly LexiconSection VerdictVerification = new("verdict.verification");
}
