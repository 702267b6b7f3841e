using System.Net;
using System.Web;
using AngleSharp.Dom;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Pages;

/// <summary>
/// Tests the facet filters of /provision and their counts against values counted by hand in data/provision-map.csv.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FacetTests(ProvisionMapFactory factory)
{
    [Fact]
    public async Task NoFilter_CountsPerValue()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision");

        Assert.Equal(34, Count(page, "focus", "educational-attainment"));
        Assert.Equal(24, Count(page, "focus", "mental-health"));
        Assert.Equal(13, Count(page, "audience", "governors"));
        Assert.Equal(23, Count(page, "level", "across-the-authority"));
        Assert.Equal(6, Count(page, "provider", "private-agency"));
        Assert.Equal(8, Count(page, "region", "south-west"));
        Assert.Equal(5, Count(page, "vs", "solihull"));
    }

    [Fact]
    public async Task TwoFocusAreas_CountsWithinResult()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?focus=mental-health&focus=attachment");

        Assert.Equal(22, page.ProvisionRows.Count);
        Assert.Equal(21, Count(page, "focus", "educational-attainment"));
        Assert.Equal(22, Count(page, "focus", "transition"));
        Assert.Equal(7, Count(page, "focus", "family-relationships"));
        Assert.Equal(6, Count(page, "audience", "governors"));
        Assert.Contains("covers all of Mental Health and Attachment", page.MainText);
        Assert.Contains("not just one of them", page.MainText);
    }

    [Fact]
    public async Task RegionAndFocus_CountsOtherFacets()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?region=south-west&focus=transition");

        Assert.Equal(6, page.ProvisionRows.Count);
        Assert.Equal(2, Count(page, "vs", "south-gloucestershire"));
        Assert.Equal(4, Count(page, "vs", "dorset"));
        Assert.Equal(0, Count(page, "vs", "sunderland"));
        Assert.Equal(1, Count(page, "vs", "enfield"));
        // The region facet leaves its own choice out, so another region's count is what choosing it too would add.
        Assert.Equal(6, Count(page, "region", "south-west"));
    }

    [Fact]
    public async Task ValuesWithinFacet_CombineWithOr()
    {
        var either = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?provider=private-agency&provider=university-or-national-expert");
        var both = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?provider=private-agency&audience=governors");

        Assert.Equal(7, either.ProvisionRows.Count);
        Assert.Equal(2, both.ProvisionRows.Count);
    }

    [Fact]
    public async Task EmptyValues_ShownGreyed()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?region=south-west&focus=transition");

        var sunderland = page.Document.QuerySelector("input[name='vs'][value='sunderland']")!;
        Assert.Contains("facet-empty", sunderland.ParentElement!.ClassList);
        var dorset = page.Document.QuerySelector("input[name='vs'][value='dorset']")!;
        Assert.DoesNotContain("facet-empty", dorset.ParentElement!.ClassList);
    }

    [Fact]
    public async Task ChosenValues_Checked()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?audience=governors&level=whole-school");

        Assert.NotNull(page.Document.QuerySelector("input[name='audience'][value='governors'][checked]"));
        Assert.NotNull(page.Document.QuerySelector("input[name='level'][value='whole-school'][checked]"));
        Assert.Null(page.Document.QuerySelector("input[name='audience'][value='senior-leaders'][checked]"));
    }

    [Fact]
    public async Task AudienceFilter_ShowsOriginalText()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?audience=independent-reviewing-officers");

        Assert.Equal(2, page.ProvisionRows.Count);
        Assert.Contains("Foster carers, SWs, DTs, IROs", page.MainText);
    }

    [Fact]
    public async Task RemoveLinks_KeepOtherFilters()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?focus=mental-health&audience=governors&region=south-west&q=training");

        var removeLinks = page.Document.QuerySelectorAll("ul.active-filters a").Select(link => link.GetAttribute("href")!).ToList();
        Assert.Equal(4, removeLinks.Count);
        Assert.Equal("/provision?audience=governors&region=south-west&q=training", removeLinks[0]);
        Assert.Equal("/provision?focus=mental-health&region=south-west&q=training", removeLinks[1]);
        Assert.Equal("/provision?focus=mental-health&audience=governors&q=training", removeLinks[2]);
        Assert.Equal("/provision?focus=mental-health&audience=governors&region=south-west", removeLinks[3]);
    }

    [Fact]
    public async Task Form_KeepsEveryActiveFilter()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?focus=attachment&provider=virtual-school&vs=dorset&q=training&summaries=hide");

        var form = page.Document.QuerySelector("form.filters")!;
        var submitted = form.QuerySelectorAll("input[checked], input[type='hidden'], input[name='q']")
            .Select(input => $"{input.GetAttribute("name")}={input.GetAttribute("value")}")
            .ToList();
        Assert.Contains("focus=attachment", submitted);
        Assert.Contains("provider=virtual-school", submitted);
        Assert.Contains("vs=dorset", submitted);
        Assert.Contains("q=training", submitted);
        Assert.Contains("summaries=hide", submitted);
    }

    [Fact]
    public async Task SummariesHidden_OnlyOwnRows()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?vs=solihull&summaries=hide");
        var only = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?summaries=only");

        Assert.Single(page.ProvisionRows);
        Assert.Equal(5, only.ProvisionRows.Count);
        Assert.Contains("Without summary rows", page.MainText);
    }

    [Theory]
    [InlineData("/provision?region=South+West", 8)]
    [InlineData("/provision?audience=Governors", 13)]
    [InlineData("/provision?vs=Solihull", 5)]
    [InlineData("/provision?focus=Mental+Health", 24)]
    public async Task NameInsteadOfSlug_Accepted(string url, int expected)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(expected, page.ProvisionRows.Count);
    }

    [Fact]
    public async Task SummaryRowsChoice_ReflectsFilter()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/provision?summaries=hide");

        Assert.NotNull(page.Document.QuerySelector("input[name='summaries'][value='hide'][checked]"));
        Assert.Null(page.Document.QuerySelector(".summary-legend"));
        Assert.Equal(43, page.ProvisionRows.Count);
    }

    [Theory]
    [InlineData("/provision?region=atlantis", "\"atlantis\" is not an English region.")]
    [InlineData("/provision?audience=wizards", "\"wizards\" is not a provided for term.")]
    [InlineData("/provision?level=galaxy", "\"galaxy\" is not a level of provision term.")]
    [InlineData("/provision?page=abc", "\"abc\" is not a page number.")]
    [InlineData("/provision?page=0", "\"0\" is not a page number.")]
    [InlineData("/provision?page=9", "There is no page 9: these filters give 1 page.")]
    [InlineData("/provision?summaries=maybe", "\"maybe\" is not a choice for summary rows.")]
    public async Task InvalidValue_BadRequestPage(string url, string message)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(message, page.MainText);
    }

    /// <summary>The count shown beside a facet value.</summary>
    private static int Count(HtmlPage page, string parameter, string value)
    {
        var input = page.Document.QuerySelector($"input[name='{parameter}'][value='{value}']")
            ?? throw new InvalidOperationException($"No {parameter} value {value} on the page.");
        var label = page.Document.QuerySelector($"label[for='{input.Id}'] .facet-count")!;
        var text = HtmlPage.TextOf(label).Trim('(', ')');
        return int.Parse(text.Split(' ')[0].TrimEnd(')'), System.Globalization.CultureInfo.InvariantCulture);
    }
}
