using PropertyCloud.Robustness.Tests.Fuzzing;
using PropertyCloud.Robustness.Tests.Hosting;
using Xunit.Abstractions;

namespace PropertyCloud.Robustness.Tests;

/// <summary>
/// What every service must withstand, read from its own OpenAPI document. Findings already reported to a service's
/// owner are listed in KnownFailures.txt; anything else fails the test with the request and the server's stack trace.
/// </summary>
public abstract class RobustnessTests<TTarget>(TTarget target, ITestOutputHelper output) : IClassFixture<TTarget>
    where TTarget : ServiceTarget
{
    [Fact]
    public void OpenApiDocument_DescribesBodiesEnumsAndGuidRouteParameters()
    {
        var document = target.Document;

        Assert.NotEmpty(document.Operations);
        Assert.Contains(document.Operations, o => o.IsWrite && o.BodySchema is not null);
        Assert.All(document.Operations.SelectMany(o => o.Parameters).Where(p => p.Name == "estateId"),
            p => Assert.Equal("uuid", target.Document.Resolve(p.Schema)?["format"]?.GetValue<string>()));
        Assert.NotEmpty(document.EnumSchemas);
    }

    [Fact]
    public async Task WriteOperations_WithBadInput_AnswerProblemsNamingTheFaultWithoutServerErrorsOrPartialWrites()
    {
        var probe = new BadInputProbe(target);

        var findings = await probe.RunAsync();

        Report(findings, $"{probe.RequestsSent} bad requests");
    }

    [Fact]
    public async Task EveryOperation_ForOutsidersAndBadTokens_RefusesWithoutData()
    {
        var matrix = new AccessMatrix(target);

        var findings = await matrix.RunAsync();

        Report(findings, $"{matrix.RequestsSent} access checks");
    }

    private void Report(IReadOnlyList<Finding> findings, string what, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var summary = $"{target.Name}: {what}, {findings.Count} findings ({findings.Count(f => f.IsKnown)} known)";
        output.WriteLine(summary);
        var all = summary + Environment.NewLine + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, findings);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"findings-{target.Name}-{test}.txt"), all);
        foreach (var finding in findings)
        {
            output.WriteLine((finding.IsKnown ? "[known] " : "") + finding);
        }
        var unknown = findings.Where(f => !f.IsKnown).ToList();
        Assert.True(unknown.Count == 0, $"{unknown.Count} new findings in {target.Name}:{Environment.NewLine}{string.Join(Environment.NewLine + Environment.NewLine, unknown)}");
    }
}
