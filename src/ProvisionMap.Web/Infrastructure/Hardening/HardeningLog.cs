namespace ProvisionMap.Web.Infrastructure.Hardening;

internal static partial class HardeningLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "ProvisionMap started in {Environment}; database {DataSource}, read-only {ReadOnly}")]
    public static partial void Started(ILogger logger, string environment, string dataSource, bool readOnly);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "ProvisionMap stopping")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "ProvisionMap stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Debug, Message = "Rate limit reached for request {RequestId} on {Path}; retry after {Seconds} s")]
    public static partial void RateLimited(ILogger logger, string requestId, string path, int seconds);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Error, Message = "Health check failed to read the database")]
    public static partial void HealthCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information, Message = "Status {StatusCode} page for request {RequestId} on {Path}")]
    public static partial void StatusPage(ILogger logger, int statusCode, string requestId, string path);
}
