using System.Globalization;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Exports;

/// <summary>
/// The repair-order queue as an XLSX workbook (报修工单), one row per order, headed and worded in the caller's language,
/// times in estate time.
/// </summary>
public static class RepairOrdersWorkbook
{
    public const string ContentType = LocalizedSheet.ContentType;

    public static readonly LocalizedText Sheet = new("报修工单", "Repair orders");

    public static readonly IReadOnlyList<LocalizedText> Columns =
    [
        new("工单号", "Order"), new("报修时间", "Reported at"), new("渠道", "Channel"), new("类别", "Category"), new("紧急程度", "Urgency"),
        new("状态", "Status"), new("超时", "Overdue"), new("位置", "Location"), new("描述", "Description"), new("报修人", "Reporter"),
        new("维修人", "Worker"), new("班组", "Team"), new("派工时间", "Dispatched at"), new("接单时间", "Accepted at"),
        new("到场时间", "On site at"), new("完工时间", "Completed at"), new("关闭时间", "Closed at"), new("工时（分钟）", "Labour (minutes)"),
        new("收费（元）", "Charge (CNY)"), new("满意度", "Satisfaction"),
    ];

    /// <summary>One order as the workbook shows it, read straight from the query.</summary>
    public sealed record Row(
        Guid Id, DateTimeOffset OpenedAt, RepairChannel Channel, RepairCategory Category, RepairUrgency Urgency, RepairOrderStatus Status,
        bool Overdue, Guid? UnitId, Guid? BuildingId, string? PublicArea, string Description, string ReporterName, string? AssigneeName,
        string? TeamName, DateTimeOffset? DispatchedAt, DateTimeOffset? AcceptedAt, DateTimeOffset? OnSiteAt, DateTimeOffset? CompletedAt,
        DateTimeOffset? ClosedAt, int LabourMinutes, decimal ChargeableAmount, int? SatisfactionScore);

    public static Task<byte[]> WriteAsync(IReadOnlyList<Row> orders, CancellationToken cancellationToken) =>
        LocalizedSheet.WriteAsync(Sheet, Columns, orders.Select(Values), cancellationToken);

    private static object?[] Values(Row o) =>
    [
        o.Id.ToString(), Time(o.OpenedAt), RepairLabels.Of(o.Channel).ToString(), RepairLabels.Of(o.Category).ToString(),
        RepairLabels.Of(o.Urgency).ToString(), RepairLabels.Of(o.Status).ToString(), RepairLabels.YesNo(o.Overdue).ToString(),
        o.PublicArea ?? o.UnitId?.ToString() ?? o.BuildingId?.ToString(), o.Description, o.ReporterName,
        o.AssigneeName, o.TeamName, Time(o.DispatchedAt), Time(o.AcceptedAt), Time(o.OnSiteAt), Time(o.CompletedAt), Time(o.ClosedAt),
        o.LabourMinutes, o.ChargeableAmount, o.SatisfactionScore,
    ];

    /// <summary>An instant as the estate's clock showed it, the way the console's lists show times.</summary>
    public static string? Time(DateTimeOffset? instant) =>
        instant is { } at ? EstateCalendar.Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;
}
