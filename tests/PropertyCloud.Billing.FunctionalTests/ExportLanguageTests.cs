using System.Net;
using MiniExcelLibs;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>The XLSX exports head their columns and name their sheet in the caller's language: zh-CN unless en-US is asked for.</summary>
[Collection(BillingCollection.Name)]
public sealed class ExportLanguageTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private async Task<(IReadOnlyList<string> Columns, string Sheet, IDictionary<string, object>? First)> ExportAsync(string path, string? language)
    {
        var client = _desk.ClientAs(Roles.Finance);
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }
        var response = await client.GetAsync($"{_desk.Estate}/{path}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        using var stream = new MemoryStream(bytes);
        var columns = stream.GetColumns(useHeaderRow: true).Select(c => c.ToString()!).ToList();
        var sheet = stream.GetSheetNames().Single();
        var first = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().FirstOrDefault();
        return (columns, sheet, first);
    }

    private async Task BillOneUnitAsync()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        await _desk.UnitAsync();
        (await _desk.RunBillsAsync("2025-05")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task ExportBills_AskedInEnglish_HeadsColumnsAndStatusInEnglish()
    {
        await BillOneUnitAsync();

        var (columns, sheet, first) = await ExportAsync("bills/export", "en-US");

        Assert.Equal(["Period", "Unit", "Building", "Entrance", "Number", "Amount", "Adjustments", "Of which late fees", "Due", "Paid",
            "Outstanding", "Due date", "Status"], columns);
        Assert.Equal("Bills", sheet);
        Assert.Equal("Open", first!["Status"]);
    }

    [Fact]
    public async Task ExportBills_WithoutALanguage_HeadsColumnsInChinese()
    {
        await BillOneUnitAsync();

        var (columns, sheet, first) = await ExportAsync("bills/export", null);

        Assert.Equal("账期", columns[0]);
        Assert.Equal("账单清单", sheet);
        Assert.Equal("未缴", first!["状态"]);
    }

    [Theory]
    [InlineData("dunning/export", "en-US", "Amount owed", "Arrears")]
    [InlineData("dunning/export", "zh-CN", "欠费金额", "欠费清单")]
    [InlineData("dunning/notices/export", "en-US", "Step", "Dunning notices")]
    [InlineData("statistics/export?year=2025", "en-US", "Collection rate", "2025 collections")]
    [InlineData("statistics/export?year=2025", "zh-CN", "收缴率", "2025收缴统计")]
    public async Task ExportDunningAndStatistics_InTheCallersLanguage_HeadTheirColumnsInIt(string path, string language, string column, string sheetName)
    {
        var (columns, sheet, _) = await ExportAsync(path, language);

        Assert.Contains(column, columns);
        Assert.Equal(sheetName, sheet);
    }
}
