using Microsoft.Extensions.Logging;

namespace ProvisionMap.Core.Import;

internal static partial class StagedImportLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Copied the checked import into {Database} in {Milliseconds} ms")]
    public static partial void Swapped(ILogger logger, string database, long milliseconds);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Deleting {File}, left by an import process that no longer runs")]
    public static partial void AbandonedStagingFile(ILogger logger, string file);
}
