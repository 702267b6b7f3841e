using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Import.Csv;

namespace ProvisionMap.Core.Export;

/// <summary>
/// Writes provision in the import format (see <see cref="ProvisionColumns"/>): UTF-8 with a byte order mark so that
/// Excel reads "£" and "’" correctly, CRLF line ends, RFC 4180 quoting, and formula-like cells neutralised by
/// <see cref="FormulaCells"/>. Importing the output gives back the same provision, sections and authorities.
/// </summary>
public static class ProvisionCsvExporter
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>
    /// Writes the header and one row per provision, in the order given. Each provision needs its
    /// <see cref="Provision.Section"/>, <see cref="Provision.Subsection"/> and <see cref="Provision.Focuses"/> loaded.
    /// </summary>
    public static async Task WriteAsync(IEnumerable<Provision> provisions, Stream output, CancellationToken cancellationToken)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, configuration);
        csv.Context.RegisterClassMap<ProvisionCsvRowMap>();
        await csv.WriteRecordsAsync(provisions.Select(ToRow), cancellationToken);
    }

    public static ProvisionCsvRow ToRow(Provision provision)
    {
        var row = new ProvisionCsvRow
        {
            Map = MapKindInfo.Of(provision.Map).Name,
            Section = provision.Section.Name,
            Subsection = provision.Subsection?.Name ?? "",
            Service = provision.Service,
            VirtualSchool = provision.VirtualSchoolText,
            EducationalAttainment = FocusText(provision, FocusArea.EducationalAttainment),
            Transition = FocusText(provision, FocusArea.Transition),
            Behaviour = FocusText(provision, FocusArea.Behaviour),
            MentalHealth = FocusText(provision, FocusArea.MentalHealth),
            Attachment = FocusText(provision, FocusArea.Attachment),
            SocialAndEmotionalUnderstanding = FocusText(provision, FocusArea.SocialAndEmotionalUnderstanding),
            PeerRelationships = FocusText(provision, FocusArea.PeerRelationships),
            FamilyRelationships = FocusText(provision, FocusArea.FamilyRelationships),
            PlacementStability = FocusText(provision, FocusArea.PlacementStability),
            Other = FocusText(provision, FocusArea.Other),
            ProvidedFor = provision.ProvidedFor,
            LevelOfProvision = provision.LevelOfProvision,
            ProvidedBy = provision.ProvidedBy,
            ProfessionalsInvolved = provision.ProfessionalsInvolved,
            ContactDetails = provision.ContactText,
        };
        return Neutralised(row);
    }

    /// <summary>
    /// Writes a focus cell as the importer reads it: "x" for a tick, the count on a summary row, and the "Other"
    /// column's text alone or after its count, as in "1 (Legal duties)".
    /// </summary>
    private static string FocusText(Provision provision, FocusArea area)
    {
        var focus = provision.Focuses.FirstOrDefault(cell => cell.Area == area);
        return focus switch
        {
            null => "",
            { RespondentCount: null, Description: null } => "x",
            { RespondentCount: { } count, Description: null } => count.ToString(CultureInfo.InvariantCulture),
            { RespondentCount: null, Description: { } text } => text,
            { RespondentCount: { } count, Description: { } text } => $"{count.ToString(CultureInfo.InvariantCulture)} ({text})",
        };
    }

    private static ProvisionCsvRow Neutralised(ProvisionCsvRow row)
    {
        foreach (var property in typeof(ProvisionCsvRow).GetProperties().Where(property => property.PropertyType == typeof(string)))
        {
            property.SetValue(row, FormulaCells.Neutralise((string)property.GetValue(row)!));
        }

        return row;
    }
}
