using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Billing.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MeterReadingImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "meter_import_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    total_rows = table.Column<int>(type: "integer", nullable: false),
                    processed_rows = table.Column<int>(type: "integer", nullable: false),
                    recorded_rows = table.Column<int>(type: "integer", nullable: false),
                    already_recorded_rows = table.Column<int>(type: "integer", nullable: false),
                    refused_rows = table.Column<int>(type: "integer", nullable: false),
                    problem = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    heartbeat_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meter_import_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meter_import_files",
                columns: table => new
                {
                    meter_import_job_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meter_import_files", x => x.meter_import_job_id);
                    table.ForeignKey(
                        name: "fk_meter_import_files_meter_import_jobs_meter_import_job_id",
                        column: x => x.meter_import_job_id,
                        principalTable: "meter_import_jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meter_import_rows",
                columns: table => new
                {
                    meter_import_job_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    meter = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    reading = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reading_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meter_import_rows", x => new { x.meter_import_job_id, x.line });
                    table.ForeignKey(
                        name: "fk_meter_import_rows_meter_import_jobs_meter_import_job_id",
                        column: x => x.meter_import_job_id,
                        principalTable: "meter_import_jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_meter_import_jobs_estate_id_requested_at",
                table: "meter_import_jobs",
                columns: new[] { "estate_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_meter_import_jobs_status_requested_at",
                table: "meter_import_jobs",
                columns: new[] { "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_meter_import_rows_meter_import_job_id_outcome_line",
                table: "meter_import_rows",
                columns: new[] { "meter_import_job_id", "outcome", "line" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meter_import_files");

            migrationBuilder.DropTable(
                name: "meter_import_rows");

            migrationBuilder.DropTable(
                name: "meter_import_jobs");
        }
    }
}
