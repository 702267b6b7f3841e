namespace ProvisionMap.Core.Import;

/// <summary>
/// Thrown when the staging copy of an import fails a check, so that the live database is not replaced.
/// </summary>
public sealed class ImportCheckException(string message) : Exception(message);
