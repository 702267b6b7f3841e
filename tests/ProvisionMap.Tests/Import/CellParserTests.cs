using ProvisionMap.Core.Authorities;
using ProvisionMap.Core.Import;
using ProvisionMap.Core.Import.Cells;
using ProvisionMap.Tests.Support;

namespace ProvisionMap.Tests.Import;

/// <summary>
/// Unit tests of the cell parsers of the provision-map format, and of authority lookups in a directory built from
/// the real data/local-authorities.csv.
/// </summary>
public sealed class CellParserTests
{
    private static readonly Lazy<AuthorityDirectory> LazyDirectory = new(LoadDirectory);

    private static AuthorityDirectory Directory => LazyDirectory.Value;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FocusCell_EmptyIsNotSet(bool allowsText)
    {
        var cell = FocusCell.Parse("", allowsText);

        Assert.NotNull(cell);
        Assert.False(cell.IsSet);
        Assert.Null(cell.RespondentCount);
        Assert.Null(cell.Description);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("X")]
    [InlineData("✓")]
    [InlineData("yes")]
    [InlineData("Yes")]
    [InlineData(" x ")]
    public void FocusCell_TickIsSet(string text)
    {
        var cell = FocusCell.Parse(text, allowsText: false);

        Assert.NotNull(cell);
        Assert.True(cell.IsSet);
        Assert.Null(cell.RespondentCount);
        Assert.Null(cell.Description);
    }

    [Fact]
    public void FocusCell_ZeroIsNotSet()
    {
        var cell = FocusCell.Parse("0", allowsText: false);

        Assert.NotNull(cell);
        Assert.False(cell.IsSet);
    }

    [Fact]
    public void FocusCell_RejectsLetterY()
    {
        Assert.Null(FocusCell.Parse("y", allowsText: false));
    }

    [Fact]
    public void FocusCell_NumberIsCount()
    {
        var cell = FocusCell.Parse("12", allowsText: false);

        Assert.NotNull(cell);
        Assert.True(cell.IsSet);
        Assert.Equal(12, cell.RespondentCount);
        Assert.Null(cell.Description);
    }

    [Theory]
    [InlineData("2(Local updates)")]
    [InlineData("2 (Local updates)")]
    public void FocusCell_OtherCountWithText(string text)
    {
        var cell = FocusCell.Parse(text, allowsText: true);

        Assert.NotNull(cell);
        Assert.True(cell.IsSet);
        Assert.Equal(2, cell.RespondentCount);
        Assert.Equal("Local updates", cell.Description);
    }

    [Fact]
    public void FocusCell_OtherText()
    {
        var cell = FocusCell.Parse("Educational stability/ continuity", allowsText: true);

        Assert.NotNull(cell);
        Assert.True(cell.IsSet);
        Assert.Null(cell.RespondentCount);
        Assert.Equal("Educational stability/ continuity", cell.Description);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("2x")]
    [InlineData("Legal duties")]
    [InlineData("2(Local updates)")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void FocusCell_RejectsTextOutsideOther(string text)
    {
        Assert.Null(FocusCell.Parse(text, allowsText: false));
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("2x")]
    [InlineData("x x")]
    [InlineData("no")]
    [InlineData("-")]
    public void FocusCell_RejectsTickLikeOtherText(string text)
    {
        Assert.Null(FocusCell.Parse(text, allowsText: true));
    }

    [Fact]
    public void ContactCell_CountsEveryEmail()
    {
        var contact = ContactCell.Parse("a.person@enfield.gov.uk; b.person@enfield.gov.uk");

        Assert.Equal("a.person@enfield.gov.uk", contact.Email);
        Assert.Equal(2, contact.EmailCount);
    }

    [Fact]
    public void ContactCell_EmailBesideReferenceIsKept()
    {
        var contact = ContactCell.Parse("see other sections, or jon.harris@enfield.gov.uk");

        Assert.True(contact.RefersElsewhere);
        Assert.Equal("jon.harris@enfield.gov.uk", contact.Email);
    }

    [Fact]
    public void ContactCell_RemovesMarkup()
    {
        var contact = ContactCell.Parse("<u>tricia.ciappara@norfolk.gov.uk</u>");

        Assert.True(contact.HadMarkup);
        Assert.Equal("tricia.ciappara@norfolk.gov.uk", contact.CleanText);
        Assert.Equal("tricia.ciappara@norfolk.gov.uk", contact.Email);
        Assert.Null(contact.Name);
        Assert.False(contact.HasMalformedEmail);
    }

    [Fact]
    public void ContactCell_SplitsNameFromEmail()
    {
        var contact = ContactCell.Parse("Simon Mower virtualschoolteam@plymouth.gov.uk");

        Assert.Equal("Simon Mower", contact.Name);
        Assert.Equal("virtualschoolteam@plymouth.gov.uk", contact.Email);
        Assert.False(contact.HadMarkup);
        Assert.False(contact.RefersElsewhere);
    }

    [Fact]
    public void ContactCell_PlainEmailHasNoName()
    {
        var contact = ContactCell.Parse("jon.harris@enfield.gov.uk");

        Assert.Equal("jon.harris@enfield.gov.uk", contact.Email);
        Assert.Null(contact.Name);
        Assert.False(contact.HadMarkup);
    }

    [Fact]
    public void ContactCell_LowerCasesEmail()
    {
        var contact = ContactCell.Parse("Jon.Harris@Enfield.gov.uk");

        Assert.Equal("jon.harris@enfield.gov.uk", contact.Email);
    }

    [Fact]
    public void ContactCell_ReadsReferenceElsewhere()
    {
        var contact = ContactCell.Parse("see other sections for individual emails");

        Assert.True(contact.RefersElsewhere);
        Assert.Null(contact.Email);
        Assert.Null(contact.Name);
        Assert.False(contact.HasMalformedEmail);
    }

    [Theory]
    [InlineData("jon.harris@@enfield")]
    [InlineData("jon.harris@enfield")]
    [InlineData("jon.harris @ enfield.gov.uk")]
    public void ContactCell_FlagsMalformedEmail(string text)
    {
        var contact = ContactCell.Parse(text);

        Assert.True(contact.HasMalformedEmail);
        Assert.Null(contact.Email);
    }

    [Fact]
    public void VirtualSchoolCell_ReadsNamesAndUnlisted()
    {
        var cell = VirtualSchoolCell.Parse("Bath & North East Somerset, Dorset and four not publicly listed", Directory);

        Assert.Equal(["Bath and North East Somerset", "Dorset"], AuthorityNames(cell));
        Assert.Equal(4, cell.UnlistedRespondents);
        Assert.Empty(cell.Unknown);
        Assert.False(cell.IsEmpty);
    }

    [Fact]
    public void VirtualSchoolCell_ReadsSemicolonList()
    {
        var cell = VirtualSchoolCell.Parse("Haringey; East Sussex; and one not publicly listed", Directory);

        Assert.Equal(["Haringey", "East Sussex"], AuthorityNames(cell));
        Assert.Equal(1, cell.UnlistedRespondents);
        Assert.Empty(cell.Unknown);
    }

    [Fact]
    public void VirtualSchoolCell_ReadsBournemouthAsOne()
    {
        var cell = VirtualSchoolCell.Parse("Bournemouth, Christchurch and Poole", Directory);
        var (text, match) = Assert.Single(cell.Authorities);

        Assert.Equal("Bournemouth, Christchurch and Poole", text);
        Assert.Equal("Bournemouth, Christchurch and Poole", match.Authority.Name);
        Assert.Equal(AuthorityMatchKind.Name, match.Kind);
        Assert.Empty(cell.Unknown);
        Assert.Equal(0, cell.UnlistedRespondents);
    }

    [Fact]
    public void VirtualSchoolCell_ReadsNearMiss()
    {
        var cell = VirtualSchoolCell.Parse("Solihuli", Directory);
        var (text, match) = Assert.Single(cell.Authorities);

        Assert.Equal("Solihuli", text);
        Assert.Equal("Solihull", match.Authority.Name);
        Assert.Equal(AuthorityMatchKind.NearMiss, match.Kind);
        Assert.Equal(1, match.Distance);
    }

    [Fact]
    public void VirtualSchoolCell_ListsUnknownName()
    {
        var cell = VirtualSchoolCell.Parse("Narnia", Directory);

        Assert.Equal(["Narnia"], cell.Unknown);
        Assert.Empty(cell.Authorities);
        Assert.False(cell.IsEmpty);
    }

    [Fact]
    public void VirtualSchoolCell_EmptyNamesNothing()
    {
        var cell = VirtualSchoolCell.Parse("", Directory);

        Assert.True(cell.IsEmpty);
        Assert.Empty(cell.Authorities);
        Assert.Empty(cell.Unknown);
    }

    [Fact]
    public void Search_FindsSolihullFromPrefix()
    {
        var results = Directory.Search("solihul");

        Assert.Equal(["Solihull"], results.Select(authority => authority.Name));
    }

    [Fact]
    public void Search_AbbreviationOffersNoWrongAuthority()
    {
        // "NE" is not an alias of Bath and North East Somerset, so the search may find nothing, but it must not
        // offer another authority.
        var results = Directory.Search("bath and ne somerset");

        Assert.All(results, authority => Assert.Equal("Bath and North East Somerset", authority.Name));
    }

    [Fact]
    public void Search_FindsBathFromShortForms()
    {
        Assert.Equal(["Bath and North East Somerset"], Directory.Search("bath").Select(authority => authority.Name));
        Assert.Equal(["Bath and North East Somerset"], Directory.Search("BANES").Select(authority => authority.Name));
    }

    [Fact]
    public void Search_FindsBrightonWithAmpersand()
    {
        var results = Directory.Search("Brighton & Hove");

        Assert.Equal(["Brighton and Hove"], results.Select(authority => authority.Name));
    }

    [Fact]
    public void Search_ExactAliasWinsOverPrefix()
    {
        var results = Directory.Search("Hull");

        Assert.Equal(["Kingston upon Hull"], results.Select(authority => authority.Name));
    }

    [Fact]
    public void Search_SharedPrefixListsBoth()
    {
        var results = Directory.Search("Kingston");

        Assert.Equal(["Kingston upon Hull", "Kingston upon Thames"], results.Select(authority => authority.Name));
        Assert.Null(Directory.FindOne("Kingston"));
    }

    [Fact]
    public void Search_RegionListsItsAuthorities()
    {
        var results = Directory.Search("South West");

        Assert.Equal(15, results.Count);
        Assert.Equal("Bath and North East Somerset", results[0].Name);
        Assert.Null(Directory.FindOne("South West"));
    }

    [Fact]
    public void Search_NearMissBeforeContainedName()
    {
        var results = Directory.Search("Hamshire");

        Assert.Equal("Hampshire", results[0].Name);
        Assert.Equal("Hampshire", Directory.FindOne("Hamshire")?.Name);
    }

    [Theory]
    [InlineData("solihul", "Solihull")]
    [InlineData("Solihuli", "Solihull")]
    [InlineData("Brighton & Hove", "Brighton and Hove")]
    [InlineData("bath & north-east somerset", "Bath and North East Somerset")]
    public void FindOne_GoesToClearMatch(string text, string expected)
    {
        Assert.Equal(expected, Directory.FindOne(text)?.Name);
    }

    [Theory]
    [InlineData("London")]
    [InlineData("sussex")]
    [InlineData("shire")]
    public void FindOne_RejectsPartialOrRegion(string text)
    {
        Assert.Null(Directory.FindOne(text));
    }

    [Fact]
    public void Search_ListsEveryPartialMatch()
    {
        var results = Directory.Search("sussex");

        Assert.Equal(["East Sussex", "West Sussex"], results.Select(authority => authority.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Search_BlankFindsNothing(string text)
    {
        Assert.Empty(Directory.Search(text));
    }

    [Theory]
    [InlineData("bolton.gov.uk", "Bolton")]
    [InlineData("southglos.gov.uk", "South Gloucestershire")]
    [InlineData("bracknell-forest.gov.uk", "Bracknell Forest")]
    [InlineData("dorsetcc.gov.uk", "Dorset")]
    [InlineData("dorsetcouncil.gov.uk", "Dorset")]
    public void FindByEmailDomain_FindsAuthority(string domain, string authority)
    {
        Assert.Equal(authority, Directory.FindByEmailDomain(domain)?.Name);
    }

    [Fact]
    public void FindByEmailDomain_IgnoresPublicMail()
    {
        Assert.Null(Directory.FindByEmailDomain("gmail.com"));
    }

    private static List<string> AuthorityNames(VirtualSchoolCell cell) =>
        cell.Authorities.Select(item => item.Match.Authority.Name).ToList();

    private static AuthorityDirectory LoadDirectory()
    {
        var report = new ImportReport();
        var authorities = AuthorityFileReader.Read(ImportTestDatabase.RealAuthoritiesPath, report);
        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.NotNull(authorities);
        Assert.Equal(153, authorities.Count);
        return new AuthorityDirectory(authorities);
    }
}
