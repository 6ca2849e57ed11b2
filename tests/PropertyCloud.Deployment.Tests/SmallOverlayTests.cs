namespace PropertyCloud.Deployment.Tests;

/// <summary>The single-node overlay: one instance each, and in-cluster servers under the names the base expects.</summary>
public sealed class SmallOverlayTests
{
    private readonly IReadOnlyList<KubeObject> _objects = Overlays.Render("overlays/small");

    [Fact]
    public void EveryService_RunsOneInstance()
    {
        Assert.All(_objects.ServiceDeployments(), deployment => Assert.Equal(1, deployment.Number("spec", "replicas")));
    }

    [Fact]
    public void EveryHostTheServicesConnectTo_IsAServiceInTheCluster()
    {
        var hosts = _objects.ServiceDeployments()
            .SelectMany(d => Overlays.Env(d.Containers[0]).Values)
            .Select(e => e.TryGetValue("value", out var v) ? (string)v : "")
            .SelectMany(value => new[] { Between(value, "Host=", ";"), Between(value, "@", ":") })
            .Where(host => host.Length > 0)
            .Append(new Uri(_objects.Find("ConfigMap", "propertycloud-config")!.Text("data", "OTEL_EXPORTER_OTLP_ENDPOINT")!).Host)
            .Distinct()
            .ToList();
        Assert.Contains("rabbitmq", hosts);

        Assert.All(hosts, host => Assert.True(_objects.Find("Service", host) is not null, $"nothing answers at {host}"));
    }

    [Fact]
    public void EverySecretTheWorkloadsReference_IsMadeByCreateSecrets()
    {
        var script = File.ReadAllText(Path.Combine(Kustomize.K8sFolder, "overlays", "small", "create-secrets.sh"));
        var words = script.Split([' ', ';', '\n', '"', '{', '}'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var referenced = _objects.Where(o => o.Kind is "Deployment" or "StatefulSet" or "Job")
            .SelectMany(o => o.Containers)
            .SelectMany(c => Overlays.Env(c).Values)
            .Select(e => KubeObject.Node(e, "valueFrom", "secretKeyRef", "name") as string)
            .OfType<string>()
            .Distinct()
            .ToList();
        Assert.NotEmpty(referenced);

        Assert.All(referenced, secret => Assert.True(
            words.Contains(secret)
            || (secret.EndsWith("db-app", StringComparison.Ordinal) && words.Contains(secret[..^"db-app".Length]) && script.Contains("\"${db}db-app\"", StringComparison.Ordinal)),
            $"create-secrets.sh does not create {secret}"));
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        if (from < 0)
        {
            return "";
        }
        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? "" : text[from..to];
    }
}
