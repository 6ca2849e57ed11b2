using System.Globalization;
using System.Text.RegularExpressions;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>Finance takes a payment at the desk and is shown what was taken, with the receipt to hand over.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class PaymentDeskTests(WebPlatform platform)
{
    private const string Unit = "6栋-2-1201";

    [Fact]
    public async Task TakePayment_ForAUnitThatOwes_ConfirmsTheAmountAndReceiptAndListsIt()
    {
        // The demo has no bills until a bill run; a payment larger than what is owed is refused (422 on amount).
        var period = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        using (var finance = await DemoApi.SignInAsync(platform, Roles.Finance))
        {
            var estate = await finance.EstateIdAsync("翠湖花园");
            await finance.PostUnlessConflictAsync($"api/billing/estates/{estate}/bill-runs", new { period });
        }

        await platform.AsAsync(Roles.Finance, nameof(TakePayment_ForAUnitThatOwes_ConfirmsTheAmountAndReceiptAndListsIt), async page =>
        {
            await page.Locator("[data-nav='billing/payments']").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("收款退款");

            // Open the picker first: once it lists units the circuit is up and the typed text is not wiped by a late render.
            var unitField = WebPlatform.Field(page, "payment-unit");
            await unitField.ClickAsync();
            await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToBeVisibleAsync();
            await unitField.FillAsync(Unit);
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = Unit }).First.ClickAsync();
            await Assertions.Expect(unitField).ToHaveValueAsync(Unit);
            await WebPlatform.Field(page, "payment-amount").FillAsync("88.5");
            await page.Locator("[data-test=payment-save]").ClickAsync();

            var confirmation = page.Locator("[data-test=payment-confirmation]");
            await Assertions.Expect(confirmation.Locator("[data-test=payment-confirmation-text]")).ToContainTextAsync($"已收款 ¥88.50（{Unit}），收据号");
            await Assertions.Expect(confirmation.Locator("[data-test=payment-confirmation-receipt]"))
                .ToHaveAttributeAsync("href", new Regex(@"/payments/[0-9a-f-]{36}/receipt\?format=pdf$"));
            await Assertions.Expect(page.Locator("[data-test=payments] tbody tr [data-test=amount]", new() { HasText = "¥88.50" }).First).ToBeVisibleAsync();
        });
    }
}
