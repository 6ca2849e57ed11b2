using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Who may read a document, and the audit entry every read of an A or B document leaves.</summary>
internal static class DocumentAccess
{
    private static readonly LocalizedText NeedsLoan =
        new("查阅此档案须先经批准借阅", "Reading this document needs an approved loan");

    public static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: NeedsLoan.ToString());

    /// <summary>
    /// Whoever <see cref="ReadsWithoutLoanAsync"/>; anyone else only during an approved, unreturned, not overdue electronic
    /// reading loan.
    /// </summary>
    public static async Task<bool> MayReadAsync(ArchivesServices services, ArchiveDocument document, CancellationToken cancellationToken)
    {
        if (await ReadsWithoutLoanAsync(services, document, cancellationToken))
        {
            return true;
        }
        var userId = services.User.Id;
        var now = services.Clock.GetUtcNow();
        return userId is not null && await services.Db.Loans.AnyAsync(
            l => l.DocumentId == document.Id && l.BorrowerId == userId && l.Status == LoanStatus.Approved && l.DueAt >= now
                && l.Kind == LoanKind.Reading && l.Medium == LoanMedium.Electronic,
            cancellationToken);
    }

    /// <summary>
    /// The estate's archive clerk and manager read its documents as they are. The group administrator does too, except in
    /// a resident's customer file: group-level users see aggregates, and an individual resident's file takes an approved,
    /// logged loan like anyone else's reading. Whoever reads through a loan sees A and B documents watermarked.
    /// </summary>
    public static async Task<bool> ReadsWithoutLoanAsync(ArchivesServices services, ArchiveDocument document, CancellationToken cancellationToken) =>
        ArchivesPolicies.EstateCustodians.Any(services.User.IsInRole)
        || (services.User.IsInRole(Roles.GroupAdmin) && !await services.Db.CustomerFiles.AnyAsync(f => f.Id == document.FileId, cancellationToken));

    /// <summary>Writes the read of an A or B document to the audit chain, committed before the content is served.</summary>
    public static async Task RecordReadAsync(
        ArchivesServices services, ArchiveDocument document, string action, string details, CancellationToken cancellationToken)
    {
        if (!document.IsConfidential)
        {
            return;
        }
        var record = new AuditRecord(document.EstateId, action, services.User.Id ?? "", services.User.Name ?? "", document.Id,
            $"level {document.Level}; {details}");
        await services.Db.InTransactionAsync(async () =>
        {
            await services.Audit.AppendAsync(services.Db, record, cancellationToken);
            return true;
        }, cancellationToken);
    }
}
