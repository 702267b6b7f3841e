using ProvisionMap.Core.Import;

namespace ProvisionMap.Web.Infrastructure;

internal static class ImportRequestFactory
{
    public static ImportRequest FromOptions(string contentRoot, DataFileOptions options) =>
        new(ContentPaths.Resolve(contentRoot, options.ProvisionMap),
            ContentPaths.Resolve(contentRoot, options.LocalAuthorities),
            ContentPaths.Resolve(contentRoot, options.SectionNotes),
            VocabularyPath: ContentPaths.Resolve(contentRoot, options.Vocabulary));
}
