using Xunit.Abstractions;

namespace PropertyCloud.Robustness.Tests.Services;

public sealed class RepairsRobustnessTests(RepairsTarget target, ITestOutputHelper output) : RobustnessTests<RepairsTarget>(target, output);
