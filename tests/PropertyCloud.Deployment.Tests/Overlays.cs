using System.Collections.Concurrent;

namespace PropertyCloud.Deployment.Tests;

/// <summary>What deploy/k8s must contain, and each folder rendered once per test run.</summary>
public static class Overlays
{
    /// <summary>Every process of the platform that runs as a Deployment.</summary>
    public static readonly string[] Services =
        ["identity", "residents", "archives", "billing", "repairs", "surveys", "quality", "partners", "web", "gateway"];

    /// <summary>The services owning a database (connection string "&lt;service&gt;db").</summary>
    public static readonly string[] ServicesWithDatabase =
        ["identity", "residents", "archives", "billing", "repairs", "surveys", "quality", "partners", "web"];

    public static TheoryData<string> All => new() { "base", "overlays/small", "overlays/production" };

    public static TheoryData<string> Deployable => new() { "overlays/small", "overlays/production" };

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<KubeObject>>> Rendered = new();

    public static IReadOnlyList<KubeObject> Render(string folder) =>
        Rendered.GetOrAdd(folder, f => new Lazy<IReadOnlyList<KubeObject>>(() => Kustomize.Render(f))).Value;

    public static IEnumerable<KubeObject> OfKind(this IReadOnlyList<KubeObject> objects, string kind) =>
        objects.Where(o => o.Kind == kind);

    public static KubeObject? Find(this IReadOnlyList<KubeObject> objects, string kind, string name) =>
        objects.FirstOrDefault(o => o.Kind == kind && o.Name == name);

    /// <summary>The Deployments of PropertyCloud's own services (not the databases, broker or collector).</summary>
    public static IEnumerable<KubeObject> ServiceDeployments(this IReadOnlyList<KubeObject> objects) =>
        objects.OfKind("Deployment").Where(d => d.Label("app.kubernetes.io/component") == "api");

    /// <summary>The env entries of a container, by name.</summary>
    public static IReadOnlyDictionary<string, IDictionary<object, object>> Env(IDictionary<object, object> container) =>
        (KubeObject.Node(container, "env") as IList<object> ?? [])
            .Cast<IDictionary<object, object>>()
            .ToDictionary(e => (string)e["name"], e => e);

    public static string? EnvValue(IDictionary<object, object> container, string name) =>
        Env(container).TryGetValue(name, out var entry) && entry.TryGetValue("value", out var value) ? (string)value : null;
}
