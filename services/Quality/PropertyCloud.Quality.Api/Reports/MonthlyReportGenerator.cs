using Microsoft.EntityFrameworkCore;
using PropertyCloud.Quality.Api.Figures;
using PropertyCloud.Quality.Api.Infrastructure;

namespace PropertyCloud.Quality.Api.Reports;

/// <summary>Builds the monthly reports of the group and of every company for a month.</summary>
public sealed class MonthlyReportGenerator(QualityDb db, TimeProvider clock)
{
    private const long ClaimKey = 0x5175616c5265; // "QualRe"

    /// <summary>
    /// Generates the month's missing reports (all of them when <paramref name="regenerate"/>), unless another
    /// instance is doing so right now: the work is claimed with a transaction-scoped advisory lock, and the unique
    /// (scope, company, month) index stops a second copy even without it. Returns how many reports were written.
    /// </summary>
    public async Task<int> GenerateAsync(DateOnly month, bool regenerate, CancellationToken cancellationToken)
    {
        month = QualityCalendar.FirstOfMonth(month);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Database
                .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({ClaimKey}) AS \"Value\"")
                .SingleAsync(cancellationToken);
            if (!claimed)
            {
                return 0;
            }
            var written = 0;
            var companies = await db.Estates.Select(e => e.Company).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
            foreach (var (scope, company) in companies.Select(c => (MonthlyReport.CompanyScope, c)).Prepend((MonthlyReport.GroupScope, "")))
            {
                var existing = await db.MonthlyReports.FirstOrDefaultAsync(r => r.Scope == scope && r.Company == company && r.Month == month, cancellationToken);
                if (existing is not null && !regenerate)
                {
                    continue;
                }
                var content = await ContentAsync(scope, company, month, cancellationToken);
                var (html, xlsx) = (HtmlReport.Render(content), XlsxReport.Render(content));
                if (existing is null)
                {
                    db.MonthlyReports.Add(MonthlyReport.Generated(scope, company, month, html, xlsx, clock.GetUtcNow()));
                }
                else
                {
                    existing.Regenerate(html, xlsx, clock.GetUtcNow());
                }
                written++;
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return written;
        });
    }

    private async Task<ReportContent> ContentAsync(string scope, string company, DateOnly month, CancellationToken cancellationToken)
    {
        var figureScope = scope == MonthlyReport.GroupScope
            ? FigureScope.Group
            : FigureScope.Of(await db.Estates.Where(e => e.Company == company).Select(e => e.EstateId).ToListAsync(cancellationToken));
        var (from, to) = (month, QualityCalendar.LastOfMonth(month));
        var today = QualityCalendar.Today(clock);
        var totals = await FiguresReader.FiguresAsync(db, figureScope, Granularity.Month, from, to, today, cancellationToken);
        var estates = await LeagueTable.ReadAsync(db, figureScope, from, to, today, cancellationToken);
        var title = $"{(scope == MonthlyReport.GroupScope ? "集团" : company)} 品质月报 {month.Year}年{month.Month}月";
        return new ReportContent(title, month, totals, estates);
    }
}
