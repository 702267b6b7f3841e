using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ProvisionMap.Core.Data;

namespace ProvisionMap.Web.Infrastructure;

/// <summary>
/// Caches data that several pages share, such as the filter lookup and the authority lists, keyed by the latest import
/// run, so every import, even one by another process, makes the next request read it afresh. Whole pages are kept by
/// <see cref="PageOutputCache"/>.
/// </summary>
/// <remarks>
/// The data changes only through an import, and each import adds a row to ImportRuns, so the highest run id
/// identifies the data. Reading it costs one indexed query per request.
/// </remarks>
public sealed class DataCache(IMemoryCache cache, ProvisionMapDbContext db)
{
    /// <summary>How many computed pages the process keeps; each entry counts as 1 towards this.</summary>
    public const int MaxEntries = 200;

    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    private int? _version;

    /// <summary>Returns the id of the latest import run, read once per request; 0 before any import.</summary>
    public async Task<int> VersionAsync(CancellationToken cancellationToken) =>
        _version ??= await db.ImportRuns.MaxAsync(run => (int?)run.Id, cancellationToken) ?? 0;

    public async Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(cancellationToken);
        var cacheKey = $"{version}|{typeof(T).Name}|{key}";
        if (cache.TryGetValue(cacheKey, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await create();
        cache.Set(cacheKey, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused });
        return value;
    }
}
