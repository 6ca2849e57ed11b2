using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Repairs.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MaintenanceTeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "team_id",
                table: "repair_orders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "team_name",
                table: "repair_orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "maintenance_teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    leader_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    leader_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    members = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_maintenance_teams", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_teams_estate_id_name",
                table: "maintenance_teams",
                columns: new[] { "estate_id", "name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "maintenance_teams");

            migrationBuilder.DropColumn(
                name: "team_id",
                table: "repair_orders");

            migrationBuilder.DropColumn(
                name: "team_name",
                table: "repair_orders");
        }
    }
}
