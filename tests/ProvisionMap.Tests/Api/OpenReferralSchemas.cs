using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Api;

/// <summary>
/// The Open Referral UK profile's schemas, loaded from Api/OpenReferralSchema with their relative references
/// resolved. Referenced schemas that the feed does not use are the schema <c>false</c>, so using one fails.
/// </summary>
public sealed class OpenReferralSchemas
{
    private static readonly Uri BaseUri = new("https://provisionmap.test/openreferral-uk/");

    private static readonly string[] UnusedReferences =
    [
        "schedule.json", "service_area.json", "service_at_location.json", "language.json", "funding.json", "cost_option.json",
        "organization_identifier.json",
    ];

    public OpenReferralSchemas()
    {
        // The profile's openapi.json sets jsonSchemaDialect to draft 2020-12, which keeps unknown keywords such as
        // "name" and "constraints" as annotations.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
        foreach (var name in UnusedReferences)
        {
            var uri = new Uri(BaseUri, name);
            options.SchemaRegistry.Register(uri, JsonSchema.FromText("false", options, uri));
        }

        foreach (var name in new[] { "taxonomy_term.json", "attribute.json", "contact.json", "organization.json" })
        {
            Load(name, options);
        }

        Service = Load("service.json", options);
        ServiceListItem = Load("service_list.json", options);
    }

    public JsonSchema Service { get; }

    public JsonSchema ServiceListItem { get; }

    public static string Folder => Path.Combine(ImportTestDatabase.RepositoryRoot, "tests", "ProvisionMap.Tests", "Api", "OpenReferralSchema");

    /// <summary>Validates with format checks on (uuid, uri, email, date-time) and returns the errors, empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? [])
            .Where(detail => detail.Errors is not null)
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} ({detail.SchemaLocation}): {error.Key}: {error.Value}"))
            .DefaultIfEmpty("invalid, with no detail")
            .ToList();
    }

    private static JsonSchema Load(string name, BuildOptions options)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name)))!.AsObject();

        // organization.json has "allOf": [], which draft 2020-12 forbids (allOf needs one subschema or more). An
        // empty allOf would accept everything, so dropping it keeps the schema's meaning.
        if (schema["allOf"] is JsonArray { Count: 0 })
        {
            schema.Remove("allOf");
        }

        return JsonSchema.FromText(schema.ToJsonString(), options, new Uri(BaseUri, name));
    }
}
