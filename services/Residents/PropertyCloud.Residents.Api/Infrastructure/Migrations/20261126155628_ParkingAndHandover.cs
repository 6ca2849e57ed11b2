using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Residents.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ParkingAndHandover : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "access_cards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    holder_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    revoked_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_cards", x => x.id);
                    table.ForeignKey(
                        name: "fk_access_cards_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "keys_in_custody",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    handed_in_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    received_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    returned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    returned_to = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    returned_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_keys_in_custody", x => x.id);
                    table.ForeignKey(
                        name: "fk_keys_in_custody_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meter_base_readings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meter = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reading = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    read_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meter_base_readings", x => x.id);
                    table.ForeignKey(
                        name: "fk_meter_base_readings_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "parking_spaces",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    location = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parking_spaces", x => x.id);
                    table.ForeignKey(
                        name: "fk_parking_spaces_estates_estate_id",
                        column: x => x.estate_id,
                        principalTable: "estates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "vehicles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    holder_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    holder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plate_number = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    description = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vehicles", x => x.id);
                    table.ForeignKey(
                        name: "fk_vehicles_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "parking_space_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parking_space_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    tenure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    released_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parking_space_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_parking_space_assignments_owners_owner_id",
                        column: x => x.owner_id,
                        principalTable: "owners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_parking_space_assignments_parking_spaces_parking_space_id",
                        column: x => x.parking_space_id,
                        principalTable: "parking_spaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_parking_space_assignments_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "parking_permits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parking_space_id = table.Column<Guid>(type: "uuid", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: false),
                    revoked_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parking_permits", x => x.id);
                    table.ForeignKey(
                        name: "fk_parking_permits_parking_spaces_parking_space_id",
                        column: x => x.parking_space_id,
                        principalTable: "parking_spaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_parking_permits_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_access_cards_unit_id",
                table: "access_cards",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_access_cards_valid_number",
                table: "access_cards",
                columns: new[] { "estate_id", "number" },
                unique: true,
                filter: "revoked_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_keys_in_custody_unit_id",
                table: "keys_in_custody",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_meter_base_readings_unit_id_meter",
                table: "meter_base_readings",
                columns: new[] { "unit_id", "meter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_parking_permits_estate_id_vehicle_id",
                table: "parking_permits",
                columns: new[] { "estate_id", "vehicle_id" });

            migrationBuilder.CreateIndex(
                name: "ix_parking_permits_parking_space_id",
                table: "parking_permits",
                column: "parking_space_id");

            migrationBuilder.CreateIndex(
                name: "ix_parking_permits_vehicle_id",
                table: "parking_permits",
                column: "vehicle_id");

            migrationBuilder.CreateIndex(
                name: "ix_parking_space_assignments_current",
                table: "parking_space_assignments",
                column: "parking_space_id",
                unique: true,
                filter: "released_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_parking_space_assignments_owner_id",
                table: "parking_space_assignments",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_parking_space_assignments_unit_id",
                table: "parking_space_assignments",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_parking_spaces_estate_id_code",
                table: "parking_spaces",
                columns: new[] { "estate_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_vehicles_estate_id_plate_number",
                table: "vehicles",
                columns: new[] { "estate_id", "plate_number" });

            migrationBuilder.CreateIndex(
                name: "ix_vehicles_unit_id",
                table: "vehicles",
                column: "unit_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_cards");

            migrationBuilder.DropTable(
                name: "keys_in_custody");

            migrationBuilder.DropTable(
                name: "meter_base_readings");

            migrationBuilder.DropTable(
                name: "parking_permits");

            migrationBuilder.DropTable(
                name: "parking_space_assignments");

            migrationBuilder.DropTable(
                name: "vehicles");

            migrationBuilder.DropTable(
                name: "parking_spaces");
        }
    }
}
