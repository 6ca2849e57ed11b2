using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Extensions;
using PropertyCloud.Quality.Api.Reports;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>Monthly quality reports of the group and each company: listed, read as HTML, downloaded as XLSX, generated on demand.</summary>
public static class ReportsApi
{
    internal static readonly LocalizedText Report = new("品质月报", "quality report");

    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/quality/reports").WithTags("Reports").RequireAuthorization(QualityPolicies.Supervise);
        api.MapGet("/", ListReports);
        api.MapGet("/{reportId:guid}", ReadHtml);
        api.MapGet("/{reportId:guid}/xlsx", DownloadXlsx);
        api.MapPost("/generate", Generate);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ReportSummary>>> ListReports(
        DateOnly? month, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var query = services.Db.MonthlyReports.AsNoTracking();
        if (month is { } m)
        {
            var first = new DateOnly(m.Year, m.Month, 1);
            query = query.Where(r => r.Month == first);
        }
        var reports = await query.OrderByDescending(r => r.Month).ThenBy(r => r.Scope).ThenBy(r => r.Company)
            .Select(r => new ReportSummary(r.Id, r.Scope, r.Company, r.Month, r.GeneratedAt,
                $"/api/quality/reports/{r.Id}", $"/api/quality/reports/{r.Id}/xlsx"))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReportSummary>>(reports);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReadHtml(
        Guid reportId, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var html = await services.Db.MonthlyReports.Where(r => r.Id == reportId).Select(r => r.Html).FirstOrDefaultAsync(cancellationToken);
        return html is null ? ApiProblems.NotFound(Report, reportId) : TypedResults.Content(html, "text/html; charset=utf-8");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadXlsx(
        Guid reportId, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var report = await services.Db.MonthlyReports.AsNoTracking()
            .Where(r => r.Id == reportId).Select(r => new { r.Xlsx, r.Scope, r.Company, r.Month }).FirstOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return ApiProblems.NotFound(Report, reportId);
        }
        var name = $"quality-{report.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}-{(report.Scope == MonthlyReport.GroupScope ? "group" : report.Company)}.xlsx";
        return TypedResults.File(report.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    /// <summary>Generates (again) the reports of ?month=YYYY-MM-01 now, e.g. after late events or a rebuild.</summary>
    public static async Task<Ok<IReadOnlyList<ReportSummary>>> Generate(
        DateOnly month, MonthlyReportGenerator generator, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        await generator.GenerateAsync(month, regenerate: true, cancellationToken);
        return await ListReports(month, services, cancellationToken);
    }
}
