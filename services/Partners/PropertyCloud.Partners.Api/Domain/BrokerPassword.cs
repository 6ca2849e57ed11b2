using System.Security.Cryptography;
using System.Text;

namespace PropertyCloud.Partners.Api.Domain;

/// <summary>
/// A partner's broker password, kept only as the hash RabbitMQ itself stores (rabbit_password_hashing_sha256:
/// base64 of a 4-byte salt followed by SHA-256(salt ‖ password)), so the broker user can be created later from the
/// hash and the password exists nowhere but in the administrator's hands.
/// </summary>
public static class BrokerPassword
{
    public const string HashingAlgorithm = "rabbit_password_hashing_sha256";

    public static (string Password, string Hash) New()
    {
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        return (password, Hash(password, RandomNumberGenerator.GetBytes(4)));
    }

    public static string Hash(string password, byte[] salt)
    {
        var salted = salt.Concat(Encoding.UTF8.GetBytes(password)).ToArray();
        return Convert.ToBase64String([.. salt, .. SHA256.HashData(salted)]);
    }

    /// <summary>Whether <paramref name="password"/> matches a hash made by <see cref="Hash"/>.</summary>
    public static bool Matches(string password, string hash)
    {
        var stored = Convert.FromBase64String(hash);
        return CryptographicOperations.FixedTimeEquals(stored, Convert.FromBase64String(Hash(password, stored[..4])));
    }
}
