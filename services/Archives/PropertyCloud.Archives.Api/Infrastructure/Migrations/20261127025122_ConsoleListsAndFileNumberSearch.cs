using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Archives.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ConsoleListsAndFileNumberSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "acted_by_name",
                table: "destruction_batches",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "approved_by_name",
                table: "destruction_batches",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "proposed_by_name",
                table: "destruction_batches",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "witnessed_by_name",
                table: "destruction_batches",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            // Batches from before names were kept: the approver and the witness are named in the audit log; the proposer and
            // the one who destroyed are not, and stay shown by id.
            migrationBuilder.Sql("""
                UPDATE destruction_batches b SET approved_by_name = a.actor_name
                FROM audit_entries a WHERE a.subject_id = b.id AND a.action = 'destruction.approved';
                UPDATE destruction_batches b SET witnessed_by_name = a.actor_name
                FROM audit_entries a WHERE a.subject_id = b.id AND a.action = 'documents.destroyed';
                """);

            migrationBuilder.CreateIndex(
                name: "ix_reconciliations_pending",
                table: "reconciliations",
                columns: new[] { "estate_id", "started_at" },
                filter: "completed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_destruction_batches_estate_id_proposed_at",
                table: "destruction_batches",
                columns: new[] { "estate_id", "proposed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_customer_files_estate_id_file_number_prefix",
                table: "customer_files",
                columns: new[] { "estate_id", "file_number" })
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "varchar_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_reconciliations_pending",
                table: "reconciliations");

            migrationBuilder.DropIndex(
                name: "ix_destruction_batches_estate_id_proposed_at",
                table: "destruction_batches");

            migrationBuilder.DropIndex(
                name: "ix_customer_files_estate_id_file_number_prefix",
                table: "customer_files");

            migrationBuilder.DropColumn(
                name: "acted_by_name",
                table: "destruction_batches");

            migrationBuilder.DropColumn(
                name: "approved_by_name",
                table: "destruction_batches");

            migrationBuilder.DropColumn(
                name: "proposed_by_name",
                table: "destruction_batches");

            migrationBuilder.DropColumn(
                name: "witnessed_by_name",
                table: "destruction_batches");
        }
    }
}
