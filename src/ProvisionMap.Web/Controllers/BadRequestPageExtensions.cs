using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using ProvisionMap.Web.Infrastructure.Hardening;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Controllers;

internal static class BadRequestPageExtensions
{
    /// <summary>Renders the site's 400 page with a message that names the invalid value and what to do.</summary>
    public static ViewResult BadRequestPage(this Controller controller, string message, string retryUrl)
    {
        var context = controller.HttpContext;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BadRequestPageExtensions).FullName!);
        HardeningLog.StatusPage(logger, StatusCodes.Status400BadRequest, RequestIds.Of(context), context.Request.Path.Value ?? "");
        return new ViewResult
        {
            ViewName = "BadRequest",
            StatusCode = StatusCodes.Status400BadRequest,
            ViewData = new ViewDataDictionary<BadRequestViewModel>(controller.ViewData, new BadRequestViewModel(message, retryUrl)),
        };
    }
}
