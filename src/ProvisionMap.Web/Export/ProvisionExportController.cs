using Microsoft.AspNetCore.Mvc;
using ProvisionMap.Core.Export;
using ProvisionMap.Web.Queries;

namespace ProvisionMap.Web.Export;

/// <summary>
/// Downloads a /provision view, with the same query string, as CSV in the import format or as JSON. Both hold every
/// matching provision, not one page.
/// </summary>
[ApiController]
public sealed class ProvisionExportController(FilteredProvisionSource source) : ControllerBase
{
    [HttpGet("/provision.csv")]
    [Produces("text/csv")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Csv([FromQuery] ProvisionQueryParameters query, CancellationToken cancellationToken)
    {
        var (ids, _, problem) = await source.FindIdsAsync(query, cancellationToken);
        if (problem is not null)
        {
            return this.FilterProblem(problem);
        }

        var provisions = await source.LoadAsync(ids!, cancellationToken);
        var buffer = new MemoryStream();
        await ProvisionCsvExporter.WriteAsync(provisions, buffer, cancellationToken);
        buffer.Position = 0;
        return File(buffer, ProvisionCsvExporter.ContentType, ExportFileName.For(query, "csv"));
    }

    [HttpGet("/provision.json")]
    [ProducesResponseType<ProvisionExportDocument>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Json([FromQuery] ProvisionQueryParameters query, CancellationToken cancellationToken)
    {
        var (ids, _, problem) = await source.FindIdsAsync(query, cancellationToken);
        if (problem is not null)
        {
            return this.FilterProblem(problem);
        }

        var provisions = await source.LoadAsync(ids!, cancellationToken);
        var document = new ProvisionExportDocument(
            new ExportFiltersDocument(query.FocusSlugs, Blank(query.VirtualSchool), Blank(query.Search), Blank(query.Map)),
            await source.DataLoadedAtAsync(cancellationToken),
            provisions.Count,
            provisions.Select(ProvisionDocument.From).ToList());
        Response.Headers.ContentDisposition = $"attachment; filename=\"{ExportFileName.For(query, "json")}\"";
        return Ok(document);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
