namespace ProvisionMap.BrowserTests.Support;

/// <summary>
/// Every kind of page the site serves, with filters applied and with none. The axe, small-screen and screenshot
/// tests each run once per row, so a new page gets all three checks from one line here.
/// </summary>
public static class SitePages
{
    public static readonly IReadOnlyList<SitePage> All =
    [
        new("home", "/"),
        new("provision", "/provision"),
        new("provision-two-focus-areas", "/provision?focus=mental-health&focus=attachment"),
        new("provision-search", "/provision?q=training"),
        new("provision-virtual-school", "/provision?vs=solihull"),
        new("provision-no-match", "/provision?q=no-such-provision-anywhere"),
        new("provision-facets", "/provision?audience=governors&region=south-west"),
        new("provision-summaries-only", "/provision?summaries=only"),
        new("provision-detail", "/provision/1"),
        new("focus-area", "/focus/mental-health"),
        new("virtual-schools", "/virtual-schools"),
        new("virtual-schools-name-search", "/virtual-schools?name=Kingston"),
        new("virtual-school", "/virtual-schools/solihull"),
        new("virtual-school-with-summaries", "/virtual-schools/dorset"),
        new("virtual-school-no-provision", "/virtual-schools/camden"),
        new("contacts", "/contacts"),
        new("contacts-a-to-z", "/contacts?by=name"),
        new("contacts-name-search", "/contacts?name=kingston"),
        new("shortlist-empty", "/shortlist"),
        new("shortlist", "/shortlist?id=1&id=2"),
        new("coverage", "/coverage"),
        new("coverage-all-authorities", "/coverage?all=1"),
        new("not-found", "/no-such-page", 404),
        new("bad-filter", "/provision?focus=no-such-focus", 400),
    ];

    /// <summary>The rows of <see cref="All"/> as xunit theory data.</summary>
    public static TheoryData<SitePage> Data()
    {
        var data = new TheoryData<SitePage>();
        foreach (var page in All)
        {
            data.Add(page);
        }

        return data;
    }

    /// <summary>The rows of <see cref="All"/> at each viewport width the layout tests use, in CSS pixels.</summary>
    public static TheoryData<SitePage, int> DataAtEachWidth()
    {
        var data = new TheoryData<SitePage, int>();
        foreach (var page in All)
        {
            data.Add(page, 1280);
            data.Add(page, 375);
        }

        return data;
    }
}
