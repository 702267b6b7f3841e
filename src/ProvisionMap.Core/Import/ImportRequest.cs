namespace ProvisionMap.Core.Import;

/// <summary>
/// The files an import reads.
/// </summary>
/// <param name="ProvisionMapPath">CSV of provision rows in the provision-map format.</param>
/// <param name="AuthoritiesPath">CSV of local authorities with codes, regions and aliases.</param>
/// <param name="SectionNotesPath">Optional CSV of the narrative notes printed under section headings.</param>
/// <param name="VocabularyPath">Optional CSV of the audience, level and provider terms; without it no terms are mapped.</param>
/// <param name="DryRun">Validate and report without writing anything.</param>
public sealed record ImportRequest(
    string ProvisionMapPath,
    string AuthoritiesPath,
    string? SectionNotesPath = null,
    bool DryRun = false,
    string? VocabularyPath = null);
