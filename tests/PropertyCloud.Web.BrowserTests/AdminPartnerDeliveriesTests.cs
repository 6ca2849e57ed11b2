using System.Text.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>
/// A partner's delivery log in the console: messages to an endpoint that refuses them can be sent again, one or all from
/// a day, and the log exports. Each test registers its own partner for repair orders opened at 翠湖花园 and opens one.
/// </summary>
[Collection(WebPlatformCollection.Name)]
public sealed class AdminPartnerDeliveriesTests(WebPlatform platform)
{
    private const string OrderOpened = "cn.propertycloud.repairs.order.opened.v1";

    /// <summary>A webhook partner whose endpoint refuses every call, with at least one failed delivery; returns its id.</summary>
    private async Task<Guid> PartnerWithAFailedDeliveryAsync(DemoApi admin)
    {
        var estate = await admin.EstateIdAsync("翠湖花园");
        var registered = await admin.PostAsync("api/partners", new
        {
            code = $"fail-{Guid.NewGuid().ToString("N")[..8]}", name = "拒收合作方", grantedTypes = new[] { OrderOpened },
            grantedEstates = new[] { estate }, allEstates = false, personalDataGranted = false, amqp = false,
            // Nothing listens on the discard port: every attempt fails at once.
            webhookUrl = "http://127.0.0.1:9/hooks",
        });
        var partnerId = registered.GetProperty("partner").GetProperty("id").GetGuid();
        using (var desk = await DemoApi.SignInAsync(platform, Roles.FrontDesk))
        {
            await desk.PostAsync($"api/repairs/estates/{estate}/orders",
                new { channel = "Visit", category = "Elevator", urgency = "Normal", publicArea = "1栋电梯", description = "合作方投递测试" });
        }
        await Eventually.TrueAsync(async () => (await DeliveriesAsync(admin, partnerId))
            .Any(d => d.GetProperty("status").GetString() == "Retrying"), TimeSpan.FromSeconds(90), "no delivery to the partner failed");
        return partnerId;
    }

    private static async Task<List<JsonElement>> DeliveriesAsync(DemoApi admin, Guid partnerId) =>
        [.. (await admin.GetAsync($"api/partners/{partnerId}/deliveries?pageSize=100")).GetProperty("items").EnumerateArray()];

    private static async Task OpenAsync(IPage page, Guid partnerId)
    {
        await page.GotoAsync($"admin/partners/{partnerId}");
        await WebPlatform.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-test=dashboard]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Replay_OfAFailedDelivery_SendsItAgain()
    {
        using var admin = await DemoApi.SignInAsync(platform, Roles.GroupAdmin);
        var partnerId = await PartnerWithAFailedDeliveryAsync(admin);
        var failed = (await DeliveriesAsync(admin, partnerId)).First(d => d.GetProperty("status").GetString() == "Retrying");
        var (id, attempts) = (failed.GetProperty("id").GetGuid(), failed.GetProperty("attempts").GetInt32());

        await platform.AsAsync(Roles.GroupAdmin, nameof(Replay_OfAFailedDelivery_SendsItAgain), async page =>
        {
            await OpenAsync(page, partnerId);
            var row = page.Locator("[data-test=deliveries] tbody tr", new() { HasText = "重试中" }).First;
            await Assertions.Expect(row).ToContainTextAsync(OrderOpened);

            await row.Locator("[data-test=replay]").ClickAsync();

            await Assertions.Expect(page.GetByText("已重新排队发送")).ToBeVisibleAsync();
            // Sent again at once rather than after the back-off: the endpoint refuses it once more.
            await Eventually.TrueAsync(async () => (await DeliveriesAsync(admin, partnerId))
                .Single(d => d.GetProperty("id").GetGuid() == id).GetProperty("attempts").GetInt32() > attempts,
                TimeSpan.FromSeconds(60), "the replayed delivery was not tried again");
        });
    }

    [Fact]
    public async Task ReplayFromToday_RequeuesTheDaysFailedDeliveries()
    {
        using var admin = await DemoApi.SignInAsync(platform, Roles.GroupAdmin);
        var partnerId = await PartnerWithAFailedDeliveryAsync(admin);

        await platform.AsAsync(Roles.GroupAdmin, nameof(ReplayFromToday_RequeuesTheDaysFailedDeliveries), async page =>
        {
            await OpenAsync(page, partnerId);
            await Assertions.Expect(page.Locator("[data-test=replay-all]")).ToBeDisabledAsync();
            await WebPlatform.Field(page, "replay-from").ClickAsync();
            await page.Locator(".mud-popover-open .mud-picker-calendar-day.mud-current").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=replay-all]")).ToBeEnabledAsync();

            await page.Locator("[data-test=replay-all]").ClickAsync();

            await Assertions.Expect(page.GetByText(new System.Text.RegularExpressions.Regex(@"已重新排队 [1-9]\d* 条投递"))).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Export_OfTheLog_DownloadsItsDeliveries()
    {
        using var admin = await DemoApi.SignInAsync(platform, Roles.GroupAdmin);
        var partnerId = await PartnerWithAFailedDeliveryAsync(admin);

        await platform.AsAsync(Roles.GroupAdmin, nameof(Export_OfTheLog_DownloadsItsDeliveries), async page =>
        {
            await OpenAsync(page, partnerId);

            var workbook = await DownloadedWorkbook.ExportAsync(page);

            Assert.Matches(@"^deliveries-fail-[0-9a-f]{8}-\d{8}\.xlsx$", workbook.FileName);
            Assert.NotEmpty(workbook.Rows);
            Assert.All(workbook.Rows, r => Assert.Equal((OrderOpened, "Webhook"), (workbook.Cell(r, "事件类型"), workbook.Cell(r, "渠道"))));
        });
    }
}
