namespace ProvisionMap.Core.Authorities;

/// <summary>
/// One row of the local authorities reference file.
/// </summary>
/// <param name="Code">The Department for Education's 3-digit LA code.</param>
/// <param name="OnsCode">The ONS (GSS) code.</param>
/// <param name="Aliases">Other forms people type, such as "Brighton &amp; Hove" or "Hull".</param>
public sealed record AuthorityRecord(string Name, int Code, string OnsCode, string Region, IReadOnlyList<string> Aliases);
