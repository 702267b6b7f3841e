namespace ProvisionMap.Core.Domain;

/// <summary>
/// A ticked focus area of a provision, or on a summary row the number of respondents who gave it.
/// </summary>
public class ProvisionFocus
{
    public int ProvisionId { get; set; }

    public FocusArea Area { get; set; }

    /// <summary>Respondent count on summary rows; null for a plain tick.</summary>
    public int? RespondentCount { get; set; }

    /// <summary>Free text the "Other" column gives, such as "Legal duties".</summary>
    public string? Description { get; set; }
}
