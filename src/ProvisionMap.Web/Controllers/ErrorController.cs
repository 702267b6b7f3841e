using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ProvisionMap.Web.Infrastructure;
using ProvisionMap.Web.Infrastructure.Hardening;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Controllers;

/// <summary>
/// The site's own error pages: re-executed for error status codes and for unhandled exceptions.
/// </summary>
[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("")]
    public IActionResult Exception()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (feature is null)
        {
            // Requested directly rather than re-executed for an exception, so there is no error to report.
            return Page(StatusCodes.Status404NotFound);
        }

        WebLog.UnhandledException(logger, feature.Error, RequestId, feature.Path);
        return Page(StatusCodes.Status500InternalServerError);
    }

    [Route("{code:int}")]
    public IActionResult Status(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var status = reExecuted is not null && code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        var originalPath = reExecuted?.OriginalPath ?? Request.Path.Value ?? "";
        HardeningLog.StatusPage(logger, status, RequestId, originalPath);
        return Page(status);
    }

    private ViewResult Page(int code)
    {
        var (title, message) = code switch
        {
            404 => ("Page not found", "There is no page at this address. Check the address, or start again from the home page."),
            400 => ("Bad request", "The address contains a value the site cannot use. Start again from the home page."),
            429 => ("Too many requests", "Wait a minute and try again."),
            >= 500 => ("Sorry, something went wrong", "The page could not be shown. Try again later; if it keeps happening, quote the request id below."),
            _ => ("Something went wrong", "The page could not be shown. Start again from the home page."),
        };
        Response.StatusCode = code;
        return View("Error", new ErrorViewModel(code, title, message, RequestId));
    }

    private string RequestId => RequestIds.Of(HttpContext);
}
