using System.Net;
using System.Text.Json;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Api;

[Collection(SiteCollection.Name)]
public sealed class ProvisionApiTests(ProvisionMapFactory factory)
{
    [Fact]
    public async Task Provision_PagesInMapOrder()
    {
        var page = await GetJsonAsync("/api/provision?page=2&pageSize=5");

        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(5, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(48, page.GetProperty("totalItems").GetInt32());
        Assert.Equal(10, page.GetProperty("totalPages").GetInt32());
        Assert.Equal([6, 7, 8, 9, 10], page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Provision_TakesPageFilters()
    {
        var page = await GetJsonAsync("/api/provision?focus=mental-health&pageSize=100");

        Assert.Equal(24, page.GetProperty("totalItems").GetInt32());
        Assert.Equal(24, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ProvisionById_ReturnsWiganRow()
    {
        var provision = await GetJsonAsync("/api/provision/40");

        Assert.Equal("Attendance and provision of support at PEP meetings", provision.GetProperty("service").GetString());
        Assert.Equal("Support with PEPs and Pupil Premium; policy updates and briefings", provision.GetProperty("section").GetProperty("name").GetString());
        var school = Assert.Single(provision.GetProperty("virtualSchools").EnumerateArray());
        Assert.Equal("359", school.GetProperty("dfeCode").GetString());
        Assert.Equal("E08000010", school.GetProperty("onsCode").GetString());
    }

    [Fact]
    public async Task VirtualSchools_ListCodesAndContacts()
    {
        var schools = (await GetJsonAsync("/api/virtual-schools")).EnumerateArray().ToList();
        var norfolk = schools.Single(school => school.GetProperty("virtualSchool").GetProperty("slug").GetString() == "norfolk");

        Assert.Equal(20, schools.Count);
        Assert.Equal("926", norfolk.GetProperty("virtualSchool").GetProperty("dfeCode").GetString());
        Assert.Equal("tricia.ciappara@norfolk.gov.uk", norfolk.GetProperty("contacts")[0].GetProperty("email").GetString());
        Assert.Equal(5, norfolk.GetProperty("ownProvisionCount").GetInt32());
        Assert.Equal(1, norfolk.GetProperty("summaryRowCount").GetInt32());
    }

    [Fact]
    public async Task VirtualSchool_ListsItsProvision()
    {
        var school = await GetJsonAsync("/api/virtual-schools/norfolk");

        Assert.Equal("Norfolk", school.GetProperty("virtualSchool").GetProperty("name").GetString());
        Assert.Equal(6, school.GetProperty("provisions").GetArrayLength());
    }

    [Fact]
    public async Task FocusAreas_ListTenWithCounts()
    {
        var areas = (await GetJsonAsync("/api/focus-areas")).EnumerateArray().ToList();

        Assert.Equal(10, areas.Count);
        Assert.Equal("mental-health", areas[3].GetProperty("slug").GetString());
        Assert.Equal(24, areas[3].GetProperty("provisionCount").GetInt32());
    }

    [Fact]
    public async Task Sections_ListWithNotesAndSubsections()
    {
        var sections = (await GetJsonAsync("/api/sections")).EnumerateArray().ToList();

        Assert.Equal(8, sections.Count);
        Assert.Equal("Direct support to schools", sections[0].GetProperty("name").GetString());
        Assert.Equal(13, sections[0].GetProperty("provisionCount").GetInt32());
        Assert.Equal(["Training / CPD for schools", "Conferences", "Casework/Support"],
            sections[0].GetProperty("subsections").EnumerateArray().Select(subsection => subsection.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("/api/provision?page=0", "page")]
    [InlineData("/api/provision?page=abc", "page")]
    [InlineData("/api/provision?pageSize=101", "pageSize")]
    [InlineData("/api/provision?focus=wellbeing", "focus")]
    [InlineData("/api/provision?vs=atlantis", "vs")]
    [InlineData("/api/provision?map=adults", "map")]
    [InlineData("/api/provision?audience=astronauts", "audience")]
    [InlineData("/api/provision?region=atlantis", "region")]
    [InlineData("/api/provision?summaries=some", "summaries")]
    public async Task BadParameter_Is400NamingIt(string url, string parameter)
    {
        using var response = await factory.CreateClient().GetAsync(url);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name {parameter}: {problem}");
    }

    [Theory]
    [InlineData("/api/provision/999")]
    [InlineData("/api/provision/not-a-number")]
    [InlineData("/api/virtual-schools/atlantis")]
    [InlineData("/api/no-such-thing")]
    public async Task UnknownId_Is404Problem(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task OpenApi_DescribesApiAndExports()
    {
        var document = await GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();

        Assert.Equal("ProvisionMap API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal(
            [
                "/api/focus-areas", "/api/openreferral", "/api/openreferral/services", "/api/openreferral/services/{id}",
                "/api/provision", "/api/provision/{id}", "/api/sections", "/api/virtual-schools", "/api/virtual-schools/{slug}",
                "/provision.csv", "/provision.json",
            ],
            paths.Order(StringComparer.Ordinal));
        var parameters = document.GetProperty("paths").GetProperty("/api/provision").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(parameter => parameter.GetProperty("name").GetString()).ToList();
        Assert.Equal(
            ["audience", "focus", "level", "map", "page", "pageSize", "provider", "q", "region", "summaries", "vs"],
            parameters.Order(StringComparer.Ordinal));
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
