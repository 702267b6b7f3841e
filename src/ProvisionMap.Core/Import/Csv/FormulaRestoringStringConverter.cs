using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace ProvisionMap.Core.Import.Csv;

/// <summary>
/// Reads text cells as CsvHelper does, then removes the apostrophe that the CSV export puts before formula-like cells.
/// </summary>
internal sealed class FormulaRestoringStringConverter : StringConverter
{
    public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
        base.ConvertFromString(text, row, memberMapData) is string cell ? FormulaCells.Restore(cell) : null;
}
