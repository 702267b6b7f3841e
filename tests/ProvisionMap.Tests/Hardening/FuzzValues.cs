using System.Text;

namespace ProvisionMap.Tests.Hardening;

/// <summary>
/// Generates hostile query values and path segments from a seeded <see cref="Random"/>, so a failure reproduces. Every
/// value carries <see cref="Marker"/>, an HTML tag that must never come back unescaped.
/// </summary>
public sealed class FuzzValues(int seed)
{
    public const string Marker = "<fzq";

    private static readonly string[] Known =
    [
        "mental-health", "Mental Health", "enfield", "Enfield", "attachment", "Schools", "x", "2x", "", " ", "0", "-1",
        "99999999999999999999", "NaN", "true", "null", "[]", "{}",
    ];

    private static readonly string[] Traversal =
    [
        "../../../../etc/passwd", "..%2f..%2fappsettings.json", "%2e%2e/%2e%2e/", "....//....//", "..\\..\\web.config",
        "/var/provisionmap.db", "file:///etc/hosts", "%c0%ae%c0%ae/", "..;/",
    ];

    private static readonly string[] Unicode =
    [
        "\u202Eevil\u202C", "\u200B\u200C\u200D\uFEFF", "e\u0301\u0301\u0301", "\U0001F600\U0001F4A9", "Ｅｎｆｉｅｌｄ", "İıŞş", "ß",
        "\u0000", "\u001B[31m", "\uFFFD", "\r\nSet-Cookie: a=b",
    ];

    private static readonly string[] Encoded = ["%00", "%", "%zz", "%C0%AF", "%ED%A0%80", "%FF%FE", "%25%30%30", "+", "%2B", "&", "=", "#", "?"];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    /// <summary>Returns a value already percent-encoded where needed, or deliberately malformed, for a URL.</summary>
    public string NextEncoded()
    {
        return _random.Next(9) switch
        {
            0 => Escape(Pick(Known)) + Escape(MarkerTag()),
            1 => Escape(RandomText(_random.Next(1, 40))),
            2 => Escape(new string(Pick(Known).FirstOrDefault('a'), _random.Next(1000, 4000)) + MarkerTag()),
            3 => Pick(Traversal) + Escape(MarkerTag()),
            4 => Escape(Pick(Unicode) + MarkerTag()),
            5 => Pick(Encoded) + Escape(MarkerTag()) + Pick(Encoded),
            6 => MarkerTag().Replace(" ", "%20", StringComparison.Ordinal),
            7 => Escape($"\"'><{MarkerTag()}`${{7*7}}{{{{7*7}}}}';--"),
            _ => Escape(RandomUnicode(_random.Next(1, 20)) + MarkerTag()),
        };
    }

    public string MarkerTag() => $"{Marker}{_random.Next(1000)} a='1'>";

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Escape(string value) => Uri.EscapeDataString(value.Replace("\0", "", StringComparison.Ordinal)) + (value.Contains('\0') ? "%00" : "");

    private string RandomText(int length)
    {
        var builder = new StringBuilder(length);
        for (var index = 0; index < length; index++)
        {
            builder.Append((char)_random.Next(0x20, 0x7F));
        }

        return builder.ToString();
    }

    private string RandomUnicode(int length)
    {
        var builder = new StringBuilder(length);
        for (var index = 0; index < length; index++)
        {
            var codePoint = _random.Next(0xA0, 0x2FFFF);
            if (codePoint is < 0xD800 or > 0xDFFF)
            {
                builder.Append(char.ConvertFromUtf32(codePoint));
            }
        }

        return builder.ToString();
    }
}
