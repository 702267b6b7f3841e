using Microsoft.AspNetCore.OutputCaching;

namespace ProvisionMap.Web.Infrastructure;

/// <summary>
/// Keeps the rendered HTML of the directory's pages, keyed by URL and by the latest import run, so a repeated view is
/// served with one query, for the data version, and no view rendering. An import by another process changes the key of the next request.
/// </summary>
/// <remarks>
/// Only 200 responses to GET and HEAD requests without cookies or authorisation are stored (the framework's defaults),
/// so error pages with their request ids are always rendered afresh.
/// </remarks>
public static class PageOutputCache
{
    public const string PolicyName = "pages";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static WebApplicationBuilder AddPageOutputCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(options =>
        {
            options.AddPolicy(PolicyName, policy => policy
                .Expire(Lifetime)
                .VaryByValue(async (context, cancellationToken) =>
                {
                    // The framework's key already contains the path and the query string, with repeated values sorted.
                    // The filters sort their values too, so every URL that shares a key gives the same page.
                    var version = await context.RequestServices.GetRequiredService<DataCache>().VersionAsync(cancellationToken);
                    return new KeyValuePair<string, string>("data", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }));
        });
        return builder;
    }
}
