namespace PropertyCloud.Robustness.Tests.Fuzzing;

/// <summary>The exclusion list KnownFailures.txt: faults already reported to a service's owner.</summary>
public static class KnownFailures
{
    private static readonly Lazy<IReadOnlyList<(string Service, string Operation, string Case)>> Entries = new(Load);

    public static bool Contains(string service, string operation, string @case) =>
        Entries.Value.Any(e => e.Service == service && e.Operation == operation && (e.Case == "*" || e.Case == @case));

    private static IReadOnlyList<(string, string, string)> Load() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "KnownFailures.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(parts => (parts[0], parts[1], parts.Length > 2 ? parts[2] : "*"))
            .ToList();
}
