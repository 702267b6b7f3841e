namespace ProvisionMap.BrowserTests.Weight;

/// <summary>Writes the measured page weight to the artifacts folder, for copying into docs/benchmarks.md.</summary>
public static class PageWeightRecord
{
    public static void Write(NetworkLog log)
    {
        var path = Support.Artifacts.PathFor("weight", "provision-first-load.txt");
        File.WriteAllText(
            path,
            $"/provision first load: {log.Requests.Count} requests, {log.TransferredBytes:N0} bytes transferred{Environment.NewLine}{log.Describe()}{Environment.NewLine}");
    }
}
