using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PropertyCloud.Partners.Api.Security;

namespace PropertyCloud.Partners.UnitTests;

public class SecretProtectorTests
{
    internal static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    internal static AesGcmSecretProtector Protector(string key, params string[] retired) =>
        new(Options.Create(new SecretProtectionOptions { Key = key, RetiredKeys = [.. retired] }));

    [Fact]
    public void Protect_ThenUnprotect_GivesTheSecretBack_AndNeverTheSameCiphertextTwice()
    {
        var protector = Protector(NewKey());

        var first = protector.Protect("whsec_abc");
        var second = protector.Protect("whsec_abc");

        Assert.NotEqual(first, second);
        Assert.StartsWith("v1.", first, StringComparison.Ordinal);
        Assert.Equal("whsec_abc", protector.Unprotect(first));
    }

    [Fact]
    public void Unprotect_AfterAKeyRotation_StillReadsWhatTheRetiredKeyProtected()
    {
        var oldKey = NewKey();
        var stored = Protector(oldKey).Protect("whsec_old");

        var rotated = Protector(NewKey(), oldKey);

        Assert.Equal("whsec_old", rotated.Unprotect(stored));
    }

    [Fact]
    public void Unprotect_WithoutTheKey_Fails()
    {
        var stored = Protector(NewKey()).Protect("whsec_x");

        Assert.Throws<CryptographicException>(() => Protector(NewKey()).Unprotect(stored));
    }

    [Fact]
    public void Unprotect_ATamperedValue_Fails()
    {
        var protector = Protector(NewKey());
        var parts = protector.Protect("whsec_x").Split('.');
        var bytes = Convert.FromBase64String(parts[2]);
        bytes[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect($"{parts[0]}.{parts[1]}.{Convert.ToBase64String(bytes)}"));
    }

    [Fact]
    public void Unprotect_ASecretStoredBeforeEncryption_IsReadAsItIs()
    {
        Assert.Equal("whsec_legacy", Protector(NewKey()).Unprotect("whsec_legacy"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all")]
    public void AKeyThatIsNot32Bytes_IsRefused(string key)
    {
        Assert.False(AesGcmSecretProtector.IsKey(key));
        Assert.Throws<InvalidOperationException>(() => Protector(key));
    }
}
