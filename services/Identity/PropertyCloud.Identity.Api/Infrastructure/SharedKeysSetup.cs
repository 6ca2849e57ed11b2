using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace PropertyCloud.Identity.Api.Infrastructure;

/// <summary>
/// Gives OpenIddict the signing and encryption keys stored in the database. Runs when the server
/// options are first needed (the first request), after <c>IdentityDbInitializer</c> has created the keys.
/// </summary>
public sealed class SharedKeysSetup(IServiceScopeFactory scopes) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var keys = db.SigningKeys.OrderByDescending(k => k.CreatedAt).ToList();
        if (!keys.Any(k => k.Use == SigningKey.Signing) || !keys.Any(k => k.Use == SigningKey.Encryption))
        {
            throw new InvalidOperationException("The signing keys are missing: the database was not initialised.");
        }

        foreach (var key in keys)
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(key.Pem);
            var securityKey = new RsaSecurityKey(rsa) { KeyId = key.Id.ToString("N") };
            if (key.Use == SigningKey.Signing)
            {
                options.SigningCredentials.Add(new SigningCredentials(securityKey, SecurityAlgorithms.RsaSha256));
            }
            else
            {
                options.EncryptionCredentials.Add(new EncryptingCredentials(
                    securityKey, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
            }
        }
    }
}
