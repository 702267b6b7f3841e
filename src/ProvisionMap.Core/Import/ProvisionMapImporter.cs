using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ProvisionMap.Core.Authorities;
using ProvisionMap.Core.Data;
using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Import.Csv;
using ProvisionMap.Core.Import.Vocabulary;

namespace ProvisionMap.Core.Import;

/// <summary>
/// Imports a provision-map CSV file, all or nothing: the whole file is validated first, and only a file without
/// errors replaces, in one transaction, the data of the maps it contains. Other maps are left as they are.
/// </summary>
public sealed class ProvisionMapImporter(ProvisionMapDbContext db, ILogger<ProvisionMapImporter> logger)
{
    public async Task<ImportReport> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(request.ProvisionMapPath);
        ImportLog.Starting(logger, fileName, request.DryRun ? "a dry run" : "import");

        var report = new ImportReport { DryRun = request.DryRun };
        var plan = BuildPlan(request, report);
        LogIssues(report);

        if (plan is null || report.HasErrors)
        {
            ImportLog.Rejected(logger, fileName, report.ErrorCount, report.Warnings.Count());
            return report;
        }

        Summarise(plan, report);
        if (request.DryRun)
        {
            ImportLog.DryRunFinished(logger, fileName, report.RowsRead, plan.Provisions.Count, report.Warnings.Count());
            return report;
        }

        try
        {
            await db.Database.MigrateAsync(cancellationToken);
            await new ImportPlanWriter(db).WriteAsync(plan, report.Warnings.Count(), cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException or IOException)
        {
            // The writer's transaction has been rolled back, so the database contains what it contained before.
            ImportLog.WriteFailed(logger, exception, fileName);
            report.Error(fileName, 0, $"Writing to the database failed: {exception.Message} Nothing was changed. " +
                "Check that the database file is writable and has free disk space, then import again.");
            return report;
        }

        report.Written = true;

        foreach (var (map, section, rows) in report.RowsPerSection)
        {
            ImportLog.SectionRows(logger, map, section, rows);
        }

        ImportLog.Imported(logger, fileName, report.RowsRead, plan.Provisions.Count, plan.Sections.Count, report.Authorities.Count,
            report.Warnings.Count());
        return report;
    }

    private static ImportPlan? BuildPlan(ImportRequest request, ImportReport report)
    {
        var authorities = AuthorityFileReader.Read(request.AuthoritiesPath, report);
        var notes = request.SectionNotesPath is null ? [] : SectionNoteFileReader.Read(request.SectionNotesPath, report);
        var vocabulary = request.VocabularyPath is null ? null : VocabularyFileReader.Read(request.VocabularyPath, report);
        var table = CsvTableReader.Read<ProvisionCsvRow, ProvisionCsvRowMap>(request.ProvisionMapPath, ProvisionColumns.All, report);
        if (authorities is null || notes is null || table is null || (request.VocabularyPath is not null && vocabulary is null))
        {
            return null;
        }

        report.RowsRead = table.Records.Count;
        if (table.Records.Count == 0 && !report.HasErrors)
        {
            report.Error(table.FileName, 0, "The file has a header but no provision rows. Add at least one row.");
            return null;
        }

        var validator = new ProvisionRowValidator(new AuthorityDirectory(authorities), table, report);
        var builder = new ImportPlanBuilder(Path.GetFileName(request.SectionNotesPath ?? ""), report);
        var termMapper = new ProvisionTermMapper(vocabulary ?? TermVocabulary.Empty, table.FileName, table.ColumnOf, report);
        foreach (var record in table.Records)
        {
            var row = validator.Validate(record);
            if (row is not null)
            {
                builder.Add(row, termMapper.Map(row));
            }
        }

        if (report.HasErrors)
        {
            // Notes would be checked against a partial set of headings, giving misleading warnings.
            return null;
        }

        var maps = builder.Provisions.Select(provision => provision.Map).ToHashSet();
        foreach (var note in notes.Where(note => !maps.Contains(note.Map)))
        {
            report.Warning(Path.GetFileName(request.SectionNotesPath!), note.Line,
                $"The note is for the {MapKindInfo.Of(note.Map).Name} map, which the provision file does not contain; it is skipped.");
        }

        builder.AddNotes(notes.Where(note => maps.Contains(note.Map)));
        return new ImportPlan
        {
            Authorities = authorities,
            Maps = maps,
            Vocabulary = vocabulary,
            Sections = builder.Sections,
            Provisions = builder.Provisions,
            FileName = table.FileName,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(request.ProvisionMapPath))),
        };
    }

    private static void Summarise(ImportPlan plan, ImportReport report)
    {
        foreach (var section in plan.Sections)
        {
            var mapName = MapKindInfo.Of(section.Map).Name;
            report.RowsPerSection.Add((mapName, section.Name, section.Provisions.Count));
            report.Sections.Add((mapName, section.Name, section.Subsections.Select(subsection => subsection.Name).ToList()));
        }

        foreach (var provision in plan.Provisions)
        {
            GetOrAdd(report.DistinctValues, ProvisionColumns.ProvidedFor).Add(provision.ProvidedFor);
            GetOrAdd(report.DistinctValues, ProvisionColumns.LevelOfProvision).Add(provision.LevelOfProvision);
            GetOrAdd(report.DistinctValues, ProvisionColumns.ProvidedBy).Add(provision.ProvidedBy);
        }
    }

    internal static SortedSet<string> GetOrAdd(SortedDictionary<string, SortedSet<string>> dictionary, string key)
    {
        if (!dictionary.TryGetValue(key, out var set))
        {
            set = new SortedSet<string>(StringComparer.Ordinal);
            dictionary[key] = set;
        }

        return set;
    }

    private void LogIssues(ImportReport report)
    {
        foreach (var issue in report.Issues)
        {
            if (issue.Severity == ImportSeverity.Error)
            {
                ImportLog.Error(logger, issue.Location, issue.Detail);
            }
            else
            {
                ImportLog.Warning(logger, issue.Location, issue.Detail);
            }
        }
    }
}
