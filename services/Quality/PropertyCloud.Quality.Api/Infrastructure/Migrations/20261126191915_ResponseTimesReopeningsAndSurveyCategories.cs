using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Quality.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ResponseTimesReopeningsAndSurveyCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "accepted_at",
                table: "repair_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "on_site_at",
                table: "repair_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "first_responded_at",
                table: "complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "reopenings",
                columns: table => new
                {
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reopen_count = table.Column<int>(type: "integer", nullable: false),
                    subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reopened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reopenings", x => new { x.subject_id, x.reopen_count });
                });

            migrationBuilder.CreateTable(
                name: "survey_category_results",
                columns: table => new
                {
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    households = table.Column<int>(type: "integer", nullable: false),
                    responses = table.Column<int>(type: "integer", nullable: false),
                    index = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_category_results", x => new { x.campaign_id, x.estate_id, x.code });
                });

            migrationBuilder.CreateIndex(
                name: "ix_reopenings_estate_id",
                table: "reopenings",
                column: "estate_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_category_results_estate_id",
                table: "survey_category_results",
                column: "estate_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reopenings");

            migrationBuilder.DropTable(
                name: "survey_category_results");

            migrationBuilder.DropColumn(
                name: "accepted_at",
                table: "repair_orders");

            migrationBuilder.DropColumn(
                name: "on_site_at",
                table: "repair_orders");

            migrationBuilder.DropColumn(
                name: "first_responded_at",
                table: "complaints");
        }
    }
}
