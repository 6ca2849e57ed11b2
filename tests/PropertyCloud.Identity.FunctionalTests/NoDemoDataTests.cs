using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Infrastructure;
using PropertyCloud.Identity.Contracts;

namespace PropertyCloud.Identity.FunctionalTests;

public sealed class NoDemoDataTests(NoDemoDataFixture fixture) : IClassFixture<NoDemoDataFixture>
{
    [Fact]
    public async Task Seeding_WhenDemoDataDisabled_CreatesRolesAndPublicClientsButNoUsersOrDemoPartner()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();

        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
        Assert.NotNull(await applications.FindByClientIdAsync(IdentityClients.Cli));
        Assert.NotNull(await applications.FindByClientIdAsync(IdentityClients.Web));
        Assert.Null(await applications.FindByClientIdAsync(IdentityClients.DemoPartner));
    }

    [Fact]
    public async Task PasswordGrant_WhenDemoDataDisabled_RejectsDemoPassword()
    {
        using var response = await fixture.CreateClient().PasswordGrantAsync(Roles.FrontDesk);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
