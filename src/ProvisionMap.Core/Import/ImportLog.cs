using Microsoft.Extensions.Logging;

namespace ProvisionMap.Core.Import;

internal static partial class ImportLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Reading provision map {File} for {Mode}")]
    public static partial void Starting(ILogger logger, string file, string mode);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Import warning at {Location}: {Detail}")]
    public static partial void Warning(ILogger logger, string location, string detail);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Import error at {Location}: {Detail}")]
    public static partial void Error(ILogger logger, string location, string detail);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Rows in section {Map}: {Section}: {Rows}")]
    public static partial void SectionRows(ILogger logger, string map, string section, int rows);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information,
        Message = "Imported {File}: {Rows} rows read, {Provisions} provisions in {Sections} sections, {Authorities} authorities named, {Warnings} warnings")]
    public static partial void Imported(ILogger logger, string file, int rows, int provisions, int sections, int authorities, int warnings);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information,
        Message = "Dry run of {File}: {Rows} rows read, {Provisions} provisions would be written, {Warnings} warnings; nothing written")]
    public static partial void DryRunFinished(ILogger logger, string file, int rows, int provisions, int warnings);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error,
        Message = "Import of {File} rejected with {Errors} errors and {Warnings} warnings; the database is unchanged")]
    public static partial void Rejected(ILogger logger, string file, int errors, int warnings);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "Writing the import of {File} to the database failed; the transaction was rolled back")]
    public static partial void WriteFailed(ILogger logger, Exception exception, string file);
}
