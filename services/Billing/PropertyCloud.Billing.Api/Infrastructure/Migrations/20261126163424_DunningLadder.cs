using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Billing.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DunningLadder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dunning_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bill_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    step = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    days_overdue = table.Column<int>(type: "integer", nullable: false),
                    amount_owed = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    late_fee = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dunning_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_dunning_notices_bills_bill_id",
                        column: x => x.bill_id,
                        principalTable: "bills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dunning_policies",
                columns: table => new
                {
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reminder_after_days = table.Column<int>(type: "integer", nullable: false),
                    notice_after_days = table.Column<int>(type: "integer", nullable: false),
                    final_notice_after_days = table.Column<int>(type: "integer", nullable: false),
                    late_fee_daily_rate = table.Column<decimal>(type: "numeric(8,6)", precision: 8, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dunning_policies", x => x.estate_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dunning_notices_bill_id_step",
                table: "dunning_notices",
                columns: new[] { "bill_id", "step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dunning_notices_estate_id_unit_id",
                table: "dunning_notices",
                columns: new[] { "estate_id", "unit_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dunning_notices");

            migrationBuilder.DropTable(
                name: "dunning_policies");
        }
    }
}
