using System.Net;
using System.Text.Json;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Export;

[Collection(SiteCollection.Name)]
public sealed class JsonExportTests(ProvisionMapFactory factory)
{
    [Fact]
    public async Task MentalHealthJson_HoldsEveryMatchingRow()
    {
        using var response = await factory.CreateClient().GetAsync("/provision.json?focus=mental-health");
        var root = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("provision-mental-health.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(["mental-health"], root.GetProperty("filters").GetProperty("focus").EnumerateArray().Select(value => value.GetString()));
        Assert.Equal(24, root.GetProperty("count").GetInt32());
        Assert.Equal(24, root.GetProperty("provisions").GetArrayLength());
        Assert.EndsWith("Z", root.GetProperty("dataLoadedAtUtc").GetString());
        Assert.All(root.GetProperty("provisions").EnumerateArray(), provision =>
            Assert.Contains("mental-health", provision.GetProperty("focusAreas").EnumerateArray().Select(focus => focus.GetProperty("slug").GetString())));
    }

    [Fact]
    public async Task NorfolkRow_FieldByField()
    {
        var root = await ReadAsync(await factory.CreateClient().GetAsync("/provision.json?vs=norfolk"));
        var provision = root.GetProperty("provisions")[0];

        Assert.Equal(1, provision.GetProperty("id").GetInt32());
        Assert.Equal("Schools", provision.GetProperty("map").GetProperty("name").GetString());
        var section = provision.GetProperty("section");
        Assert.Equal("Direct support to schools", section.GetProperty("name").GetString());
        Assert.StartsWith("Many VS expressed the fact that their key focus was to work directly with schools", section.GetProperty("note").GetString());
        Assert.Equal("Training / CPD for schools", provision.GetProperty("subsection").GetProperty("name").GetString());
        Assert.StartsWith("Excluding training specifically for Designated Teachers", provision.GetProperty("subsection").GetProperty("note").GetString());
        Assert.Equal("Whole school training on the issues that affect looked-after children", provision.GetProperty("service").GetString());
        Assert.False(provision.GetProperty("isSummary").GetBoolean());
        Assert.Equal("Norfolk", provision.GetProperty("virtualSchoolText").GetString());
        var school = Assert.Single(provision.GetProperty("virtualSchools").EnumerateArray());
        Assert.Equal("Norfolk", school.GetProperty("name").GetString());
        Assert.Equal("926", school.GetProperty("dfeCode").GetString());
        Assert.Equal("E10000020", school.GetProperty("onsCode").GetString());
        Assert.Equal("East of England", school.GetProperty("region").GetString());
        Assert.Equal(
            ["educational-attainment", "transition", "behaviour", "mental-health", "attachment", "social-and-emotional-understanding"],
            provision.GetProperty("focusAreas").EnumerateArray().Select(focus => focus.GetProperty("slug").GetString()));
        Assert.Equal("Senior Management, SENCOs/INCOs, Class teachers and TAs", provision.GetProperty("providedFor").GetString());
        Assert.Equal("Whole school", provision.GetProperty("levelOfProvision").GetString());
        Assert.Equal("VS dircetly", provision.GetProperty("providedBy").GetString());
        Assert.Equal("VS deputy head and Advisory teachers", provision.GetProperty("professionalsInvolved").GetString());
        var contact = provision.GetProperty("contact");
        Assert.Equal("<u>tricia.ciappara@norfolk.gov.uk</u>", contact.GetProperty("text").GetString());
        Assert.Equal("tricia.ciappara@norfolk.gov.uk", contact.GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, contact.GetProperty("name").ValueKind);
        Assert.Equal("/provision/1", provision.GetProperty("url").GetString());
        Assert.Equal("/api/provision/1", provision.GetProperty("apiUrl").GetString());
        var terms = provision.GetProperty("terms").EnumerateArray()
            .Select(term => (term.GetProperty("facet").GetString(), term.GetProperty("slug").GetString(), term.GetProperty("entries").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("audience", "senior-leaders", "Senior Management"),
                ("audience", "sencos-and-inclusion-staff", "SENCOs; INCOs"),
                ("audience", "class-teachers", "Class teachers"),
                ("audience", "teaching-assistants", "TAs"),
                ("level", "whole-school", "Whole school"),
                ("provider", "virtual-school", "VS dircetly"),
            ],
            terms);
        Assert.Equal("Senior leaders", provision.GetProperty("terms")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task SummaryRow_CarriesCountsAndAuthorities()
    {
        var root = await ReadAsync(await factory.CreateClient().GetAsync("/provision.json?q=Training+specifically+for+DTs"));
        var provision = root.GetProperty("provisions").EnumerateArray()
            .Single(candidate => candidate.GetProperty("service").GetString()!.Contains("Training specifically for DTs"));

        Assert.True(provision.GetProperty("isSummary").GetBoolean());
        Assert.Equal(4, provision.GetProperty("unlistedRespondents").GetInt32());
        Assert.Equal(12, provision.GetProperty("respondentTotal").GetInt32());
        Assert.Equal(8, provision.GetProperty("virtualSchools").GetArrayLength());
        Assert.Equal(11, provision.GetProperty("focusAreas")[0].GetProperty("respondentCount").GetInt32());
        Assert.StartsWith("Training specifically for DTs was mentioned by twelve respondents", provision.GetProperty("section").GetProperty("note").GetString()
            ?? provision.GetProperty("subsection").GetProperty("note").GetString());
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
