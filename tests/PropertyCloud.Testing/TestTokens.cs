using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Testing;

/// <summary>
/// Access tokens for a service under test, signed with a test key the service is told to trust, so that a
/// service can be tested without the Identity service. End-to-end tests use real Identity tokens instead.
/// </summary>
public static class TestTokens
{
    private static readonly RsaSecurityKey SigningKey = new(RSA.Create(2048)) { KeyId = "test-key" };

    /// <summary>Makes the service's OpenIddict validation trust tokens from <see cref="For"/> instead of asking Identity.</summary>
    public static void Trust(IServiceCollection services) =>
        services.Configure<OpenIddictValidationOptions>(options => options.Configuration = new OpenIddictConfiguration
        {
            Issuer = new Uri(AuthenticationExtensions.DefaultIssuer),
            SigningKeys = { SigningKey },
        });

    /// <summary>A token like <see cref="For"/> but for another audience, which services must refuse.</summary>
    public static string ForAnotherAudience(string role) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = AuthenticationExtensions.DefaultIssuer,
        Audience = "someone-else",
        Subject = new ClaimsIdentity([new Claim(PropertyCloudClaims.Subject, "x"), new Claim(PropertyCloudClaims.Role, role)]),
        Expires = DateTime.UtcNow.AddHours(1),
        TokenType = "at+jwt",
        SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
    });

    /// <summary>A token for a user with <paramref name="role"/>, acting on <paramref name="estates"/>.</summary>
    public static string For(string role, params Guid[] estates) => Signed(role, estates, DateTime.UtcNow.AddHours(1), issued: null);

    /// <summary>A token like <see cref="For"/> that expired an hour ago, which services must refuse.</summary>
    public static string Expired(string role, params Guid[] estates) => Signed(role, estates, DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddHours(-3));

    private static string Signed(string role, Guid[] estates, DateTime expires, DateTime? issued)
    {
        var claims = new List<Claim>
        {
            new(PropertyCloudClaims.Subject, Guid.NewGuid().ToString()),
            new(PropertyCloudClaims.Name, role),
            new(PropertyCloudClaims.Role, role),
        };
        claims.AddRange(estates.Select(e => new Claim(PropertyCloudClaims.Estate, e.ToString())));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthenticationExtensions.DefaultIssuer,
            Audience = AuthenticationExtensions.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = issued,
            IssuedAt = issued,
            Expires = expires,
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
