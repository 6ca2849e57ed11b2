using System.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace PropertyCloud.Deployment.Tests;

/// <summary>Renders a folder of deploy/k8s with `kubectl kustomize` (offline, no cluster) and parses the result.</summary>
public static class Kustomize
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string K8sFolder => Path.Combine(RepositoryRoot, "deploy", "k8s");

    public static IReadOnlyList<KubeObject> Render(string folder)
    {
        var start = new ProcessStartInfo("kubectl", ["kustomize", Path.Combine(K8sFolder, folder)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = StartKubectl(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"kubectl kustomize {folder} failed: {errors.Result}");
        }
        return Parse(output.Result);
    }

    private static Process StartKubectl(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            // Debian's own kubernetes-client (1.20) bundles a kustomize too old for these files.
            throw new InvalidOperationException("kubectl 1.27 or later (kustomize v5) must be on PATH to render deploy/k8s", e);
        }
    }

    public static IReadOnlyList<KubeObject> Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder().Build();
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        var objects = new List<KubeObject>();
        while (parser.Accept<DocumentStart>(out _))
        {
            if (deserializer.Deserialize<Dictionary<object, object>?>(parser) is { } root)
            {
                objects.Add(new KubeObject(root));
            }
        }
        return objects;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PropertyCloud.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("PropertyCloud.sln not found above " + AppContext.BaseDirectory);
    }
}
