using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using ProvisionMap.Web.ViewModels;

namespace ProvisionMap.Web.Controllers;

internal static class BadRequestPageExtensions
{
    /// <summary>Renders the site's 400 page with a message that names the invalid value and what to do.</summary>
    public static ViewResult BadRequestPage(this Controller controller, string message, string retryUrl) => new()
    {
        ViewName = "BadRequest",
        StatusCode = StatusCodes.Status400BadRequest,
        ViewData = new ViewDataDictionary<BadRequestViewModel>(controller.ViewData, new BadRequestViewModel(message, retryUrl)),
    };
}
