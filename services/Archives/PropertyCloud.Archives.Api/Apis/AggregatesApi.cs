using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.Archives.Api.Extensions;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>
/// What group-level users (group administration, quality) see across estates: figures per estate. A resident's own
/// file is read only through an approved, logged loan (see <see cref="DocumentAccess"/>).
/// </summary>
public static class AggregatesApi
{
    public static RouteGroupBuilder MapAggregatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/aggregates").WithTags("Aggregates").RequireAuthorization(ArchivesPolicies.SeeAggregates);
        api.MapGet("/", PerEstate);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<EstateArchiveFigures>>> PerEstate([AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var now = services.Clock.GetUtcNow();
        var files = await db.CustomerFiles.GroupBy(f => f.EstateId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var documents = await db.Documents.Where(d => d.DestroyedAt == null).GroupBy(d => new { d.EstateId, d.Level })
            .Select(g => new { g.Key.EstateId, g.Key.Level, Count = g.Count() }).ToListAsync(cancellationToken);
        var due = await db.Documents.Where(d => d.DestroyedAt == null && d.LegalHoldReason == null && d.RetainUntil <= now)
            .GroupBy(d => d.EstateId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var loans = await db.Loans.Where(l => l.Status == LoanStatus.Approved && l.Kind == LoanKind.Reading).GroupBy(l => l.EstateId)
            .Select(g => new { g.Key, Out = g.Count(), Overdue = g.Count(l => l.DueAt < now) }).ToDictionaryAsync(g => g.Key, cancellationToken);
        var missing = await db.MissingItems.Where(m => m.ResolvedAt == null).GroupBy(m => m.EstateId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var estates = files.Keys.Union(documents.Select(d => d.EstateId)).Order();
        return TypedResults.Ok<IReadOnlyList<EstateArchiveFigures>>([.. estates.Select(estateId =>
        {
            int Level(ConfidentialityLevel level) => documents.Where(d => d.EstateId == estateId && d.Level == level).Sum(d => d.Count);
            var lent = loans.GetValueOrDefault(estateId);
            return new EstateArchiveFigures(estateId, files.GetValueOrDefault(estateId),
                documents.Where(d => d.EstateId == estateId).Sum(d => d.Count), Level(ConfidentialityLevel.A), Level(ConfidentialityLevel.B),
                Level(ConfidentialityLevel.C), lent?.Out ?? 0, lent?.Overdue ?? 0, due.GetValueOrDefault(estateId), missing.GetValueOrDefault(estateId));
        })]);
    }
}
