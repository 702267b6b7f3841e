using ProvisionMap.Web.Export;

namespace ProvisionMap.Web.Api;

/// <summary>One page of a list: the items, the page number (from 1), the page size and the totals.</summary>
public sealed record PageDocument<T>(int Page, int PageSize, int TotalItems, int TotalPages, IReadOnlyList<T> Items);

/// <summary>A focus area with the number of provisions that cover it.</summary>
public sealed record FocusAreaSummaryDocument(string Slug, string Name, string ShortLabel, int ProvisionCount);

/// <summary>A section with its subsections, notes and number of provisions.</summary>
public sealed record SectionSummaryDocument(
    int Id, MapDocument Map, string Name, string Slug, string? Note, int ProvisionCount, IReadOnlyList<SubsectionDocument> Subsections);

/// <summary>A contact email address, with the name given beside it where the map gives one.</summary>
public sealed record EmailContactDocument(string? Name, string Email);

/// <summary>A virtual school that the map names, with its codes, contacts and provision counts.</summary>
public sealed record VirtualSchoolSummaryDocument(
    VirtualSchoolDocument VirtualSchool, IReadOnlyList<EmailContactDocument> Contacts, int OwnProvisionCount, int SummaryRowCount, string ProvisionUrl);

/// <summary>A virtual school with its own provision and the summary rows that name it.</summary>
public sealed record VirtualSchoolDetailDocument(
    VirtualSchoolDocument VirtualSchool, IReadOnlyList<ProvisionDocument> Provisions);
