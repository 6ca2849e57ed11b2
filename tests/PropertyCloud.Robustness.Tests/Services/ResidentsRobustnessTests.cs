using Xunit.Abstractions;

namespace PropertyCloud.Robustness.Tests.Services;

public sealed class ResidentsRobustnessTests(ResidentsTarget target, ITestOutputHelper output) : RobustnessTests<ResidentsTarget>(target, output);
