namespace ProvisionMap.Web.Infrastructure;

internal static partial class WebLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Database ready at {DataSource}")]
    public static partial void DatabaseReady(ILogger logger, string dataSource);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "The database contains no provision; importing {File} on first start")]
    public static partial void FirstStartImport(ILogger logger, string file);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Critical, Message = "First-start import of {File} failed with {Errors} errors; the site cannot start without data")]
    public static partial void FirstStartImportFailed(ILogger logger, string file, int errors);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "The database already contains {Provisions} provisions; no import on start")]
    public static partial void ExistingData(ILogger logger, int provisions);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Unhandled exception for request {RequestId} on {Path}")]
    public static partial void UnhandledException(ILogger logger, Exception exception, string requestId, string path);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "The search index was behind the provision table and has been rebuilt")]
    public static partial void SearchIndexRebuilt(ILogger logger);
}
