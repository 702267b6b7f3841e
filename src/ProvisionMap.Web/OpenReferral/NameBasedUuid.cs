using System.Security.Cryptography;
using System.Text;

namespace ProvisionMap.Web.OpenReferral;

/// <summary>
/// Makes RFC 4122 version 5 (SHA-1, name-based) UUIDs, so the feed's ids stay the same across imports as long as
/// the provision ids, authority codes and focus slugs do.
/// </summary>
public static class NameBasedUuid
{
    /// <summary>The namespace of every id in this feed; a random UUID chosen once for ProvisionMap.</summary>
    private static readonly Guid Namespace = new("6f0c3b8e-2d4a-4f59-9a61-3c1e7d2b8f40");

    public static Guid Create(string name)
    {
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetByteCount(name)];
        Namespace.TryWriteBytes(input[..16], bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input[16..]);

        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    public static Guid Service(int provisionId) => Create($"service/{provisionId}");

    public static Guid Organization(int dfeCode) => Create($"organization/{dfeCode}");

    public static Guid Contact(int provisionId) => Create($"contact/{provisionId}");

    public static Guid Taxonomy(string taxonomySlug) => Create($"taxonomy/{taxonomySlug}");

    public static Guid TaxonomyTerm(string taxonomySlug, string termSlug) => Create($"taxonomy-term/{taxonomySlug}/{termSlug}");

    public static Guid Attribute(int provisionId, string taxonomySlug, string termSlug) =>
        Create($"attribute/{provisionId}/{taxonomySlug}/{termSlug}");
}
