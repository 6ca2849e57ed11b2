using System.Globalization;
using MiniExcelLibs;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain.Dunning;

namespace PropertyCloud.Billing.Api.Printables;

/// <summary>Recorded dunning notices as an XLSX workbook (催费记录), one row per notice, Chinese headers.</summary>
internal static class NoticesWorkbook
{
    private static readonly string[] Headers = ["楼栋", "单元", "房号", "账期", "催费步骤", "逾期天数", "欠费金额", "滞纳金", "账龄", "发出日期"];

    public static async Task<byte[]> WriteAsync(IReadOnlyList<DunningNoticeResponse> notices, CancellationToken cancellationToken)
    {
        var rows = notices.Select(n => new Dictionary<string, object?>
        {
            ["楼栋"] = n.BuildingCode,
            ["单元"] = n.Entrance,
            ["房号"] = n.Number,
            ["账期"] = n.Period,
            ["催费步骤"] = StepName(n.Step),
            ["逾期天数"] = n.DaysOverdue,
            ["欠费金额"] = n.AmountOwed,
            ["滞纳金"] = n.LateFee,
            ["账龄"] = n.Age?.ToString(),
            ["发出日期"] = PropertyCloud.BuildingBlocks.Domain.EstateCalendar.Day(n.IssuedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).ToList();
        if (rows.Count == 0)
        {
            // MiniExcel takes the headers from the first row.
            rows.Add(Headers.ToDictionary(h => h, _ => (object?)null));
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "催费记录", cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    public static string StepName(DunningStep step) => step switch
    {
        DunningStep.Reminder => "缴费提醒",
        DunningStep.Notice => "催费通知",
        _ => "最后催告",
    };
}
