using CsvHelper.Configuration;

namespace ProvisionMap.Core.Import.Csv;

/// <summary>
/// One row of a provision-map CSV file, as text: one property per printed column.
/// </summary>
public sealed class ProvisionCsvRow
{
    public string Map { get; set; } = "";
    public string Section { get; set; } = "";
    public string Subsection { get; set; } = "";
    public string Service { get; set; } = "";
    public string VirtualSchool { get; set; } = "";
    public string EducationalAttainment { get; set; } = "";
    public string Transition { get; set; } = "";
    public string Behaviour { get; set; } = "";
    public string MentalHealth { get; set; } = "";
    public string Attachment { get; set; } = "";
    public string SocialAndEmotionalUnderstanding { get; set; } = "";
    public string PeerRelationships { get; set; } = "";
    public string FamilyRelationships { get; set; } = "";
    public string PlacementStability { get; set; } = "";
    public string Other { get; set; } = "";
    public string ProvidedFor { get; set; } = "";
    public string LevelOfProvision { get; set; } = "";
    public string ProvidedBy { get; set; } = "";
    public string ProfessionalsInvolved { get; set; } = "";
    public string ContactDetails { get; set; } = "";
}

/// <summary>
/// Maps the provision-map columns by their printed header names, in printed order.
/// </summary>
public sealed class ProvisionCsvRowMap : ClassMap<ProvisionCsvRow>
{
    public ProvisionCsvRowMap()
    {
        Map(row => row.Map).Name(ProvisionColumns.Map);
        Map(row => row.Section).Name(ProvisionColumns.Section);
        Map(row => row.Subsection).Name(ProvisionColumns.Subsection);
        Map(row => row.Service).Name(ProvisionColumns.Service);
        Map(row => row.VirtualSchool).Name(ProvisionColumns.VirtualSchool);
        Map(row => row.EducationalAttainment).Name("Educational Attainment");
        Map(row => row.Transition).Name("Transition");
        Map(row => row.Behaviour).Name("Behaviour");
        Map(row => row.MentalHealth).Name("Mental Health");
        Map(row => row.Attachment).Name("Attachment");
        Map(row => row.SocialAndEmotionalUnderstanding).Name("Social and Emotional Understanding");
        Map(row => row.PeerRelationships).Name("Peer Relationships");
        Map(row => row.FamilyRelationships).Name("Family Relationships");
        Map(row => row.PlacementStability).Name("Placement Stability");
        Map(row => row.Other).Name("Other");
        Map(row => row.ProvidedFor).Name(ProvisionColumns.ProvidedFor);
        Map(row => row.LevelOfProvision).Name(ProvisionColumns.LevelOfProvision);
        Map(row => row.ProvidedBy).Name(ProvisionColumns.ProvidedBy);
        Map(row => row.ProfessionalsInvolved).Name(ProvisionColumns.ProfessionalsInvolved);
        Map(row => row.ContactDetails).Name(ProvisionColumns.ContactDetails);
    }
}
