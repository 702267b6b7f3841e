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

    /// <summary>True when the address was written in angle brackets, which are removed.</summary>
    public bool HadAngleBrackets { get; init; }

    private static readonly Regex Markup = new(@"<[^<>]*>", RegexOptions.CultureInvariant);

    /// <summary>An address in angle brackets, as in "Jon Harris &lt;jon.harris@enfield.gov.uk&gt;", which is not markup.</summary>
    private static readonly Regex BracketedAddress = new(@"<\s*([^<>\s@]+@[^<>\s]+?)\s*>", RegexOptions.CultureInvariant);

    private static readonly Regex EmailCandidate = new(@"[^\s<>()\[\]""',;:]+@[^\s<>()\[\]""',;:]+", RegexOptions.CultureInvariant);

    private static readonly Regex EmailPattern = new(
        @"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$",
        RegexOptions.CultureInvariant);

    private static readonly Regex ReferenceElsewhere = new(@"\bsee\b.*\b(other|each|individual)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static ContactCell Parse(string cell)
    {
        var withoutBrackets = BracketedAddress.Replace(cell, " $1 ");
        var hadAngleBrackets = withoutBrackets != cell;
        var withoutTags = Markup.Replace(withoutBrackets, " ");
        var clean = string.Join(' ', WebUtility.HtmlDecode(withoutTags).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var hadMarkup = clean != string.Join(' ', withoutBrackets.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
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

        var name = clean[..candidate.Index].Trim(' ', '<', ':', '-', '(', ',', '"');
        return new ContactCell(clean, address.ToLowerInvariant(), name.Length > 0 ? name : null, hadMarkup, refersElsewhere, false)
        {
            EmailCount = EmailCandidate.Matches(clean).Count,
            HadAngleBrackets = hadAngleBrackets,
        };
    }

    private static bool IsValidEmail(string address) =>
        EmailPattern.IsMatch(address) && MailAddress.TryCreate(address, out var parsed) && parsed.Address == address;
}
