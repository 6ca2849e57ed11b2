using System.Globalization;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.Api.Exports;

/// <summary>
/// A partner's delivery log as an XLSX workbook (投递记录), one row per message, headed in the caller's language; times in
/// the estates' local time, as the console shows them. It holds what the list shows: no message bodies.
/// </summary>
public static class DeliveriesWorkbook
{
    public static readonly LocalizedText Sheet = new("投递记录", "Deliveries");

    public static readonly IReadOnlyList<LocalizedText> Columns =
    [
        new("事件时间", "Occurred at"), new("事件类型", "Event type"), new("事件编号", "Event id"), new("小区", "Estate"), new("渠道", "Channel"),
        new("状态", "Status"), new("尝试次数", "Attempts"), new("下次尝试", "Next attempt"), new("送达时间", "Delivered at"),
        new("搁置时间", "Parked at"), new("最近错误", "Last error"),
    ];

    public static Task<byte[]> WriteAsync(IReadOnlyList<DeliveryResponse> deliveries, CancellationToken cancellationToken) =>
        LocalizedSheet.WriteAsync(Sheet, Columns, deliveries.Select(d => new object?[]
        {
            Time(d.OccurredAt), d.Type, d.EventId.ToString("D"), d.EstateId.ToString("D"), d.Channel.ToString(), StatusName(d.Status).ToString(),
            d.Attempts, d.Status is DeliveryStatus.Pending or DeliveryStatus.Retrying ? Time(d.NextAttemptAt) : null,
            Time(d.DeliveredAt), Time(d.ParkedAt), d.LastError,
        }), cancellationToken);

    public static LocalizedText StatusName(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => new("待发送", "Pending"),
        DeliveryStatus.Delivered => new("已送达", "Delivered"),
        DeliveryStatus.Retrying => new("重试中", "Retrying"),
        DeliveryStatus.Parked => new("已搁置", "Parked"),
        _ => new("已撤回", "Withdrawn"),
    };

    private static string? Time(DateTimeOffset? instant) =>
        instant is { } value ? EstateCalendar.Local(value).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : null;
}
