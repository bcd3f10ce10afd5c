namespace ReportLint.IntegrationTests;

/// <summary>
/// The test classes that install this repository's packages share one <see cref="Sandbox"/>, so the solution is packed
/// once per run, not once per class.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<Sandbox>
{
    public const string Name = "packages";
}
