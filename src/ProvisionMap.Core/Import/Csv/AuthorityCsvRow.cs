using CsvHelper.Configuration;

namespace ProvisionMap.Core.Import.Csv;

/// <summary>
/// One row of the local authorities file. Aliases are separated by "|".
/// </summary>
public sealed class AuthorityCsvRow
{
    public string Name { get; set; } = "";
    public string Code { get; set; } = "";
    public string OnsCode { get; set; } = "";
    public string Region { get; set; } = "";
    public string Aliases { get; set; } = "";

    public static IReadOnlyList<string> Columns { get; } = ["Name", "Code", "OnsCode", "Region", "Aliases"];
}

public sealed class AuthorityCsvRowMap : ClassMap<AuthorityCsvRow>
{
    public AuthorityCsvRowMap()
    {
        Map(row => row.Name).Name("Name");
        Map(row => row.Code).Name("Code");
        Map(row => row.OnsCode).Name("OnsCode");
        Map(row => row.Region).Name("Region");
        Map(row => row.Aliases).Name("Aliases");
    }
}
