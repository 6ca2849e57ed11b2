using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>The group administrator registers a partner system and manages what it subscribes to.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class AdminPartnersTests(WebPlatform platform)
{
    private const string BillIssued = "cn.propertycloud.billing.bill.issued.v1";
    private const string UnitRegistered = "cn.propertycloud.residents.unit.registered.v1";

    [Fact]
    public Task Partner_WhenRegisteredWithAWebhook_ShowsItsSecretOnceAndKeepsItsSubscriptions() =>
        platform.AsAsync(Roles.GroupAdmin, nameof(Partner_WhenRegisteredWithAWebhook_ShowsItsSecretOnceAndKeepsItsSubscriptions), async page =>
        {
            var code = $"acme-{Guid.NewGuid().ToString("N")[..6]}";
            await page.Locator("[data-nav='admin/partners']").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("合作方");
            await page.Locator("[data-test=new-partner]").ClickAsync();
            await WebPlatform.Field(page, "partner-code").FillAsync(code);
            await WebPlatform.Field(page, "partner-name").FillAsync("顶点物联科技");
            await WebPlatform.Field(page, "partner-webhook").FillAsync("http://127.0.0.1:9/hooks/propertycloud");
            await TypeBox(page, BillIssued).CheckAsync();
            await Assertions.Expect(page.Locator("[data-test=register]")).ToBeDisabledAsync();
            await WebPlatform.Field(page, "estate-CH-001").CheckAsync();
            await page.Locator("[data-test=register]").ClickAsync();

            var dialog = page.Locator(".mud-dialog");
            await Assertions.Expect(dialog.Locator("[data-test=once-warning]")).ToBeVisibleAsync();
            var secret = await dialog.Locator("input").First.InputValueAsync();
            Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
            await dialog.Locator("[data-test=secret-done]").ClickAsync();
            await Assertions.Expect(page.GetByText(secret)).ToHaveCountAsync(0);

            await Assertions.Expect(page.Locator("[data-test=partner-code-value]")).ToHaveTextAsync(code);
            await Assertions.Expect(TypeBox(page, BillIssued)).ToBeCheckedAsync();
            await Assertions.Expect(TypeBox(page, UnitRegistered)).Not.ToBeCheckedAsync();
            await TypeBox(page, UnitRegistered).CheckAsync();
            await page.Locator("[data-test=save-grants]").ClickAsync();
            await Assertions.Expect(page.GetByText("已保存订阅与授权")).ToBeVisibleAsync();

            await page.ReloadAsync();
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await Assertions.Expect(TypeBox(page, UnitRegistered)).ToBeCheckedAsync();
            await Assertions.Expect(page.Locator("[data-test=dashboard]")).ToBeVisibleAsync();
            await page.Locator("[data-nav='admin/partners']").ClickAsync();
            var row = page.Locator("[data-test=partners] tbody tr", new() { HasText = code });
            await Assertions.Expect(row.Locator("[data-test=type-count]")).ToHaveTextAsync("2");
            await Assertions.Expect(row).ToContainTextAsync("翠湖花园");
        });

    /// <summary>The checkbox of one catalogue type (type names hold dots, so the attribute value is quoted).</summary>
    private static ILocator TypeBox(IPage page, string type) =>
        page.Locator($"input[data-test='type-{type}'], [data-test='type-{type}'] input").First;
}
