using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Archives.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CopyingOriginalsWarrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "copies_made",
                table: "loans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "copies_registered_by",
                table: "loans",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "copies_requested",
                table: "loans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "loans",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Reading");

            migrationBuilder.AddColumn<string>(
                name: "medium",
                table: "loans",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Electronic");

            migrationBuilder.AddColumn<int>(
                name: "pages_copied",
                table: "loans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "requested_for",
                table: "loans",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Staff");

            migrationBuilder.AddColumn<bool>(
                name: "take_away",
                table: "loans",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "warrant_authority",
                table: "loans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "warrant_number",
                table: "loans",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "warrant_verified_at",
                table: "loans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "warrant_verified_by",
                table: "loans",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "copies_made",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "copies_registered_by",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "copies_requested",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "medium",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "pages_copied",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "requested_for",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "take_away",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "warrant_authority",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "warrant_number",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "warrant_verified_at",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "warrant_verified_by",
                table: "loans");
        }
    }
}
