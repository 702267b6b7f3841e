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
        var (ids, problem) = await source.FindIdsAsync(query, cancellationToken);
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
        var (ids, problem) = await source.FindIdsAsync(query, cancellationToken);
        if (problem is not null)
        {
            return this.FilterProblem(problem);
        }

        var provisions = await source.LoadDocumentsAsync(ids!, cancellationToken);
        var filters = Request.Query
            .Where(pair => pair.Key != "page")
            .ToDictionary(pair => pair.Key, pair => pair.Value.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value!).ToArray());
        var document = new ProvisionExportDocument(filters, await source.DataLoadedAtAsync(cancellationToken), provisions.Count, provisions);
        Response.Headers.ContentDisposition = $"attachment; filename=\"{ExportFileName.For(query, "json")}\"";
        return Ok(document);
    }
}
