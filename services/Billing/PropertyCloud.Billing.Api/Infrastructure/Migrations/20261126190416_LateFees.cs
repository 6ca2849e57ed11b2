using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Billing.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class LateFees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_bill_adjustments_bill_id",
                table: "bill_adjustments");

            migrationBuilder.AddColumn<decimal>(
                name: "late_fee_cap_percent",
                table: "dunning_policies",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "late_fee_grace_days",
                table: "dunning_policies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "late_fee_start",
                table: "dunning_policies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "FromDueDate");

            migrationBuilder.AddColumn<DateOnly>(
                name: "last_paid_on",
                table: "bills",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "late_fee_assessed_on",
                table: "bills",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "late_fee_charged",
                table: "bills",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "late_fee_month",
                table: "bill_adjustments",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_bill_adjustments_bill_id_late_fee_month",
                table: "bill_adjustments",
                columns: new[] { "bill_id", "late_fee_month" },
                unique: true,
                filter: "late_fee_month IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_bill_adjustments_bill_id_late_fee_month",
                table: "bill_adjustments");

            migrationBuilder.DropColumn(
                name: "late_fee_cap_percent",
                table: "dunning_policies");

            migrationBuilder.DropColumn(
                name: "late_fee_grace_days",
                table: "dunning_policies");

            migrationBuilder.DropColumn(
                name: "late_fee_start",
                table: "dunning_policies");

            migrationBuilder.DropColumn(
                name: "last_paid_on",
                table: "bills");

            migrationBuilder.DropColumn(
                name: "late_fee_assessed_on",
                table: "bills");

            migrationBuilder.DropColumn(
                name: "late_fee_charged",
                table: "bills");

            migrationBuilder.DropColumn(
                name: "late_fee_month",
                table: "bill_adjustments");

            migrationBuilder.CreateIndex(
                name: "ix_bill_adjustments_bill_id",
                table: "bill_adjustments",
                column: "bill_id");
        }
    }
}
