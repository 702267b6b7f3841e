using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Import;
using ProvisionMap.Web.Infrastructure;
using ProvisionMap.Web.Queries;

var builder = WebApplication.CreateBuilder(args);

var connectionString = builder.Configuration.GetConnectionString("ProvisionMap")
    ?? throw new InvalidOperationException("The connection string \"ProvisionMap\" is missing from configuration.");
builder.Services.AddDbContext<ProvisionMapDbContext>(options =>
    options.UseSqlite(ContentPaths.ResolveSqlite(builder.Environment.ContentRootPath, connectionString)));
builder.Services.Configure<DataFileOptions>(builder.Configuration.GetSection(DataFileOptions.SectionName));
builder.Services.AddScoped<ProvisionMapImporter>();
builder.Services.AddScoped<ProvisionQueries>();
builder.Services.AddScoped<AuthorityQueries>();
builder.Services.AddControllersWithViews();

var app = builder.Build();

if (args.Length > 0 && args[0] == ImportCommand.Name)
{
    return await ImportCommand.RunAsync(app.Services, args[1..], Console.Out);
}

if (!await DatabaseStartup.InitialiseAsync(app.Services))
{
    return 1;
}

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
app.UseRouting();
app.MapStaticAssets();
app.MapControllers().WithStaticAssets();

await app.RunAsync();
return 0;

/// <summary>Entry point, public so that tests can start the site through WebApplicationFactory.</summary>
public partial class Program;
