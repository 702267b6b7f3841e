using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;

namespace ProvisionMap.Web.Infrastructure.Hardening;

/// <summary>
/// Registers and adds the site's safe defaults: security headers, HSTS and HTTPS redirection outside Development,
/// rate limiting of exports and the API, the <c>/healthz</c> endpoint, one read snapshot per page, and logs of start
/// and stop.
/// </summary>
public static class SiteHardening
{
    public const string HealthPath = "/healthz";

    public static WebApplicationBuilder AddSiteHardening(this WebApplicationBuilder builder)
    {
        builder.Services.AddExportRateLimiting(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddScoped<ReadSnapshotFilter>();
        builder.Services.Configure<MvcOptions>(options => options.Filters.AddService<ReadSnapshotFilter>());
        return builder;
    }

    /// <summary>
    /// Adds the middleware and switches the site to a read-only database. Call it after the start-up import, and before
    /// the exception handler so that error pages get the headers too.
    /// </summary>
    public static WebApplication UseSiteHardening(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<DatabaseAccess>();
        database.SwitchToReadOnly();
        LogLifetime(app, database);

        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseRateLimiter();
        app.MapHealthChecks(HealthPath);
        return app;
    }

    private static void LogLifetime(WebApplication app, DatabaseAccess database)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SiteHardening).FullName!);
        var dataSource = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        app.Lifetime.ApplicationStarted.Register(() =>
            HardeningLog.Started(logger, app.Environment.EnvironmentName, dataSource, database.IsReadOnly));
        app.Lifetime.ApplicationStopping.Register(() => HardeningLog.Stopping(logger));
        app.Lifetime.ApplicationStopped.Register(() => HardeningLog.Stopped(logger));
    }
}
