using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Billing.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DunningSchedule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "last_dunning_step",
                table: "bills",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            // Bills keep the rung they reached: carry over the notices recorded before the column existed.
            migrationBuilder.Sql("""
                UPDATE bills b SET last_dunning_step = n.step
                FROM (SELECT DISTINCT ON (bill_id) bill_id, step FROM dunning_notices
                      ORDER BY bill_id, CASE step WHEN 'FinalNotice' THEN 3 WHEN 'Notice' THEN 2 ELSE 1 END DESC) n
                WHERE n.bill_id = b.id
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "last_dunning_step",
                table: "bills");
        }
    }
}
