using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Repairs.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ResidentComplaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "complainant_id",
                table: "complaints",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_estate_id_complainant_id_received_at",
                table: "complaints",
                columns: new[] { "estate_id", "complainant_id", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_complaints_estate_id_complainant_id_received_at",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "complainant_id",
                table: "complaints");
        }
    }
}
