using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Repairs.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class QueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_sla_deadlines_running",
                table: "sla_deadlines",
                columns: new[] { "repair_order_id", "due_at" },
                filter: "met_at IS NULL AND NOT paused");

            migrationBuilder.CreateIndex(
                name: "ix_repair_orders_estate_id_urgency",
                table: "repair_orders",
                columns: new[] { "estate_id", "urgency" });

            // The queue's order (RepairOrdersApi.Queued) as expression indexes, so a page is read in index order instead of
            // sorting every order of the estate; the CASE is the one EF writes for Queued, or PostgreSQL will not match it.
            migrationBuilder.Sql($"CREATE INDEX ix_repair_orders_queue ON repair_orders (estate_id, ({UrgencyRank}), opened_at, id)");
            migrationBuilder.Sql($"CREATE INDEX ix_repair_orders_status_queue ON repair_orders (estate_id, status, ({UrgencyRank}), opened_at, id)");
        }

        private const string UrgencyRank = "CASE WHEN urgency = 'Emergency' THEN 0 WHEN urgency = 'Urgent' THEN 1 ELSE 2 END";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_repair_orders_status_queue");
            migrationBuilder.Sql("DROP INDEX ix_repair_orders_queue");

            migrationBuilder.DropIndex(
                name: "ix_sla_deadlines_running",
                table: "sla_deadlines");

            migrationBuilder.DropIndex(
                name: "ix_repair_orders_estate_id_urgency",
                table: "repair_orders");
        }
    }
}
