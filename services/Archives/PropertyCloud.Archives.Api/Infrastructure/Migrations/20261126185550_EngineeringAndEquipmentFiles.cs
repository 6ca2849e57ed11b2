using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Archives.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class EngineeringAndEquipmentFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_documents_customer_files_file_id",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "ix_documents_file_id",
                table: "documents");

            migrationBuilder.AddColumn<bool>(
                name: "is_public",
                table: "documents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "archive_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    file_number = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    staff_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    opened_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_archive_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "equipment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    installed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    maintenance_log = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_equipment", x => x.id);
                    table.ForeignKey(
                        name: "fk_equipment_archive_files_file_id",
                        column: x => x.file_id,
                        principalTable: "archive_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_certificates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reminded_days = table.Column<List<int>>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_certificates", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_certificates_equipment_equipment_id",
                        column: x => x.equipment_id,
                        principalTable: "equipment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_documents_estate_id_category",
                table: "documents",
                columns: new[] { "estate_id", "category" },
                filter: "is_public AND destroyed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_archive_files_estate_id_file_number",
                table: "archive_files",
                columns: new[] { "estate_id", "file_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_archive_files_staff_id",
                table: "archive_files",
                column: "staff_id",
                filter: "staff_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_estate_id_code",
                table: "equipment",
                columns: new[] { "estate_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equipment_file_id",
                table: "equipment",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_certificates_equipment_id",
                table: "inspection_certificates",
                column: "equipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_certificates_estate_id_expires_on",
                table: "inspection_certificates",
                columns: new[] { "estate_id", "expires_on" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_certificates_expires_on",
                table: "inspection_certificates",
                column: "expires_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_certificates");

            migrationBuilder.DropTable(
                name: "equipment");

            migrationBuilder.DropTable(
                name: "archive_files");

            migrationBuilder.DropIndex(
                name: "ix_documents_estate_id_category",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "is_public",
                table: "documents");

            migrationBuilder.CreateIndex(
                name: "ix_documents_file_id",
                table: "documents",
                column: "file_id");

            migrationBuilder.AddForeignKey(
                name: "fk_documents_customer_files_file_id",
                table: "documents",
                column: "file_id",
                principalTable: "customer_files",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
