namespace ProvisionMap.Tests.Support;

/// <summary>
/// Shares one started site among the page tests; they only read, so one first-start import serves them all.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<ProvisionMapFactory>
{
    public const string Name = "Site";
}
