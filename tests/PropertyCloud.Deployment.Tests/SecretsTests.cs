using System.Text.RegularExpressions;

namespace PropertyCloud.Deployment.Tests;

/// <summary>Credentials reach the pods only by reference to Secrets made outside the repository.</summary>
public sealed partial class SecretsTests
{
    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void NoRenderedObject_IsASecret(string overlay)
    {
        Assert.Empty(Overlays.Render(overlay).OfKind("Secret"));
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void EveryCredentialInAnEnvironment_ComesFromASecretReference(string overlay)
    {
        var containers = Overlays.Render(overlay)
            .Where(o => o.Kind is "Deployment" or "StatefulSet" or "Job")
            .SelectMany(o => o.Containers.Select(c => (Workload: o, Container: c)));

        Assert.All(containers, item => Assert.All(Overlays.Env(item.Container).Values, entry =>
        {
            var name = (string)entry["name"];
            if (CredentialName().IsMatch(name))
            {
                Assert.True(entry.ContainsKey("valueFrom"), $"{overlay}: {item.Workload} sets {name} to a literal");
            }
            if (entry.TryGetValue("value", out var value))
            {
                Assert.DoesNotMatch(PasswordLiteral(), (string)value);
                Assert.DoesNotMatch(UriCredentialLiteral(), (string)value);
            }
        }));
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void NoConfigMapValue_CarriesACredential(string overlay)
    {
        var values = Overlays.Render(overlay).OfKind("ConfigMap")
            .SelectMany(map => map.Map("data")!.Select(entry => $"{entry.Key}={entry.Value}"));

        Assert.All(values, value =>
        {
            Assert.DoesNotMatch(PasswordLiteral(), value);
            Assert.DoesNotMatch(UriCredentialLiteral(), value);
        });
    }

    [Fact]
    public void NoFileUnderDeployK8s_HoldsAPasswordLiteral()
    {
        var files = Directory.EnumerateFiles(Kustomize.K8sFolder, "*", SearchOption.AllDirectories);

        Assert.All(files, file =>
        {
            var lines = File.ReadAllLines(file);
            Assert.All(lines, line => Assert.DoesNotMatch(PasswordLiteral(), line));
            Assert.DoesNotContain(lines, line => line.Trim() is "stringData:" or "data:" && file.Contains("secret", StringComparison.OrdinalIgnoreCase));
        });
    }

    [GeneratedRegex("(PASSWORD|PASS|SECRET|TOKEN|API_?KEY)$", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialName();

    // "Password=" or "password:" followed by anything but a $(VAR)/$VAR reference, optionally quoted.
    [GeneratedRegex("""\b(password|pwd)\s*[=:]\s*["']?(?!\$)[^\s"';]""", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordLiteral();

    // scheme://user:password@ with a literal password.
    [GeneratedRegex("""://[^/\s:@]+:(?!\$\()[^@\s]+@""")]
    private static partial Regex UriCredentialLiteral();
}
