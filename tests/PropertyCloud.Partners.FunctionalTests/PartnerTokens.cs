using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Validation;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Partners.FunctionalTests;

/// <summary>
/// Client-credentials tokens as Identity issues them to a partner (subject = its client id, role partner), which
/// TestTokens cannot make: it always picks a random subject. The service is told to trust this key as well.
/// </summary>
public static class PartnerTokens
{
    private static readonly RsaSecurityKey SigningKey = new(RSA.Create(2048)) { KeyId = "partner-test-key" };

    /// <summary>A client of the service that also trusts partner tokens (a second host on the same database and broker).</summary>
    public static WebApplicationFactory<Program> Trusting(WebApplicationFactory<Program> factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.PostConfigure<OpenIddictValidationOptions>(options => options.Configuration!.SigningKeys.Add(SigningKey))));

    public static string For(string clientId) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = AuthenticationExtensions.DefaultIssuer,
        Audience = AuthenticationExtensions.Audience,
        Subject = new ClaimsIdentity([
            new Claim(PropertyCloudClaims.Subject, clientId),
            new Claim(PropertyCloudClaims.Name, clientId),
            new Claim(PropertyCloudClaims.Role, Roles.Partner)]),
        Expires = DateTime.UtcNow.AddHours(1),
        TokenType = "at+jwt",
        SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
    });
}
