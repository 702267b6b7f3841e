namespace ProvisionMap.BrowserTests.Support;

/// <summary>
/// Where the tests find Chromium, and what happens when it is missing: the browser tests are skipped on a developer
/// machine without it, and fail when the environment variable <c>CI</c> is set, so that CI never passes them unrun.
/// </summary>
public static class BrowserRequirement
{
    /// <summary>Environment variable that points the tests at another Chromium build.</summary>
    public const string ChromiumPathVariable = "PROVISIONMAP_CHROMIUM";

    /// <summary>Debian's Chromium, installed by <c>apt-get install chromium</c>.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 } path ? path : DefaultChromiumPath;

    public static bool IsChromiumPresent => File.Exists(ChromiumPath);

    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string MissingMessage =>
        $"Chromium was not found at {ChromiumPath}. Install it with \"apt-get install -y chromium\", or set "
        + $"{ChromiumPathVariable} to the path of a Chromium binary.";

    /// <summary>
    /// Skips the calling test when Chromium is missing, unless CI is set, when it fails the test instead.
    /// Call it first in every browser test, which must be a [SkippableFact] or [SkippableTheory].
    /// </summary>
    public static void SkipOrFailIfMissing()
    {
        if (IsChromiumPresent)
        {
            return;
        }

        if (IsCi)
        {
            throw new InvalidOperationException($"{MissingMessage} CI is set, so a missing browser fails the run.");
        }

        Skip.If(true, MissingMessage);
    }
}
