namespace ProvisionMap.Web.Infrastructure;

/// <summary>Small helpers for page text.</summary>
public static class Wording
{
    /// <summary>Formats a count with its noun, such as "1 provision" or "13 provisions".</summary>
    public static string Count(int count, string singular, string plural) => $"{count} {(count == 1 ? singular : plural)}";
}
