using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>A partner's credentials in the console: a broker login at registration and new secrets later, each shown once.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class AdminPartnerCredentialsTests(WebPlatform platform)
{
    private const string BillIssued = "cn.propertycloud.billing.bill.issued.v1";

    private static ILocator TypeBox(IPage page, string type) =>
        page.Locator($"input[data-test='type-{type}'], [data-test='type-{type}'] input").First;

    /// <summary>Reads the values of the one-time dialog, closes it and checks that none of them stays on the page.</summary>
    private static async Task<List<string>> ReadOnceAsync(IPage page, int count)
    {
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog.Locator("[data-test=once-warning]")).ToBeVisibleAsync();
        var inputs = dialog.Locator("input");
        await Assertions.Expect(inputs).ToHaveCountAsync(count);
        var values = new List<string>();
        for (var i = 0; i < count; i++)
        {
            values.Add(await inputs.Nth(i).InputValueAsync());
        }
        await dialog.Locator("[data-test=secret-done]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        return values;
    }

    [Fact]
    public Task AmqpPartner_WhenRegistered_ShowsItsBrokerLoginOnceAndANewPasswordOnRotation() =>
        platform.AsAsync(Roles.GroupAdmin, nameof(AmqpPartner_WhenRegistered_ShowsItsBrokerLoginOnceAndANewPasswordOnRotation), async page =>
        {
            var code = $"mq-{Guid.NewGuid().ToString("N")[..8]}";
            await page.Locator("[data-nav='admin/partners']").ClickAsync();
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await page.Locator("[data-test=new-partner]").ClickAsync();
            await WebPlatform.Field(page, "partner-code").FillAsync(code);
            await WebPlatform.Field(page, "partner-name").FillAsync("队列合作方");
            await WebPlatform.Field(page, "partner-amqp").CheckAsync();
            await TypeBox(page, BillIssued).CheckAsync();
            await WebPlatform.Field(page, "estate-CH-001").CheckAsync();
            await page.Locator("[data-test=register]").ClickAsync();

            var login = await ReadOnceAsync(page, 3);
            var brokerUser = login[0];
            try
            {
                Assert.Contains(code, brokerUser, StringComparison.Ordinal);
                Assert.True(login[1].Length >= 16, $"broker password '{login[1]}' is too short");
                Assert.False(string.IsNullOrWhiteSpace(login[2]), "no virtual host");
                await Assertions.Expect(page.GetByText(login[1])).ToHaveCountAsync(0);
                await Assertions.Expect(page.Locator("[data-test=partner-code-value]")).ToHaveTextAsync(code);
                await Assertions.Expect(page.Locator("[data-test=partner-info]")).ToContainTextAsync($"partner.{code}");

                await page.Locator("[data-test=broker-password]").ClickAsync();

                var rotated = await ReadOnceAsync(page, 3);
                Assert.Equal(brokerUser, rotated[0]);
                Assert.NotEqual(login[1], rotated[1]);
                await Assertions.Expect(page.GetByText(rotated[1])).ToHaveCountAsync(0);
            }
            finally
            {
                // The partner's broker user lives outside the platform's virtual host: leave none behind.
                await BrokerManagement.DeleteUserAsync(brokerUser);
            }
        });

    [Fact]
    public async Task WebhookSecret_WhenRotated_IsANewSecretShownOnce()
    {
        var code = $"hook-{Guid.NewGuid().ToString("N")[..8]}";
        using var admin = await DemoApi.SignInAsync(platform, Roles.GroupAdmin);
        var estate = await admin.EstateIdAsync("翠湖花园");
        var registered = await admin.PostAsync("api/partners", new
        {
            code, name = "密钥轮换", grantedTypes = new[] { BillIssued }, grantedEstates = new[] { estate }, allEstates = false,
            personalDataGranted = false, amqp = false, webhookUrl = "http://127.0.0.1:9/hooks",
        });
        var original = registered.GetProperty("webhookSecret").GetString()!;
        var partnerId = registered.GetProperty("partner").GetProperty("id").GetGuid();

        await platform.AsAsync(Roles.GroupAdmin, nameof(WebhookSecret_WhenRotated_IsANewSecretShownOnce), async page =>
        {
            await page.GotoAsync($"admin/partners/{partnerId}");
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await Assertions.Expect(page.Locator("[data-test=partner-code-value]")).ToHaveTextAsync(code);

            await page.Locator("[data-test=webhook-secret]").ClickAsync();

            var secret = Assert.Single(await ReadOnceAsync(page, 1));
            Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
            Assert.NotEqual(original, secret);
            await Assertions.Expect(page.GetByText(secret)).ToHaveCountAsync(0);
        });
    }
}
