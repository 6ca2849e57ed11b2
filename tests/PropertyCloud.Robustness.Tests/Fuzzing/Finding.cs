namespace PropertyCloud.Robustness.Tests.Fuzzing;

/// <summary>Something a service did wrong with one hostile request.</summary>
public sealed record Finding(string Service, string Operation, string Case, string Fault, string Request, int Status, string Answer, string ServerLog)
{
    public bool IsKnown => Fuzzing.KnownFailures.Contains(Service, Operation, Case);

    public string ExclusionLine => $"{Service} | {Operation} | {Case}";

    public override string ToString() =>
        $"{ExclusionLine}{Environment.NewLine}  fault: {Fault}{Environment.NewLine}  request: {Request}{Environment.NewLine}" +
        $"  answer: {Status} {(Answer.Length > 400 ? Answer[..400] + "…" : Answer)}" +
        (ServerLog.Length == 0 ? "" : $"{Environment.NewLine}  server log:{Environment.NewLine}{ServerLog}");
}
