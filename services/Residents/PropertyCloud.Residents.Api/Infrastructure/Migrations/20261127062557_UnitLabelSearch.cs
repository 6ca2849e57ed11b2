using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Residents.Api.Infrastructure.Migrations
{
    /// <summary>
    /// Indexes for the unit picker (UnitSearch): the label order itself, so that the first page of an estate's units
    /// is read in order rather than sorted, and room numbers by prefix ("50" while typing "501"). Expressions EF
    /// cannot model, hence SQL; text_pattern_ops because LIKE 'x%' uses a plain index only under the C collation.
    /// </summary>
    public partial class UnitLabelSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX ix_units_label_order ON units (estate_id, length(building_code), building_code,
                    length(entrance), entrance, floor, length(number), number, id);
                CREATE INDEX ix_units_estate_id_number_prefix ON units (estate_id, number text_pattern_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_units_estate_id_number_prefix;
                DROP INDEX ix_units_label_order;
                """);
        }
    }
}
