namespace ProvisionMap.Tests.Hardening;

/// <summary>A route the request fuzz test covers: a path, with {placeholders} for fuzzed segments, and its query parameters.</summary>
public sealed record FuzzRoute(string Path, params string[] Parameters);

/// <summary>
/// Every route of the site, for <see cref="RequestFuzzTests"/>. Add each new route here; the test fuzzes its path
/// segments and query parameters.
/// </summary>
public static class RequestFuzzRoutes
{
    public static IReadOnlyList<FuzzRoute> All { get; } =
    [
        new("/"),
        new("/provision", "focus", "audience", "level", "provider", "region", "vs", "map", "summaries", "q", "page"),
        new("/provision/{id}"),
        new("/focus/{slug}"),
        new("/virtual-schools", "name"),
        new("/virtual-schools/{slug}"),
        new("/contacts", "name", "by"),
        new("/coverage", "all"),
        new("/provision.csv", "focus", "audience", "level", "provider", "region", "vs", "map", "summaries", "q", "page"),
        new("/provision.json", "focus", "audience", "level", "provider", "region", "vs", "map", "summaries", "q", "page"),
        new("/shortlist", "id"),
        new("/api/provision", "focus", "audience", "region", "vs", "map", "summaries", "q", "page", "pageSize"),
        new("/api/provision/{id}"),
        new("/api/virtual-schools"),
        new("/api/virtual-schools/{slug}"),
        new("/api/focus-areas"),
        new("/api/sections"),
        new("/api/openreferral"),
        new("/api/openreferral/services", "search", "taxonomy_term_id", "page", "per_page"),
        new("/api/openreferral/services/{id}"),
        new("/openapi/v1.json"),
        new("/healthz"),
        new("/error/{code}"),
        new("/{unknown}/{unknown}"),
    ];
}
