using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Api;

[Collection(SiteCollection.Name)]
public sealed class OpenReferralFeedTests(ProvisionMapFactory factory)
{
    private static readonly Lazy<OpenReferralSchemas> Schemas = new(() => new OpenReferralSchemas());

    [Fact]
    public async Task Root_NamesVersionProfileAndOpenApi()
    {
        using var response = await factory.CreateClient().GetAsync("/api/openreferral/");
        var root = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3.0", root.GetProperty("version").GetString());
        Assert.Equal("https://github.com/OpenReferralUK/uk-profile", root.GetProperty("profile").GetString());
        Assert.Equal("http://localhost/openapi/v1.json", root.GetProperty("openapi_url").GetString());
    }

    [Fact]
    public async Task Services_EveryPageValidatesAgainstProfile()
    {
        var client = factory.CreateClient();
        var ids = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            using var response = await client.GetAsync($"/api/openreferral/services?page={page}&per_page=20");
            var body = await ReadAsync(response);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(43, body.GetProperty("total_items").GetInt32());
            Assert.Equal(3, body.GetProperty("total_pages").GetInt32());
            Assert.Equal(page, body.GetProperty("page_number").GetInt32());
            Assert.Equal(page == 1, body.GetProperty("first_page").GetBoolean());
            Assert.Equal(page == 3, body.GetProperty("last_page").GetBoolean());
            Assert.False(body.GetProperty("empty").GetBoolean());
            var contents = body.GetProperty("contents").EnumerateArray().ToList();
            Assert.Equal(page == 3 ? 3 : 20, contents.Count);
            Assert.Equal(contents.Count, body.GetProperty("size").GetInt32());
            foreach (var service in contents)
            {
                Assert.Empty(OpenReferralSchemas.Errors(Schemas.Value.ServiceListItem, service));
                ids.Add(service.GetProperty("id").GetString()!);
            }
        }

        Assert.Equal(43, ids.Distinct().Count());
    }

    [Fact]
    public async Task Service_EveryServiceValidatesAgainstProfile()
    {
        var client = factory.CreateClient();
        var list = await ReadAsync(await client.GetAsync("/api/openreferral/services?per_page=100"));

        foreach (var summary in list.GetProperty("contents").EnumerateArray())
        {
            var id = summary.GetProperty("id").GetString();
            using var response = await client.GetAsync($"/api/openreferral/services/{id}");
            var service = await ReadAsync(response);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(OpenReferralSchemas.Errors(Schemas.Value.Service, service));
            AssertOnlyDeclaredProperties(service);
        }
    }

    [Theory]
    [InlineData("id", "\"42\"")]
    [InlineData("url", "null")]
    [InlineData("status", "\"open\"")]
    [InlineData("schedules", "[{\"id\": \"0e0d1f4c-4c52-4f0c-9f62-3f4d1b7e0a11\"}]")]
    public async Task Schema_RejectsBrokenService(string field, string json)
    {
        var client = factory.CreateClient();
        var list = await ReadAsync(await client.GetAsync("/api/openreferral/services?per_page=1"));
        var id = list.GetProperty("contents")[0].GetProperty("id").GetString();
        var service = JsonNode.Parse((await ReadAsync(await client.GetAsync($"/api/openreferral/services/{id}"))).GetRawText())!.AsObject();

        service[field] = JsonNode.Parse(json);
        if (json == "null")
        {
            service.Remove(field);
        }

        var broken = JsonDocument.Parse(service.ToJsonString()).RootElement;
        Assert.NotEmpty(OpenReferralSchemas.Errors(Schemas.Value.Service, broken));
    }

    [Fact]
    public async Task Service_NorfolkTrainingFieldByField()
    {
        var client = factory.CreateClient();
        var list = await ReadAsync(await client.GetAsync("/api/openreferral/services?search=whole+school+training&per_page=5"));
        var id = list.GetProperty("contents")[0].GetProperty("id").GetString();

        var service = await ReadAsync(await client.GetAsync($"/api/openreferral/services/{id}"));

        Assert.Equal("Whole school training on the issues that affect looked-after children", service.GetProperty("name").GetString());
        Assert.Equal("Whole school training on the issues that affect looked-after children. " +
            "Provided for: Senior Management, SENCOs/INCOs, Class teachers and TAs. Level of provision: Whole school. " +
            "Provided by: VS dircetly. Professionals involved: VS deputy head and Advisory teachers.",
            service.GetProperty("description").GetString());
        Assert.Equal("http://localhost/provision/1", service.GetProperty("url").GetString());
        Assert.Equal("tricia.ciappara@norfolk.gov.uk", service.GetProperty("email").GetString());
        Assert.Equal("active", service.GetProperty("status").GetString());

        var organization = service.GetProperty("organization");
        Assert.Equal(service.GetProperty("organization_id").GetString(), organization.GetProperty("id").GetString());
        Assert.Equal("Norfolk Virtual School", organization.GetProperty("name").GetString());
        Assert.Contains("DfE LA code 926, ONS code E10000020", organization.GetProperty("description").GetString());
        Assert.Equal("http://localhost/virtual-schools/norfolk", organization.GetProperty("website").GetString());

        var contact = Assert.Single(service.GetProperty("contacts").EnumerateArray());
        Assert.Equal(id, contact.GetProperty("service_id").GetString());
        Assert.Equal("tricia.ciappara@norfolk.gov.uk", contact.GetProperty("email").GetString());
        Assert.Equal("mailto:tricia.ciappara@norfolk.gov.uk", contact.GetProperty("url").GetString());

        var terms = service.GetProperty("attributes").EnumerateArray()
            .Select(attribute => (
                Type: attribute.GetProperty("link_type").GetString(),
                Taxonomy: attribute.GetProperty("taxonomy_term").GetProperty("taxonomy").GetString(),
                Term: attribute.GetProperty("taxonomy_term").GetProperty("term").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("focus_area", "ProvisionMap focus areas", "Educational Attainment"),
                ("focus_area", "ProvisionMap focus areas", "Transition"),
                ("focus_area", "ProvisionMap focus areas", "Behaviour"),
                ("focus_area", "ProvisionMap focus areas", "Mental Health"),
                ("focus_area", "ProvisionMap focus areas", "Attachment"),
                ("focus_area", "ProvisionMap focus areas", "Social and Emotional Understanding"),
                ("map", "ProvisionMap maps", "Schools"),
                ("audience", "ProvisionMap provided for", "Senior leaders"),
                ("audience", "ProvisionMap provided for", "SENCOs and inclusion staff"),
                ("audience", "ProvisionMap provided for", "Class teachers"),
                ("audience", "ProvisionMap provided for", "Teaching assistants"),
                ("level", "ProvisionMap level of provision", "Whole school"),
                ("provider", "ProvisionMap provided by", "Virtual school"),
            ],
            terms);
    }

    [Fact]
    public async Task Services_FilterByVocabularyTerm()
    {
        var client = factory.CreateClient();
        var norfolk = await ReadAsync(await client.GetAsync("/api/openreferral/services?search=whole+school+training"));
        var id = norfolk.GetProperty("contents")[0].GetProperty("id").GetString();
        var service = await ReadAsync(await client.GetAsync($"/api/openreferral/services/{id}"));
        var wholeSchool = service.GetProperty("attributes").EnumerateArray()
            .Single(attribute => attribute.GetProperty("link_type").GetString() == "level")
            .GetProperty("taxonomy_term_id").GetString();
        var expected = await ReadAsync(await client.GetAsync("/api/provision?level=whole-school&summaries=hide&pageSize=100"));

        var filtered = await ReadAsync(await client.GetAsync($"/api/openreferral/services?taxonomy_term_id={wholeSchool}&per_page=100"));

        Assert.Equal(expected.GetProperty("totalItems").GetInt32(), filtered.GetProperty("total_items").GetInt32());
        Assert.Contains(id, filtered.GetProperty("contents").EnumerateArray().Select(item => item.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Services_FilterByTaxonomyTerm()
    {
        var client = factory.CreateClient();
        var norfolk = await ReadAsync(await client.GetAsync("/api/openreferral/services?search=whole+school+training"));
        var id = norfolk.GetProperty("contents")[0].GetProperty("id").GetString();
        var service = await ReadAsync(await client.GetAsync($"/api/openreferral/services/{id}"));
        var mentalHealth = service.GetProperty("attributes").EnumerateArray()
            .Single(attribute => attribute.GetProperty("taxonomy_term").GetProperty("term").GetString() == "Mental Health")
            .GetProperty("taxonomy_term_id").GetString();

        var filtered = await ReadAsync(await client.GetAsync($"/api/openreferral/services?taxonomy_term_id={mentalHealth}&per_page=100"));

        // 24 rows cover Mental Health, and 5 of them are summary rows, which the feed leaves out.
        Assert.Equal(19, filtered.GetProperty("total_items").GetInt32());
    }

    [Theory]
    [InlineData("/api/openreferral/services?page=0", "page")]
    [InlineData("/api/openreferral/services?per_page=101", "per_page")]
    [InlineData("/api/openreferral/services?page=two", "page")]
    [InlineData("/api/openreferral/services?taxonomy_term_id=mental-health", "taxonomy_term_id")]
    [InlineData("/api/openreferral/services/42", "id")]
    public async Task Feed_BadParameterIs400NamingIt(string url, string parameter)
    {
        using var response = await factory.CreateClient().GetAsync(url);
        var problem = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name {parameter}: {problem}");
    }

    [Fact]
    public async Task Service_UnknownUuidIs404()
    {
        using var response = await factory.CreateClient().GetAsync($"/api/openreferral/services/{Guid.Empty}");
        var problem = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains(Guid.Empty.ToString(), problem.GetProperty("detail").GetString());
    }

    /// <summary>
    /// Fails on any property the profile's schema files do not declare, since they allow extra properties. The one
    /// exception is contacts[].email, HSDS 3.0's contact email, which the profile's contact schema does not list.
    /// </summary>
    private static void AssertOnlyDeclaredProperties(JsonElement service)
    {
        string[] serviceFields = ["id", "organization_id", "name", "description", "url", "email", "status", "last_modified", "organization", "contacts", "attributes"];
        Assert.All(service.EnumerateObject(), property => Assert.Contains(property.Name, serviceFields));
        Assert.All(service.GetProperty("organization").EnumerateObject(),
            property => Assert.Contains(property.Name, new[] { "id", "name", "description", "email", "website" }));
        foreach (var contact in service.GetProperty("contacts").EnumerateArray())
        {
            Assert.All(contact.EnumerateObject(), property => Assert.Contains(property.Name, new[] { "id", "service_id", "name", "email", "url" }));
        }

        foreach (var attribute in service.GetProperty("attributes").EnumerateArray())
        {
            Assert.All(attribute.EnumerateObject(),
                property => Assert.Contains(property.Name, new[] { "id", "link_id", "taxonomy_term_id", "link_type", "taxonomy_term" }));
            Assert.All(attribute.GetProperty("taxonomy_term").EnumerateObject(),
                property => Assert.Contains(property.Name, new[] { "id", "taxonomy", "taxonomy_id", "term", "term_uri" }));
        }
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var document = await JsonDocument.ParseAsync(stream);
        return document.RootElement.Clone();
    }
}
