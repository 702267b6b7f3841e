using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace ProvisionMap.Web.Export;

/// <summary>
/// Registers the exports, the JSON API, the Open Referral feed, the OpenAPI document and the shortlist.
/// </summary>
public static class ExportSetup
{
    /// <summary>Where <c>MapOpenApi</c> serves the document by default, for the default document name "v1".</summary>
    public const string OpenApiPath = "/openapi/v1.json";

    public static WebApplicationBuilder AddExports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<FilteredProvisionSource>();
        builder.Services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath is { } path
                && (path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("provision.", StringComparison.Ordinal));
            // Read-only properties of a bound class, such as ProvisionQueryParameters.FocusSlugs, are not query parameters.
            options.AddOperationTransformer((operation, context, _) =>
            {
                var readOnly = context.Description.ParameterDescriptions
                    .Where(parameter => parameter.ModelMetadata is { MetadataKind: ModelMetadataKind.Property, IsReadOnly: true })
                    .Select(parameter => parameter.Name)
                    .ToHashSet(StringComparer.Ordinal);
                var parameters = operation.Parameters ?? [];
                foreach (var parameter in parameters.Where(parameter => parameter.Name is not null && readOnly.Contains(parameter.Name)).ToList())
                {
                    parameters.Remove(parameter);
                }

                return Task.CompletedTask;
            });
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "ProvisionMap API";
                document.Info.Description = "Read-only JSON API of the Virtual School provision directory, its CSV and JSON exports, " +
                    "and an Open Referral UK feed under /api/openreferral.";
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>
    /// Maps the OpenAPI document and makes every error under /api a ProblemDetails body rather than the site's HTML
    /// error page. Call after UseRouting.
    /// </summary>
    public static WebApplication UseExports(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                await next(context);
                return;
            }

            var statusCodePages = context.Features.Get<IStatusCodePagesFeature>();
            if (statusCodePages is not null)
            {
                statusCodePages.Enabled = false;
            }

            await next(context);
            if (context.Response is { StatusCode: >= 400, HasStarted: false, ContentLength: null, ContentType: null })
            {
                await Results.Problem(
                    statusCode: context.Response.StatusCode,
                    detail: context.Response.StatusCode == StatusCodes.Status404NotFound
                        ? $"There is nothing at {context.Request.Path}. The API's paths are listed in {OpenApiPath}."
                        : null).ExecuteAsync(context);
            }
        });
        app.MapOpenApi();
        return app;
    }
}
