using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Residents.Api.Infrastructure.Security;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;
using Xunit.Abstractions;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class DemoDataTests(ResidentsService service, ITestOutputHelper output) : IClassFixture<ResidentsService>
{
    [Fact]
    public async Task DemoSeeding_OnFirstStart_GivesDemoUnitsOwnersWithValidEncryptedIdNumbersAndRunsOnlyOnce()
    {
        await using var database = new TestDatabase("residents");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:residentsdb"] = database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = service.VirtualHost.ConnectionString(service.BrokerProxy.Port),
            ["Outbox:RelayEnabled"] = "false",
            ["DemoData:Enabled"] = "true",
        };
        var clock = Stopwatch.StartNew();
        int owners;
        int parkedFirst;
        await using (var first = new ServiceFactory<Program>(settings))
        {
            _ = first.Server;
            output.WriteLine($"first start with demo seeding: {clock.ElapsedMilliseconds} ms");
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ResidentsDb>();
            var idNumbers = scope.ServiceProvider.GetRequiredService<IdNumberProtector>();
            owners = await db.Owners.CountAsync();
            Assert.InRange(owners, 6000, 9000);
            Assert.Equal(28, await db.Estates.CountAsync());
            Assert.Equal(2, await db.Estates.Select(e => e.Company).Distinct().CountAsync());
            Assert.InRange(await db.Units.CountAsync(), 8000, 9000);
            Assert.Equal(28, await db.Set<PropertyCloud.BuildingBlocks.EventBus.OutboxMessage>().CountAsync(m => m.EventType.EndsWith("EstateRegistered")));
            var people = await db.Owners.Where(o => o.Kind == OwnerKind.Person).Take(50).ToListAsync();
            Assert.All(people, o => Assert.True(ChineseIdNumber.IsValid(idNumbers.Reveal(o.IdNumberCipher))));
            Assert.True(await db.Ownerships.GroupBy(o => o.UnitId).AnyAsync(g => g.Count() > 1), "some units are held jointly");
            Assert.True(await db.Ownerships.GroupBy(o => o.OwnerId).AnyAsync(g => g.Count() > 1), "some owners hold two units");
            Assert.True(await db.HouseholdMembers.AnyAsync());
            Assert.True(await db.Owners.AnyAsync(o => o.EstateId == DemoEstates.EmeraldLake && o.UserId == DemoResidents.OwnerUserId));
            Assert.True(await db.Tenancies.AnyAsync(t => t.UserId == DemoResidents.TenantUserId));
            var parked = parkedFirst = await db.ParkingSpaceAssignments.CountAsync();
            Assert.InRange(parked, 1000, await db.ParkingSpaces.CountAsync() - 1);
            Assert.Equal(parked, await db.Set<PropertyCloud.BuildingBlocks.EventBus.OutboxMessage>().CountAsync(m => m.EventType.EndsWith("ParkingSpaceAssigned")));
            Assert.False(await db.ParkingSpaces.AnyAsync(s => s.EstateId == DemoEstates.Riverside), "the office centre has no car park in the demo");

            var frontDesk = first.CreateClientWithToken(TestTokens.For(Roles.FrontDesk, DemoEstates.EmeraldLake));
            var someone = people.First(o => o.EstateId == DemoEstates.EmeraldLake);
            var hits = await frontDesk.GetFromJsonAsync<List<SearchHit>>(
                $"/api/residents/estates/{DemoEstates.EmeraldLake}/search?q={Uri.EscapeDataString(someone.Name)}", TestJson.Options);
            Assert.Contains(hits!, h => h.OwnerId == someone.Id);
        }

        await using var second = new ServiceFactory<Program>(settings);
        _ = second.Server;
        await using var again = second.Services.CreateAsyncScope();
        var seededAgain = again.ServiceProvider.GetRequiredService<ResidentsDb>();
        Assert.Equal(owners, await seededAgain.Owners.CountAsync());
        Assert.Equal(parkedFirst, await seededAgain.ParkingSpaceAssignments.CountAsync());
    }
}
