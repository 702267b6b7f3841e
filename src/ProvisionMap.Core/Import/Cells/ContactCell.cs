using System.Net;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace ProvisionMap.Core.Import.Cells;

/// <summary>
/// The Contact Details cell taken apart: markup removed, the email address found and checked,
/// and the person's name written before it.
/// </summary>
public sealed record ContactCell(string CleanText, string? Email, string? Name, bool HadMarkup, bool RefersElsewhere, bool HasMalformedEmail)
{
    /// <summary>Number of email addresses in the cell; only the first is kept.</summary>
    public int EmailCount { get; init; }

    private static readonly Regex Markup = new(@"<[^<>]*>", RegexOptions.CultureInvariant);

    private static readonly Regex EmailCandidate = new(@"[^\s<>()\[\]""',;:]+@[^\s<>()\[\]""',;:]+", RegexOptions.CultureInvariant);

    private static readonly Regex EmailPattern = new(
        @"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$",
        RegexOptions.CultureInvariant);

    private static readonly Regex ReferenceElsewhere = new(@"\bsee\b.*\b(other|each|individual)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static ContactCell Parse(string cell)
    {
        var withoutTags = Markup.Replace(cell, " ");
        var clean = string.Join(' ', WebUtility.HtmlDecode(withoutTags).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var hadMarkup = clean != string.Join(' ', cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var refersElsewhere = ReferenceElsewhere.IsMatch(clean);

        var candidate = EmailCandidate.Match(clean);
        if (!candidate.Success)
        {
            return new ContactCell(clean, null, null, hadMarkup, refersElsewhere, HasMalformedEmail: clean.Contains('@'));
        }

        var address = candidate.Value.Trim('.');
        if (!IsValidEmail(address))
        {
            return new ContactCell(clean, null, null, hadMarkup, refersElsewhere, HasMalformedEmail: true);
        }

        var name = clean[..candidate.Index].Trim(' ', '<', ':', '-', '(', ',');
        return new ContactCell(clean, address.ToLowerInvariant(), name.Length > 0 ? name : null, hadMarkup, refersElsewhere, false)
        {
            EmailCount = EmailCandidate.Matches(clean).Count,
        };
    }

    private static bool IsValidEmail(string address) =>
        EmailPattern.IsMatch(address) && MailAddress.TryCreate(address, out var parsed) && parsed.Address == address;
}
