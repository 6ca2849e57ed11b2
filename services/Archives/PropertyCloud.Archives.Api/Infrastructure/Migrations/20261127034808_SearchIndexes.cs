using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyCloud.Archives.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_documents_estate_id_filed_at",
                table: "documents",
                columns: new[] { "estate_id", "filed_at" },
                filter: "destroyed_at IS NULL");

            // Search ORs the trigram match with to_tsvector('simple', search_text) @@ plainto_tsquery(...): without an index on
            // the same expression the OR cannot be a BitmapOr of two index scans and every entry of the estate is read
            // (benchmarks/archives/search.sh). EF cannot describe an expression index, hence SQL; the expression must stay
            // exactly the one SearchApi's query produces.
            migrationBuilder.Sql(
                "CREATE INDEX ix_document_search_search_vector ON document_search USING gin (to_tsvector('simple'::regconfig, search_text));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_document_search_search_vector;");

            migrationBuilder.DropIndex(
                name: "ix_documents_estate_id_filed_at",
                table: "documents");
        }
    }
}
