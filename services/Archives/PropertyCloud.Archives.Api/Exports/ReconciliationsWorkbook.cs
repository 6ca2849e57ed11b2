using System.Globalization;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Reconciliation;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Spreadsheets;

namespace PropertyCloud.Archives.Api.Exports;

/// <summary>
/// The clerk's reconciliation list as an XLSX workbook (档案核对记录), one row per file reconciliation, headed and worded in the
/// caller's language, times in estate time.
/// </summary>
internal static class ReconciliationsWorkbook
{
    private static readonly LocalizedText Sheet = new("档案核对记录", "Reconciliations");

    private static readonly LocalizedText[] Columns =
    [
        new("月份", "Month"), new("档案编号", "File number"), new("状态", "Status"), new("开始时间", "Started at"),
        new("完成时间", "Completed at"), new("文件数", "Items"), new("缺失", "Missing"), new("未处理缺失", "Open missing items"),
    ];

    public static Task<byte[]> WriteAsync(IReadOnlyList<ReconciliationResponse> reconciliations, CancellationToken cancellationToken) =>
        LocalizedSheet.WriteAsync(Sheet, Columns, reconciliations.Select(r => new object?[]
        {
            r.Month, r.FileNumber, StatusName(r.Status).ToString(), Time(r.StartedAt), Time(r.CompletedAt), r.ItemCount,
            r.CompletedAt is null ? null : r.MissingCount, r.CompletedAt is null ? null : r.OpenMissingCount,
        }), cancellationToken);

    public static LocalizedText StatusName(ReconciliationStatus status) => status == ReconciliationStatus.Pending
        ? new("进行中", "In progress")
        : new("已完成", "Completed");

    private static string? Time(DateTimeOffset? instant) =>
        instant is { } at ? EstateCalendar.Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;
}
