using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Repairs.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SlaPausesAndReclassification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "allowed_minutes",
                table: "sla_deadlines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "paused",
                table: "sla_deadlines",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "pauses",
                table: "repair_orders",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reclassifications",
                table: "repair_orders",
                type: "jsonb",
                nullable: true);

            // Orders taken in before SLA time was kept per target: around the clock the time allowed is due minus intake;
            // normal urgency counted service hours, so take the estate's policy, else the documented default.
            migrationBuilder.Sql("""
                UPDATE sla_deadlines d SET allowed_minutes = CASE
                    WHEN o.urgency <> 'Normal' THEN round(extract(epoch FROM d.due_at - o.opened_at) / 60)::int
                    ELSE COALESCE(
                        (SELECT CASE d.target WHEN 'Response' THEN p.response_minutes WHEN 'OnSite' THEN p.on_site_minutes ELSE p.resolution_minutes END
                         FROM sla_policies p WHERE p.estate_id = o.estate_id AND p.category = o.category AND p.urgency = o.urgency),
                        CASE d.target WHEN 'Response' THEN 120 WHEN 'OnSite' THEN 1440 ELSE 4320 END)
                    END
                FROM repair_orders o WHERE o.id = d.repair_order_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "allowed_minutes",
                table: "sla_deadlines");

            migrationBuilder.DropColumn(
                name: "paused",
                table: "sla_deadlines");

            migrationBuilder.DropColumn(
                name: "pauses",
                table: "repair_orders");

            migrationBuilder.DropColumn(
                name: "reclassifications",
                table: "repair_orders");
        }
    }
}
