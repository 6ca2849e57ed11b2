using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Archives.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TextExtractionBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "extraction_failure",
                table: "document_search",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "text_extracted_at",
                table: "document_search",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_document_search_document_id",
                table: "document_search",
                column: "document_id",
                filter: "text_extracted_at IS NULL");

            // Entries with text were extracted; the rest (filed before extraction existed, or with no text) are tried once.
            migrationBuilder.Sql("UPDATE document_search SET text_extracted_at = now() WHERE has_content_text");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_document_search_document_id",
                table: "document_search");

            migrationBuilder.DropColumn(
                name: "extraction_failure",
                table: "document_search");

            migrationBuilder.DropColumn(
                name: "text_extracted_at",
                table: "document_search");
        }
    }
}
