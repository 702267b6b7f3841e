using System.Text;
using ProvisionMap.Tests.Fixtures;

namespace ProvisionMap.Tests.Support;

/// <summary>
/// Writes a valid provision-map file of any number of distinct rows, spread over twenty sections and ten authorities,
/// for tests that need an import to run for several seconds.
/// </summary>
public static class LargeProvisionFile
{
    public const int SectionCount = 20;

    private static readonly string[] Authorities = ["Enfield", "Norfolk", "Wigan", "Bolton", "Croydon", "Sunderland", "Plymouth", "Solihull", "Kent", "Camden"];

    public static void Write(string path, int rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(ProvisionCsv.Header + "\n");
        for (var index = 0; index < rows; index++)
        {
            var authority = Authorities[index % Authorities.Length];
            writer.Write(ProvisionCsv.Row(
                ("Section", $"Generated section {index % SectionCount + 1}"),
                ("Subsection", $"Generated subsection {index % 7 + 1}"),
                ("Service", $"Generated service number {index + 1}, for load and safety tests"),
                ("Virtual School", authority),
                ("Attachment", index % 3 == 0 ? "x" : ""),
                ("Contact Details", $"person{index + 1}@{authority.ToLowerInvariant()}.gov.uk")) + "\n");
        }
    }
}
