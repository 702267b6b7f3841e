using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Import.Csv;

/// <summary>
/// Header names of the provision-map CSV format, in column order.
/// </summary>
public static class ProvisionColumns
{
    public const string Map = "Map";
    public const string Section = "Section";
    public const string Subsection = "Subsection";
    public const string Service = "Service";
    public const string VirtualSchool = "Virtual School";
    public const string ProvidedFor = "Provided For";
    public const string LevelOfProvision = "Level of Provision";
    public const string ProvidedBy = "Provided By";
    public const string ProfessionalsInvolved = "Professionals Involved";
    public const string ContactDetails = "Contact Details";

    public static IReadOnlyList<string> All { get; } =
    [
        Map, Section, Subsection, Service, VirtualSchool,
        .. FocusAreaInfo.All.Select(info => info.Name),
        ProvidedFor, LevelOfProvision, ProvidedBy, ProfessionalsInvolved, ContactDetails,
    ];
}
