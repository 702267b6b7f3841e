using ProvisionMap.Core.Import.Csv;

namespace ProvisionMap.Tests.Export;

public sealed class FormulaCellsTests
{
    public static TheoryData<string, string> HostileCells => new()
    {
        { "=HYPERLINK(\"http://example.invalid\",\"Click\")", "'=HYPERLINK(\"http://example.invalid\",\"Click\")" },
        { "=1+1", "'=1+1" },
        { "+SUM(A1:A2)", "'+SUM(A1:A2)" },
        { "-2+3", "'-2+3" },
        { "-A1", "'-A1" },
        { "@SUM(1,2)", "'@SUM(1,2)" },
        { "\t=1+1", "'\t=1+1" },
        { "\rcmd", "'\rcmd" },
        { "'=1+1", "''=1+1" },
        { "''@x", "'''@x" },
        { "- bullet point", "'- bullet point" },
    };

    public static TheoryData<string> PlainCells =>
    [
        "", "-", "+", "-5", "-12.5", "+44", "-1e3", "x", "1 (Legal duties)", "'quoted", "'", "''", "'-5",
        "Norfolk", "VS staff, EPs", "SENCOs/INCOs/ DTs / Class teachers /Tas", "<u>tricia.ciappara@norfolk.gov.uk</u>",
        "£300 per term", "Café’s training",
    ];

    [Theory]
    [MemberData(nameof(HostileCells))]
    public void Neutralise_PrefixesHostileCell(string cell, string expected)
    {
        Assert.Equal(expected, FormulaCells.Neutralise(cell));
    }

    [Theory]
    [MemberData(nameof(HostileCells))]
    public void Restore_UndoesNeutralise(string cell, string neutralised)
    {
        Assert.Equal(cell, FormulaCells.Restore(neutralised));
    }

    [Theory]
    [MemberData(nameof(PlainCells))]
    public void Neutralise_LeavesPlainCellAlone(string cell)
    {
        Assert.Equal(cell, FormulaCells.Neutralise(cell));
    }

    [Theory]
    [MemberData(nameof(PlainCells))]
    public void Restore_LeavesPlainCellAlone(string cell)
    {
        Assert.Equal(cell, FormulaCells.Restore(cell));
    }
}
