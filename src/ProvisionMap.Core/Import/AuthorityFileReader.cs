using System.Globalization;
using System.Text.RegularExpressions;
using ProvisionMap.Core.Authorities;
using ProvisionMap.Core.Import.Csv;

namespace ProvisionMap.Core.Import;

/// <summary>
/// Reads the local authorities reference file: name, DfE code, ONS code, region and aliases.
/// </summary>
public static class AuthorityFileReader
{
    private static readonly Regex OnsCode = new(@"^E(06|07|08|09|10)\d{6}$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<AuthorityRecord>? Read(string path, ImportReport report)
    {
        var table = CsvTableReader.Read<AuthorityCsvRow, AuthorityCsvRowMap>(path, AuthorityCsvRow.Columns, report);
        if (table is null)
        {
            return null;
        }

        var errorsBefore = report.ErrorCount;
        var authorities = new List<AuthorityRecord>();
        foreach (var record in table.Records)
        {
            var authority = ReadRow(table, record, report);
            if (authority is null)
            {
                continue;
            }

            if (authorities.Any(existing => existing.Code == authority.Code))
            {
                report.Error(table.FileName, record.Line, "The code is used by another authority. Codes must be unique.",
                    table.ColumnOf("Code"), "Code", record.Row.Code);
                continue;
            }

            authorities.Add(authority);
        }

        if (authorities.Count == 0 && report.ErrorCount == errorsBefore)
        {
            report.Error(table.FileName, 0, "The file lists no authorities. Add one row per local authority.");
        }

        return report.ErrorCount > errorsBefore ? null : authorities;
    }

    private static AuthorityRecord? ReadRow(CsvTable<AuthorityCsvRow> table, CsvRecord<AuthorityCsvRow> record, ImportReport report)
    {
        var row = record.Row;
        var valid = true;
        if (string.IsNullOrWhiteSpace(row.Name))
        {
            report.Error(table.FileName, record.Line, "The name is empty.", table.ColumnOf("Name"), "Name", row.Name);
            valid = false;
        }

        if (row.Code.Trim().Length != 3 || !int.TryParse(row.Code.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            report.Error(table.FileName, record.Line, "The code must be the 3-digit DfE LA code, such as 926.", table.ColumnOf("Code"), "Code", row.Code);
            code = 0;
            valid = false;
        }

        if (!OnsCode.IsMatch(row.OnsCode.Trim()))
        {
            report.Error(table.FileName, record.Line, "The ONS code must look like E10000020.", table.ColumnOf("OnsCode"), "OnsCode", row.OnsCode);
            valid = false;
        }

        if (string.IsNullOrWhiteSpace(row.Region))
        {
            report.Error(table.FileName, record.Line, "The region is empty.", table.ColumnOf("Region"), "Region", row.Region);
            valid = false;
        }

        var aliases = row.Aliases.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return valid ? new AuthorityRecord(row.Name.Trim(), code, row.OnsCode.Trim(), row.Region.Trim(), aliases) : null;
    }
}
