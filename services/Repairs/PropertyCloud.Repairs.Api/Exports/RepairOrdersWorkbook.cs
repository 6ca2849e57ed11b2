using System.Globalization;
using MiniExcelLibs;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Exports;

/// <summary>The repair-order queue as an XLSX workbook (报修工单), one row per order, Chinese headers, times in estate time.</summary>
public static class RepairOrdersWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "报修工单";

    public static readonly string[] Headers =
    [
        "工单号", "报修时间", "渠道", "类别", "紧急程度", "状态", "超时", "位置", "描述", "报修人", "维修人", "班组",
        "派工时间", "接单时间", "到场时间", "完工时间", "关闭时间", "工时（分钟）", "收费（元）", "满意度",
    ];

    /// <summary>One order as the workbook shows it, read straight from the query.</summary>
    public sealed record Row(
        Guid Id, DateTimeOffset OpenedAt, RepairChannel Channel, RepairCategory Category, RepairUrgency Urgency, RepairOrderStatus Status,
        bool Overdue, Guid? UnitId, Guid? BuildingId, string? PublicArea, string Description, string ReporterName, string? AssigneeName,
        string? TeamName, DateTimeOffset? DispatchedAt, DateTimeOffset? AcceptedAt, DateTimeOffset? OnSiteAt, DateTimeOffset? CompletedAt,
        DateTimeOffset? ClosedAt, int LabourMinutes, decimal ChargeableAmount, int? SatisfactionScore);

    public static async Task<byte[]> WriteAsync(IReadOnlyList<Row> orders, CancellationToken cancellationToken)
    {
        var rows = orders.Select(o => Headers.Zip(Values(o)).ToDictionary(p => p.First, p => p.Second)).ToList();
        if (rows.Count == 0)
        {
            // MiniExcel takes the headers from the first row.
            rows.Add(Headers.ToDictionary(h => h, _ => (object?)null));
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: SheetName, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    private static object?[] Values(Row o) =>
    [
        o.Id.ToString(), Time(o.OpenedAt), o.Channel.ToString(), o.Category.ToString(), o.Urgency.ToString(), o.Status.ToString(),
        o.Overdue ? "是" : "否", o.PublicArea ?? o.UnitId?.ToString() ?? o.BuildingId?.ToString(), o.Description, o.ReporterName,
        o.AssigneeName, o.TeamName, Time(o.DispatchedAt), Time(o.AcceptedAt), Time(o.OnSiteAt), Time(o.CompletedAt), Time(o.ClosedAt),
        o.LabourMinutes, o.ChargeableAmount, o.SatisfactionScore,
    ];

    private static string? Time(DateTimeOffset? instant) =>
        instant is { } at ? EstateCalendar.Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;
}
