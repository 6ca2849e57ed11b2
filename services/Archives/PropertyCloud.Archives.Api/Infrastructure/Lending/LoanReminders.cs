using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Archives.Api.Infrastructure.Lending;

/// <summary>
/// Reminders about loans: each overdue loan raises <see cref="LoanOverdue"/> once (rows claimed with SKIP LOCKED, so
/// instances share the work), and from the 5th of each month every estate with loans gets its report of items out.
/// </summary>
public sealed class LoanReminders(ArchivesDb db)
{
    private const int BatchSize = 100;

    public async Task<int> RaiseOverdueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        now = now.ToUniversalTime();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var due = await db.Loans.FromSql($"""
                SELECT *, xmin FROM loans WHERE status = 'Approved' AND kind = 'Reading' AND overdue_notified_at IS NULL AND due_at < {now}
                ORDER BY due_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            foreach (var loan in due.Where(l => l.MarkOverdue(now)))
            {
                db.AddIntegrationEvent(new LoanOverdue
                {
                    EventId = Guid.CreateVersion7(), OccurredAt = now, EstateId = loan.EstateId, LoanId = loan.Id,
                    DocumentId = loan.DocumentId, BorrowerId = loan.BorrowerId, DueAt = loan.DueAt,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return due.Count;
        });
    }

    /// <summary>Generates this month's report for every estate with loans that lacks one, once the 5th has come.</summary>
    public async Task<int> GenerateMonthlyReportsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        now = now.ToUniversalTime();
        var local = EstateCalendar.Local(now);
        if (local.Day < LoanMonthlyReport.GenerationDay)
        {
            return 0;
        }
        var month = local.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var estates = await db.Loans.Select(l => l.EstateId).Distinct()
            .Where(e => !db.LoanMonthlyReports.Any(r => r.EstateId == e && r.Month == month)).ToListAsync(cancellationToken);
        var generated = 0;
        foreach (var estateId in estates)
        {
            var outstanding = await db.Loans.AsNoTracking().Where(l => l.EstateId == estateId && l.Status == LoanStatus.Approved && l.Kind == LoanKind.Reading)
                .Join(db.Documents, l => l.DocumentId, d => d.Id, (l, d) => new { Loan = l, d.Title })
                .OrderBy(x => x.Loan.DueAt).ToListAsync(cancellationToken);
            var report = LoanMonthlyReport.Generate(estateId, month, outstanding.Select(x => new OutstandingLoan(
                x.Loan.Id, x.Loan.DocumentId, x.Title, x.Loan.Level.ToString(), x.Loan.BorrowerName, x.Loan.ApprovedAt ?? x.Loan.RequestedAt,
                x.Loan.DueAt, x.Loan.DueAt < now)), now);
            db.LoanMonthlyReports.Add(report);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                generated++;
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                db.Entry(report).State = EntityState.Detached; // another instance generated it first
            }
        }
        return generated;
    }
}
