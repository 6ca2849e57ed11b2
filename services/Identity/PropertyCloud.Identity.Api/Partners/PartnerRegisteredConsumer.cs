using System.Security.Cryptography;
using System.Text.Json;
using MassTransit;
using OpenIddict.Abstractions;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Seed;
using PropertyCloud.Partners.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertyCloud.Identity.Api.Partners;

/// <summary>
/// Creates a newly registered partner's confidential client (client_credentials, role "partner"), once: a redelivery
/// finds the client and does nothing, so no inbox is needed. Its first secret is random and never shown; the group
/// administrator issues the usable one with POST /api/identity/partner-clients/{clientId}/secret. No secret travels
/// on the bus. Grants are not put into the token: the Partners service filters by its own grants.
/// </summary>
public sealed class PartnerRegisteredConsumer(IOpenIddictApplicationManager applications) : IConsumer<PartnerRegistered>
{
    public async Task Consume(ConsumeContext<PartnerRegistered> context)
    {
        var partner = context.Message;
        if (await applications.FindByClientIdAsync(partner.ClientId, context.CancellationToken) is not null)
        {
            return;
        }
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = partner.ClientId,
            ClientSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ClientType = ClientTypes.Confidential,
            DisplayName = partner.DisplayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
            Properties = { [ClientProperties.Roles] = JsonSerializer.SerializeToElement(new[] { Roles.Partner }) },
        }, context.CancellationToken);
    }
}
