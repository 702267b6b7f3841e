namespace ProvisionMap.Web.Api;

/// <summary>Limits of the <c>page</c> and <c>pageSize</c> query parameters of the API's lists.</summary>
public static class PagingParameters
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    /// <summary>Returns the invalid parameter and its message, or null when both values are usable.</summary>
    public static (string Parameter, string Message)? Check(int page, int pageSize, string pageSizeName = "pageSize")
    {
        if (page < 1)
        {
            return ("page", $"page must be 1 or more; it was {page}.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return (pageSizeName, $"{pageSizeName} must be from 1 to {MaxPageSize}; it was {pageSize}.");
        }

        return null;
    }

    public static int TotalPages(int totalItems, int pageSize) => (totalItems + pageSize - 1) / pageSize;
}
