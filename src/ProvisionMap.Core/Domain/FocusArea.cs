namespace ProvisionMap.Core.Domain;

/// <summary>
/// A focus area of the provision map: one tick column of the printed table, in printed order.
/// </summary>
public enum FocusArea
{
    EducationalAttainment = 1,
    Transition = 2,
    Behaviour = 3,
    MentalHealth = 4,
    Attachment = 5,
    SocialAndEmotionalUnderstanding = 6,
    PeerRelationships = 7,
    FamilyRelationships = 8,
    PlacementStability = 9,
    Other = 10,
}
