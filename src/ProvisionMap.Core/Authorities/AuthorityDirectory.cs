using ProvisionMap.Core.Text;

namespace ProvisionMap.Core.Authorities;

/// <summary>
/// Finds local authorities from the names, misspellings and email domains found in provision maps and typed by users.
/// </summary>
public sealed class AuthorityDirectory
{
    private static readonly string[] LeadingWords = ["the ", "london borough of ", "royal borough of ", "borough of "];

    private static readonly string[] TrailingWords =
    [
        " metropolitan borough council", " metropolitan district council", " county council", " city council",
        " borough council", " district council", " council", " virtual school", " vs",
    ];

    // Compass abbreviations that people type in names, such as "Bath and NE Somerset".
    private static readonly Dictionary<string, string> CompassWords = new(StringComparer.Ordinal)
    {
        ["ne"] = "north east", ["nw"] = "north west", ["se"] = "south east", ["sw"] = "south west",
    };

    // Council suffixes seen in email domains, such as "dorsetcc" and "wiganmbc".
    private static readonly string[] DomainSuffixes = ["council", "mbc", "cc", "bc"];

    private readonly List<(string Key, AuthorityRecord Authority, AuthorityMatchKind Kind)> _keys = [];

    public AuthorityDirectory(IEnumerable<AuthorityRecord> authorities)
    {
        Authorities = authorities.ToList();
        foreach (var authority in Authorities)
        {
            _keys.Add((Key(authority.Name), authority, AuthorityMatchKind.Name));
            foreach (var alias in authority.Aliases)
            {
                _keys.Add((Key(alias), authority, AuthorityMatchKind.Alias));
            }
        }
    }

    public IReadOnlyList<AuthorityRecord> Authorities { get; }

    /// <summary>
    /// Builds the comparison key of an authority name: <see cref="MatchKey.Normalise"/> without council words
    /// such as "London Borough of" or "County Council".
    /// </summary>
    public static string Key(string text)
    {
        var key = MatchKey.Normalise(text);
        foreach (var word in LeadingWords.Where(word => key.StartsWith(word, StringComparison.Ordinal)))
        {
            key = key[word.Length..];
        }

        foreach (var word in TrailingWords.Where(word => key.EndsWith(word, StringComparison.Ordinal)))
        {
            key = key[..^word.Length];
        }

        return string.Join(' ', key.Trim().Split(' ').Select(word => CompassWords.GetValueOrDefault(word, word)));
    }

    /// <summary>Finds the authority whose name or alias equals the text once both are normalised.</summary>
    public AuthorityMatch? FindExact(string text)
    {
        var key = Key(text);
        var hit = _keys.FirstOrDefault(entry => entry.Key == key);
        return hit.Authority is null ? null : new AuthorityMatch(hit.Authority, hit.Kind, 0);
    }

    /// <summary>
    /// Finds the authority for a name, accepting a near miss of one or two letters when exactly one authority is
    /// that close. Returns null when nothing matches or two authorities are equally close.
    /// </summary>
    public AuthorityMatch? Resolve(string text)
    {
        var exact = FindExact(text);
        if (exact is not null)
        {
            return exact;
        }

        var nearest = NearMisses(Key(text)).ToList();
        if (nearest.Count == 0)
        {
            return null;
        }

        var best = nearest.Min(candidate => candidate.Distance);
        var closest = nearest.Where(candidate => candidate.Distance == best)
            .DistinctBy(candidate => candidate.Authority.Code)
            .ToList();
        return closest.Count == 1 ? closest[0] : null;
    }

    /// <summary>
    /// Lists the authorities that a search box text may mean, best first, each once: an exact name or alias, then
    /// names that start with the text, then near misses by distance, then names that contain the text.
    /// A region name, such as "South West", lists that region's authorities by name.
    /// </summary>
    public IReadOnlyList<AuthorityRecord> Search(string text)
    {
        var key = Key(text);
        if (key.Length == 0)
        {
            return [];
        }

        var exact = FindExact(text);
        if (exact is not null)
        {
            return [exact.Authority];
        }

        var region = Authorities.Where(authority => MatchKey.Normalise(authority.Region) == key).ToList();
        if (region.Count > 0)
        {
            return region.OrderBy(authority => authority.Name, StringComparer.OrdinalIgnoreCase).ToList();
        }

        var starting = _keys.Where(entry => entry.Key.StartsWith(key, StringComparison.Ordinal)).Select(entry => entry.Authority);
        var near = NearMisses(key).OrderBy(candidate => candidate.Distance).Select(candidate => candidate.Authority);
        var wordwise = _keys.Where(entry => WordsStartWith(entry.Key, key)).Select(entry => entry.Authority);
        var containing = _keys.Where(entry => entry.Key.Contains(key, StringComparison.Ordinal)).Select(entry => entry.Authority);
        return starting.Concat(near).Concat(wordwise).Concat(containing).DistinctBy(authority => authority.Code).ToList();
    }

    /// <summary>
    /// Finds the one authority a search box text clearly means, so a search can go straight to it: an exact name or
    /// alias, the only name that starts with the text, or the only near miss. Returns null when the text is a region
    /// or only part of a name, or means several authorities.
    /// </summary>
    public AuthorityRecord? FindOne(string text)
    {
        var key = Key(text);
        if (key.Length == 0 || Authorities.Any(authority => MatchKey.Normalise(authority.Region) == key))
        {
            return null;
        }

        var exact = FindExact(text);
        if (exact is not null)
        {
            return exact.Authority;
        }

        var starting = _keys.Where(entry => entry.Key.StartsWith(key, StringComparison.Ordinal))
            .Select(entry => entry.Authority)
            .DistinctBy(authority => authority.Code)
            .ToList();
        if (starting.Count > 0)
        {
            return starting.Count == 1 ? starting[0] : null;
        }

        var wordwise = _keys.Where(entry => WordsStartWith(entry.Key, key))
            .Select(entry => entry.Authority)
            .DistinctBy(authority => authority.Code)
            .ToList();
        return wordwise.Count == 1 ? wordwise[0] : Resolve(text)?.Authority;
    }

    /// <summary>
    /// Finds the one authority whose name or alias, without spaces, is the first label of an email domain, with or
    /// without a council suffix: "bolton.gov.uk" gives Bolton, "dorsetcc.gov.uk" gives Dorset and "southglos.gov.uk"
    /// gives South Gloucestershire through its alias.
    /// </summary>
    public AuthorityRecord? FindByEmailDomain(string domain)
    {
        var label = MatchKey.Compact(domain.Split('.')[0]);
        var candidates = DomainSuffixes
            .Where(suffix => label.EndsWith(suffix, StringComparison.Ordinal) && label.Length > suffix.Length + 2)
            .Select(suffix => label[..^suffix.Length])
            .Prepend(label);
        foreach (var candidate in candidates)
        {
            var matches = _keys
                .Where(entry => MatchKey.Compact(entry.Key) == candidate)
                .Select(entry => entry.Authority)
                .DistinctBy(authority => authority.Code)
                .ToList();
            if (matches.Count > 0)
            {
                return matches.Count == 1 ? matches[0] : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Tells whether every word of the typed key starts a word of the name key, in order: "bath somerset" and
    /// "brighton hove" match, "hove brighton" does not.
    /// </summary>
    private static bool WordsStartWith(string nameKey, string typedKey)
    {
        var nameWords = nameKey.Split(' ');
        var next = 0;
        foreach (var typed in typedKey.Split(' '))
        {
            while (next < nameWords.Length && !nameWords[next].StartsWith(typed, StringComparison.Ordinal))
            {
                next++;
            }

            if (next == nameWords.Length)
            {
                return false;
            }

            next++;
        }

        return true;
    }

    private IEnumerable<AuthorityMatch> NearMisses(string key)
    {
        if (key.Length < 4)
        {
            yield break;
        }

        foreach (var entry in _keys)
        {
            // Allow one slip in short names and two in names of eight letters or more.
            var allowed = Math.Max(entry.Key.Length, key.Length) >= 8 ? 2 : 1;
            if (Math.Abs(entry.Key.Length - key.Length) > allowed)
            {
                continue;
            }

            var distance = EditDistance.Between(entry.Key, key);
            if (distance <= allowed)
            {
                yield return new AuthorityMatch(entry.Authority, AuthorityMatchKind.NearMiss, distance);
            }
        }
    }
}
