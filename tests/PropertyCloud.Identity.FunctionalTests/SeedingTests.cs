using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Infrastructure;
using PropertyCloud.Identity.Api.Seed;

namespace PropertyCloud.Identity.FunctionalTests;

public sealed class SeedingTests(IdentityApiFixture fixture) : IClassFixture<IdentityApiFixture>
{
    [Fact]
    public async Task Seeding_WhenRunASecondTime_CreatesNothingNew()
    {
        var before = await CountAsync();

        var initializer = fixture.Services.GetServices<IHostedService>().OfType<IdentityDbInitializer>().Single();
        await initializer.StartAsync(CancellationToken.None);

        Assert.Equal(before, await CountAsync());
        Assert.Equal((Users: 10, Roles: Roles.All.Count, Clients: 3, Keys: 2, EstateClaims: 9), before);
    }

    [Fact]
    public async Task Seeding_WhenDemoDataEnabled_CreatesNoPartnerUser()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();

        Assert.False(await db.Users.AnyAsync(u => u.UserName == Roles.Partner));
    }

    private async Task<(int Users, int Roles, int Clients, int Keys, int EstateClaims)> CountAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        return (
            await db.Users.CountAsync(),
            await db.Roles.CountAsync(),
            await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication<Guid>>().CountAsync(),
            await db.SigningKeys.CountAsync(),
            await db.UserClaims.CountAsync(c => c.ClaimType == PropertyCloudClaims.Estate));
    }
}
