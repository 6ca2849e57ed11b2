using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Partners.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PartnerBrokerAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "broker_account_provisioned_at",
                table: "partners",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "broker_password_hash",
                table: "partners",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "broker_user",
                table: "partners",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "broker_account_provisioned_at",
                table: "partners");

            migrationBuilder.DropColumn(
                name: "broker_password_hash",
                table: "partners");

            migrationBuilder.DropColumn(
                name: "broker_user",
                table: "partners");
        }
    }
}
