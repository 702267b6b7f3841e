using System.Text;

namespace ProvisionMap.Core.Import.Csv;

/// <summary>
/// Reads a CSV file as strict UTF-8, with or without a byte order mark, reporting bytes that are not UTF-8.
/// </summary>
public static class CsvFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, ImportReport report)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            report.Error(fileName, 0, $"The file was not found at {Path.GetFullPath(path)}. Check the path.");
            return null;
        }

        var size = new FileInfo(path).Length;
        if (size > CsvLimits.MaxFileBytes)
        {
            report.Error(fileName, 0, $"The file is {size / (1024.0 * 1024):N1} MiB; the maximum is {CsvLimits.MaxFileBytes / (1024 * 1024)} MiB. " +
                "Check that it is the right file, or split it by map and import each part.");
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        if (bytes.Length == start)
        {
            report.Error(fileName, 0, "The file is empty. It needs a header row and at least one data row.");
            return null;
        }

        if (bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble) || bytes.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            report.Error(fileName, 1, "The file is UTF-16 (\"Unicode text\"). Save it as \"CSV UTF-8\" and import it again.");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException exception)
        {
            var offset = start + Math.Max(exception.Index, 0);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            var badByte = offset < bytes.Length ? $"0x{bytes[offset]:X2}" : "a byte";
            report.Error(fileName, line, $"The file is not UTF-8: {badByte} at byte {offset} is not valid UTF-8 " +
                "(it looks like Windows-1252 or Latin-1). Save the file as \"CSV UTF-8\" and import it again.", value: badByte);
            return null;
        }

        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            var line = 1 + text.AsSpan(0, nul).Count('\n');
            report.Error(fileName, line, "The file contains a NUL character, so it is probably not a text file. Check that it is a CSV file saved as UTF-8.");
            return null;
        }

        return text;
    }
}
