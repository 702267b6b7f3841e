namespace ProvisionMap.Core.Authorities;

/// <summary>How a piece of text was matched to an authority.</summary>
public enum AuthorityMatchKind
{
    /// <summary>The text is the authority's name, ignoring case, punctuation and council suffixes.</summary>
    Name,

    /// <summary>The text is one of the authority's aliases.</summary>
    Alias,

    /// <summary>The text is a letter or two away from the authority's name or an alias.</summary>
    NearMiss,
}

public sealed record AuthorityMatch(AuthorityRecord Authority, AuthorityMatchKind Kind, int Distance);
