using ProvisionMap.Core.Text;
using ProvisionMap.Web.Queries;

namespace ProvisionMap.Web.Export;

/// <summary>Names an export file after its filters, such as "provision-mental-health.csv".</summary>
public static class ExportFileName
{
    private const int MaxLength = 80;

    public static string For(ProvisionQueryParameters parameters, string extension)
    {
        IEnumerable<string?> parts =
        [
            .. parameters.Focus, .. parameters.Audience, .. parameters.Level, .. parameters.Provider, .. parameters.Region,
            .. parameters.VirtualSchool, .. parameters.Map, parameters.Summaries, parameters.SearchText,
        ];
        var slug = string.Join('-', parts.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => MatchKey.Slugify(part!)).Distinct());
        var name = slug.Length == 0 ? "provision" : $"provision-{slug}";
        return $"{(name.Length > MaxLength ? name[..MaxLength].TrimEnd('-') : name)}.{extension}";
    }
}
