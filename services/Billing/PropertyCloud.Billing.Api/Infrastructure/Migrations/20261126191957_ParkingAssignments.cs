using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Billing.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ParkingAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "parking_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parking_space_id = table.Column<Guid>(type: "uuid", nullable: false),
                    space_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    tenure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    released_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parking_assignments", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_parking_assignments_estate_id_unit_id",
                table: "parking_assignments",
                columns: new[] { "estate_id", "unit_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "parking_assignments");
        }
    }
}
