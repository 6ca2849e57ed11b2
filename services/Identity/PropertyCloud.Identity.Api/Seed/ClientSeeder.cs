using OpenIddict.Abstractions;

namespace PropertyCloud.Identity.Api.Seed;

/// <summary>Creates the OAuth clients, or brings existing ones in line with the current registration.</summary>
public sealed class ClientSeeder(IOpenIddictApplicationManager applications, IConfiguration configuration)
{
    public async Task SeedAsync(bool demo, CancellationToken cancellationToken)
    {
        await EnsureAsync(ClientRegistrations.Cli(), cancellationToken);
        await EnsureAsync(ClientRegistrations.Web(configuration), cancellationToken);
        if (demo)
        {
            await EnsureAsync(ClientRegistrations.DemoPartner(), cancellationToken);
        }
    }

    private async Task EnsureAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }
}
