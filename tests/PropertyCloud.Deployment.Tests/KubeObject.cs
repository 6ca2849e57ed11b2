namespace PropertyCloud.Deployment.Tests;

/// <summary>One rendered Kubernetes object, read as the plain maps, lists and strings YamlDotNet gives.</summary>
public sealed class KubeObject(IDictionary<object, object> root)
{
    public string Kind => Text("kind") ?? "";

    public string Name => Text("metadata", "name") ?? "";

    public string Label(string key) => Map("metadata", "labels") is { } labels && labels.TryGetValue(key, out var value) ? (string)value : "";

    public string? Text(params string[] path) => Node(root, path) as string;

    public IDictionary<object, object>? Map(params string[] path) => Node(root, path) as IDictionary<object, object>;

    public IReadOnlyList<object> List(params string[] path) => Node(root, path) is IList<object> list ? [.. list] : [];

    public int Number(params string[] path) => int.Parse(Text(path) ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The pod template's containers (Deployment, StatefulSet, Job), or none for other kinds.</summary>
    public IReadOnlyList<IDictionary<object, object>> Containers =>
        [.. List("spec", "template", "spec", "containers").Cast<IDictionary<object, object>>()];

    /// <summary>Init containers (native sidecars among them) and containers: everything that runs in the pod.</summary>
    public IReadOnlyList<IDictionary<object, object>> AllContainers =>
        [.. List("spec", "template", "spec", "initContainers").Cast<IDictionary<object, object>>(), .. Containers];

    public override string ToString() => $"{Kind}/{Name}";

    public static object? Node(object? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not IDictionary<object, object> map || !map.TryGetValue(key, out node))
            {
                return null;
            }
        }
        return node;
    }
}
