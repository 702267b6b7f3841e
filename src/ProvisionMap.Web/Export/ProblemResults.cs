using Microsoft.AspNetCore.Mvc;

namespace ProvisionMap.Web.Export;

/// <summary>ProblemDetails responses that name the parameter at fault, for the exports and the API.</summary>
public static class ProblemResults
{
    /// <summary>Returns a 400 ValidationProblemDetails whose <c>errors</c> key is the invalid filter parameter.</summary>
    public static ActionResult FilterProblem(this ControllerBase controller, FilterProblem problem) =>
        controller.InvalidParameter(problem.Parameter, problem.Message);

    public static ActionResult InvalidParameter(this ControllerBase controller, string parameter, string message)
    {
        controller.ModelState.AddModelError(parameter, message);
        return controller.ValidationProblem(
            detail: $"The query parameter \"{parameter}\" is invalid. {message}",
            modelStateDictionary: controller.ModelState);
    }

    public static ActionResult NotFoundProblem(this ControllerBase controller, string detail) =>
        controller.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
