using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Import;
using ProvisionMap.Web.Export;
using ProvisionMap.Web.Infrastructure;
using ProvisionMap.Web.Infrastructure.Hardening;
using ProvisionMap.Web.Queries;

var command = CommandLine.Parse(args);
if (command == CommandLine.Kind.Help || command == CommandLine.Kind.Unknown)
{
    Console.WriteLine(command == CommandLine.Kind.Unknown ? $"Unknown command \"{args[0]}\"." : "ProvisionMap: a directory of Virtual School provision.");
    Console.WriteLine(CommandLine.Help);
    return command == CommandLine.Kind.Unknown ? 2 : 0;
}

var builder = WebApplication.CreateBuilder(args);

// Serves static files and their compressed copies from the build output in every environment, not only in
// Development. Without it, "dotnet run" in Production finds the fingerprinted endpoints but not the compressed
// files behind them, and returns an empty body to gzip requests. A published app has no build manifest, so
// this changes nothing there.
builder.WebHost.UseStaticWebAssets();
if (command == CommandLine.Kind.Import)
{
    // The import command prints its own report, so only errors from the framework are logged.
    builder.Logging.SetMinimumLevel(LogLevel.Error);
    builder.Logging.AddFilter("ProvisionMap.Core.Import", LogLevel.None);
}

var connectionString = builder.Configuration.GetConnectionString("ProvisionMap")
    ?? throw new InvalidOperationException("The connection string \"ProvisionMap\" is missing from configuration.");
var database = new DatabaseAccess(ContentPaths.ResolveSqlite(builder.Environment.ContentRootPath, connectionString));
builder.Services.AddSingleton(database);
builder.Services.AddDbContext<ProvisionMapDbContext>(options => options.UseSqlite(database.ConnectionString));
builder.Services.Configure<DataFileOptions>(builder.Configuration.GetSection(DataFileOptions.SectionName));
builder.Services.AddScoped<ProvisionMapImporter>();
builder.Services.AddMemoryCache(options => options.SizeLimit = DataCache.MaxEntries);
builder.Services.AddScoped<DataCache>();
builder.AddPageOutputCache();
builder.Services.AddScoped<ProvisionQueries>();
builder.Services.AddScoped<AuthorityQueries>();
builder.Services.AddScoped<FacetCounter>();
builder.Services.AddScoped<CoverageQueries>();
builder.Services.AddScoped<ProvisionDetailQueries>();
builder.Services.AddControllersWithViews();
builder.AddPageDelivery();
builder.AddExports();
builder.AddSiteHardening();

var app = builder.Build();

if (command == CommandLine.Kind.Import)
{
    return await ImportCommand.RunAsync(app.Services, args[1..], Console.Out);
}

if (!await DatabaseStartup.InitialiseAsync(app.Services))
{
    return 1;
}

app.UseSiteHardening();

var ukEnglish = new CultureInfo("en-GB");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(ukEnglish),
    SupportedCultures = [ukEnglish],
    SupportedUICultures = [ukEnglish],
});

// The site's own error page in every environment, so no user ever sees a stack trace.
app.UseExceptionHandler("/error");

app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseBenchmarkStaticCopies();
app.UseRouting();
app.UseOutputCache();
app.UseExports();
app.MapStaticAssets();
app.MapControllers().WithStaticAssets();

await app.RunAsync();
return 0;

/// <summary>Entry point, public so that tests can start the site through WebApplicationFactory.</summary>
public partial class Program;
