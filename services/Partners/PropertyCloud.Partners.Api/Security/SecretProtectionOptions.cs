namespace PropertyCloud.Partners.Api.Security;

/// <summary>
/// Configuration section "Partners:SecretProtection". The key comes from a Kubernetes Secret in production
/// (deploy/k8s); Development and Testing use the fixed key in their appsettings file.
/// </summary>
public sealed class SecretProtectionOptions
{
    public const string Section = "Partners:SecretProtection";

    /// <summary>The key new secrets are encrypted with: 32 random bytes, base64.</summary>
    public string Key { get; set; } = "";

    /// <summary>Earlier keys, still able to decrypt what they encrypted, after a rotation.</summary>
    public List<string> RetiredKeys { get; set; } = [];
}
