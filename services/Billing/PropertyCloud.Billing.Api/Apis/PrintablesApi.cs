using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.Billing.Api.Printables;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Printable receipts and dunning notices (HTML pages), and the dunning list as XLSX.</summary>
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
        app.MapGroup("api/billing/me/estates/{estateId:guid}").WithTags("My bills").RequireAuthorization(BillingPolicies.OwnBills)
            .MapGet("/payments/{paymentId:guid}/receipt", PrintMyReceipt);
        return app;
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> PrintReceipt(
        Guid estateId, Guid paymentId, [AsParameters] BillingServices services, CancellationToken cancellationToken) =>
        await ReceiptAsync(services, estateId, paymentId, services.Db.Units.Where(u => u.EstateId == estateId).Select(u => u.Id), cancellationToken);

    /// <summary>An owner's or tenant's receipt; other units' payments answer 404.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> PrintMyReceipt(
        Guid estateId, Guid paymentId, [AsParameters] BillingServices services, CancellationToken cancellationToken) =>
        await ReceiptAsync(services, estateId, paymentId, services.Db.UnitsOfAccount(estateId, services.User.Id ?? ""), cancellationToken);

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> PrintNotice(
        Guid estateId, Guid noticeId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var notice = await services.Db.DunningNotices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId && n.EstateId == estateId, cancellationToken);
        var unit = notice is null ? null : await UnitsApi.FindAsync(services, estateId, notice.UnitId, cancellationToken);
        return notice is null || unit is null
            ? ApiProblems.NotFound(NoticeText, noticeId)
            : TypedResults.Content(DunningNoticePage.Render(notice, unit), Html);
    }

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

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReceiptAsync(
        BillingServices services, Guid estateId, Guid paymentId, IQueryable<Guid> visibleUnits, CancellationToken cancellationToken)
    {
        var payment = await services.Db.Payments.AsNoTracking().Include(p => p.Allocations)
            .FirstOrDefaultAsync(p => p.Id == paymentId && p.EstateId == estateId && visibleUnits.Contains(p.UnitId), cancellationToken);
        var unit = payment is null ? null : await UnitsApi.FindAsync(services, estateId, payment.UnitId, cancellationToken);
        return payment is null || unit is null
            ? ApiProblems.NotFound(PaymentText, paymentId)
            : TypedResults.Content(ReceiptPage.Render(payment, unit), Html);
    }
}
