using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProvisionMap.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddProvisionSortKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SortKey",
                table: "Provisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Rows written before this column existed get their place from the same positions the import uses.
            migrationBuilder.Sql("""
                UPDATE Provisions SET SortKey =
                    (CASE Map WHEN 'Schools' THEN 0 WHEN 'LookedAfterChildren' THEN 1 ELSE 2 END) * 1000000000000000000
                    + (SELECT Position FROM Sections WHERE Sections.Id = Provisions.SectionId) * 1000000000000
                    + coalesce((SELECT Position FROM Subsections WHERE Subsections.Id = Provisions.SubsectionId), 0) * 1000000
                    + Position;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Provisions_SortKey",
                table: "Provisions",
                column: "SortKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Provisions_SortKey",
                table: "Provisions");

            migrationBuilder.DropColumn(
                name: "SortKey",
                table: "Provisions");
        }
    }
}
