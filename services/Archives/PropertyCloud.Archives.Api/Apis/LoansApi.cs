using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>
/// Loans (借阅) and copying requests (复印): request → (warrant verified, for police and court) → approval at the
/// document's level → return checked, or copies registered → closed.
/// </summary>
public static class LoansApi
{
    private static readonly LocalizedText LoanText = new("借阅记录", "loan");

    public static RouteGroupBuilder MapLoansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/estates/{estateId:guid}/loans").WithTags("Loans");
        api.MapGet("/", ListLoans).RequireAuthorization(ArchivesPolicies.RequestLoans);
        api.MapPost("/", RequestLoan).RequireAuthorization(ArchivesPolicies.RequestLoans).Validate<LoanRequest>();
        api.MapPost("/{loanId:guid}/approve", ApproveLoan).RequireAuthorization(ArchivesPolicies.ApproveLoans);
        api.MapPost("/{loanId:guid}/return", CheckReturn).RequireAuthorization(ArchivesPolicies.CheckReturns).Validate<LoanReturnRequest>();
        api.MapPost("/{loanId:guid}/warrant/verification", VerifyWarrant).RequireAuthorization(ArchivesPolicies.ManageDocuments);
        api.MapPost("/{loanId:guid}/copies", RegisterCopies).RequireAuthorization(ArchivesPolicies.CheckReturns).Validate<CopiesRequest>();
        api.MapGet("/monthly-reports", ListMonthlyReports).RequireAuthorization(ArchivesPolicies.ApproveLoans);
        return api;
    }

    /// <summary>Custodians see every loan of the estate; other staff see their own. <c>?overdue=true</c>: out and past due.</summary>
    public static async Task<Results<Ok<PagedResult<LoanResponse>>, ProblemHttpResult>> ListLoans(
        Guid estateId, LoanStatus? status, bool? overdue, [AsParameters] ArchivesServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        var query = services.Db.Loans.AsNoTracking().Where(l => l.EstateId == estateId);
        if (!ArchivesPolicies.Custodians.Any(services.User.IsInRole))
        {
            query = query.Where(l => l.BorrowerId == services.User.Id);
        }
        if (status is not null)
        {
            query = query.Where(l => l.Status == status);
        }
        if (overdue == true)
        {
            var now = services.Clock.GetUtcNow();
            query = query.Where(l => l.Status == LoanStatus.Approved && l.Kind == LoanKind.Reading && l.DueAt < now);
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(l => l.RequestedAt).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<LoanResponse>([.. items.Select(LoanResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Created<LoanResponse>, ProblemHttpResult>> RequestLoan(
        Guid estateId, LoanRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var document = await services.Db.Documents.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == request.DocumentId && d.EstateId == estateId && d.DestroyedAt == null, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound(DocumentsApi.DocumentText, request.DocumentId!);
        }
        var staffFileOf = await services.Db.ArchiveFiles.Where(f => f.Id == document.FileId).Select(f => f.StaffId).FirstOrDefaultAsync(cancellationToken);
        var loan = Loan.Request(document, staffFileOf, services.User.Id ?? "", services.User.Name ?? "", request.ToTerms(), services.Clock.GetUtcNow());
        services.Db.Loans.Add(loan);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/archives/estates/{estateId}/loans/{loan.Id}", LoanResponse.From(loan));
    }

    public static async Task<Results<Ok<LoanResponse>, ProblemHttpResult>> ApproveLoan(
        Guid estateId, Guid loanId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var approver = new Approver(services.User.Id ?? "", services.User.Name ?? "", Roles.All.Where(services.User.IsInRole).ToHashSet());
        var loan = await services.Db.InTransactionAsync(async () =>
        {
            var loan = await services.Db.Loans.FirstOrDefaultAsync(l => l.Id == loanId && l.EstateId == estateId, cancellationToken);
            if (loan is null)
            {
                return null;
            }
            var now = services.Clock.GetUtcNow();
            loan.Approve(approver, now);
            await services.Audit.AppendAsync(services.Db, new AuditRecord(estateId, AuditActions.LoanApproved, approver.Id, approver.Name,
                loan.Id, $"document {loan.DocumentId}; level {loan.Level}; borrower {loan.BorrowerId}; due {loan.DueAt:O}"), cancellationToken);
            services.Db.AddIntegrationEvent(new LoanApproved
            {
                EventId = Guid.CreateVersion7(),
                OccurredAt = now,
                EstateId = estateId,
                LoanId = loan.Id,
                DocumentId = loan.DocumentId,
                Level = loan.Level.ToString(),
                BorrowerId = loan.BorrowerId,
                DueAt = loan.DueAt,
            });
            return loan;
        }, cancellationToken);
        return loan is null ? ApiProblems.NotFound(LoanText, loanId) : TypedResults.Ok(LoanResponse.From(loan));
    }

    public static async Task<Results<Ok<LoanResponse>, ProblemHttpResult>> CheckReturn(
        Guid estateId, Guid loanId, LoanReturnRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var loan = await services.Db.Loans.FirstOrDefaultAsync(l => l.Id == loanId && l.EstateId == estateId, cancellationToken);
        if (loan is null)
        {
            return ApiProblems.NotFound(LoanText, loanId);
        }
        var now = services.Clock.GetUtcNow();
        loan.CheckReturn(services.User.Id ?? "", request.Complete!.Value, request.Note, now);
        services.Db.AddIntegrationEvent(new LoanReturned
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = now,
            EstateId = estateId,
            LoanId = loan.Id,
            DocumentId = loan.DocumentId,
            Complete = loan.ReturnedComplete!.Value,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(LoanResponse.From(loan));
    }

    /// <summary>A custodian other than the requester confirms the police or court warrant; the check goes to the audit log.</summary>
    public static async Task<Results<Ok<LoanResponse>, ProblemHttpResult>> VerifyWarrant(
        Guid estateId, Guid loanId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var loan = await services.Db.InTransactionAsync(async () =>
        {
            var loan = await services.Db.Loans.FirstOrDefaultAsync(l => l.Id == loanId && l.EstateId == estateId, cancellationToken);
            if (loan is null)
            {
                return null;
            }
            loan.VerifyWarrant(services.User.Id ?? "", services.Clock.GetUtcNow());
            await services.Audit.AppendAsync(services.Db, new AuditRecord(estateId, AuditActions.WarrantVerified, services.User.Id ?? "",
                services.User.Name ?? "", loan.Id, $"{loan.RequestedFor} warrant {loan.WarrantNumber} by {loan.WarrantAuthority}; document {loan.DocumentId}"),
                cancellationToken);
            return loan;
        }, cancellationToken);
        return loan is null ? ApiProblems.NotFound(LoanText, loanId) : TypedResults.Ok(LoanResponse.From(loan));
    }

    /// <summary>Registers the copies made of an approved copying request (number of copies and pages), closing it.</summary>
    public static async Task<Results<Ok<LoanResponse>, ProblemHttpResult>> RegisterCopies(
        Guid estateId, Guid loanId, CopiesRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var loan = await services.Db.Loans.FirstOrDefaultAsync(l => l.Id == loanId && l.EstateId == estateId, cancellationToken);
        if (loan is null)
        {
            return ApiProblems.NotFound(LoanText, loanId);
        }
        loan.RegisterCopies(request.Copies!.Value, request.Pages!.Value, services.User.Id ?? "", services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(LoanResponse.From(loan));
    }

    /// <summary>The monthly reports of items out and not returned, newest first (generated on the 5th).</summary>
    public static async Task<Ok<IReadOnlyList<LoanMonthlyReportResponse>>> ListMonthlyReports(
        Guid estateId, string? month, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var query = services.Db.LoanMonthlyReports.AsNoTracking().Where(r => r.EstateId == estateId);
        if (month is not null)
        {
            query = query.Where(r => r.Month == month);
        }
        var reports = await query.OrderByDescending(r => r.Month).Take(24).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<LoanMonthlyReportResponse>>([.. reports.Select(LoanMonthlyReportResponse.From)]);
    }
}
