using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PropertyCloud.Residents.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OwnerRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "building_code",
                table: "units",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "units",
                type: "text",
                nullable: false,
                computedColumnSql: "building_code || ' ' || entrance || '单元 ' || number || ' ' || layout || ' ' || CASE usage WHEN 'Residence' THEN '居住' WHEN 'RentedOut' THEN '出租' WHEN 'Storage' THEN '仓库' WHEN 'Commercial' THEN '商用' WHEN 'Vacant' THEN '空置' ELSE '' END || ' ' || usage || ' ' || building_area::text || '㎡'",
                stored: true);

            migrationBuilder.Sql("UPDATE units u SET building_code = b.code FROM buildings b WHERE b.id = u.building_id;");

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lookup_keys",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    protected_key = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lookup_keys", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "owners",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    gender = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    id_document_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    id_number_cipher = table.Column<string>(type: "text", nullable: false),
                    id_number_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    id_number_masked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    native_place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    moved_in_on = table.Column<DateOnly>(type: "date", nullable: true),
                    user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false, computedColumnSql: "name || ' ' || phone", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_owners", x => x.id);
                    table.ForeignKey(
                        name: "fk_owners_estates_estate_id",
                        column: x => x.estate_id,
                        principalTable: "estates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "personal_data_disclosures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    viewer_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    viewer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    viewer_roles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    disclosed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personal_data_disclosures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tenancies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    lease_starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    lease_ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenancies", x => x.id);
                    table.ForeignKey(
                        name: "fk_tenancies_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "emergency_contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    relationship = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_emergency_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_emergency_contacts_owners_owner_id",
                        column: x => x.owner_id,
                        principalTable: "owners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "household_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    relationship = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    gender = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_household_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_household_members_owners_owner_id",
                        column: x => x.owner_id,
                        principalTable: "owners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ownerships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    estate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ownerships", x => x.id);
                    table.ForeignKey(
                        name: "fk_ownerships_owners_owner_id",
                        column: x => x.owner_id,
                        principalTable: "owners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ownerships_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_units_estate_id_building_code",
                table: "units",
                columns: new[] { "estate_id", "building_code" });

            migrationBuilder.CreateIndex(
                name: "ix_units_estate_id_usage",
                table: "units",
                columns: new[] { "estate_id", "usage" });

            migrationBuilder.CreateIndex(
                name: "ix_units_search_text",
                table: "units",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_emergency_contacts_owner_id",
                table: "emergency_contacts",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_household_members_owner_id",
                table: "household_members",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_owners_estate_id_id_number_hash",
                table: "owners",
                columns: new[] { "estate_id", "id_number_hash" });

            migrationBuilder.CreateIndex(
                name: "ix_owners_estate_id_name",
                table: "owners",
                columns: new[] { "estate_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_owners_estate_id_user_id",
                table: "owners",
                columns: new[] { "estate_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_owners_search_text",
                table: "owners",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_ownerships_estate_id",
                table: "ownerships",
                column: "estate_id");

            migrationBuilder.CreateIndex(
                name: "ix_ownerships_owner_id",
                table: "ownerships",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_ownerships_unit_id_owner_id",
                table: "ownerships",
                columns: new[] { "unit_id", "owner_id" },
                unique: true,
                filter: "ended_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_disclosures_estate_id_disclosed_at",
                table: "personal_data_disclosures",
                columns: new[] { "estate_id", "disclosed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tenancies_estate_id_user_id",
                table: "tenancies",
                columns: new[] { "estate_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tenancies_unit_id",
                table: "tenancies",
                column: "unit_id");

            // The disclosure audit is append-only: even the service itself cannot change or remove an entry.
            migrationBuilder.Sql("""
                CREATE FUNCTION personal_data_disclosures_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'personal_data_disclosures is append-only';
                END $$;
                CREATE TRIGGER personal_data_disclosures_append_only
                    BEFORE UPDATE OR DELETE OR TRUNCATE ON personal_data_disclosures
                    FOR EACH STATEMENT EXECUTE FUNCTION personal_data_disclosures_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS personal_data_disclosures_append_only ON personal_data_disclosures;
                DROP FUNCTION IF EXISTS personal_data_disclosures_append_only();
                """);

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "emergency_contacts");

            migrationBuilder.DropTable(
                name: "household_members");

            migrationBuilder.DropTable(
                name: "lookup_keys");

            migrationBuilder.DropTable(
                name: "ownerships");

            migrationBuilder.DropTable(
                name: "personal_data_disclosures");

            migrationBuilder.DropTable(
                name: "tenancies");

            migrationBuilder.DropTable(
                name: "owners");

            migrationBuilder.DropIndex(
                name: "ix_units_estate_id_building_code",
                table: "units");

            migrationBuilder.DropIndex(
                name: "ix_units_estate_id_usage",
                table: "units");

            migrationBuilder.DropIndex(
                name: "ix_units_search_text",
                table: "units");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "units");

            migrationBuilder.DropColumn(
                name: "building_code",
                table: "units");
        }
    }
}
