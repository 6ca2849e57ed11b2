using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Archives.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class FiledRecordDestructionReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "destruction_review_on",
                table: "pending_filings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "destruction_review_on",
                table: "file_records",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "destruction_review_on",
                table: "pending_filings");

            migrationBuilder.DropColumn(
                name: "destruction_review_on",
                table: "file_records");
        }
    }
}
