using ProvisionMap.Core.Text;

namespace ProvisionMap.Core.Domain;

/// <summary>
/// Display name, URL slug and short column label of a focus area.
/// </summary>
public sealed record FocusAreaInfo(FocusArea Area, string Name, string Slug, string ShortLabel)
{
    public static IReadOnlyList<FocusAreaInfo> All { get; } =
    [
        new(FocusArea.EducationalAttainment, "Educational Attainment", "educational-attainment", "Attain."),
        new(FocusArea.Transition, "Transition", "transition", "Trans."),
        new(FocusArea.Behaviour, "Behaviour", "behaviour", "Behav."),
        new(FocusArea.MentalHealth, "Mental Health", "mental-health", "Mental"),
        new(FocusArea.Attachment, "Attachment", "attachment", "Attach."),
        new(FocusArea.SocialAndEmotionalUnderstanding, "Social and Emotional Understanding", "social-and-emotional-understanding", "Soc./Emot."),
        new(FocusArea.PeerRelationships, "Peer Relationships", "peer-relationships", "Peer"),
        new(FocusArea.FamilyRelationships, "Family Relationships", "family-relationships", "Family"),
        new(FocusArea.PlacementStability, "Placement Stability", "placement-stability", "Placem."),
        new(FocusArea.Other, "Other", "other", "Other"),
    ];

    public static FocusAreaInfo Of(FocusArea area) => All[(int)area - 1];

    /// <summary>Finds a focus area by its slug or its name, ignoring case: "mental-health" and "Mental Health" both work.</summary>
    public static FocusAreaInfo? FindBySlug(string slugOrName)
    {
        var slug = MatchKey.Slugify(slugOrName);
        return All.FirstOrDefault(info => info.Slug == slug);
    }
}
