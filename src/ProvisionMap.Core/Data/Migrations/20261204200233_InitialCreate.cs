using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProvisionMap.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    RowCount = table.Column<int>(type: "INTEGER", nullable: false),
                    WarningCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LocalAuthorities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OnsCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalAuthorities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Map = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Subsections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subsections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Subsections_Sections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "Sections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Provisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Map = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubsectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: false),
                    Service = table.Column<string>(type: "TEXT", nullable: false),
                    VirtualSchoolText = table.Column<string>(type: "TEXT", nullable: false),
                    IsSummary = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnlistedRespondents = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvidedFor = table.Column<string>(type: "TEXT", nullable: false),
                    LevelOfProvision = table.Column<string>(type: "TEXT", nullable: false),
                    ProvidedBy = table.Column<string>(type: "TEXT", nullable: false),
                    ProfessionalsInvolved = table.Column<string>(type: "TEXT", nullable: false),
                    ContactText = table.Column<string>(type: "TEXT", nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Provisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Provisions_Sections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "Sections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Provisions_Subsections_SubsectionId",
                        column: x => x.SubsectionId,
                        principalTable: "Subsections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProvisionAuthorities",
                columns: table => new
                {
                    ProvisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocalAuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProvisionAuthorities", x => new { x.ProvisionId, x.LocalAuthorityId });
                    table.ForeignKey(
                        name: "FK_ProvisionAuthorities_LocalAuthorities_LocalAuthorityId",
                        column: x => x.LocalAuthorityId,
                        principalTable: "LocalAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProvisionAuthorities_Provisions_ProvisionId",
                        column: x => x.ProvisionId,
                        principalTable: "Provisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProvisionFocuses",
                columns: table => new
                {
                    ProvisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<int>(type: "INTEGER", nullable: false),
                    RespondentCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProvisionFocuses", x => new { x.ProvisionId, x.Area });
                    table.ForeignKey(
                        name: "FK_ProvisionFocuses_Provisions_ProvisionId",
                        column: x => x.ProvisionId,
                        principalTable: "Provisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LocalAuthorities_Slug",
                table: "LocalAuthorities",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProvisionAuthorities_LocalAuthorityId_ProvisionId",
                table: "ProvisionAuthorities",
                columns: new[] { "LocalAuthorityId", "ProvisionId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProvisionFocuses_Area_ProvisionId",
                table: "ProvisionFocuses",
                columns: new[] { "Area", "ProvisionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Provisions_Map_Position",
                table: "Provisions",
                columns: new[] { "Map", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Provisions_SectionId",
                table: "Provisions",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Provisions_SubsectionId",
                table: "Provisions",
                column: "SubsectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Sections_Map_Position",
                table: "Sections",
                columns: new[] { "Map", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Sections_Map_Slug",
                table: "Sections",
                columns: new[] { "Map", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Subsections_SectionId_Name",
                table: "Subsections",
                columns: new[] { "SectionId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportRuns");

            migrationBuilder.DropTable(
                name: "ProvisionAuthorities");

            migrationBuilder.DropTable(
                name: "ProvisionFocuses");

            migrationBuilder.DropTable(
                name: "LocalAuthorities");

            migrationBuilder.DropTable(
                name: "Provisions");

            migrationBuilder.DropTable(
                name: "Subsections");

            migrationBuilder.DropTable(
                name: "Sections");
        }
    }
}
