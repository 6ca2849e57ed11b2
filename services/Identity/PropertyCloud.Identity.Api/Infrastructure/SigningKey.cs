namespace PropertyCloud.Identity.Api.Infrastructure;

/// <summary>
/// An RSA key shared by every instance of the service, so that a token signed or a code encrypted by
/// one instance is accepted by another.
/// </summary>
public sealed class SigningKey
{
    public const string Signing = "sig";
    public const string Encryption = "enc";

    public Guid Id { get; set; }

    /// <summary><see cref="Signing"/> or <see cref="Encryption"/>.</summary>
    public required string Use { get; set; }

    /// <summary>PKCS#8 private key, PEM.</summary>
    public required string Pem { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
