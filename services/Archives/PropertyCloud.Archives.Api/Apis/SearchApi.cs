using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Search;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>
/// Full-text search over an estate's documents: titles, index numbers, categories and the text of text-based PDFs and
/// Office files. Any substring matches (trigram index), so Chinese needs no word segmentation; PostgreSQL's own
/// full-text matching adds word matches for multi-word queries.
/// </summary>
public static class SearchApi
{
    public const int MaxHits = 50;
    private const int SnippetRadius = 40;

    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/estates/{estateId:guid}/search").WithTags("Search")
            .RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapGet("/", Search);
        return api;
    }

    /// <summary>
    /// Documents whose title, metadata or text contain <paramref name="q"/>, newest first. Text snippets are shown for level C
    /// documents only: a snippet of an A or B document would be a read without a loan or an audit entry.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<SearchHit>>, ProblemHttpResult>> Search(
        Guid estateId, string? q, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var query = DocumentSearchEntry.Normalise(q?.Trim() ?? "");
        if (query.Length is < 2 or > 100)
        {
            var text = new LocalizedText("检索词须为 2 至 100 个字符", "The search term must be 2 to 100 characters");
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: text.ToString(),
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["q"] = [text.ToString()] } });
        }
        var pattern = LikePatterns.Containing(query);
        var hits = await services.Db.DocumentSearch.AsNoTracking()
            .Where(e => e.EstateId == estateId && (EF.Functions.ILike(e.SearchText, pattern)
                || EF.Functions.ToTsVector("simple", e.SearchText).Matches(EF.Functions.PlainToTsQuery("simple", query))))
            .Join(services.Db.Documents.Where(d => d.EstateId == estateId && d.DestroyedAt == null), e => e.DocumentId, d => d.Id, (e, d) => new { Document = d, e.SearchText })
            .OrderByDescending(x => x.Document.FiledAt).Take(MaxHits).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SearchHit>>([.. hits.Select(h => SearchHit.From(h.Document,
            h.Document.Level == ConfidentialityLevel.C ? Snippet(h.SearchText, query) : null))]);
    }

    private static string? Snippet(string text, string query)
    {
        var at = text.IndexOf(query, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }
        var start = Math.Max(0, at - SnippetRadius);
        var end = Math.Min(text.Length, at + query.Length + SnippetRadius);
        return text[start..end].Replace('\n', ' ');
    }
}
