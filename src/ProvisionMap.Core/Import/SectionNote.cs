using ProvisionMap.Core.Domain;

namespace ProvisionMap.Core.Import;

/// <summary>
/// The narrative printed under a section heading, or under a subsection heading when <see cref="Subsection"/> is set.
/// </summary>
public sealed record SectionNote(int Line, MapKind Map, string Section, string? Subsection, string Note);
