using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Archives.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OwnersOwnDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "owner_accounts",
                columns: table => new
                {
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_owner_accounts", x => x.owner_id);
                });

            migrationBuilder.CreateTable(
                name: "unit_ownerships",
                columns: table => new
                {
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owned_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_ownerships", x => new { x.owner_id, x.unit_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_owner_accounts_user_id_estate_id",
                table: "owner_accounts",
                columns: new[] { "user_id", "estate_id" });

            migrationBuilder.CreateIndex(
                name: "ix_unit_ownerships_unit_id",
                table: "unit_ownerships",
                column: "unit_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "owner_accounts");

            migrationBuilder.DropTable(
                name: "unit_ownerships");
        }
    }
}
