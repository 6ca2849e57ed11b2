using MiniExcelLibs;
using PropertyCloud.Billing.Api.Apis;

namespace PropertyCloud.Billing.Api.Printables;

/// <summary>The dunning list as an XLSX workbook (欠费清单), one row per unit in arrears, Chinese headers.</summary>
internal static class ArrearsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> WriteAsync(IReadOnlyList<DunningEntry> entries, CancellationToken cancellationToken)
    {
        var rows = entries.Select(e => new Dictionary<string, object?>
        {
            ["楼栋"] = e.BuildingCode,
            ["单元"] = e.Entrance,
            ["房号"] = e.Number,
            ["逾期账单数"] = e.OverdueBills,
            ["欠费金额"] = e.AmountOwed,
            ["最早到期日"] = e.OldestDueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["逾期天数"] = e.DaysOverdue,
            ["账龄"] = e.Age.ToString(),
        }).ToList();
        if (rows.Count == 0)
        {
            // MiniExcel takes the headers from the first row.
            rows.Add(new Dictionary<string, object?> { ["楼栋"] = null, ["单元"] = null, ["房号"] = null, ["逾期账单数"] = null,
                ["欠费金额"] = null, ["最早到期日"] = null, ["逾期天数"] = null, ["账龄"] = null });
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "欠费清单", cancellationToken: cancellationToken);
        return stream.ToArray();
    }
}
