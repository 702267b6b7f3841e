using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProvisionMap.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddVocabularyAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProvisionTerms",
                columns: table => new
                {
                    ProvisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Facet = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TermSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Entries = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProvisionTerms", x => new { x.ProvisionId, x.Facet, x.TermSlug });
                    table.ForeignKey(
                        name: "FK_ProvisionTerms_Provisions_ProvisionId",
                        column: x => x.ProvisionId,
                        principalTable: "Provisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VocabularyTerms",
                columns: table => new
                {
                    Facet = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VocabularyTerms", x => new { x.Facet, x.Slug });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProvisionTerms_Facet_TermSlug_ProvisionId",
                table: "ProvisionTerms",
                columns: new[] { "Facet", "TermSlug", "ProvisionId" });

            // The full-text index of the provision search box. Imports fill it, and start-up rebuilds it when it is behind.
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE ProvisionSearch USING fts5(" +
                "Service, Section, Focus, Audience, Provider, Professionals, Authority, Region, Contact, " +
                "tokenize = 'unicode61 remove_diacritics 2')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ProvisionSearch;");

            migrationBuilder.DropTable(
                name: "ProvisionTerms");

            migrationBuilder.DropTable(
                name: "VocabularyTerms");
        }
    }
}
