using ProvisionMap.Core.Authorities;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Import.Cells;
using ProvisionMap.Core.Import.Csv;
using ProvisionMap.Core.Text;

namespace ProvisionMap.Core.Import;

/// <summary>
/// Checks each provision row and turns it into a <see cref="ValidatedProvision"/>, reporting every problem
/// with its line, column and value. Cleaning the map's own slips (misspelt authorities, markup around
/// emails, a missing authority) is reported as a warning so that each correction can be seen.
/// </summary>
public sealed class ProvisionRowValidator(AuthorityDirectory directory, CsvTable<ProvisionCsvRow> table, ImportReport report)
{
    private readonly Dictionary<string, int> _firstLineByRowKey = new(StringComparer.Ordinal);

    public ValidatedProvision? Validate(CsvRecord<ProvisionCsvRow> record)
    {
        var row = record.Row;
        var errorsBefore = report.ErrorCount;

        var map = ValidateMap(record);
        var section = Required(record, ProvisionColumns.Section, row.Section);
        var service = Required(record, ProvisionColumns.Service, row.Service);
        var focuses = ValidateFocuses(record);
        var contact = ValidateContact(record);
        var authorities = ValidateVirtualSchool(record, contact);

        if (report.ErrorCount > errorsBefore || map is null || contact is null || authorities is null)
        {
            return null;
        }

        var isSummary = focuses.Any(focus => focus.RespondentCount is not null)
            || authorities.Value.Named.Count > 1
            || authorities.Value.Unlisted > 0
            || (contact.Email is null && contact.RefersElsewhere);
        var hasCounts = focuses.Any(focus => focus.RespondentCount is not null);
        if (hasCounts && focuses.Any(focus => focus.RespondentCount is null && focus.Description is null))
        {
            report.Error(table.FileName, record.Line, "The row mixes ticks with respondent counts. " +
                "Use counts in every focus cell of a summary row, or ticks in every focus cell of a single provision.");
            return null;
        }

        if (hasCounts && authorities.Value.Named.Count == 1 && authorities.Value.Unlisted == 0)
        {
            report.Warning(table.FileName, record.Line, "The focus cells give respondent counts but the row names one authority; " +
                "it is read as a summary row. Use x for the focus areas of a single provision.");
        }

        WarnIfRepeated(record, map.Value, authorities.Value.Named);
        return new ValidatedProvision(
            record.Line, map.Value, section, NullIfEmpty(row.Subsection), service, row.VirtualSchool.Trim(),
            authorities.Value.Named, authorities.Value.Unlisted, isSummary, focuses,
            row.ProvidedFor.Trim(), row.LevelOfProvision.Trim(), row.ProvidedBy.Trim(), row.ProfessionalsInvolved.Trim(),
            row.ContactDetails.Trim(), contact.Name, contact.Email);
    }

    private MapKind? ValidateMap(CsvRecord<ProvisionCsvRow> record)
    {
        var map = MapKindInfo.Find(record.Row.Map);
        if (map is null)
        {
            ErrorAt(record, ProvisionColumns.Map, record.Row.Map,
                $"Unknown map. Use one of: {string.Join(", ", MapKindInfo.All.Select(info => info.Name))}.");
        }

        return map?.Kind;
    }

    private string Required(CsvRecord<ProvisionCsvRow> record, string column, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ErrorAt(record, column, value, $"{column} is empty. Every row needs one.");
        }

        return value.Trim();
    }

    private List<ProvisionFocus> ValidateFocuses(CsvRecord<ProvisionCsvRow> record)
    {
        var focuses = new List<ProvisionFocus>();
        foreach (var info in FocusAreaInfo.All)
        {
            var cell = FocusCellOf(record.Row, info.Area);
            var parsed = FocusCell.Parse(cell, allowsText: info.Area == FocusArea.Other);
            if (parsed is null)
            {
                ErrorAt(record, info.Name, cell, "Invalid focus value. Leave the cell empty for no, " +
                    "write x, ✓ or yes for yes, or a whole number for a count of respondents on a summary row.");
            }
            else if (parsed.IsSet)
            {
                focuses.Add(new ProvisionFocus { Area = info.Area, RespondentCount = parsed.RespondentCount, Description = parsed.Description });
            }
        }

        return focuses;
    }

    private ContactCell? ValidateContact(CsvRecord<ProvisionCsvRow> record)
    {
        var text = record.Row.ContactDetails;
        var contact = ContactCell.Parse(text);
        if (contact.HasMalformedEmail)
        {
            ErrorAt(record, ProvisionColumns.ContactDetails, text, "The email address is not valid. Correct it to the form name@council.gov.uk.");
            return null;
        }

        if (contact.Email is null && !contact.RefersElsewhere)
        {
            ErrorAt(record, ProvisionColumns.ContactDetails, text, "The contact has no email address. Give one, or on a summary row " +
                "write \"see other sections for individual emails\".");
            return null;
        }

        if (contact.EmailCount > 1)
        {
            WarningAt(record, ProvisionColumns.ContactDetails, text, $"The contact details give {contact.EmailCount} email addresses; only the first, {contact.Email}, is kept.");
        }

        if (contact.HadAngleBrackets)
        {
            WarningAt(record, ProvisionColumns.ContactDetails, text,
                $"The email address is in angle brackets; it is read as {contact.Email}{(contact.Name is null ? "" : $", for {contact.Name}")}.");
        }

        if (contact.HadMarkup)
        {
            WarningAt(record, ProvisionColumns.ContactDetails, text, $"Markup removed from the contact details, leaving \"{contact.CleanText}\".");
        }

        return contact;
    }

    private (List<AuthorityRecord> Named, int Unlisted)? ValidateVirtualSchool(CsvRecord<ProvisionCsvRow> record, ContactCell? contact)
    {
        var text = record.Row.VirtualSchool;
        var cell = VirtualSchoolCell.Parse(text, directory);
        foreach (var unknown in cell.Unknown)
        {
            var suggestion = directory.Search(unknown).FirstOrDefault();
            var hint = suggestion is null ? "" : $" Did you mean {suggestion.Name}?";
            ErrorAt(record, ProvisionColumns.VirtualSchool, unknown,
                $"Unknown authority.{hint} Correct the spelling, or add the spelling as an alias in local-authorities.csv.");
        }

        if (cell.IsEmpty)
        {
            return AuthorityFromEmail(record, contact);
        }

        var named = new List<AuthorityRecord>();
        foreach (var (itemText, match) in cell.Authorities)
        {
            if (match.Kind == AuthorityMatchKind.NearMiss)
            {
                WarningAt(record, ProvisionColumns.VirtualSchool, itemText,
                    $"Read as {match.Authority.Name}, the closest authority name ({match.Distance} {(match.Distance == 1 ? "letter" : "letters")} different). Correct the spelling in the file.");
            }

            if (named.Any(authority => authority.Code == match.Authority.Code))
            {
                WarningAt(record, ProvisionColumns.VirtualSchool, itemText, $"{match.Authority.Name} is listed more than once; it is counted once.");
                continue;
            }

            named.Add(match.Authority);
            ProvisionMapImporter.GetOrAdd(report.Authorities, match.Authority.Name).Add(itemText);
        }

        return (named, cell.UnlistedRespondents);
    }

    private (List<AuthorityRecord>, int)? AuthorityFromEmail(CsvRecord<ProvisionCsvRow> record, ContactCell? contact)
    {
        var domain = contact?.Email?.Split('@')[1];
        var authority = domain is null ? null : directory.FindByEmailDomain(domain);
        if (authority is null)
        {
            ErrorAt(record, ProvisionColumns.VirtualSchool, record.Row.VirtualSchool,
                "The Virtual School is empty and the contact email does not identify an authority. Name the authority.");
            return null;
        }

        WarningAt(record, ProvisionColumns.VirtualSchool, record.Row.VirtualSchool,
            $"The Virtual School is empty; {authority.Name} is taken from the contact email's domain ({domain}).");
        ProvisionMapImporter.GetOrAdd(report.Authorities, authority.Name).Add($"(empty; from {domain})");
        return ([authority], 0);
    }

    private void WarnIfRepeated(CsvRecord<ProvisionCsvRow> record, MapKind map, List<AuthorityRecord> authorities)
    {
        var row = record.Row;
        // Sections are left out of the key: the printed map repeats a row across a page break under another heading.
        var key = string.Join('|', map, MatchKey.Compact(row.Service), string.Join(',', authorities.Select(authority => authority.Code)));
        if (_firstLineByRowKey.TryGetValue(key, out var firstLine))
        {
            WarningAt(record, ProvisionColumns.Service, row.Service, $"The row repeats line {firstLine}; both are kept.");
            return;
        }

        _firstLineByRowKey[key] = record.Line;
    }

    private static string FocusCellOf(ProvisionCsvRow row, FocusArea area) => area switch
    {
        FocusArea.EducationalAttainment => row.EducationalAttainment,
        FocusArea.Transition => row.Transition,
        FocusArea.Behaviour => row.Behaviour,
        FocusArea.MentalHealth => row.MentalHealth,
        FocusArea.Attachment => row.Attachment,
        FocusArea.SocialAndEmotionalUnderstanding => row.SocialAndEmotionalUnderstanding,
        FocusArea.PeerRelationships => row.PeerRelationships,
        FocusArea.FamilyRelationships => row.FamilyRelationships,
        FocusArea.PlacementStability => row.PlacementStability,
        FocusArea.Other => row.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Unknown focus area."),
    };

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private void ErrorAt(CsvRecord<ProvisionCsvRow> record, string column, string value, string message) =>
        report.Error(table.FileName, record.Line, message, table.ColumnOf(column), column, value);

    private void WarningAt(CsvRecord<ProvisionCsvRow> record, string column, string value, string message) =>
        report.Warning(table.FileName, record.Line, message, table.ColumnOf(column), column, value);
}
