using System.Text;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>Importing an estate's register: a long job on the Residents service that the page can be left and returned to.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class ResidentImportTests(WebPlatform platform)
{
    private const string Header = "楼栋,单元,楼层,房号,房型,建筑面积,套内面积,用途,业主类型,业主姓名,性别,证件类型,证件号码,联系电话,籍贯,通讯地址,入住日期,租户姓名,租户电话,租期开始,租期结束";

    [Fact]
    public Task Import_WhenLeftWhileRunning_ShowsItsCompletionOnReturn() =>
        platform.AsAsync(Roles.EstateManager, nameof(Import_WhenLeftWhileRunning_ShowsItsCompletionOnReturn), async page =>
        {
            var building = $"T{Guid.NewGuid().ToString("N")[..5]}栋";
            var file = $"register-{building}.csv";
            await WebPlatform.ChooseEstateAsync(page, "翠湖花园");
            await page.Locator("[data-nav='residents/imports']").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("房产资料导入");

            await UploadAsync(page, file, $"{building},1,1,0101,2室1厅,89,70,空置,,,,,,,,,,,,,", $"{building},1,1,0102,2室1厅,89,70,空置,,,,,,,,,,,,,");
            await Assertions.Expect(page.Locator("[data-test=imports] tbody tr", new() { HasText = file })).ToBeVisibleAsync();
            await page.Locator("[data-nav='residents']").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("住户查询");
            await page.Locator("[data-nav='residents/imports']").ClickAsync();

            var row = page.Locator("[data-test=imports] tbody tr", new() { HasText = file });
            await Assertions.Expect(row.Locator("[data-test=import-status]")).ToHaveTextAsync("已完成", new() { Timeout = 60_000 });
            await Assertions.Expect(row.Locator("[data-test=import-created]")).ToContainTextAsync("房屋 2");
        });

    [Fact]
    public Task Import_WhenARowIsBad_NamesTheLineAndImportsNothing() =>
        platform.AsAsync(Roles.EstateManager, nameof(Import_WhenARowIsBad_NamesTheLineAndImportsNothing), async page =>
        {
            var building = $"T{Guid.NewGuid().ToString("N")[..5]}栋";
            var file = $"register-{building}.csv";
            await WebPlatform.ChooseEstateAsync(page, "翠湖花园");
            await page.Locator("[data-nav='residents/imports']").ClickAsync();

            await UploadAsync(page, file, $"{building},1,1,0101,,89,70,空置,,,,,,,,,,,,,", $"{building},1,三,0201,,89,70,空置,,,,,,,,,,,,,");

            var row = page.Locator("[data-test=imports] tbody tr", new() { HasText = file });
            await Assertions.Expect(row.Locator("[data-test=import-status]")).ToHaveTextAsync("未导入（有错误）", new() { Timeout = 60_000 });
            await row.ClickAsync();
            var errors = page.Locator("[data-test=import-errors] tbody tr");
            await Assertions.Expect(errors).ToHaveCountAsync(1);
            await Assertions.Expect(errors.First.Locator("td").First).ToHaveTextAsync("3");
            await Assertions.Expect(row.Locator("[data-test=import-created]")).ToHaveTextAsync("");

            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-test=import-errors-download]").ClickAsync());
            var workbook = await DownloadedWorkbook.ReadAsync(download);
            Assert.EndsWith(".xlsx", workbook.FileName, StringComparison.Ordinal);
            Assert.Equal(["行号", "列", "原因"], workbook.Headings);
            Assert.Equal(("3", "楼层"), (Assert.Single(workbook.Rows)[0], workbook.Rows[0][1]));
        });

    private static async Task UploadAsync(IPage page, string file, params string[] rows)
    {
        var csv = string.Join("\r\n", [Header, .. rows]) + "\r\n";
        // Choose the file only once the page has loaded: its file input is set up on the first interactive render.
        await page.Locator("[data-test=imports][data-loaded=true]").WaitForAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = file, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
    }
}
