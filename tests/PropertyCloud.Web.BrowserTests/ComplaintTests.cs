using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class ComplaintTests(WebPlatform platform)
{
    [Fact]
    public Task Complaint_WhenFrontDeskRecordsAMajorOne_IsListedAsReceivedAndMarkedMajor() =>
        platform.AsAsync(Roles.FrontDesk, nameof(Complaint_WhenFrontDeskRecordsAMajorOne_IsListedAsReceivedAndMarkedMajor), async page =>
        {
            var text = $"夜间施工噪音扰民 {Guid.NewGuid().ToString("N")[..6]}";
            await page.Locator("[data-nav='repairs/complaints']").ClickAsync();
            await WebPlatform.Field(page, "complaint-description", "textarea").FillAsync(text);
            await WebPlatform.Field(page, "complaint-major").CheckAsync();

            await page.Locator("[data-test=complaint-save]").ClickAsync();

            await Assertions.Expect(page.GetByText("投诉已登记")).ToBeVisibleAsync();
            var row = page.Locator("[data-test=complaints] tbody tr", new() { HasText = text });
            await Assertions.Expect(row.Locator("[data-test=complaint-text]")).ToContainTextAsync("重大投诉");
            await Assertions.Expect(row.Locator("[data-test=complaint-status]")).ToHaveTextAsync("已受理");
        });
}
