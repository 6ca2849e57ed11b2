using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>
/// An owner or tenant of the finance desk's estate on the self-service app: a login whose account is linked to a party
/// (owner or tenancy) the way Residents links it.
/// </summary>
public sealed class ResidentDesk
{
    private readonly BillingService _service;
    private readonly FinanceDesk _desk;

    public ResidentDesk(BillingService service, FinanceDesk desk, string role = Roles.Owner)
    {
        _service = service;
        _desk = desk;
        var token = TestTokens.For(role, desk.EstateId);
        UserId = new JsonWebToken(token).Subject;
        Client = service.Factory.CreateClientWithToken(token);
    }

    public Guid PartyId { get; } = Guid.NewGuid();
    public string UserId { get; }
    public HttpClient Client { get; }
    public string Me => $"/api/billing/me/estates/{_desk.EstateId}";

    /// <summary>Links the login to <see cref="PartyId"/> the way Residents does: with <see cref="ResidentAccountLinked"/>.</summary>
    public async Task LinkAccountAsync()
    {
        await _service.PublishEventAsync(new ResidentAccountLinked
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _desk.EstateId, PartyId = PartyId,
            IsTenancy = false, UserId = UserId,
        });
        await Eventually.TrueAsync(() => _desk.InDbAsync(db => db.ResidentAccounts.AnyAsync(a => a.PartyId == PartyId && a.UserId == UserId)),
            because: "billing should have learnt the account link");
    }

    public async Task<IReadOnlyList<Guid>> UnitsAsync() =>
        [.. (await Client.GetFromJsonAsync<List<BillableUnitResponse>>($"{Me}/units", TestJson.Options))!.Select(u => u.Id)];

    public async Task<IReadOnlyList<BillResponse>> BillsAsync() =>
        (await Client.GetFromJsonAsync<List<BillResponse>>($"{Me}/bills", TestJson.Options))!;

    public Task<HttpResponseMessage> PayAsync(Guid unitId, decimal amount, string key) =>
        Client.PostAsJsonAsync($"{Me}/units/{unitId}/payments", new OnlinePaymentRequest(key, amount));

    /// <summary>Publishes a Residents event and waits until the login's units satisfy <paramref name="until"/>.</summary>
    public async Task ApplyAsync<T>(T residentsEvent, Func<IReadOnlyList<Guid>, bool> until) where T : class, IIntegrationEvent
    {
        await _service.PublishEventAsync(residentsEvent);
        await Eventually.TrueAsync(async () => until(await UnitsAsync()), because: $"billing should have applied {typeof(T).Name}");
    }
}
