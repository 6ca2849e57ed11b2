using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Billing.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class BillListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_bills_estate_id_period",
                table: "bills");

            migrationBuilder.CreateIndex(
                name: "ix_bills_estate_id_period_unit_id",
                table: "bills",
                columns: new[] { "estate_id", "period", "unit_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_bills_estate_id_period_unit_id",
                table: "bills");

            migrationBuilder.CreateIndex(
                name: "ix_bills_estate_id_period",
                table: "bills",
                columns: new[] { "estate_id", "period" });
        }
    }
}
