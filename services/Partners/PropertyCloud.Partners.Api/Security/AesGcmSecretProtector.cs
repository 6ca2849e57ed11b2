using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.Api.Security;

/// <summary>
/// AES-256-GCM with a key held outside the database, so a copy of the database alone does not let anyone sign as the
/// platform. Stored form: "v1.{key id}.{base64(nonce ‖ ciphertext ‖ tag)}"; the key id (first bytes of the key's
/// SHA-256) picks the key, so rotated-out keys still decrypt until their secrets are re-issued.
/// </summary>
public sealed class AesGcmSecretProtector : ISecretProtector
{
    private const string Version = "v1";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Purpose = "propertycloud.partners.webhook-secret"u8.ToArray();

    private readonly (string Id, byte[] Key) _current;
    private readonly Dictionary<string, byte[]> _keys;

    public AesGcmSecretProtector(IOptions<SecretProtectionOptions> options)
    {
        var all = new[] { options.Value.Key }.Concat(options.Value.RetiredKeys).Select(Parse).ToList();
        _current = all[0];
        _keys = all.DistinctBy(k => k.Id).ToDictionary(k => k.Id, k => k.Key);
    }

    public string Protect(string secret)
    {
        var plaintext = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_current.Key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize, plaintext.Length), sealedBytes.AsSpan(NonceSize + plaintext.Length), Purpose);
        return $"{Version}.{_current.Id}.{Convert.ToBase64String(sealedBytes)}";
    }

    public string Unprotect(string protectedSecret)
    {
        // Rows written before secrets were encrypted hold the secret itself.
        if (protectedSecret.StartsWith(WebhookSecret.Prefix, StringComparison.Ordinal))
        {
            return protectedSecret;
        }
        var parts = protectedSecret.Split('.');
        if (parts.Length != 3 || parts[0] != Version || !_keys.TryGetValue(parts[1], out var key))
        {
            throw new CryptographicException("The secret was protected with an unknown key; add it to Partners:SecretProtection:RetiredKeys.");
        }
        var sealedBytes = Convert.FromBase64String(parts[2]);
        var length = sealedBytes.Length - NonceSize - TagSize;
        var plaintext = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), plaintext, Purpose);
        return Encoding.UTF8.GetString(plaintext);
    }

    /// <summary>Whether <paramref name="base64"/> is a usable key: 32 bytes in base64.</summary>
    public static bool IsKey(string base64)
    {
        var buffer = new byte[48];
        return Convert.TryFromBase64String(base64, buffer, out var length) && length == 32;
    }

    private static (string Id, byte[] Key) Parse(string base64)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            key = [];
        }
        if (key.Length != 32)
        {
            throw new InvalidOperationException(
                $"{SecretProtectionOptions.Section}:Key (and every retired key) must be 32 random bytes in base64, e.g. `openssl rand -base64 32`.");
        }
        return (Convert.ToHexStringLower(SHA256.HashData(key))[..8], key);
    }
}
