namespace PropertyCloud.Surveys.Api.Demo;

/// <summary>Target indices (0–100) of the demo answers: one per template category, in order, and the overall question.</summary>
public sealed record DemoProfile(IReadOnlyList<decimal> Categories, decimal Overall);
