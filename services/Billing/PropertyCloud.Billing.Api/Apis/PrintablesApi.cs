using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.Billing.Api.Printables;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>
/// Printable receipts and dunning notices — HTML pages, or the same page as PDF with <c>?format=pdf</c> (any other format
/// is 422 naming it) — and the dunning
/// list and recorded notices as XLSX.
/// </summary>
public static class PrintablesApi
{
    private const string Html = "text/html; charset=utf-8";
    private static readonly LocalizedText NoticeText = new("催费记录", "dunning notice");
    private static readonly LocalizedText PaymentText = new("缴费记录", "payment");

    public static IEndpointRouteBuilder MapPrintablesApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("api/billing/estates/{estateId:guid}").WithTags("Printables").RequireAuthorization(BillingPolicies.ReadBilling);
        staff.MapGet("/payments/{paymentId:guid}/receipt", PrintReceipt);
        staff.MapGet("/dunning/notices/{noticeId:guid}/print", PrintNotice);
        staff.MapGet("/dunning/export", ExportDunningList);
        staff.MapGet("/dunning/notices/export", ExportNotices);
        app.MapGroup("api/billing/me/estates/{estateId:guid}").WithTags("My bills").RequireAuthorization(BillingPolicies.OwnBills)
            .MapGet("/payments/{paymentId:guid}/receipt", PrintMyReceipt);
        return app;
    }

    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> PrintReceipt(
        Guid estateId, Guid paymentId, string? format, IPdfRenderer pdf, [AsParameters] BillingServices services, CancellationToken cancellationToken) =>
        await ReceiptAsync(services, estateId, paymentId, services.Db.Units.Where(u => u.EstateId == estateId).Select(u => u.Id),
            PrintFormat.IsPdf(format), pdf, cancellationToken);

    /// <summary>An owner's or tenant's receipt; other units' payments answer 404.</summary>
    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> PrintMyReceipt(
        Guid estateId, Guid paymentId, string? format, IPdfRenderer pdf, [AsParameters] BillingServices services, CancellationToken cancellationToken) =>
        await ReceiptAsync(services, estateId, paymentId, services.Db.UnitsOfAccount(estateId, services.User.Id ?? ""),
            PrintFormat.IsPdf(format), pdf, cancellationToken);

    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> PrintNotice(
        Guid estateId, Guid noticeId, string? format, IPdfRenderer pdf, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var asPdf = PrintFormat.IsPdf(format);
        var notice = await services.Db.DunningNotices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId && n.EstateId == estateId, cancellationToken);
        var unit = notice is null ? null : await UnitsApi.FindAsync(services, estateId, notice.UnitId, cancellationToken);
        return notice is null || unit is null
            ? ApiProblems.NotFound(NoticeText, noticeId)
            : await PageAsync(DunningNoticePage.Render(notice, unit), asPdf, pdf, $"dunning-notice-{notice.Period}-{unit.Number}.pdf", cancellationToken);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportNotices(
        Guid estateId, [AsParameters] DunningNoticeFilter filter, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var today = EstateCalendar.Day(services.Clock.GetUtcNow());
        var rows = await DunningNoticeQuery.Of(services, estateId, filter, today).ToListAsync(cancellationToken);
        var bytes = await NoticesWorkbook.WriteAsync([.. rows.Select(r => r.ToResponse(today))], cancellationToken);
        return TypedResults.File(bytes, ArrearsWorkbook.ContentType, $"dunning-notices-{today:yyyyMMdd}.xlsx");
    }

    /// <summary>The page as HTML, or printed to PDF from the same markup.</summary>
    private static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> PageAsync(
        string html, bool asPdf, IPdfRenderer pdf, string fileName, CancellationToken cancellationToken) =>
        asPdf
            ? TypedResults.File(await pdf.RenderAsync(html, cancellationToken), "application/pdf", fileName)
            : TypedResults.Content(html, Html);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportDunningList(
        Guid estateId, string? buildingCode, DebtAge? minAge, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var list = await DunningApi.GetDunningList(estateId, buildingCode, minAge, services, cancellationToken);
        if (list.Result is not Ok<DunningListResponse> { Value: { } dunning })
        {
            return (ProblemHttpResult)list.Result;
        }
        var bytes = await ArrearsWorkbook.WriteAsync(dunning.Units, cancellationToken);
        return TypedResults.File(bytes, ArrearsWorkbook.ContentType, $"dunning-{dunning.AsOf:yyyyMMdd}.xlsx");
    }

    private static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> ReceiptAsync(
        BillingServices services, Guid estateId, Guid paymentId, IQueryable<Guid> visibleUnits, bool asPdf, IPdfRenderer pdf,
        CancellationToken cancellationToken)
    {
        var payment = await services.Db.Payments.AsNoTracking().Include(p => p.Allocations)
            .FirstOrDefaultAsync(p => p.Id == paymentId && p.EstateId == estateId && visibleUnits.Contains(p.UnitId), cancellationToken);
        var unit = payment is null ? null : await UnitsApi.FindAsync(services, estateId, payment.UnitId, cancellationToken);
        return payment is null || unit is null
            ? ApiProblems.NotFound(PaymentText, paymentId)
            : await PageAsync(ReceiptPage.Render(payment, unit), asPdf, pdf, $"receipt-{payment.ReceiptNumber}.pdf", cancellationToken);
    }
}
