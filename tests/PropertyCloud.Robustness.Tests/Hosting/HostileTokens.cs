using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Robustness.Tests.Hosting;

/// <summary>Tokens every service must refuse with 401, each otherwise as good as one from <see cref="TestTokens.For"/>.</summary>
public static class HostileTokens
{
    private static readonly RsaSecurityKey OtherKey = new(RSA.Create(2048)) { KeyId = "test-key" };

    /// <summary>(name, token or null for none) for a caller with <paramref name="role"/> in <paramref name="estateId"/>.</summary>
    public static IEnumerable<(string Name, string? Token)> For(string role, Guid estateId) =>
    [
        ("no token", null),
        ("expired", TestTokens.Expired(role, estateId)),
        ("forged (payload changed after signing)", Forged(role, estateId)),
        ("signed with another key", SignedWithOtherKey(role, estateId)),
        ("unsigned (alg none)", Unsigned(role, estateId)),
        ("another audience", TestTokens.ForAnotherAudience(role)),
        ("garbage", "not.a.token"),
    ];

    private static string SignedWithOtherKey(string role, Guid estateId) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthenticationExtensions.DefaultIssuer,
            Audience = AuthenticationExtensions.Audience,
            Subject = Identity(role, estateId),
            Expires = DateTime.UtcNow.AddHours(1),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(OtherKey, SecurityAlgorithms.RsaSha256),
        });

    private static string Unsigned(string role, Guid estateId) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthenticationExtensions.DefaultIssuer,
            Audience = AuthenticationExtensions.Audience,
            Subject = Identity(role, estateId),
            Expires = DateTime.UtcNow.AddHours(1),
            TokenType = "at+jwt",
        });

    /// <summary>A genuine token for another role whose payload is swapped for this role's: the signature no longer fits.</summary>
    private static string Forged(string role, Guid estateId)
    {
        var genuine = TestTokens.For(Roles.Tenant, estateId).Split('.');
        var wanted = SignedWithOtherKey(role, estateId).Split('.');
        return $"{genuine[0]}.{wanted[1]}.{genuine[2]}";
    }

    private static ClaimsIdentity Identity(string role, Guid estateId) => new(
    [
        new Claim(PropertyCloudClaims.Subject, Guid.NewGuid().ToString()),
        new Claim(PropertyCloudClaims.Name, role),
        new Claim(PropertyCloudClaims.Role, role),
        new Claim(PropertyCloudClaims.Estate, estateId.ToString()),
    ]);
}
