using Microsoft.AspNetCore.Mvc;
using ProvisionMap.Core.Domain;

namespace ProvisionMap.Web.Queries;

/// <summary>
/// The query string of the provision list: <c>focus</c> (repeatable), <c>vs</c>, <c>q</c> and <c>map</c>.
/// </summary>
public sealed class ProvisionQueryParameters
{
    public const int MaxSearchLength = 200;

    public const int MaxSearchWords = 12;

    [FromQuery(Name = "focus")]
    public string[] Focus { get; set; } = [];

    [FromQuery(Name = "vs")]
    public string? VirtualSchool { get; set; }

    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    [FromQuery(Name = "map")]
    public string? Map { get; set; }

    public IReadOnlyList<string> FocusSlugs => Focus
        .Where(slug => !string.IsNullOrWhiteSpace(slug))
        .Select(slug => slug.Trim().ToLowerInvariant())
        .Distinct()
        .ToList();

    public string SearchText => (Search ?? "").Trim();

    /// <summary>
    /// Turns the parameters into a filter, or returns a message saying which value is invalid and what to use instead.
    /// </summary>
    public async Task<(ProvisionFilter? Filter, string? Error)> ToFilterAsync(AuthorityQueries authorities, CancellationToken cancellationToken)
    {
        var focuses = new List<FocusAreaInfo>();
        foreach (var slug in FocusSlugs)
        {
            var info = FocusAreaInfo.FindBySlug(slug);
            if (info is null)
            {
                return (null, $"\"{Shorten(slug)}\" is not a focus area. Use one of: {string.Join(", ", FocusAreaInfo.All.Select(area => area.Slug))}.");
            }

            focuses.Add(info);
        }

        LocalAuthority? authority = null;
        if (!string.IsNullOrWhiteSpace(VirtualSchool))
        {
            authority = await authorities.FindBySlugAsync(VirtualSchool.Trim().ToLowerInvariant(), cancellationToken);
            if (authority is null)
            {
                return (null, $"\"{Shorten(VirtualSchool)}\" is not a virtual school in this directory. Choose one from the list of virtual schools.");
            }
        }

        MapKindInfo? map = null;
        if (!string.IsNullOrWhiteSpace(Map))
        {
            map = MapKindInfo.Find(Map);
            if (map is null)
            {
                return (null, $"\"{Shorten(Map)}\" is not a provision map. Use one of: {string.Join(", ", MapKindInfo.All.Select(info => info.Slug))}.");
            }
        }

        if (SearchText.Length > MaxSearchLength)
        {
            return (null, $"The search text is longer than {MaxSearchLength} characters. Use a few words.");
        }

        var words = SearchText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (words.Count > MaxSearchWords)
        {
            return (null, $"The search has more than {MaxSearchWords} words. Use fewer words.");
        }

        return (new ProvisionFilter(focuses, authority, words, map), null);
    }

    /// <summary>Shortens a value quoted back in a message, so a very long parameter does not fill the page.</summary>
    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
