using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Repairs.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ResidentsReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "resident_accounts",
                columns: table => new
                {
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    linked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resident_accounts", x => x.party_id);
                });

            migrationBuilder.CreateTable(
                name: "unit_residents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_residents", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_resident_accounts_estate_id_user_id",
                table: "resident_accounts",
                columns: new[] { "estate_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_unit_residents_party_id_unit_id",
                table: "unit_residents",
                columns: new[] { "party_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_unit_residents_unit_id",
                table: "unit_residents",
                column: "unit_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "resident_accounts");

            migrationBuilder.DropTable(
                name: "unit_residents");
        }
    }
}
