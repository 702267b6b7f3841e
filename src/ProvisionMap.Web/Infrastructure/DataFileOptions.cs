namespace ProvisionMap.Web.Infrastructure;

/// <summary>
/// Paths of the data files imported on first start, relative to the content root unless absolute.
/// </summary>
public sealed class DataFileOptions
{
    public const string SectionName = "DataFiles";

    public string ProvisionMap { get; set; } = "../../data/provision-map.csv";

    public string SectionNotes { get; set; } = "../../data/sections.csv";

    public string LocalAuthorities { get; set; } = "../../data/local-authorities.csv";

    /// <summary>Audience, level and provider terms that the free-text columns are mapped to.</summary>
    public string Vocabulary { get; set; } = "../../data/vocabulary.csv";

    /// <summary>Import the provision map when the database contains no provision yet.</summary>
    public bool ImportOnFirstStart { get; set; } = true;
}
