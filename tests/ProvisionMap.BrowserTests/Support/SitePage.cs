namespace ProvisionMap.BrowserTests.Support;

/// <summary>
/// A page that the accessibility, layout and screenshot tests visit.
/// </summary>
/// <param name="Name">Short name used in test names and screenshot file names; letters, digits and hyphens.</param>
/// <param name="Path">Path and query string, relative to the site's root.</param>
/// <param name="Status">HTTP status the page is served with.</param>
public sealed record SitePage(string Name, string Path, int Status = 200)
{
    public override string ToString() => Name;
}
