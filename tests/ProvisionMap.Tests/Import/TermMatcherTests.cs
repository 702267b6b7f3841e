using ProvisionMap.Core.Domain;
using ProvisionMap.Core.Import;
using ProvisionMap.Core.Import.Vocabulary;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Import;

/// <summary>
/// Tests how cells of the map are split into entries and matched against the real vocabulary file.
/// </summary>
public sealed class TermMatcherTests
{
    private static readonly TermMatcher Matcher = new(
        VocabularyFileReader.Read(ImportTestDatabase.RealVocabularyPath, new ImportReport())!);

    [Theory]
    [InlineData("Senior Management, SENCOs/INCOs, Class teachers and TAs", "senior-leaders sencos-and-inclusion-staff class-teachers teaching-assistants")]
    [InlineData("Designated teachers /other school professionals", "designated-teachers all-school-staff")]
    [InlineData("Trainee teachers", "newly-qualified-and-trainee-teachers")]
    [InlineData("Teachers, School based practitioners", "class-teachers all-school-staff")]
    [InlineData("Senior management, SENCOs, INCOs, Class teachers, TAs, SWS, EPs,LAC learning mentors",
        "senior-leaders sencos-and-inclusion-staff class-teachers teaching-assistants social-workers educational-psychologists learning-mentors")]
    public void Audience_MapsEntries(string cell, string expected)
    {
        var matches = Matcher.Match(TermFacet.Audience, cell);

        Assert.Empty(matches.Unmatched);
        Assert.Equal(expected.Split(' ').Order(), matches.Terms.Select(term => term.Term.Slug).Order());
    }

    [Theory]
    [InlineData("Clusters of schools across the LA", "clusters-of-schools across-the-authority")]
    [InlineData("Individuals, groups, classes, whole school,", "individuals groups classes whole-school")]
    [InlineData("Groups; across the LA", "groups across-the-authority")]
    public void Level_MapsEntries(string cell, string expected)
    {
        var matches = Matcher.Match(TermFacet.Level, cell);

        Assert.Empty(matches.Unmatched);
        Assert.Equal(expected.Split(' ').Order(), matches.Terms.Select(term => term.Term.Slug).Order());
    }

    [Theory]
    [InlineData("VS dircetly", "virtual-school")]
    [InlineData("VS directly and sometimes other service providers within LA", "virtual-school other-authority-services")]
    [InlineData("VS team and expert", "virtual-school university-or-national-expert")]
    [InlineData("VS directly, other service providers within the LA and private agency", "virtual-school other-authority-services private-agency")]
    public void Provider_MapsEntries(string cell, string expected)
    {
        var matches = Matcher.Match(TermFacet.Provider, cell);

        Assert.Empty(matches.Unmatched);
        Assert.Equal(expected.Split(' ').Order(), matches.Terms.Select(term => term.Term.Slug).Order());
    }

    [Fact]
    public void ShortPhrase_NotMatchedInsideWord()
    {
        var matches = Matcher.Match(TermFacet.Audience, "Teaching Assistants");

        Assert.Equal(["teaching-assistants"], matches.Terms.Select(term => term.Term.Slug));
    }

    [Fact]
    public void UnknownEntry_ReportedAsUnmatched()
    {
        var matches = Matcher.Match(TermFacet.Audience, "Governors; Lollipop wardens");

        Assert.Equal(["Lollipop wardens"], matches.Unmatched);
        Assert.Equal(["governors"], matches.Terms.Select(term => term.Term.Slug));
    }

    [Fact]
    public void EmptyCell_NoEntries()
    {
        var matches = Matcher.Match(TermFacet.Level, "  ");

        Assert.Empty(matches.Terms);
        Assert.Empty(matches.Unmatched);
    }
}
