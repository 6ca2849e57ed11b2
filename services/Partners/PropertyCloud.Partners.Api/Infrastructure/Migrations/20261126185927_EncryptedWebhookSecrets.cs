using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Partners.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class EncryptedWebhookSecrets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Kept, not dropped: secrets stored before encryption are still read (the protector passes "whsec_" values through).
            migrationBuilder.RenameColumn(
                name: "webhook_secret",
                table: "partners",
                newName: "protected_webhook_secret");

            migrationBuilder.AlterColumn<string>(
                name: "protected_webhook_secret",
                table: "partners",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "protected_webhook_secret",
                table: "partners",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400,
                oldNullable: true);

            migrationBuilder.RenameColumn(
                name: "protected_webhook_secret",
                table: "partners",
                newName: "webhook_secret");
        }
    }
}
