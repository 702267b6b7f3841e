namespace ProvisionMap.Web.ViewModels;

public sealed record BadRequestViewModel(string Message, string RetryUrl);

public sealed record ErrorViewModel(int StatusCode, string Title, string Message, string RequestId);
