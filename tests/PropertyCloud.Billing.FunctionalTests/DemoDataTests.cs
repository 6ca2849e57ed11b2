using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

public sealed class DemoDataTests(DemoBillingService service) : IClassFixture<DemoBillingService>
{
    [Fact]
    public async Task DemoMode_DefinesChargeItemsForEveryDemoEstate()
    {
        var admin = service.ClientFor(Roles.GroupAdmin);

        foreach (var estateId in DemoEstates.All)
        {
            var items = await admin.GetFromJsonAsync<List<ChargeItemResponse>>($"/api/billing/estates/{estateId}/charge-items", TestJson.Options);
            Assert.Contains(items!, i => i.Kind == ChargeKind.ManagementFee);
            Assert.Contains(items!, i => i.Kind == ChargeKind.Deposit);
        }
    }
}
