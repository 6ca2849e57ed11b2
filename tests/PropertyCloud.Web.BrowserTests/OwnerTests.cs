using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class OwnerTests(WebPlatform platform)
{
    private const string OwnersEstate = "翠湖花园";

    [Fact]
    public Task MyUnit_WhenOwnerSignsIn_ShowsTheUnitTheyOwnOnTheGateway() =>
        platform.AsAsync(Roles.Owner, nameof(MyUnit_WhenOwnerSignsIn_ShowsTheUnitTheyOwnOnTheGateway), async page =>
        {
            Assert.StartsWith(platform.Gateway.GetLeftPart(UriPartial.Authority), page.Url, StringComparison.OrdinalIgnoreCase);

            await page.Locator("[data-nav='me']").ClickAsync();

            await Assertions.Expect(page.Locator("[data-test=as-owner]").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-test=as-owner]").First).ToContainTextAsync("产权起始");
        });

    [Fact]
    public Task MyBills_WhenOwnerOpensThem_ListsTheUnitsTheyAreBilledFor() =>
        platform.AsAsync(Roles.Owner, nameof(MyBills_WhenOwnerOpensThem_ListsTheUnitsTheyAreBilledFor), async page =>
        {
            await page.Locator("[data-nav='me/bills']").ClickAsync();

            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("我的账单");
            await Assertions.Expect(page.Locator("[data-test=unit-due]").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-test=my-payments]")).ToBeVisibleAsync();
        });

    [Fact]
    public async Task Bill_WhenOwnerPaysItOnline_ShowsPaidAndTheReceiptDownloadsAsPdf()
    {
        var period = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await platform.AsAsync(Roles.Finance, nameof(Bill_WhenOwnerPaysItOnline_ShowsPaidAndTheReceiptDownloadsAsPdf), async page =>
        {
            await WebPlatform.ChooseEstateAsync(page, OwnersEstate);
            await page.Locator("[data-nav='billing/bill-runs']").ClickAsync();
            await page.Locator("input[data-test=period], [data-test=period] input").FillAsync(period);
            await page.Locator("[data-test=run]").ClickAsync();
            // A bill run bills the whole estate in one transaction: give it longer than a click.
            await Assertions.Expect(page.Locator("[data-test=bill-runs] tbody tr", new() { HasText = period }))
                .ToBeVisibleAsync(new() { Timeout = 90_000 });
        });

        await platform.AsAsync(Roles.Owner, nameof(Bill_WhenOwnerPaysItOnline_ShowsPaidAndTheReceiptDownloadsAsPdf), async page =>
        {
            await page.GotoAsync("/me/bills");
            await WebPlatform.WaitUntilInteractiveAsync(page);
            var bill = page.Locator("[data-test=my-bills] tbody tr", new() { HasText = period }).First;
            await Assertions.Expect(bill.Locator("[data-test=bill-status]")).ToHaveTextAsync("未缴");

            await page.Locator("[data-test=pay]").First.ClickAsync();

            await Assertions.Expect(page.GetByText("支付成功")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-test=nothing-due]").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-test=bill-status]", new() { HasText = "已缴清" }).First).ToBeVisibleAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-test=receipt]").First.ClickAsync());
            await using var receipt = await download.CreateReadStreamAsync();
            var head = new byte[5];
            await receipt.ReadExactlyAsync(head);
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(head));
        });
    }
}
