using System.Net;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>Printable pages come as html or pdf; any other <c>?format=</c> is refused naming it, before anything is looked up.</summary>
[Collection(MoneyCollection.Name)]
public sealed class PrintFormatTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    [Theory]
    [InlineData(Roles.Finance, "payments/{0}/receipt?format=docx")]
    [InlineData(Roles.Finance, "dunning/notices/{0}/print?format=xlsx")]
    [InlineData(Roles.Finance, "payments/{0}/receipt?format=")]
    [InlineData(Roles.Owner, "me/payments/{0}/receipt?format=<b>html</b>")]
    public async Task PrintablePage_WithAnUnknownFormat_Returns422NamingFormat(string role, string route)
    {
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Guid.NewGuid());
        var url = path.StartsWith("me/", StringComparison.Ordinal) ? $"/api/billing/me/estates/{_desk.EstateId}/{path[3..]}" : $"{_desk.Estate}/{path}";

        var errors = await FinanceDesk.ErrorsAsync(await _desk.ClientAs(role).GetAsync(url), HttpStatusCode.UnprocessableEntity);

        Assert.True(errors.TryGetProperty("format", out _), errors.ToString());
    }

    [Fact]
    public async Task Receipt_WithFormatHtmlInAnyCase_IsThePage()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var unit = await _desk.UnitAsync();
        await _desk.RunBillsAsync("2025-03");
        var payment = await FinanceDesk.ReadAsync<PaymentResponse>(await _desk.PayAsync(unit, 50m), HttpStatusCode.Created);

        var response = await _desk.Client.GetAsync($"{_desk.Estate}/payments/{payment.Id}/receipt?format=HTML");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
